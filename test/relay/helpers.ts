import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getFreePorts } from '../ports.ts';
import { buildHandoffPayload, emptyDraft, type HandoffPayload } from '../../src/lib/handoff.ts';

const root = new URL('../..', import.meta.url).pathname;

/**
 * A payload exactly as the form builds it, with a fresh idempotency key unless one is given. `over`
 * may hold any field and value: the tests of bad input (a honeypot, wrong types) start from here too.
 */
export function samplePayload(
	over: Record<string, unknown> = {},
	key = randomUUID(),
): HandoffPayload {
	return {
		...buildHandoffPayload(
			{
				...emptyDraft(),
				summary: 'VPN drops every few minutes',
				details: 'Since the update on Monday the VPN drops every 3 to 10 minutes.',
				errorMessage: 'GlobalProtect: Gateway London: The network connection is unreachable',
				tried: 'Followed KE-0040 and chose the London gateway.',
				urgency: 'blocked',
				device: 'corporate',
				platform: 'windows',
				name: 'Sam Jones',
				email: 'sam.jones@example.com',
			},
			{
				entryId: 'KE-0040',
				pageUrl:
					'http://127.0.0.1:4321/known-errors/vpn-disconnects-after-globalprotect-6-3-update/',
				searchQuery: 'vpn drops',
				viewedKnownErrors: ['KE-0040', 'KE-0041'],
				userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
			},
			{ idempotencyKey: key, submittedAt: new Date('2026-11-23T12:00:00Z') },
		),
		...over,
	} as HandoffPayload;
}

export const PORTAL_ORIGIN = 'http://127.0.0.1:4321';

/** POSTs a payload to a relay as the portal's page would. */
export async function postTicket(
	relay: string,
	payload: unknown,
	{
		origin = PORTAL_ORIGIN,
		key,
		type = 'application/json',
		body,
	}: {
		origin?: string | null;
		key?: string;
		type?: string;
		body?: string;
	} = {},
) {
	const idempotencyKey = key ?? (payload as { idempotencyKey?: string }).idempotencyKey;
	const response = await fetch(`${relay}/tickets`, {
		method: 'POST',
		headers: {
			'Content-Type': type,
			...(origin ? { Origin: origin } : {}),
			...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
		},
		body: body ?? JSON.stringify(payload),
	});
	const text = await response.text();
	let json: Record<string, string> = {};
	try {
		json = JSON.parse(text);
	} catch {
		// The test asserts on status.
	}
	return { status: response.status, json, headers: response.headers };
}

/** The relay as its own process (`node src/relay/main.ts`), as `npm run relay` runs it. */
export class RelayProcess {
	readonly env: Record<string, string>;
	child: ChildProcess | undefined;
	url = '';
	logs: Record<string, unknown>[] = [];
	stderr = '';

	constructor(env: Record<string, string>) {
		this.env = env;
	}

	/** Starts it and resolves once it listens (on the port it was given, or a free one). */
	start(): Promise<string> {
		this.stderr = '';
		const child = spawn(process.execPath, [join(root, 'src/relay/main.ts')], {
			cwd: root,
			env: { PATH: process.env.PATH ?? '', KB_RELAY_PORT: '0', ...this.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.child = child;
		return new Promise((resolve, reject) => {
			let buffer = '';
			child.stdout!.on('data', (chunk: Buffer) => {
				buffer += chunk.toString();
				let newline: number;
				while ((newline = buffer.indexOf('\n')) >= 0) {
					const line = buffer.slice(0, newline);
					buffer = buffer.slice(newline + 1);
					try {
						const entry = JSON.parse(line) as Record<string, unknown>;
						this.logs.push(entry);
						if (entry.event === 'relay-started') {
							this.url = `http://127.0.0.1:${entry.port}`;
							resolve(this.url);
						}
					} catch {
						// Not a log line.
					}
				}
			});
			child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
			child.once('exit', (code) => reject(new Error(`the relay exited (${code}): ${this.stderr}`)));
		});
	}

	/** Ends it at once, as a crash or `kill -9` would: no cleanup runs. */
	kill(): Promise<void> {
		return this.#end('SIGKILL');
	}

	stop(): Promise<void> {
		return this.#end('SIGTERM');
	}

	#end(signal: NodeJS.Signals): Promise<void> {
		const child = this.child;
		this.child = undefined;
		if (!child || child.exitCode !== null) return Promise.resolve();
		return new Promise((resolve) => {
			child.once('exit', () => resolve());
			child.kill(signal);
		});
	}

	/** Waits until a log event matching `test` appears. */
	async waitForLog(test: (entry: Record<string, unknown>) => boolean, timeoutMs = 20_000) {
		const end = Date.now() + timeoutMs;
		while (Date.now() < end) {
			const found = this.logs.find(test);
			if (found) return found;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		throw new Error(
			`no such log event within ${timeoutMs} ms; logs: ${JSON.stringify(this.logs.slice(-10))}`,
		);
	}
}

/**
 * An HTTP proxy between the relay and a ticket system, for faults the system will not make on demand:
 * it can hold a reply back, or call a hook once the system has created a ticket and before the relay
 * hears of it (where a test kills the relay).
 */
export class FaultProxy {
	readonly target: URL;
	server: Server | undefined;
	/** Drop every connection, as a ticket system that is down or unreachable would. */
	down = false;
	/** Milliseconds to hold the system's reply to a ticket creation. */
	delayCreateMs = 0;
	/** Called after the system answered a creation with 2xx, before the reply goes on. */
	onCreated: ((status: number, body: string) => Promise<void> | void) | undefined;
	isCreate: (request: IncomingMessage) => boolean;

	constructor(target: string, isCreate: (request: IncomingMessage) => boolean) {
		this.target = new URL(target);
		this.isCreate = isCreate;
	}

	async start(): Promise<string> {
		this.server = createServer((request, response) => {
			if (this.down) return void request.socket.destroy();
			const create = this.isCreate(request);
			const upstream = httpRequest(
				{
					host: this.target.hostname,
					port: this.target.port,
					method: request.method,
					path: request.url,
					headers: { ...request.headers, host: this.target.host },
				},
				async (reply) => {
					const chunks: Buffer[] = [];
					for await (const chunk of reply) chunks.push(chunk as Buffer);
					const body = Buffer.concat(chunks);
					if (create && reply.statusCode! < 300) {
						await this.onCreated?.(reply.statusCode!, body.toString());
						if (this.delayCreateMs) await new Promise((r) => setTimeout(r, this.delayCreateMs));
					}
					if (response.destroyed) return;
					response.writeHead(reply.statusCode!, reply.headers);
					response.end(body);
				},
			);
			upstream.on('error', () => response.destroy());
			request.pipe(upstream);
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	async stop() {
		const server = this.server;
		this.server = undefined;
		if (!server) return;
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}
}

/** Request Tracker, started by this project's script (`scripts/ci/start-rt.sh`), and its REST2 API. */
export const rt = {
	port: Number(process.env.KB_TEST_RT_PORT ?? 8088),
	user: 'root',
	password: process.env.KB_RT_ROOT_PASSWORD ?? 'password',
	get url() {
		return `http://127.0.0.1:${this.port}`;
	},

	/** Whether RT answers on its REST2 API. */
	async isUp(): Promise<boolean> {
		try {
			const response = await fetch(`${this.url}/REST/2.0/rt`, {
				headers: { Authorization: this.authorization },
			});
			return response.ok;
		} catch {
			return false;
		}
	},

	get authorization() {
		return `Basic ${Buffer.from(`${this.user}:${this.password}`).toString('base64')}`;
	},

	/**
	 * Starts the installed RT unless it is running already (`npm test` starts it once for the whole run);
	 * true when this call started it. It never installs: `.ci/run` does, or `scripts/ci/start-rt.sh install`.
	 */
	async start(): Promise<boolean> {
		if (await this.isUp()) return false;
		const result = spawnSync(
			'bash',
			[join(root, 'scripts/ci/start-rt.sh'), 'start', String(this.port)],
			{
				encoding: 'utf8',
			},
		);
		if (result.status !== 0)
			throw new Error(`Request Tracker did not start:\n${result.stdout}\n${result.stderr}`);
		return true;
	},

	stop() {
		spawnSync('bash', [join(root, 'scripts/ci/start-rt.sh'), 'stop'], { encoding: 'utf8' });
	},

	/**
	 * Creates one ticket straight away. RT loads and compiles much of its code on the first ticket after
	 * a start, which on a busy machine takes longer than a relay's answer window: a test's request should
	 * not be the one that pays for it.
	 */
	async warmUp(): Promise<void> {
		const response = await fetch(`${this.url}/REST/2.0/ticket`, {
			method: 'POST',
			headers: {
				Authorization: this.authorization,
				'Content-Type': 'application/json',
			},
			body: JSON.stringify({ Queue: 'General', Subject: 'Warm-up after start (tests)' }),
		});
		if (!response.ok) throw new Error(`RT answered ${response.status} to the warm-up ticket`);
	},

	async api(path: string): Promise<Record<string, unknown>> {
		const response = await fetch(`${this.url}/REST/2.0/${path}`, {
			headers: {
				Authorization: this.authorization,
			},
		});
		if (!response.ok) throw new Error(`RT answered ${response.status} to ${path}`);
		return (await response.json()) as Record<string, unknown>;
	},

	/** Ids of the tickets whose subject carries a request's reference. */
	async ticketsFor(reference: string): Promise<string[]> {
		const query = encodeURIComponent(`Subject LIKE '[${reference}]'`);
		const found = (await this.api(`tickets?query=${query}`)) as { items: { id: string }[] };
		return found.items.map((item) => String(item.id));
	},

	/** A ticket's fields, its first text part and the attached portal request, as RT stored them. */
	async readTicket(id: string) {
		const ticket = await this.api(`ticket/${id}`);
		const list = (await this.api(`ticket/${id}/attachments?per_page=50`)) as {
			items: { id: string }[];
		};
		let body = '';
		let request = '';
		for (const item of list.items) {
			const attachment = (await this.api(`attachment/${item.id}`)) as {
				ContentType: string;
				Filename?: string;
				Content?: string;
				TransactionId: { id: string };
			};
			const content = Buffer.from(attachment.Content ?? '', 'base64').toString('utf8');
			if (attachment.Filename === 'portal-request.json') request ||= content;
			else if (attachment.ContentType === 'text/plain' && !body) body = content;
		}
		return {
			subject: String(ticket.Subject),
			priority: String(ticket.Priority),
			queue: String((ticket.Queue as { id: string }).id),
			requestors: (ticket.Requestor as { id: string }[]).map((r) => r.id),
			body,
			request,
		};
	},
};

/** Waits until `check` resolves truthy, or fails with what it last saw. */
export async function eventually<T>(
	check: () => Promise<T | undefined | false>,
	timeoutMs = 30_000,
): Promise<T> {
	const end = Date.now() + timeoutMs;
	let last: T | undefined | false;
	while (Date.now() < end) {
		last = await check();
		if (last) return last;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`still not true after ${timeoutMs} ms (last: ${JSON.stringify(last)})`);
}

/**
 * The sample portal built with `env` (KB_HANDOFF_URL, KB_ANALYTICS_URL, ...) into a temporary folder and
 * served as a static host would, on a port chosen before the build, so the relay in front of it can be
 * told the portal's origin first: `reserve()`, start the relay, then `serve(env)`.
 */
export async function reservePortal() {
	const [port] = await getFreePorts(1);
	const url = `http://127.0.0.1:${port}`;
	let server: import('node:http').Server | undefined;
	let outDir = '';
	return {
		url,
		async serve(env: Record<string, string>) {
			const { buildPortal } = await import('../build/build-portal.ts');
			const { createStaticServer } = await import('../../scripts/serve.ts');
			outDir = mkdtempSync(join(tmpdir(), 'kb-build-portal-'));
			const build = buildPortal(join(root, 'content'), outDir, undefined, {
				KB_SITE_URL: url,
				...env,
			});
			if (build.status !== 0) throw new Error(`The portal did not build:\n${build.output}`);
			server = createStaticServer({ root: outDir });
			await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
		},
		async close() {
			if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
			if (outDir) rmSync(outDir, { recursive: true, force: true });
		},
	};
}
