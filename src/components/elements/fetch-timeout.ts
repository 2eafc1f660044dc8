/** Thrown when the server sends no answer in time, so callers can tell a slow server from no network. */
export class FetchTimeoutError extends Error {
	constructor(readonly seconds: number) {
		super(`no answer within ${seconds} s`);
		this.name = 'FetchTimeoutError';
	}
}

/**
 * `fetch` and the reading of its answer (`read`), given up together after `timeoutMs`: a reader on a
 * bad connection gets an answer ("the helpdesk did not answer within 10 seconds") instead of a button
 * that spins for minutes, also when a server sends its headers and then stalls.
 */
export async function fetchWithTimeout<T>(
	url: string,
	init: RequestInit,
	timeoutMs: number,
	read: (response: Response) => Promise<T>,
): Promise<T> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		const result = await read(await fetch(url, { ...init, signal: controller.signal }));
		// A `read` that swallowed the abort (a body read as "no body") still timed out.
		if (controller.signal.aborted) throw new FetchTimeoutError(timeoutMs / 1000);
		return result;
	} catch (error) {
		if (controller.signal.aborted) throw new FetchTimeoutError(timeoutMs / 1000);
		throw error;
	} finally {
		clearTimeout(timer);
	}
}
