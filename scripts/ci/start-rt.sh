#!/usr/bin/env bash
# Request Tracker 5 for the relay's tests, and for a developer who wants a real ticket system locally.
#
#   scripts/ci/start-rt.sh install        install RT from Debian and set it up (idempotent; needs root)
#   scripts/ci/start-rt.sh start [PORT]   serve the installed RT on 127.0.0.1:PORT (default 8088); never installs
#   scripts/ci/start-rt.sh stop           stop the RT this script started
#
# `start` prints the base URL (http://127.0.0.1:PORT) as its last line once REST2 answers. The root
# account's password is KB_RT_ROOT_PASSWORD (default "password", only ever bound to 127.0.0.1).
set -euo pipefail

PORT="${2:-${KB_RT_PORT:-$(cat "${KB_RT_STATE:-/tmp/kb-rt}/port" 2>/dev/null || echo 8088)}}"
PASSWORD="${KB_RT_ROOT_PASSWORD:-password}"
STATE="${KB_RT_STATE:-/tmp/kb-rt}"
SERVER=/usr/share/request-tracker5/libexec/rt-server
SITE_CONFIG=/etc/request-tracker5/RT_SiteConfig.d/90-kb-portal-tests.pm

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_rt() {
	if [ ! -x "$SERVER" ]; then
		export DEBIAN_FRONTEND=noninteractive
		as_root debconf-set-selections <<-SEL
			request-tracker5 request-tracker5/initial-root-password password $PASSWORD
			request-tracker5 request-tracker5/install-database boolean true
			request-tracker5 request-tracker5/dbconfig-install boolean true
			request-tracker5 request-tracker5/database-type select sqlite3
			request-tracker5 request-tracker5/rtname string kb-portal-tests
			request-tracker5 request-tracker5/organization string kb-portal-tests
			request-tracker5 request-tracker5/correspondaddress string rt@localhost
			request-tracker5 request-tracker5/commentaddress string rt-comment@localhost
			request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1
			request-tracker5 request-tracker5/webpath string
			request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
			request-tracker5 request-tracker5/dbconfig-upgrade boolean true
		SEL
		as_root apt-get update -qq
		as_root apt-get install -y -qq --no-install-recommends request-tracker5 rt5-db-sqlite rt5-standalone curl >/dev/null
	fi
	if [ ! -f "$SITE_CONFIG" ]; then
		as_root tee "$SITE_CONFIG" >/dev/null <<-'PERL'
			# Written by the helpdesk portal's scripts/ci/start-rt.sh: RT served at the root of
			# 127.0.0.1, logging to stderr, outgoing mail kept in a file instead of sent.
			Set($WebPath, "");
			Set($WebDomain, "127.0.0.1");
			Set($CanonicalizeRedirectURLs, 0);
			Set($LogToSTDERR, "warning");
			Set($LogToSyslog, undef);
			Set($LogToFile, undef);
			Set($MailCommand, "mbox");
			Set($RestrictReferrer, 0);
			Set($RestrictLoginReferrer, 0);
			Set($DisallowExecuteCode, 1);
			1;
		PERL
	fi
}

start_rt() {
	if [ ! -x "$SERVER" ] || [ ! -f "$SITE_CONFIG" ]; then
		echo "Request Tracker is not installed here. Install it once (as root, from Debian's packages) with:" >&2
		echo "  sudo bash scripts/ci/start-rt.sh install" >&2
		exit 1
	fi
	mkdir -p "$STATE"
	if server_up; then
		echo "http://127.0.0.1:$PORT"
		return
	fi
	# Its own session, so that stop can end the server and all its workers as one process group. It
	# binds every address unless told otherwise; the tests only ever use the loopback.
	(cd "$STATE" && exec setsid "$SERVER" --port "$PORT" --host 127.0.0.1 >"$STATE/rt.log" 2>&1) &
	echo "$PORT" >"$STATE/port"
	for _ in $(seq 1 120); do
		if server_up; then
			pgrep -o -f "rt-server --port $PORT " >"$STATE/pid"
			echo "http://127.0.0.1:$PORT"
			return
		fi
		sleep 0.5
	done
	echo "Request Tracker did not answer on 127.0.0.1:$PORT within 60 s; its log:" >&2
	tail -n 40 "$STATE/rt.log" >&2
	exit 1
}

server_up() {
	curl -fsS -o /dev/null -u "root:$PASSWORD" "http://127.0.0.1:$PORT/REST/2.0/rt" 2>/dev/null
}

stop_rt() {
	local pid
	pid="$(cat "$STATE/pid" 2>/dev/null || pgrep -o -f "rt-server --port $PORT " || true)"
	[ -n "$pid" ] || return 0
	kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
	for _ in $(seq 1 50); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL -- "-$pid" 2>/dev/null || true
	rm -f "$STATE/pid"
}

case "${1:-start}" in
	install) install_rt ;;
	start) start_rt ;;
	stop) stop_rt ;;
	*) echo "usage: $0 install | start [PORT] | stop" >&2; exit 2 ;;
esac
