/**
 * `npm run bench:relay [-- --requests 600 --concurrency 8 --rt]`: a short, bounded load run against the
 * ticket relay on 127.0.0.1, as `npm run relay` runs it (its own process, its SQLite store on disk).
 * Behind it, a local webhook intake that answers at once, so the figures are the relay's own; with
 * `--rt`, also Request Tracker from scripts/ci/start-rt.sh (started if needed, stopped if it started it).
 * Prints requests per second, latency and the relay's peak memory; asserts nothing.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RelayProcess, postTicket, rt, samplePayload } from '../../test/relay/helpers.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const at = args.indexOf(`--${name}`);
	return at === -1 ? fallback : Number(args[at + 1]);
};
const REQUESTS = option('requests', 600);
const CONCURRENCY = option('concurrency', 8);
const ORIGIN = 'http://127.0.0.1:4321';

/** Peak resident memory of a process, from the kernel (VmHWM), in MiB. */
function peakMemoryMiB(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function run(name: string, env: Record<string, string>, requests: number) {
	const dataDir = mkdtempSync(join(tmpdir(), 'kb-bench-relay-'));
	const relay = new RelayProcess({
		KB_RELAY_DATA: dataDir,
		KB_RELAY_ORIGIN: ORIGIN,
		KB_RELAY_RATE_LIMIT: '100000',
		...env,
	});
	const url = await relay.start();
	const latencies: number[] = [];
	const statuses = new Map<number, number>();
	let next = 0;
	const started = performance.now();
	const deadline = Date.now() + 120_000;
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			while (next < requests && Date.now() < deadline) {
				next++;
				const payload = samplePayload({}, randomUUID());
				const t0 = performance.now();
				const reply = await postTicket(url, payload, { origin: ORIGIN });
				latencies.push(performance.now() - t0);
				statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
			}
		}),
	);
	const seconds = (performance.now() - started) / 1000;
	const memory = peakMemoryMiB(relay.child!.pid!);
	await relay.stop();
	rmSync(dataDir, { recursive: true, force: true });
	latencies.sort((a, b) => a - b);
	return {
		name,
		requests: latencies.length,
		perSecond: latencies.length / seconds,
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		max: latencies.at(-1) ?? 0,
		memory,
		statuses: [...statuses].map(([status, count]) => `${count}× ${status}`).join(', '),
	};
}

// An intake that takes the payload and answers 201 at once, remembering keys as a real one must.
const tickets = new Map<string, number>();
const intake = createServer((request, response) => {
	request.resume();
	request.on('end', () => {
		const key = String(request.headers['idempotency-key']);
		if (!tickets.has(key)) tickets.set(key, tickets.size + 1);
		response.writeHead(201, { 'Content-Type': 'application/json' });
		response.end(JSON.stringify({ ticketId: `INC-${tickets.get(key)}` }));
	});
});
await new Promise<void>((resolve) => intake.listen(0, '127.0.0.1', resolve));
const intakeUrl = `http://127.0.0.1:${(intake.address() as AddressInfo).port}/intake`;

const results = [
	await run(
		'webhook (local intake)',
		{ KB_RELAY_CONNECTOR: 'webhook', KB_RELAY_WEBHOOK_URL: intakeUrl },
		REQUESTS,
	),
];
intake.close();

if (args.includes('--rt')) {
	const started = await rt.start();
	try {
		results.push(
			await run(
				'rt (Request Tracker 5)',
				{
					KB_RELAY_CONNECTOR: 'rt',
					KB_RELAY_RT_URL: rt.url,
					KB_RELAY_RT_USER: rt.user,
					KB_RELAY_RT_PASSWORD: rt.password,
				},
				Math.min(REQUESTS, 150),
			),
		);
	} finally {
		if (started) rt.stop();
	}
}

console.log(
	`\nTicket relay on 127.0.0.1, ${CONCURRENCY} clients at once, each request a new ticket:\n`,
);
console.log(
	'| behind the relay | requests | per second | p50 | p95 | max | relay peak memory | answers |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results)
	console.log(
		`| ${r.name} | ${r.requests} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.max.toFixed(1)} ms | ${r.memory.toFixed(0)} MiB | ${r.statuses} |`,
	);
