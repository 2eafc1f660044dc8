import type { Device, Platform } from '../schemas/fields.ts';
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
