import type { Platform } from '../schemas/enums.ts';

/**
 * The reader's platform from the browser's user agent. iPads report themselves as Macs, so a "Mac" with
 * a touch screen is taken for iOS.
 */
export function detectPlatform(userAgent: string, maxTouchPoints = 0): Platform | undefined {
	const ua = userAgent.toLowerCase();
	if (/iphone|ipad|ipod/.test(ua)) return 'ios';
	if (/android/.test(ua)) return 'android';
	if (/macintosh|mac os x/.test(ua)) return maxTouchPoints > 1 ? 'ios' : 'macos';
	if (/windows/.test(ua)) return 'windows';
	if (/cros/.test(ua)) return 'web';
	if (/linux|x11/.test(ua)) return 'linux';
	return undefined;
}
