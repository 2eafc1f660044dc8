import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A ticket system's intake for the tests: a real HTTP server on 127.0.0.1 that records every request,
 * answers CORS preflights, and honours idempotency keys (one key, one ticket).
 */
export type ReceiverMode = 'ok' | 'server-error' | 'refuse' | 'hang' | 'slow';

export interface ReceivedRequest {
	headers: IncomingMessage['headers'];
	body: string;
	json: Record<string, unknown>;
}

export class Receiver {
	mode: ReceiverMode = 'ok';
	requests: ReceivedRequest[] = [];
	tickets = new Map<string, string>();
	#server: Server | undefined;
	#hanging: ServerResponse[] = [];
	/** The port asked for (0: any free one), then the one it listens on. */
	port: number;

	constructor(port: number) {
		this.port = port;
	}

	get url() {
		return `http://127.0.0.1:${this.port}/intake`;
	}

	start(): Promise<void> {
		this.#server = createServer((request, response) => void this.#handle(request, response));
		return new Promise((resolve) =>
			this.#server!.listen(this.port, '127.0.0.1', () => {
				this.port = (this.#server!.address() as AddressInfo).port;
				resolve();
			}),
		);
	}

	async stop(): Promise<void> {
		for (const response of this.#hanging) response.destroy();
		this.#hanging = [];
		const server = this.#server;
		this.#server = undefined;
		if (!server) return;
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	reset() {
		this.mode = 'ok';
		this.requests = [];
		this.tickets.clear();
	}

	async #handle(request: IncomingMessage, response: ServerResponse) {
		response.setHeader('Access-Control-Allow-Origin', '*');
		response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
		response.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
		if (request.method === 'OPTIONS') {
			response.writeHead(204).end();
			return;
		}
		let body = '';
		for await (const chunk of request) body += chunk;
		let json: Record<string, unknown> = {};
		try {
			json = JSON.parse(body);
		} catch {
			// Recorded as received; the test decides.
		}
		this.requests.push({ headers: request.headers, body, json });
		const send = (status: number, data: unknown) => {
			response.writeHead(status, { 'Content-Type': 'application/json' });
			response.end(JSON.stringify(data));
		};
		if (this.mode === 'hang') {
			this.#hanging.push(response);
			return;
		}
		if (this.mode === 'server-error') return send(500, { error: 'database unavailable' });
		if (this.mode === 'refuse') return send(422, { message: 'The email domain is not allowed' });
		if (this.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, 600));
		const key = String(request.headers['idempotency-key'] ?? '');
		if (!this.tickets.has(key)) this.tickets.set(key, `<b>INC-${1000 + this.tickets.size}</b>`);
		send(201, { ticketId: this.tickets.get(key) });
	}
}
