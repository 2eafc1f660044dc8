/**
 * Dates as pages print them. Pages are built once and read anywhere, so server-rendered times are in UTC
 * and say so; `datetime` attributes carry the exact instant for scripts that localise them.
 */

/** Formatters are slow to create and pages print thousands of dates: one per locale and style. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions) {
	const key = `${locale} ${JSON.stringify(options)}`;
	let format = formatters.get(key);
	if (!format) {
		try {
			format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
		} catch {
			format = new Intl.DateTimeFormat('en', { timeZone: 'UTC', ...options });
		}
		formatters.set(key, format);
	}
	return format;
}

/** `20 November 2026` */
export function formatDay(date: Date, locale = 'en'): string {
	return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** `20 November 2026, 09:30 UTC` */
export function formatDateTime(date: Date, locale = 'en'): string {
	const day = formatDay(date, locale);
	const time = formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
		date,
	);
	return `${day}, ${time} UTC`;
}
