/** Only links that cannot run code: a path on this site or an http(s) address. */
export function getSafeUrl(url: string | null | undefined): string | null {
	if (!url) return null;
	const trimmed = url.trim();
	if (/^\/(?!\/)/.test(trimmed)) {
		// Browsers read `/\evil.example` (and `/<tab>/evil.example`) as `//evil.example`: not this site.
		const site = 'https://portal.invalid';
		try {
			return new URL(trimmed, site).origin === site ? trimmed : null;
		} catch {
			return null;
		}
	}
	try {
		const parsed = new URL(trimmed);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
	} catch {
		return null;
	}
}

/** A `tel:` link for a phone number as people write it ("+44 20 7946 0000"): digits and a leading plus. */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^+\d]/g, '')}`;
}
