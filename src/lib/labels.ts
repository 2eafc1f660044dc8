import type { Device, Platform } from '../schemas/enums.ts';
import type { SupportRoute } from '../schemas/policy.ts';

export const PLATFORM_LABELS: Record<Platform, string> = {
	windows: 'Windows',
	macos: 'macOS',
	linux: 'Linux',
	ios: 'iPhone and iPad',
	android: 'Android',
	web: 'Web browser',
};

export const DEVICE_LABELS: Record<Device, string> = {
	corporate: 'Company device',
	personal: 'Personal device (BYOD)',
};

export const SUPPORT_ROUTE_LABELS: Record<SupportRoute, string> = {
	helpdesk: 'IT helpdesk',
	vendor: 'Manufacturer or shop',
	carrier: 'Mobile carrier',
	'self-service': 'You (self-service)',
	'not-supported': 'Not supported',
};

/** `a, b and c` */
export function joinWords(words: string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** A `tel:` link for a phone number as people write it ("+44 20 7946 0000"): digits and a leading plus. */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^+\d]/g, '')}`;
}
