/** Web storage, or undefined where the browser refuses it (some private modes throw on access). */
export function safeStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
	try {
		return window[kind];
	} catch {
		return undefined;
	}
}

/** Known errors the reader opened in this tab, attached to a request for help. */
export const VIEWED_KEY = 'kb-viewed-known-errors';

/** Remembers that the reader opened known error `id` in this tab (the last 20). */
export function recordViewedKnownError(id: string): void {
	const storage = safeStorage('sessionStorage');
	const viewed = readStorageSet(storage, VIEWED_KEY);
	viewed.add(id);
	writeStorageSet(storage, VIEWED_KEY, viewed, 20);
}

/**
 * Web storage that never breaks the page: private modes and full disks throw, and a value written by
 * an older version of the portal may not parse. Reading falls back to empty; writing gives up quietly.
 */
export function readStorageSet(storage: Storage | undefined, key: string): Set<string> {
	try {
		const value: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
		return new Set(
			Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [],
		);
	} catch {
		return new Set();
	}
}

export function writeStorageSet(
	storage: Storage | undefined,
	key: string,
	values: Set<string>,
	limit = 200,
): void {
	try {
		storage?.setItem(key, JSON.stringify([...values].slice(-limit)));
	} catch {
		// Storage is full or disabled: the dismissal lasts for this page only.
	}
}
