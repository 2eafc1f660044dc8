import type { IncomingMessage } from 'node:http';
import type { RefusalCode } from '../lib/handoff-refusal.ts';

/**
 * How the relay says no: an HTTP status, a stable code the form shows in the reader's language
 * (src/lib/handoff-refusal.ts), and an English message for other clients.
 */
export class Refusal extends Error {
	readonly status: number;
	readonly code: RefusalCode;
	readonly headers: Record<string, string>;
	/** More of the answer, for the form: the field that is wrong, the seconds to wait. */
	readonly details: Record<string, string | number>;

	constructor(
		status: number,
		code: RefusalCode,
		message: string,
		headers: Record<string, string> = {},
		details: Record<string, string | number> = {},
	) {
		super(message);
		this.status = status;
		this.code = code;
		this.headers = headers;
		this.details = details;
	}

	/** The same refusal with other headers (CORS, known only once the request is read). */
	withHeaders(headers: Record<string, string>): Refusal {
		return new Refusal(this.status, this.code, this.message, headers, this.details);
	}
}

/** A payload the shared checks refused: the honeypot and the format version have codes of their own. */
export function refusePayload(
	field: string,
	message: string,
	cors: Record<string, string>,
): Refusal {
	if (field === 'website') return new Refusal(422, 'automated', message, cors);
	if (field === 'version') return new Refusal(422, 'outdated-form', message, cors);
	return new Refusal(422, 'invalid-field', message, cors, field ? { field } : {});
}

/** The body as text, or a `too-large` Refusal once it passes `limit` bytes (declared or sent). */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
	const declared = Number(request.headers['content-length']);
	if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(limit));
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				reject(tooLarge(limit));
				request.removeAllListeners('data');
				request.resume();
				return;
			}
			chunks.push(chunk);
		});
		request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		request.on('error', reject);
	});
}

const tooLarge = (limit: number) =>
	new Refusal(
		413,
		'too-large',
		`The request is too large (more than ${Math.round(limit / 1024)} KB). Shorten the longest field, or email the helpdesk instead.`,
	);
