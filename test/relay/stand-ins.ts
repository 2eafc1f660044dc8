import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stand-ins for ticket systems that cannot run here. Each follows the vendor's published request and
 * response shapes for the calls the relay makes, checks the credentials the way the vendor does, and
 * keeps what it was sent so a test can read the "ticket" back. They are not the vendors' systems:
 * they are as strict as the documentation, no more.
 */
type Send = (status: number, data: unknown, headers?: Record<string, string>) => void;

abstract class StandIn {
	/** The account and API token the stand-in accepts, as the vendor's own would. */
	readonly email: string;
	readonly token: string;
	server: Server | undefined;
	url = '';
	/** Answer every call with this status (e.g. 503) to play a system that is down. */
	failWith: number | undefined;
	/** Create the next ticket, then drop the connection before answering (a reply lost on the way). */
	dropNextCreateReply = false;
	requests: { method: string; path: string; headers: IncomingMessage['headers']; body: unknown }[] =
		[];

	constructor(email: string, token: string) {
		this.email = email;
		this.token = token;
	}

	async start() {
		this.server = createServer((request, response) => void this.#receive(request, response));
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this.url;
	}

	async stop() {
		const server = this.server;
		this.server = undefined;
		if (!server) return;
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	async #receive(request: IncomingMessage, response: ServerResponse) {
		let text = '';
		for await (const chunk of request) text += chunk;
		let body: unknown;
		try {
			body = text ? JSON.parse(text) : undefined;
		} catch {
			body = text;
		}
		const url = new URL(request.url ?? '/', this.url);
		this.requests.push({
			method: request.method ?? '',
			path: url.pathname,
			headers: request.headers,
			body,
		});
		const drop = this.dropNextCreateReply && request.method === 'POST';
		if (drop) this.dropNextCreateReply = false;
		const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
			if (drop) return void response.socket?.destroy();
			response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
			response.end(JSON.stringify(data));
		};
		if (this.failWith) return send(this.failWith, { error: 'Service Unavailable' });
		this.handle(request.method ?? '', url, request.headers, body, send);
	}

	abstract handle(
		method: string,
		url: URL,
		headers: IncomingMessage['headers'],
		body: unknown,
		send: Send,
	): void;
}

const basic = (headers: IncomingMessage['headers']) => {
	const value = headers.authorization ?? '';
	return value.startsWith('Basic ') ? Buffer.from(value.slice(6), 'base64').toString() : '';
};

/**
 * Zendesk Support's Tickets API: `POST /api/v2/tickets.json` (with the `Idempotency-Key` header:
 * the same key and body give the same ticket and `x-idempotency-lookup: hit`, another body a 400),
 * `GET /api/v2/tickets.json?external_id=`, `GET /api/v2/users/me.json`; API-token auth
 * `{email}/token:{token}`.
 */
export class ZendeskStandIn extends StandIn {
	tickets: Record<string, unknown>[] = [];
	#keys = new Map<string, { body: string; ticket: Record<string, unknown> }>();

	handle(method: string, url: URL, headers: IncomingMessage['headers'], body: unknown, send: Send) {
		if (basic(headers) !== `${this.email}/token:${this.token}`)
			return send(401, { error: "Couldn't authenticate you" });
		if (method === 'GET' && url.pathname === '/api/v2/users/me.json')
			return send(200, { user: { id: 1, email: this.email, role: 'agent' } });
		if (method === 'GET' && url.pathname === '/api/v2/tickets.json') {
			const externalId = url.searchParams.get('external_id');
			const tickets = this.tickets.filter((t) => !externalId || t.external_id === externalId);
			return send(200, { tickets, count: tickets.length, next_page: null, previous_page: null });
		}
		if (method === 'POST' && url.pathname === '/api/v2/tickets.json') {
			const input = (body as { ticket?: Record<string, unknown> } | undefined)?.ticket;
			const comment = input?.comment as { body?: unknown } | undefined;
			if (!input || typeof comment?.body !== 'string' || !comment.body)
				return send(422, {
					error: 'RecordInvalid',
					description: 'Record validation errors',
					details: { base: [{ description: 'Description: cannot be blank' }] },
				});
			const key = headers['idempotency-key'];
			if (typeof key === 'string') {
				const seen = this.#keys.get(key);
				if (seen && seen.body !== JSON.stringify(body))
					return send(400, {
						error: 'IdempotentRequestError',
						description: 'The request parameters do not match the original request.',
					});
				if (seen) return send(201, { ticket: seen.ticket }, { 'x-idempotency-lookup': 'hit' });
			}
			const requester = input.requester as { email: string; name?: string };
			const ticket = {
				id: 35436 + this.tickets.length,
				url: `${this.url}/api/v2/tickets/${35436 + this.tickets.length}.json`,
				subject: input.subject,
				description: comment.body,
				priority: input.priority ?? null,
				status: 'new',
				requester_id: 20978392,
				requester,
				external_id: input.external_id ?? null,
				tags: input.tags ?? [],
				created_at: new Date().toISOString(),
			};
			this.tickets.push(ticket);
			if (typeof key === 'string') this.#keys.set(key, { body: JSON.stringify(body), ticket });
			return send(201, { ticket }, { 'x-idempotency-lookup': 'miss' });
		}
		send(404, { error: 'InvalidEndpoint', description: 'Not found' });
	}
}

/**
 * Jira Service Management's customer requests: `POST /rest/servicedeskapi/request` (raised on behalf
 * of a customer by email), `GET /rest/servicedeskapi/servicedesk/{id}`, and Jira's JQL search
 * `GET /rest/api/3/search/jql` for `summary ~ "…"`; basic auth with email and API token.
 */
export class JiraStandIn extends StandIn {
	issues: {
		key: string;
		id: string;
		serviceDeskId: string;
		requestTypeId: string;
		reporter: string;
		fields: Record<string, unknown>;
	}[] = [];

	handle(method: string, url: URL, headers: IncomingMessage['headers'], body: unknown, send: Send) {
		if (basic(headers) !== `${this.email}:${this.token}`)
			return send(401, {
				errorMessages: [
					'You are not authenticated. Authentication required to perform this operation.',
				],
			});
		const desk = /^\/rest\/servicedeskapi\/servicedesk\/(\w+)$/.exec(url.pathname);
		if (method === 'GET' && desk)
			return desk[1] === '4'
				? send(200, { id: '4', projectId: '10001', projectName: 'IT Help Desk', projectKey: 'HD' })
				: send(404, {
						errorMessage: 'Service Desk does not exist',
						i18nErrorMessage: { i18nKey: 'sd.error.servicedesk.not.found', parameters: [] },
					});
		if (method === 'GET' && url.pathname === '/rest/api/3/search/jql') {
			const phrase = /summary ~ "\\"(.+?)\\""/.exec(url.searchParams.get('jql') ?? '')?.[1];
			const issues = this.issues
				.filter((issue) => phrase && String(issue.fields.summary).includes(phrase))
				.map((issue) => ({
					id: issue.id,
					key: issue.key,
					fields: { summary: issue.fields.summary },
				}));
			return send(200, { issues, isLast: true });
		}
		if (method === 'POST' && url.pathname === '/rest/servicedeskapi/request') {
			const input = body as {
				serviceDeskId?: string;
				requestTypeId?: string;
				raiseOnBehalfOf?: string;
				requestFieldValues?: Record<string, unknown>;
			};
			const fields = input.requestFieldValues ?? {};
			if (input.serviceDeskId !== '4' || input.requestTypeId !== '25')
				return send(400, {
					errorMessage: 'The request type you are trying to use does not exist',
					i18nErrorMessage: { i18nKey: 'sd.request.type.not.found', parameters: [] },
				});
			if (typeof fields.summary !== 'string' || !fields.summary)
				return send(400, {
					errorMessage: 'Summary: Summary is required.',
					i18nErrorMessage: { i18nKey: 'sd.validation.field.required', parameters: ['Summary'] },
				});
			const id = String(10010 + this.issues.length);
			const key = `HD-${this.issues.length + 1}`;
			this.issues.push({
				key,
				id,
				serviceDeskId: input.serviceDeskId,
				requestTypeId: input.requestTypeId,
				reporter: input.raiseOnBehalfOf ?? this.email,
				fields,
			});
			return send(201, {
				issueId: id,
				issueKey: key,
				requestTypeId: input.requestTypeId,
				serviceDeskId: input.serviceDeskId,
				createdDate: { iso8601: new Date().toISOString() },
				reporter: { emailAddress: input.raiseOnBehalfOf },
				requestFieldValues: Object.entries(fields).map(([fieldId, value]) => ({ fieldId, value })),
				currentStatus: { status: 'Waiting for support' },
				_links: { web: `${this.url}/servicedesk/customer/portal/4/${key}` },
			});
		}
		send(404, { errorMessages: ['Not found'] });
	}
}
