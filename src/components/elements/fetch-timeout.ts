/** Thrown when the server sends no answer in time, so callers can tell a slow server from no network. */
export class FetchTimeoutError extends Error {
	constructor(readonly seconds: number) {
		super(`no answer within ${seconds} s`);
		this.name = 'FetchTimeoutError';
	}
}

/**
 * `fetch` that gives up after `timeoutMs`: a reader on a bad connection gets an answer ("the helpdesk
 * did not answer within 10 seconds") instead of a button that spins for minutes.
 */
export async function fetchWithTimeout(
	url: string,
	init: RequestInit,
	timeoutMs: number,
): Promise<Response> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		return await fetch(url, { ...init, signal: controller.signal });
	} catch (error) {
		if (controller.signal.aborted) throw new FetchTimeoutError(timeoutMs / 1000);
		throw error;
	} finally {
		clearTimeout(timer);
	}
}
