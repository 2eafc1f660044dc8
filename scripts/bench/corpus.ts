/**
 * A synthetic content folder for `npm run bench`: realistic helpdesk articles, known errors, policies and
 * notices built from combinable vocabulary, so builds can be measured at 1,000 or 10,000 entries.
 *
 * Deterministic: one seeded PRNG and a fixed reference date drive every choice, so the same options
 * always write byte-identical files. The output passes `npm run check` (with `KB_CONTENT_DIR`).
 *
 *   node scripts/bench/corpus.ts <dir> <entries> [--seed N] [--markdown-only]
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ID_RULES, type EntryType } from '../../src/lib/ids.ts';
import type { Device, Platform } from '../../src/schemas/enums.ts';
import { KNOWN_ERROR_STATUSES, type KnownErrorStatus, type Severity } from '../../src/schemas/enums.ts';
import type { SupportRoute } from '../../src/schemas/policy.ts';
import { ENTRY_FOLDERS, slugify } from '../../src/lib/ids.ts';

export interface CorpusOptions {
	/** How many articles, known errors and policies to write (at least 3). */
	entries: number;
	/** Seed of the random choices; the same seed writes the same files. Default 1. */
	seed?: number;
	/** Plain `.md` files without MDX components (for builds that compare with other generators). */
	markdownOnly?: boolean;
}

export interface CorpusSummary {
	dir: string;
	articles: number;
	knownErrors: number;
	policies: number;
	notices: number;
	/** Files written, data files included. */
	files: number;
	/** Bytes written (UTF-8). */
	bytes: number;
}

/** "Now" for every date in the corpus: known errors, notices and review dates are relative to it. */
export const REFERENCE_DATE = '2026-11-23T12:00:00Z';

/**
 * Writes a complete, valid content folder into `dir` (which must be missing or empty): site data,
 * categories, synonyms, `entries` entries (about 80% articles, 18% known errors, 2% policies, at least
 * one of each) and three notices, one of them active at {@link REFERENCE_DATE}.
 */
export function generateCorpus(dir: string, options: CorpusOptions): CorpusSummary {
	const { entries, seed = 1, markdownOnly = false } = options;
	if (!Number.isInteger(entries) || entries < 3) {
		throw new Error(`entries must be a whole number of at least 3 (got ${entries})`);
	}
	if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number (got ${seed})`);
	const target = resolve(dir);
	prepareDir(target);
	const rng = createRng(seed);
	const plans = planEntries(rng, splitEntries(entries), markdownOnly);
	const writer = createWriter(target);

	writer.write('site.yaml', renderSite());
	writer.write('categories.yaml', renderCategories());
	writer.write('synonyms.yaml', renderSynonyms());
	const context = createRenderContext(rng, plans);
	const extension = markdownOnly ? 'md' : 'mdx';
	for (const plan of plans) {
		const text = renderEntry(context, plan);
		writer.write(`${ENTRY_FOLDERS[plan.type]}/${plan.id}-${plan.slug}.${extension}`, text);
	}
	const notices = renderNotices(context);
	for (const notice of notices) writer.write(`notices/${notice.name}`, notice.text);

	const count = (type: EntryType) => plans.filter((plan) => plan.type === type).length;
	return {
		dir: target,
		articles: count('article'),
		knownErrors: count('known-error'),
		policies: count('policy'),
		notices: notices.length,
		files: writer.files,
		bytes: writer.bytes,
	};
}

// ---------------------------------------------------------------------------------------------------
// Randomness, dates, files

interface Rng {
	/** A number in [0, 1). */
	next(): number;
	/** A whole number in [min, max]. */
	int(min: number, max: number): number;
	chance(probability: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** `count` different items, in a random order. */
	sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: tiny, fast and good enough for picking words. */
function createRng(seed: number): Rng {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		chance: (probability) => next() < probability,
		pick<T>(items: readonly T[]): T {
			if (items.length === 0) throw new Error('cannot pick from an empty list');
			return items[int(0, items.length - 1)] as T;
		},
		sample<T>(items: readonly T[], count: number): T[] {
			const pool = [...items];
			const taken: T[] = [];
			while (taken.length < count && pool.length > 0) {
				taken.push(pool.splice(int(0, pool.length - 1), 1)[0] as T);
			}
			return taken;
		},
	};
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.parse(REFERENCE_DATE);

const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const MONTHS = Array.from({ length: 12 }, (_, month) => MONTH_NAME.format(Date.UTC(2026, month, 1)));

/** `2026-11-20` */
function isoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** `2026-11-20T09:30:00Z`, on a five-minute mark as people write them. */
function isoDateTime(ms: number): string {
	const rounded = Math.round(ms / (5 * MINUTE)) * 5 * MINUTE;
	return new Date(rounded).toISOString().replace('.000Z', 'Z');
}

/** `18 November` */
function spokenDate(ms: number): string {
	const date = new Date(ms);
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

function prepareDir(dir: string) {
	if (existsSync(dir) && readdirSync(dir).length > 0) {
		throw new Error(`${dir} is not empty; the corpus must be written into an empty or new folder`);
	}
	for (const folder of [...Object.values(ENTRY_FOLDERS), 'notices']) {
		mkdirSync(join(dir, folder), { recursive: true });
	}
}

function createWriter(dir: string) {
	const writer = {
		files: 0,
		bytes: 0,
		write(path: string, text: string) {
			writeFileSync(join(dir, path), text);
			writer.files += 1;
			writer.bytes += Buffer.byteLength(text);
		},
	};
	return writer;
}

/** A YAML string: JSON's double-quoted strings are valid YAML and escape everything that needs it. */
function q(text: string): string {
	return JSON.stringify(text);
}

function flowList(items: readonly string[], quoted = false): string {
	return `[${items.map((item) => (quoted ? q(item) : item)).join(', ')}]`;
}

function blockList(items: readonly string[]): string[] {
	return items.map((item) => `  - ${q(item)}`);
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

const PROPER_NOUN =
	/^(Outlook|Teams|OneDrive|GlobalProtect|SharePoint|MobileIron|Zoom|Wi-Fi|Microsoft|Windows|Ivanti)\b/;

/** A sentence's text as it reads after a comma: first letter lowercase unless it starts a name. */
function midSentence(text: string): string {
	return PROPER_NOUN.test(text) ? text : lowerFirst(text);
}

function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `a, b and c` */
function joinWords(words: readonly string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

// ---------------------------------------------------------------------------------------------------
// Vocabulary

interface TaskDef {
	/** The article title, in the reader's words. */
	title: string;
	/** What a user might type for it. */
	alias: string;
	/** Why or when someone needs it, one sentence. */
	why: string;
}

interface ProblemDef {
	/** Follows the product name: "Outlook" + "is not syncing new email". */
	title: string;
	/** What a user might type for it. */
	phrase: string;
	/** What the user sees, one sentence without a full stop. */
	symptom: string;
	/** The fix in a few words, lowercase, without a full stop. */
	fix: string;
}

interface StepDef {
	title: string;
	text: string;
}

interface Product {
	key: string;
	/** As it starts a title: "Outlook", "Your laptop". */
	name: string;
	/** The app or place users open. */
	app: string;
	category: string;
	owner: string;
	vendor: string;
	/** The service as users know it, for known errors and notices. */
	service: string;
	/** The name of what gets new versions, for "since GlobalProtect 6.3". */
	versioned?: { name: string; major: [number, number] };
	platforms: readonly Platform[];
	devices: readonly Device[];
	/** Words users type for it, typos included. */
	words: readonly string[];
	tags: readonly string[];
	facts: readonly string[];
	tasks: readonly TaskDef[];
	problems: readonly ProblemDef[];
	steps: readonly StepDef[];
	/** Lowercase clauses: "the offline copy of the mailbox ...". */
	causes: readonly string[];
	/** Verbatim error codes and messages. */
	errors: readonly string[];
	tips: readonly string[];
	/** How often entries are about it, relative to the others. */
	weight: number;
	/** Whether known errors are written about it. */
	knownErrors: boolean;
}

const PRODUCTS: readonly Product[] = [
	{
		key: 'outlook',
		name: 'Outlook',
		app: 'Outlook',
		category: 'email',
		owner: 'Messaging team',
		vendor: 'Microsoft',
		service: 'Email',
		versioned: { name: 'Outlook version', major: [2405, 2411] },
		platforms: ['windows', 'macos', 'ios', 'android', 'web'],
		devices: ['corporate', 'personal'],
		words: ['outlook', 'outlok', 'email', 'mail', 'inbox', 'e-mail'],
		tags: ['outlook', 'email'],
		facts: [
			'Outlook is installed on every company laptop, and you can add it to a personal phone from the App Store or Google Play.',
			'Your mailbox lives in Exchange Online, so what you see in Outlook on the web is always the up-to-date copy.',
			'Outlook keeps an offline copy of your mailbox on each device, which is why one device can fall out of step with the others.',
		],
		tasks: [
			{
				title: 'Set up Outlook',
				alias: 'set up outlook',
				why: 'You need this the first time you use a new laptop or phone, or after a device has been reset.',
			},
			{
				title: 'Open a shared mailbox in Outlook',
				alias: 'shared mailbox',
				why: 'Teams that answer a common address, such as sales or payroll, work from a shared mailbox that has to be added once.',
			},
			{
				title: 'Add a shared calendar in Outlook',
				alias: 'shared calendar',
				why: 'Shared calendars are used for rotas, room bookings and team leave.',
			},
			{
				title: 'Set an automatic out-of-office reply',
				alias: 'out of office',
				why: 'An automatic reply tells people when you are back and who to contact in the meantime.',
			},
			{
				title: 'Recover a deleted email in Outlook',
				alias: 'recover deleted email',
				why: 'Deleted email can be restored for 30 days after it leaves the Deleted Items folder.',
			},
			{
				title: 'Add an email signature in Outlook',
				alias: 'email signature',
				why: 'Signatures are kept per device, so you may need to add yours on each laptop and phone.',
			},
			{
				title: 'Share your calendar with a colleague',
				alias: 'share calendar',
				why: "Assistants and team leads often need to see or manage someone else's diary.",
			},
			{
				title: 'Create a rule to sort incoming email',
				alias: 'email rules',
				why: 'Rules move newsletters and notifications out of your inbox so that important email stands out.',
			},
			{
				title: 'Archive old email to free up mailbox space',
				alias: 'archive email',
				why: 'Mailboxes have a size limit, and archiving moves older messages out of the way without deleting them.',
			},
		],
		problems: [
			{
				title: 'is not syncing new email',
				phrase: 'not syncing',
				symptom: 'New email shows in Outlook on the web but not in the app',
				fix: 'check Outlook on the web, then let Outlook rebuild its offline copy',
			},
			{
				title: 'keeps asking for your password',
				phrase: 'keeps asking for password',
				symptom:
					'A sign-in window comes back every few minutes, even after you enter the right password',
				fix: 'sign out of every Office app, then sign in once with your work account',
			},
			{
				title: 'is stuck on Loading profile',
				phrase: 'stuck loading profile',
				symptom: 'Outlook opens but stays on the Loading profile screen',
				fix: 'close Outlook fully and start it in safe mode',
			},
			{
				title: 'cannot send email',
				phrase: 'cant send email',
				symptom: 'Messages stay in the Outbox and are never sent',
				fix: 'check the Outbox for a large attachment and send it as a OneDrive link instead',
			},
			{
				title: 'search finds nothing',
				phrase: 'search not working',
				symptom: 'Search returns no results, even for email you can see in your inbox',
				fix: 'let the search index rebuild and search in Outlook on the web meanwhile',
			},
			{
				title: 'does not show meeting invites',
				phrase: 'missing meeting invites',
				symptom: 'Meeting invites from colleagues never appear in your calendar',
				fix: 'check the Other folder and your delegate settings',
			},
			{
				title: 'says your mailbox is full',
				phrase: 'mailbox full',
				symptom: 'A banner says your mailbox is full and new messages bounce',
				fix: 'empty Deleted Items and archive older email',
			},
			{
				title: 'will not open attachments',
				phrase: 'cant open attachments',
				symptom: 'Attachments show a preview error or never finish downloading',
				fix: 'save the attachment first, or open it in Outlook on the web',
			},
		],
		steps: [
			{
				title: 'Check Outlook on the web',
				text: 'Open **outlook.office.com** in a browser and sign in with your work account. If everything looks right there, your mailbox is fine and only the app on this device needs attention.',
			},
			{
				title: 'Check the status bar',
				text: 'Look at the bottom of the Outlook window. **Working offline** or **Disconnected** means Outlook is not talking to the server: select **Send / Receive** and turn off **Work Offline**.',
			},
			{
				title: 'Close Outlook completely',
				text: 'Close every Outlook window and wait until the icon has gone from the taskbar or Dock, then open it again. Outlook often finishes a stuck update on the next start.',
			},
			{
				title: 'Start Outlook in safe mode',
				text: 'On Windows, hold **Ctrl** while you open Outlook and answer **Yes**. Safe mode starts Outlook without add-ins; if the problem disappears, an add-in is the cause.',
			},
			{
				title: 'Turn off add-ins',
				text: 'Go to **File**, **Options**, **Add-ins**, select **Go** next to COM Add-ins and clear the boxes. Turn them back on one at a time to find the one that causes trouble.',
			},
			{
				title: 'Remove and add your account on the phone',
				text: 'In the Outlook app, tap your initials, then the gear icon, choose your work account and select **Delete account**. Add it again with your work email address; your email comes back from the server.',
			},
			{
				title: 'Rebuild the offline mailbox',
				text: 'Go to **File**, **Account Settings**, select your account and choose **Change**, then move the **Download email for the past** slider. Outlook downloads a fresh copy in the background.',
			},
			{
				title: 'Empty Deleted Items',
				text: 'Right-click **Deleted Items** and choose **Empty folder**. What you delete stays recoverable for 30 days from **Recover items recently removed from this folder**.',
			},
		],
		causes: [
			'the offline copy of the mailbox on the device fell out of step with Exchange Online after an interrupted update',
			'a cached sign-in token expired and Outlook kept trying the old one instead of asking for a new one',
			'an add-in installed with a recent update slowed Outlook down at start-up and stopped the mailbox loading',
			'a change to the mail filtering rules held back messages with certain attachments',
		],
		errors: [
			'0x800CCC0E',
			'0x8004010F',
			'Cannot start Microsoft Outlook. Cannot open the Outlook window.',
			'Your mailbox is full.',
			'Something went wrong. Error 1001',
			'AADSTS50173',
		],
		tips: [
			'Outlook on the web always shows your real mailbox. When the app misbehaves, keep working there while you fix it.',
			'Do not delete the Outlook data file by hand. Rebuilding it from Account Settings is safer and keeps your settings.',
		],
		weight: 12,
		knownErrors: true,
	},
	{
		key: 'teams',
		name: 'Teams',
		app: 'Microsoft Teams',
		category: 'collaboration',
		owner: 'Workplace team',
		vendor: 'Microsoft',
		service: 'Teams',
		versioned: { name: 'Teams version', major: [24, 25] },
		platforms: ['windows', 'macos', 'ios', 'android', 'web'],
		devices: ['corporate', 'personal'],
		words: ['teams', 'ms teams', 'microsoft teams', 'teems', 'team app'],
		tags: ['teams', 'meetings'],
		facts: [
			'Teams is where chats, calls and most meetings happen, and it is installed on every company laptop.',
			'The Teams client updates itself in the background, usually when you quit and reopen it.',
			'Teams keeps a local cache of chats and pictures, which can go stale after an update.',
		],
		tasks: [
			{
				title: 'Join a Teams meeting from your phone',
				alias: 'join meeting from phone',
				why: 'Joining from your phone keeps you in the meeting when you are away from your desk.',
			},
			{
				title: 'Share your screen in a Teams meeting',
				alias: 'share screen',
				why: 'Sharing one window rather than the whole screen keeps notifications and other work private.',
			},
			{
				title: 'Invite people outside the company to a Teams meeting',
				alias: 'external meeting',
				why: 'Guests from other companies can join by link without a Teams account.',
			},
			{
				title: 'Create a team for your project',
				alias: 'create a team',
				why: 'A team gives a project its own channels, files and meeting space.',
			},
			{
				title: 'Turn on live captions in a Teams meeting',
				alias: 'live captions',
				why: 'Captions help in noisy places and for colleagues who are deaf or hard of hearing.',
			},
			{
				title: 'Blur or change your background in Teams calls',
				alias: 'blur background',
				why: 'A blurred or company background hides your surroundings on video.',
			},
			{
				title: 'Record a Teams meeting',
				alias: 'record meeting',
				why: 'Recordings are saved to OneDrive or SharePoint and shared with the people who were invited.',
			},
		],
		problems: [
			{
				title: 'has no sound in calls',
				phrase: 'no sound',
				symptom: 'Other people can hear you but you cannot hear them',
				fix: 'choose the right speaker in device settings and check the app has microphone access',
			},
			{
				title: 'cannot find your microphone',
				phrase: 'microphone not working',
				symptom: 'Teams says no microphone was found, or others cannot hear you',
				fix: 'allow microphone access in your privacy settings and pick the right device in Teams',
			},
			{
				title: 'shows a blank white window',
				phrase: 'blank screen',
				symptom: 'The Teams window opens but stays white or grey',
				fix: 'clear the Teams cache and start it again',
			},
			{
				title: 'does not show new chat messages',
				phrase: 'messages not showing',
				symptom: 'Colleagues say they sent messages that you never see',
				fix: 'sign out, clear the cache and sign in again',
			},
			{
				title: 'drops out of meetings',
				phrase: 'keeps dropping calls',
				symptom: 'You are thrown out of meetings and rejoin a minute later',
				fix: 'use a cable or move closer to the Wi-Fi, and turn off video when the connection is weak',
			},
			{
				title: 'does not detect your camera',
				phrase: 'camera not working',
				symptom: 'Teams shows a crossed-out camera or a black picture',
				fix: 'close other apps that use the camera and allow camera access',
			},
			{
				title: 'does not send notifications',
				phrase: 'no notifications',
				symptom: 'You miss chats because no banner or sound appears',
				fix: 'check notification settings in Teams and in the operating system',
			},
		],
		steps: [
			{
				title: 'Check your devices in Teams',
				text: 'Select the three dots next to your picture, then **Settings**, **Devices**. Choose the speaker, microphone and camera you actually use and select **Make a test call**.',
			},
			{
				title: 'Allow microphone and camera access',
				text: 'On Windows open **Settings**, **Privacy and security**, **Microphone** and **Camera**; on a Mac open **System Settings**, **Privacy and Security**. Make sure Microsoft Teams is switched on.',
			},
			{
				title: 'Quit Teams fully',
				text: 'Right-click the Teams icon in the taskbar or Dock and choose **Quit**. Closing the window is not enough, because Teams keeps running in the background.',
			},
			{
				title: 'Clear the Teams cache',
				text: 'Quit Teams, open **Settings**, **Apps**, **Installed apps**, select the three dots next to Microsoft Teams, choose **Advanced options** and select **Reset**. Chats and files are safe; they come back from the server.',
			},
			{
				title: 'Update Teams',
				text: 'Select the three dots next to your picture and choose **Check for updates**. Restart Teams when it asks.',
			},
			{
				title: 'Make a test call',
				text: 'Use **Make a test call** in device settings. It records a short message and plays it back, so you know the microphone and the speaker both work.',
			},
			{
				title: 'Join from the web instead',
				text: 'If the app still will not work, join from **teams.microsoft.com** in Edge or Chrome. It uses the same account and keeps you in the meeting while you fix the app.',
			},
		],
		causes: [
			'an update of the Teams client left an old cache behind, which the new version could not read',
			'an operating system update reset the privacy settings, so Teams lost access to the microphone and camera',
			'a change in the meeting service made some clients fall back to a slower connection route',
		],
		errors: [
			'caa70004',
			'CAA20002',
			"We couldn't connect you. Try again",
			'Your device is not connected',
			'No microphone detected',
		],
		tips: [
			'Headsets with their own USB adapter are the most reliable way to avoid sound problems in calls.',
			'You can join any meeting from teams.microsoft.com in a browser while the app is being fixed.',
		],
		weight: 12,
		knownErrors: true,
	},
	{
		key: 'vpn',
		name: 'VPN',
		app: 'GlobalProtect',
		category: 'vpn',
		owner: 'Network team',
		vendor: 'Palo Alto Networks',
		service: 'VPN',
		versioned: { name: 'GlobalProtect', major: [5, 6] },
		platforms: ['windows', 'macos', 'linux'],
		devices: ['corporate'],
		words: ['vpn', 'globalprotect', 'global protect', 'remote access', 'globel protect'],
		tags: ['vpn', 'globalprotect', 'remote working'],
		facts: [
			'GlobalProtect is installed on every company laptop and connects you to internal sites and file shares.',
			'Email, Teams and OneDrive work without the VPN; you only need it for internal systems.',
			'The VPN picks the nearest gateway automatically unless you choose one yourself.',
		],
		tasks: [
			{
				title: 'Connect to the VPN from home',
				alias: 'connect vpn',
				why: 'You need the VPN for internal sites, file shares and older business systems.',
			},
			{
				title: 'Choose a VPN gateway by hand',
				alias: 'change vpn gateway',
				why: 'Picking a gateway yourself helps when the automatic choice keeps switching.',
			},
			{
				title: 'Connect to the VPN from a hotel or train',
				alias: 'vpn hotel wifi',
				why: 'Public networks often need you to accept terms before the VPN can connect.',
			},
			{
				title: 'Reach a shared drive over the VPN',
				alias: 'map drive vpn',
				why: 'Mapped drives only reconnect once the VPN is up.',
			},
			{
				title: 'Check which VPN version you have',
				alias: 'vpn version',
				why: 'The helpdesk often asks for the version number when something goes wrong.',
			},
			{
				title: 'Reconnect the VPN after a password change',
				alias: 'vpn after password change',
				why: 'The VPN uses your work password, so it needs a fresh sign-in after a change.',
			},
		],
		problems: [
			{
				title: 'disconnects every few minutes',
				phrase: 'vpn keeps dropping',
				symptom: 'The VPN connects, then drops and reconnects every few minutes',
				fix: 'choose a gateway by hand and reconnect',
			},
			{
				title: 'will not connect',
				phrase: 'vpn not connecting',
				symptom: 'GlobalProtect stays on Connecting and then gives up',
				fix: 'check the internet connection first, then refresh the connection',
			},
			{
				title: 'connects but internal sites do not load',
				phrase: 'vpn connected no intranet',
				symptom: 'GlobalProtect says Connected but internal sites time out',
				fix: 'disconnect, reconnect and flush the DNS cache',
			},
			{
				title: 'is very slow',
				phrase: 'slow vpn',
				symptom: 'File copies and internal sites are far slower than usual',
				fix: 'pick the nearest gateway and pause large uploads',
			},
			{
				title: 'asks for a client certificate',
				phrase: 'vpn certificate error',
				symptom: 'A message says a valid client certificate is required',
				fix: 'make sure you are on a company laptop and restart it to renew the certificate',
			},
			{
				title: 'fails after a password change',
				phrase: 'vpn password changed',
				symptom: 'The VPN rejects your password since you changed it',
				fix: 'lock and unlock the laptop so it picks up the new password, then sign in again',
			},
		],
		steps: [
			{
				title: 'Open GlobalProtect',
				text: 'Select the globe icon in the notification area on Windows or in the menu bar on a Mac. If it is missing, open **GlobalProtect** from the Start menu or the Applications folder.',
			},
			{
				title: 'Check the portal address',
				text: 'The portal box should say **vpn.example.com**. Correct it if it says anything else, then select **Connect**.',
			},
			{
				title: 'Choose a gateway',
				text: 'Select the gateway name under the connection status and choose the office nearest to you instead of **Best Available Gateway**.',
			},
			{
				title: 'Refresh the connection',
				text: 'Open the three-line menu in GlobalProtect and choose **Refresh Connection**. This downloads the latest settings from the portal.',
			},
			{
				title: 'Disconnect and connect again',
				text: 'Select **Disconnect**, wait ten seconds, then select **Connect**. Approve the sign-in request on your phone if one appears.',
			},
			{
				title: 'Accept the hotel or guest Wi-Fi terms',
				text: 'Open any public website. If a terms page or login page appears, accept it first; until then the VPN cannot reach the internet.',
			},
			{
				title: 'Flush the DNS cache',
				text: 'On Windows open **Command Prompt** and run `ipconfig /flushdns`. On a Mac open **Terminal** and run `sudo dscacheutil -flushcache`.',
			},
		],
		causes: [
			'a defect in the client made it drop the tunnel each time it checked for a better gateway',
			'an expired certificate on one gateway made connections through it fail',
			'a change to the DNS servers handed out by the VPN left some laptops with stale addresses',
		],
		errors: [
			'The network connection is unreachable or the gateway is unresponsive',
			'Valid client certificate is required',
			'Gateway is not responding',
			'Authentication failed: Invalid username or password',
			'Portal does not exist',
		],
		tips: [
			"If the VPN will not connect at all, try your phone's hotspot. If it works there, the local network is blocking it.",
			'You do not need the VPN for email, Teams or OneDrive, so you can keep working while you fix it.',
		],
		weight: 10,
		knownErrors: true,
	},
	{
		key: 'wifi',
		name: 'Wi-Fi',
		app: 'Wi-Fi settings',
		category: 'wifi',
		owner: 'Network team',
		vendor: 'the Wi-Fi supplier',
		service: 'Office Wi-Fi',
		versioned: { name: 'access point firmware', major: [8, 10] },
		platforms: ['windows', 'macos', 'ios', 'android', 'linux'],
		devices: ['corporate', 'personal'],
		words: ['wifi', 'wi-fi', 'wireless', 'internet', 'wlan', 'wify'],
		tags: ['wifi', 'network'],
		facts: [
			'Company laptops join the Staff network automatically; phones and visitors use the Guest network.',
			'Each office has several access points, and your device moves between them as you walk around.',
			'The Guest network is kept apart from internal systems, so use the VPN on it just as you would at home.',
		],
		tasks: [
			{
				title: 'Connect to the office Wi-Fi',
				alias: 'connect office wifi',
				why: 'The Staff network is for company laptops; it signs you in with your device certificate.',
			},
			{
				title: 'Connect a personal phone to the guest Wi-Fi',
				alias: 'guest wifi',
				why: 'The Guest network is the one to use for personal phones and visitors.',
			},
			{
				title: 'Get Wi-Fi access for a visitor',
				alias: 'visitor wifi',
				why: 'Visitors get a code that works for one day.',
			},
			{
				title: 'Forget a Wi-Fi network and join it again',
				alias: 'forget network',
				why: 'Forgetting the network clears an old password or certificate that stops you joining.',
			},
			{
				title: 'Use your phone as a hotspot for your laptop',
				alias: 'phone hotspot',
				why: 'A hotspot is a good fallback when the Wi-Fi is down or a hotel blocks the VPN.',
			},
			{
				title: "Find your device's network address",
				alias: 'find ip address',
				why: 'The helpdesk sometimes needs the address to trace a problem.',
			},
		],
		problems: [
			{
				title: 'keeps dropping',
				phrase: 'wifi keeps dropping',
				symptom: 'The connection drops for a minute or so, then comes back on its own',
				fix: 'forget the network and update the Wi-Fi driver',
			},
			{
				title: 'says No internet, secured',
				phrase: 'no internet secured',
				symptom: 'You are connected to the Wi-Fi but nothing loads',
				fix: 'forget the network, join it again and restart',
			},
			{
				title: 'is slow in meeting rooms',
				phrase: 'slow wifi',
				symptom: 'Pages load slowly and calls stutter in busy rooms',
				fix: 'move closer to an access point or use a cable',
			},
			{
				title: 'does not list the Staff network',
				phrase: 'cant see staff wifi',
				symptom: 'The Staff network is missing from the list of networks',
				fix: 'restart the laptop so it can renew its certificate',
			},
			{
				title: 'asks for a password you do not know',
				phrase: 'wifi password',
				symptom: 'Your device asks for a password or a certificate when you join',
				fix: 'use the Guest network for personal devices and contact us about company ones',
			},
			{
				title: 'does not show the guest login page',
				phrase: 'guest wifi login page',
				symptom: 'You join the Guest network but the login page never opens',
				fix: 'open a plain http website to bring up the login page',
			},
		],
		steps: [
			{
				title: 'Turn Wi-Fi off and on',
				text: 'Turn Wi-Fi off, wait ten seconds and turn it back on. This is quicker than a restart and is often enough.',
			},
			{
				title: 'Forget the network',
				text: 'On Windows open **Settings**, **Network and internet**, **Wi-Fi**, **Manage known networks** and select **Forget**. On a phone, tap the network name and choose **Forget This Network**.',
			},
			{
				title: 'Join the right network',
				text: 'Company laptops use **Staff**; phones and visitors use **Guest**. Joining the wrong one gives you a connection that cannot reach work systems.',
			},
			{
				title: 'Update the Wi-Fi driver',
				text: 'Open **Company Portal** and install the latest driver package for your model. Restart when it is done.',
			},
			{
				title: 'Move closer to an access point',
				text: 'Walls, lifts and kitchens block Wi-Fi. Try from a desk in the open office before you report a problem.',
			},
			{
				title: 'Use a cable or hotspot for now',
				text: 'If you need a connection straight away, plug into a network socket at a desk or use your phone as a hotspot while we look at the Wi-Fi.',
			},
		],
		causes: [
			'new firmware on the access points dropped laptops when they moved from one access point to the next',
			'a certificate used by the Staff network expired on some laptops before it could renew',
			'too many devices on one access point in a busy area slowed everyone down',
		],
		errors: [
			'No internet, secured',
			"Can't connect to this network",
			'Unable to join the network',
			'Authentication problem',
			'Limited connectivity',
		],
		tips: [
			'A wired connection at a desk is always faster and steadier than Wi-Fi for large uploads and long calls.',
			"When Wi-Fi is down, your phone's hotspot keeps you working. It counts against your data allowance.",
		],
		weight: 9,
		knownErrors: true,
	},
	{
		key: 'printing',
		name: 'Follow-me printing',
		app: 'PaperCut',
		category: 'printing',
		owner: 'Workplace team',
		vendor: 'the print supplier',
		service: 'Printing',
		versioned: { name: 'the print driver', major: [3, 5] },
		platforms: ['windows', 'macos'],
		devices: ['corporate'],
		words: ['printer', 'printing', 'print', 'papercut', 'follow me', 'printr'],
		tags: ['printing', 'papercut'],
		facts: [
			'Follow-me printing holds your job until you tap your badge at any office printer, so confidential pages never sit in a tray.',
			'Jobs wait for 24 hours, after which they are deleted without being printed.',
			'Every printer in every office is on the same queue, so you can print in one building and collect in another.',
		],
		tasks: [
			{
				title: 'Print with follow-me printing',
				alias: 'follow me printing',
				why: 'Follow-me printing works at any office printer once your badge is registered.',
			},
			{
				title: 'Register your badge at a printer',
				alias: 'register badge printer',
				why: 'Your badge needs registering once before it releases jobs.',
			},
			{
				title: 'Scan a document to your email',
				alias: 'scan to email',
				why: 'Every office printer can scan to your own email address.',
			},
			{
				title: 'Add the follow-me printer to your laptop',
				alias: 'add printer',
				why: 'The printer is usually installed for you, but a rebuild or a new laptop may need it added.',
			},
			{
				title: 'Print in colour or on both sides',
				alias: 'print double sided',
				why: 'Printers default to black and white on both sides to save paper.',
			},
			{
				title: 'Cancel a print job you sent by mistake',
				alias: 'cancel print job',
				why: 'Jobs can be deleted from the queue before they are released.',
			},
		],
		problems: [
			{
				title: 'does not release your job',
				phrase: 'print job not showing',
				symptom: 'You tap your badge but your document is not on the list',
				fix: 'check you printed to the follow-me queue and that the job is less than a day old',
			},
			{
				title: 'prints blank or garbled pages',
				phrase: 'printing garbage',
				symptom: 'Pages come out blank, covered in odd symbols or half printed',
				fix: 'save the file as a PDF first, then print the PDF',
			},
			{
				title: 'does not recognise your badge',
				phrase: 'badge not working printer',
				symptom: 'The printer beeps but shows an unknown card message',
				fix: 'register your badge again with your work username',
			},
			{
				title: 'sends scans that never arrive',
				phrase: 'scan to email not working',
				symptom: 'The printer says the scan was sent but no email arrives',
				fix: 'check your junk folder and the size of the scan',
			},
			{
				title: 'is missing from your laptop',
				phrase: 'printer missing',
				symptom: 'The follow-me printer is not in the list when you print',
				fix: 'add it again from Company Portal',
			},
		],
		steps: [
			{
				title: 'Print to the follow-me queue',
				text: 'In the print window choose **FollowMe** as the printer. Other printer names in the list are old and will not release anywhere.',
			},
			{
				title: 'Tap your badge',
				text: 'At any office printer, hold your badge on the reader until the screen shows your jobs, then choose **Print all** or pick the ones you want.',
			},
			{
				title: 'Register your badge again',
				text: 'Tap your badge, choose **Register**, and sign in with your work username and password. Tap the badge once more to finish.',
			},
			{
				title: 'Print as a PDF first',
				text: 'Save the document as a PDF and print the PDF. This gets round most problems with unusual fonts and very large files.',
			},
			{
				title: 'Add the printer from Company Portal',
				text: 'Open **Company Portal**, search for **FollowMe printer** and select **Install**. It takes a minute or two and does not need a restart.',
			},
			{
				title: 'Check the job in PaperCut',
				text: 'Open **print.example.com** and sign in. **Recent print jobs** shows whether the job arrived and why it did not print.',
			},
		],
		causes: [
			'a driver update on the print server could not render some documents, which came out blank',
			'the badge readers on one floor lost contact with the print server after a network change',
			'the scanning service rejected scans above a certain size without saying so',
		],
		errors: [
			'Unknown card',
			'Printer offline',
			'0x00000709',
			'Job deleted: exceeds size limit',
			'Access denied: badge not registered',
		],
		tips: [
			'Jobs you do not release are deleted after 24 hours, so nothing confidential is left waiting.',
			'Scans of more than about 20 pages are easier to send as two smaller scans.',
		],
		weight: 6,
		knownErrors: true,
	},
	{
		key: 'mfa',
		name: 'Microsoft Authenticator',
		app: 'Microsoft Authenticator',
		category: 'mfa',
		owner: 'Identity team',
		vendor: 'Microsoft',
		service: 'Sign-in (MFA)',
		versioned: { name: 'Authenticator', major: [6, 6] },
		platforms: ['ios', 'android', 'web'],
		devices: ['corporate', 'personal'],
		words: ['mfa', 'authenticator', '2fa', 'two factor', 'authenticater', 'verification code'],
		tags: ['mfa', 'authenticator', 'sign-in'],
		facts: [
			'Every sign-in from a new device asks you to approve it in Microsoft Authenticator, on top of your password.',
			'You can keep Authenticator on a personal phone; it only holds sign-in keys, not your email or files.',
			'A backup method such as a text message lets you sign in when your phone is lost or the app fails.',
		],
		tasks: [
			{
				title: 'Set up Microsoft Authenticator',
				alias: 'set up mfa',
				why: 'You need it the first time you sign in, or when sign-in says more information is required.',
			},
			{
				title: 'Move Microsoft Authenticator to a new phone',
				alias: 'mfa new phone',
				why: 'Authenticator does not move itself when you change phone, so set it up on the new one before you wipe the old one.',
			},
			{
				title: 'Add a backup sign-in method',
				alias: 'backup mfa method',
				why: 'A second method keeps you working if your phone is lost, broken or out of battery.',
			},
			{
				title: 'Sign in with a code when your phone has no signal',
				alias: 'mfa code offline',
				why: 'Authenticator shows a code that works without a connection.',
			},
			{
				title: 'Approve a sign-in with number matching',
				alias: 'number matching',
				why: 'Number matching asks you to type the number shown on screen, which stops accidental approvals.',
			},
			{
				title: 'Remove an old phone from your sign-in methods',
				alias: 'remove old phone mfa',
				why: 'An old phone left on your account is a way in for whoever has it.',
			},
		],
		problems: [
			{
				title: 'does not show approval requests',
				phrase: 'no mfa notification',
				symptom: 'Sign-in says it sent a request but nothing appears on your phone',
				fix: 'open the app and pull down to refresh, then check notification settings',
			},
			{
				title: 'codes are rejected as wrong',
				phrase: 'mfa code wrong',
				symptom: 'Codes from the app are rejected as incorrect',
				fix: "set the phone's clock to automatic time",
			},
			{
				title: 'asks you to approve again and again',
				phrase: 'mfa keeps asking',
				symptom: 'Every app asks you to approve a sign-in several times a day',
				fix: 'stay signed in on trusted devices and update the app',
			},
			{
				title: 'lost your work account after a phone change',
				phrase: 'new phone no authenticator',
				symptom: 'Authenticator on your new phone does not list your work account',
				fix: 'use your backup method and add the account again',
			},
			{
				title: 'shows requests you did not make',
				phrase: 'unexpected mfa request',
				symptom: 'Approval requests arrive when you are not signing in anywhere',
				fix: 'deny them and change your password straight away',
			},
		],
		steps: [
			{
				title: 'Open Authenticator and refresh',
				text: 'Open the app and pull down on the account list. Waiting requests often appear as soon as the app is open.',
			},
			{
				title: 'Allow notifications',
				text: 'On an iPhone open **Settings**, **Notifications**, **Authenticator** and turn on **Allow Notifications**. On Android open **Settings**, **Apps**, **Authenticator**, **Notifications**.',
			},
			{
				title: 'Set the clock to automatic',
				text: "Codes depend on the time. Turn on **Set automatically** in the phone's date and time settings.",
			},
			{
				title: 'Open your security info page',
				text: 'On a computer go to **mysignins.microsoft.com** and open **Security info**. This page lists your sign-in methods and lets you add or remove them.',
			},
			{
				title: 'Add the account again',
				text: 'On the security info page choose **Add sign-in method**, **Authenticator app**, and scan the QR code with the app on your phone.',
			},
			{
				title: 'Deny and report unexpected requests',
				text: 'If a request arrives that you did not start, choose **Deny** and then **Report**. Change your password and call the helpdesk.',
			},
		],
		causes: [
			'a delay in the notification service held back approval requests for several minutes',
			'a change to the sign-in policy asked people to approve again in every app instead of once a day',
			'phones with a clock a few minutes out produced codes the sign-in service rejected',
		],
		errors: [
			'AADSTS50076',
			'AADSTS50079',
			'AADSTS50158',
			'AADSTS53003',
			'More information required',
			"We didn't hear from you",
		],
		tips: [
			'Never approve a request you did not start. Deny it and tell the helpdesk, because someone may know your password.',
			'Set up a backup method now, while everything works. It is much harder once your phone is lost.',
		],
		weight: 8,
		knownErrors: true,
	},
	{
		key: 'onedrive',
		name: 'OneDrive',
		app: 'OneDrive',
		category: 'collaboration',
		owner: 'Workplace team',
		vendor: 'Microsoft',
		service: 'OneDrive',
		versioned: { name: 'OneDrive', major: [24, 25] },
		platforms: ['windows', 'macos', 'ios', 'android', 'web'],
		devices: ['corporate', 'personal'],
		words: ['onedrive', 'one drive', 'files', 'sync', 'my documents', 'cloud storage'],
		tags: ['onedrive', 'files', 'sync'],
		facts: [
			'OneDrive keeps your work files in the cloud and syncs them to every device you sign in on.',
			'Files On-Demand shows every file but downloads it only when you open it, which saves space on the laptop.',
			'Deleted files stay in the OneDrive recycle bin for 93 days.',
		],
		tasks: [
			{
				title: 'Restore a deleted file from OneDrive',
				alias: 'restore deleted file',
				why: 'Files you delete go to the recycle bin first and can be restored for 93 days.',
			},
			{
				title: 'Share a file with someone outside the company',
				alias: 'share file externally',
				why: 'Links for outside people can expire and can be view-only.',
			},
			{
				title: 'Back up your Desktop and Documents to OneDrive',
				alias: 'backup desktop',
				why: 'Backed-up folders follow you to a new laptop automatically.',
			},
			{
				title: 'Free up space with Files On-Demand',
				alias: 'free up space',
				why: 'Online-only files take no space until you open them.',
			},
			{
				title: 'Restore an earlier version of a file',
				alias: 'version history',
				why: 'OneDrive keeps earlier versions of Office files for when a change goes wrong.',
			},
			{
				title: 'Move your files from a network drive to OneDrive',
				alias: 'move files to onedrive',
				why: 'Old home drives are being retired, and OneDrive is where your files belong now.',
			},
		],
		problems: [
			{
				title: 'stops syncing',
				phrase: 'onedrive not syncing',
				symptom: 'The cloud icon shows a red cross or a paused sign and files stop updating',
				fix: 'pause and resume sync, then restart OneDrive',
			},
			{
				title: 'shows files stuck on Sync pending',
				phrase: 'sync pending',
				symptom: 'Files show Sync pending and never upload',
				fix: 'check file names and sizes, then restart OneDrive',
			},
			{
				title: 'says a file could not be uploaded',
				phrase: 'upload failed',
				symptom: 'A warning says one or more files could not be uploaded',
				fix: 'rename files with unusual characters or very long paths',
			},
			{
				title: 'fills up the laptop disk',
				phrase: 'onedrive disk full',
				symptom: 'The laptop warns that the disk is full after OneDrive syncs',
				fix: 'turn on Files On-Demand and free up space',
			},
			{
				title: 'creates duplicate files with your computer name',
				phrase: 'duplicate files',
				symptom: 'Copies of files appear with the laptop name added to the file name',
				fix: 'keep the newest copy and close files on other devices before editing',
			},
		],
		steps: [
			{
				title: 'Check the OneDrive icon',
				text: 'Select the cloud icon in the notification area or menu bar. A red cross, a paused sign or a grey cloud each tells you what is wrong, and the panel lists the files involved.',
			},
			{
				title: 'Pause and resume sync',
				text: 'In the OneDrive panel select the gear icon, choose **Pause syncing** and **2 hours**, wait a few seconds, then choose **Resume syncing**.',
			},
			{
				title: 'Quit and restart OneDrive',
				text: 'Select the gear icon and choose **Quit OneDrive**, then open OneDrive again from the Start menu or the Applications folder.',
			},
			{
				title: 'Rename problem files',
				text: 'OneDrive cannot sync names that end in a dot or contain characters such as a colon or an asterisk. Shorten very long folder paths, too.',
			},
			{
				title: 'Free up space',
				text: 'Right-click a large folder in File Explorer or Finder and choose **Free up space**. Files stay visible and download again when you open them.',
			},
			{
				title: 'Check the file online',
				text: 'Open **onedrive.com** and sign in. If the file is there and up to date, your work is safe while the laptop catches up.',
			},
			{
				title: 'Unlink and link the laptop',
				text: 'Select the gear icon, **Settings**, **Account**, **Unlink this PC**, then sign in again. OneDrive checks every file against the cloud, which can take a while for a large library.',
			},
		],
		causes: [
			'a Windows update stopped the cloud file provider from starting after the laptop woke from sleep',
			"a change to the sync client's limits made very large libraries stop syncing",
			'a file with an unsupported name blocked the rest of its folder from uploading',
		],
		errors: [
			'0x8007016A',
			'0x8004de40',
			'0x80070194',
			'The cloud file provider is not running',
			"You're not signed in",
		],
		tips: [
			'Files in OneDrive are safe in the cloud even while your laptop struggles to sync them.',
			'Close a shared file on your other devices before you edit it, to avoid duplicate copies.',
		],
		weight: 8,
		knownErrors: true,
	},
	{
		key: 'mobileiron',
		name: 'MobileIron',
		app: 'Ivanti Go',
		category: 'mobile',
		owner: 'Mobile team',
		vendor: 'Ivanti',
		service: 'MobileIron (BYOD)',
		versioned: { name: 'Ivanti Go', major: [9, 12] },
		platforms: ['ios', 'android'],
		devices: ['personal', 'corporate'],
		words: ['mobileiron', 'mobiletron', 'mobile iron', 'mdm', 'ivanti', 'go app'],
		tags: ['mobileiron', 'byod', 'mdm'],
		facts: [
			'MobileIron puts work apps on your phone in a managed space; it cannot see your photos, messages or personal apps.',
			'Personal phones must be enrolled in MobileIron before Outlook and Teams will open work data.',
			'MobileIron checks regularly that the phone has a passcode and is up to date, and blocks work apps if not.',
		],
		tasks: [
			{
				title: 'Enrol your personal phone in MobileIron',
				alias: 'enrol phone',
				why: 'Enrolment is needed before work email and Teams will work on a personal phone.',
			},
			{
				title: 'Set up work email on your phone',
				alias: 'work email on phone',
				why: 'Outlook on the phone gets its settings from MobileIron once you are enrolled.',
			},
			{
				title: 'Move MobileIron to a new phone',
				alias: 'mobileiron new phone',
				why: 'Enrolment does not move with a backup, so the new phone must be enrolled itself.',
			},
			{
				title: 'Remove MobileIron from your phone',
				alias: 'unenrol',
				why: 'Removing MobileIron deletes work apps and data but nothing personal.',
			},
			{
				title: 'Check what MobileIron can see on your phone',
				alias: 'mobileiron privacy',
				why: 'The app itself lists everything it collects.',
			},
			{
				title: 'Install a work app from the app catalogue',
				alias: 'app catalogue',
				why: 'Work apps come from the MobileIron catalogue, not directly from the app store.',
			},
		],
		problems: [
			{
				title: 'says your phone is not compliant',
				phrase: 'not compliant',
				symptom: 'Work apps stop opening and MobileIron says the phone is not compliant',
				fix: 'install the latest system update and set a six-digit passcode',
			},
			{
				title: 'will not finish enrolment',
				phrase: 'enrolment fails',
				symptom: 'Enrolment stops part-way with an error',
				fix: "check the phone's system version and start again with your work email",
			},
			{
				title: 'blocks work email after a phone update',
				phrase: 'email blocked mobileiron',
				symptom: 'Outlook says access is blocked after a phone update',
				fix: 'open Ivanti Go and let it check in',
			},
			{
				title: 'does not install work apps',
				phrase: 'work apps not installing',
				symptom: 'Apps from the catalogue stay on Waiting or Queued',
				fix: 'free some storage and keep the app open until installs finish',
			},
			{
				title: 'keeps asking for a new passcode',
				phrase: 'passcode prompt',
				symptom: 'A prompt to set or change the passcode keeps coming back',
				fix: 'set a passcode of at least six digits',
			},
		],
		steps: [
			{
				title: 'Open Ivanti Go',
				text: 'On an iPhone open **Ivanti Go**; on Android open **Mobile@Work**. Let it check in; the status at the top should say **Compliant**.',
			},
			{
				title: 'Install system updates',
				text: 'Open **Settings**, **General**, **Software Update** on an iPhone, or **Settings**, **System**, **System update** on Android, and install what is waiting.',
			},
			{
				title: 'Set a six-digit passcode',
				text: 'MobileIron needs a passcode of at least six digits. Face ID or a fingerprint can still unlock the phone day to day.',
			},
			{
				title: 'Free up storage',
				text: 'Work apps need at least 2 GB free. Delete large videos or apps you no longer use, then try the install again.',
			},
			{
				title: 'Enrol with your work email',
				text: 'In the app, enter your work email address, sign in and approve the request in Microsoft Authenticator. Accept the profile when the phone asks.',
			},
			{
				title: 'Check in again',
				text: 'In Ivanti Go select **Check for Updates** or **Force Device Check-in**. Blocks lift within a few minutes of the phone becoming compliant.',
			},
		],
		causes: [
			'a new operating system version was released before MobileIron was updated to accept it as compliant',
			'a certificate used during enrolment expired, so new enrolments stopped part-way',
			'a change to the compliance rules started requiring a longer passcode',
		],
		errors: [
			'Device not compliant',
			'Enrollment failed: 1051',
			'Your organization has blocked access from this device',
			'Registration failed',
			'Profile installation failed',
		],
		tips: [
			'IT can only remove work apps and work data from a personal phone, never your photos or messages.',
			'Keep Ivanti Go installed. Deleting it removes the work apps at the next check-in.',
		],
		weight: 6,
		knownErrors: true,
	},
	{
		key: 'sharepoint',
		name: 'SharePoint',
		app: 'SharePoint',
		category: 'collaboration',
		owner: 'Workplace team',
		vendor: 'Microsoft',
		service: 'SharePoint and intranet',
		platforms: ['web', 'windows', 'macos'],
		devices: ['corporate', 'personal'],
		words: ['sharepoint', 'share point', 'intranet', 'team site', 'shared files'],
		tags: ['sharepoint', 'intranet', 'files'],
		facts: [
			'SharePoint holds team sites, the intranet and the files behind every Teams channel.',
			'Access to a site is given by its owner, not by IT, so the owner is usually the quickest person to ask.',
			'Files in SharePoint keep their version history, so anyone who can edit a file can restore an earlier copy.',
		],
		tasks: [
			{
				title: 'Request access to a SharePoint site',
				alias: 'sharepoint access',
				why: 'Site owners approve access requests, usually within a working day.',
			},
			{
				title: 'Sync a SharePoint library to your laptop',
				alias: 'sync sharepoint',
				why: "Syncing puts a team's files in File Explorer or Finder next to your own OneDrive.",
			},
			{
				title: 'Find who owns a SharePoint site',
				alias: 'site owner',
				why: 'Owners add people and decide what the site contains.',
			},
			{
				title: 'Create a news page on your team site',
				alias: 'create page',
				why: 'Pages are the way to publish news and guides to your team.',
			},
			{
				title: 'Restore a deleted SharePoint file',
				alias: 'restore sharepoint file',
				why: 'Deleted files sit in the site recycle bin for 93 days.',
			},
		],
		problems: [
			{
				title: 'says you need permission',
				phrase: 'access denied sharepoint',
				symptom: 'A page says you need permission to access the site',
				fix: 'request access from the page and tell the owner why you need it',
			},
			{
				title: 'opens files read-only',
				phrase: 'read only',
				symptom: 'Office files open as read-only even though you should be able to edit them',
				fix: 'check your access level and close the file on other devices',
			},
			{
				title: 'is slow to load',
				phrase: 'sharepoint slow',
				symptom: 'Pages take a long time to load or time out',
				fix: 'try a private window and clear the browser cache',
			},
			{
				title: 'shows an old version of a file',
				phrase: 'old version of file',
				symptom: 'Changes you saved are missing when you open the file again',
				fix: 'check the version history and whether you saved to the right library',
			},
			{
				title: 'search does not find a document',
				phrase: 'cant find document',
				symptom: 'Search returns nothing for a file you know exists',
				fix: 'search inside the site and give new files a few minutes to be indexed',
			},
		],
		steps: [
			{
				title: 'Check your access',
				text: 'Open the site and select the gear icon, then **Site permissions**. If you cannot see the option, you do not have access yet.',
			},
			{
				title: 'Request access',
				text: 'On the permission page select **Request access** and add a sentence about why you need it. The request goes to the site owner.',
			},
			{
				title: 'Open the file in the desktop app',
				text: 'Select the three dots next to the file and choose **Open**, **Open in app**. The desktop app shows who else is editing and why a file is locked.',
			},
			{
				title: 'Check version history',
				text: 'Select the three dots next to the file and choose **Version history**. Open an older version to compare, or select **Restore**.',
			},
			{
				title: 'Try a private window',
				text: 'Open the site in a private browser window. If it works there, clear the browser cache and sign in again.',
			},
			{
				title: 'Check the site recycle bin',
				text: 'Select **Recycle bin** in the site menu. Anyone who can edit the site can restore deleted files and folders from there.',
			},
		],
		causes: [
			'a permissions change copied from an old site removed edit rights from some members',
			'the search index for some sites stopped updating after a service change',
			'a slow content delivery route made pages load slowly from some offices',
		],
		errors: [
			"Sorry, you don't have access to this page",
			'Access denied',
			'This item might not exist or is no longer available',
			'The file is locked for shared use',
		],
		tips: [
			'The site owner is listed under the gear icon, Site information. Asking them directly is the fastest route to access.',
			'Every Teams channel has a SharePoint folder behind it, so files shared in Teams can be found in SharePoint too.',
		],
		weight: 5,
		knownErrors: true,
	},
	{
		key: 'zoom',
		name: 'Zoom',
		app: 'Zoom Workplace',
		category: 'collaboration',
		owner: 'Workplace team',
		vendor: 'Zoom',
		service: 'Zoom meetings',
		versioned: { name: 'Zoom', major: [6, 6] },
		platforms: ['windows', 'macos', 'ios', 'android'],
		devices: ['corporate', 'personal'],
		words: ['zoom', 'zoom meeting', 'zoom call', 'zoom app', 'zoon'],
		tags: ['zoom', 'meetings'],
		facts: [
			'Zoom is used for meetings with customers and partners who do not use Teams.',
			'Sign in to Zoom with single sign-on and the company domain, not with a personal Zoom account.',
			'Meeting rooms have Zoom Rooms equipment that can join both Zoom and Teams meetings.',
		],
		tasks: [
			{
				title: 'Sign in to Zoom with your work account',
				alias: 'zoom sso',
				why: 'Single sign-on gives you the company licence, with longer meetings and recording.',
			},
			{
				title: 'Schedule a Zoom meeting from Outlook',
				alias: 'zoom outlook add-in',
				why: 'The Zoom add-in puts the link and dial-in numbers in the invite for you.',
			},
			{
				title: 'Join a Zoom meeting from a meeting room',
				alias: 'zoom room',
				why: 'Room equipment gives better sound and camera than a laptop for groups.',
			},
			{
				title: 'Record a Zoom meeting to the cloud',
				alias: 'zoom record',
				why: 'Cloud recordings are kept for 30 days and can be shared by link.',
			},
			{
				title: 'Use breakout rooms in Zoom',
				alias: 'breakout rooms',
				why: 'Breakout rooms split a large meeting into small groups.',
			},
		],
		problems: [
			{
				title: 'has no sound',
				phrase: 'zoom no audio',
				symptom: 'You join but hear nothing, or others cannot hear you',
				fix: 'choose Join with Computer Audio and pick the right speaker',
			},
			{
				title: 'says your account is not licensed',
				phrase: 'zoom licence',
				symptom: 'Meetings end after 40 minutes and recording is greyed out',
				fix: 'sign out and sign in again with single sign-on',
			},
			{
				title: 'will not share your screen',
				phrase: 'zoom screen share',
				symptom: 'Screen sharing shows a black window or an error',
				fix: 'allow screen recording for Zoom in your privacy settings',
			},
			{
				title: 'keeps freezing',
				phrase: 'zoom freezing',
				symptom: 'Video freezes and the meeting says your connection is unstable',
				fix: 'turn off HD video and move closer to the Wi-Fi',
			},
			{
				title: 'does not open from a meeting link',
				phrase: 'zoom link not opening',
				symptom: 'Selecting a link opens the browser but Zoom never starts',
				fix: 'allow the browser to open Zoom, or join from the browser',
			},
		],
		steps: [
			{
				title: 'Sign in with SSO',
				text: 'In Zoom choose **Sign in**, then **SSO**, and enter **example** as the company domain. Sign in with your work account when the browser opens.',
			},
			{
				title: 'Join with computer audio',
				text: 'When a meeting opens, choose **Join with Computer Audio**. If you missed it, select the arrow next to the microphone and choose the speaker and microphone you use.',
			},
			{
				title: 'Allow screen recording on a Mac',
				text: 'Open **System Settings**, **Privacy and Security**, **Screen and System Audio Recording**, and turn on Zoom. Quit and reopen Zoom afterwards.',
			},
			{
				title: 'Turn off HD video',
				text: 'Open Zoom **Settings**, **Video** and clear **HD**. A lower resolution uses far less bandwidth and keeps the call stable.',
			},
			{
				title: 'Update Zoom',
				text: 'Select your picture at the top right and choose **Check for Updates**. Old versions are blocked from joining meetings after a few months.',
			},
			{
				title: 'Join from the browser',
				text: 'On the page that opens from the link, select **Join from your browser**. It works without the app, with fewer features.',
			},
		],
		causes: [
			'a change to single sign-on sent some people to a basic personal account instead of the company one',
			"an operating system update removed Zoom's permission to record the screen",
			"a problem in one of Zoom's data centres dropped audio in European meetings",
		],
		errors: [
			'Error code 5003',
			'Error code 104103',
			'You cannot log in to this account',
			'Your internet connection is unstable',
		],
		tips: [
			'Join a few minutes early when you present, so you can check sound and screen sharing before people arrive.',
			'A meeting room joins Zoom and Teams meetings alike, so book one for calls with many people in the same place.',
		],
		weight: 4,
		knownErrors: true,
	},
	{
		key: 'laptop',
		name: 'Your laptop',
		app: 'Company Portal',
		category: 'devices',
		owner: 'Device team',
		vendor: 'the laptop manufacturer',
		service: 'Laptops',
		versioned: { name: 'the dock firmware', major: [1, 2] },
		platforms: ['windows', 'macos', 'linux'],
		devices: ['corporate'],
		words: ['laptop', 'pc', 'computer', 'macbook', 'notebook', 'lapto'],
		tags: ['laptop', 'hardware'],
		facts: [
			'Company laptops are managed by IT, which installs updates and security software automatically.',
			'Most laptop problems are fixed by a full restart, because closing the lid only puts the laptop to sleep.',
			'Laptops are replaced every four years, or sooner when a repair would cost more than a new one.',
		],
		tasks: [
			{
				title: 'Set up your new laptop',
				alias: 'new laptop setup',
				why: 'The first sign-in installs your apps and settings, which takes about an hour.',
			},
			{
				title: 'Connect your laptop to a docking station',
				alias: 'docking station',
				why: 'Docks give you screens, keyboard and network with one cable.',
			},
			{
				title: 'Install software from Company Portal',
				alias: 'install software',
				why: 'Company Portal lists approved software you can install without an administrator.',
			},
			{
				title: 'Free up disk space on your laptop',
				alias: 'disk full',
				why: 'A full disk makes updates fail and the laptop slow.',
			},
			{
				title: 'Check the battery health of your laptop',
				alias: 'battery health',
				why: 'Batteries wear out, and a report helps us decide on a replacement.',
			},
			{
				title: 'Encrypt a USB stick for work files',
				alias: 'encrypt usb',
				why: 'Only encrypted USB sticks may be used for work files.',
			},
			{
				title: 'Return your laptop when you leave',
				alias: 'return laptop',
				why: 'Laptops come back on your last day so they can be wiped and reused.',
			},
		],
		problems: [
			{
				title: 'will not turn on',
				phrase: 'laptop wont turn on',
				symptom: 'Nothing happens when you press the power button',
				fix: 'charge it for 30 minutes and hold the power button for 20 seconds',
			},
			{
				title: 'is running slowly',
				phrase: 'slow laptop',
				symptom: 'Apps take a long time to open and the fan runs all the time',
				fix: 'restart, install updates and close browser tabs you do not need',
			},
			{
				title: 'does not detect external screens',
				phrase: 'second screen not working',
				symptom: 'Screens connected through a dock or cable stay black',
				fix: 'unplug and replug the dock and update the dock firmware',
			},
			{
				title: 'runs out of battery quickly',
				phrase: 'battery draining',
				symptom: 'The battery runs out within a couple of hours',
				fix: 'check which apps use the most power and lower the screen brightness',
			},
			{
				title: 'keeps restarting for updates',
				phrase: 'laptop keeps updating',
				symptom: 'The laptop restarts to install updates every day',
				fix: 'leave it on power and connected overnight so the updates can finish',
			},
			{
				title: 'shows a BitLocker recovery screen',
				phrase: 'bitlocker recovery key',
				symptom: 'The laptop asks for a BitLocker recovery key when it starts',
				fix: 'find the key in your account page on another device, or call the helpdesk',
			},
		],
		steps: [
			{
				title: 'Restart fully',
				text: 'Open the Start menu or Apple menu and choose **Restart**. Closing the lid only puts the laptop to sleep, which does not clear stuck processes.',
			},
			{
				title: 'Plug in the charger',
				text: 'Use the charger that came with the laptop and leave it for 30 minutes. A completely flat battery needs a while before the laptop will start.',
			},
			{
				title: 'Install waiting updates',
				text: 'Open **Company Portal**, then **Settings**, **Windows Update**, or **System Settings**, **General**, **Software Update** on a Mac. Install everything waiting, then restart.',
			},
			{
				title: 'See what is keeping the laptop busy',
				text: 'On Windows press **Ctrl**, **Shift** and **Esc** to open Task Manager; on a Mac open **Activity Monitor**. Sort by CPU or memory to see what is busy.',
			},
			{
				title: 'Reconnect the dock',
				text: 'Unplug the dock from the laptop and from power, wait ten seconds, then plug the power back in first and the laptop last.',
			},
			{
				title: 'Find your recovery key',
				text: 'On another device go to **myaccount.microsoft.com**, choose **Devices** and select your laptop. Select **View BitLocker keys** and type the key shown.',
			},
		],
		causes: [
			'a firmware update for one docking station model stopped it passing video to external screens',
			'a security scan scheduled for working hours made laptops slow for an hour each morning',
			'a driver update left some laptops unable to wake from sleep',
		],
		errors: [
			'BitLocker recovery',
			'Your PC ran into a problem and needs to restart',
			'No bootable device found',
			'Low disk space',
			'Preparing Automatic Repair',
		],
		tips: [
			'Restart at least once a week. Updates and security fixes only finish installing on a restart.',
			'Keep work files in OneDrive, not on the laptop alone, so a broken laptop never means lost work.',
		],
		weight: 8,
		knownErrors: true,
	},
	{
		key: 'accounts',
		name: 'Your account',
		app: 'the password portal',
		category: 'accounts',
		owner: 'Identity team',
		vendor: 'Microsoft',
		service: 'Sign-in and accounts',
		platforms: ['web', 'windows', 'macos'],
		devices: ['corporate', 'personal'],
		words: ['password', 'account', 'login', 'log in', 'sign in', 'pasword'],
		tags: ['account', 'password'],
		facts: [
			'Your work account is the same everywhere: laptop, email, Teams and most business systems.',
			'Passwords must be at least 14 characters; a short sentence is easier to remember than a jumble of symbols.',
			'After ten wrong passwords your account locks for 30 minutes to stop anyone guessing it.',
		],
		tasks: [
			{
				title: 'Reset your password',
				alias: 'reset password',
				why: 'You can reset your password yourself if Microsoft Authenticator or a backup method is set up.',
			},
			{
				title: 'Change your password before it expires',
				alias: 'change password',
				why: 'Changing it before the deadline avoids being locked out of everything at once.',
			},
			{
				title: 'Unlock your account',
				alias: 'unlock account',
				why: 'Accounts unlock themselves after 30 minutes, or straight away when you reset the password.',
			},
			{
				title: 'Request access to a business system',
				alias: 'request access',
				why: 'Access to business systems is approved by your manager through the service catalogue.',
			},
			{
				title: 'Get an account ready for a new starter',
				alias: 'new starter account',
				why: 'Accounts are created from the HR record, so the start date there must be right.',
			},
			{
				title: 'Update your name or job title',
				alias: 'change name',
				why: 'Your name and job title come from HR and update everywhere within a day.',
			},
		],
		problems: [
			{
				title: 'is locked',
				phrase: 'account locked',
				symptom: 'Sign-in says your account is locked and you cannot get into anything',
				fix: 'wait 30 minutes or reset your password to unlock it',
			},
			{
				title: 'password has expired',
				phrase: 'password expired',
				symptom: 'Sign-in asks for a new password and will not let you continue',
				fix: 'change it at the password portal, then lock and unlock your laptop',
			},
			{
				title: 'password is rejected',
				phrase: 'cant sign in',
				symptom: 'Your password is rejected even though you are sure it is right',
				fix: 'check caps lock and the keyboard layout, then reset the password',
			},
			{
				title: 'has been disabled',
				phrase: 'account disabled',
				symptom: 'Sign-in says your account has been disabled',
				fix: 'ask your manager to check your end date with HR',
			},
			{
				title: 'has no access to a business system',
				phrase: 'no access to system',
				symptom: 'A system you need says you have no access',
				fix: 'request access through the service catalogue',
			},
		],
		steps: [
			{
				title: 'Open the password portal',
				text: 'On any device go to **passwordreset.example.com**. It works from home and from a phone, without the VPN.',
			},
			{
				title: 'Prove it is you',
				text: 'Approve the request in Microsoft Authenticator or enter the code sent to your backup phone. This proves the reset is yours.',
			},
			{
				title: 'Choose a new password',
				text: 'Use at least 14 characters. Three unrelated words with a number are strong and easy to remember. You cannot reuse your last ten passwords.',
			},
			{
				title: 'Lock and unlock your laptop',
				text: 'Press **Windows** and **L**, or **Control**, **Command** and **Q** on a Mac, then sign in with the new password. This is how the laptop learns the new password.',
			},
			{
				title: 'Sign in again on your phone',
				text: 'Email and Teams on your phone ask for the new password within an hour. Enter it when asked, so the old one does not lock your account again.',
			},
			{
				title: 'Check caps lock and keyboard layout',
				text: 'Caps lock or a keyboard set to another language changes what you type. Type the password into a notes app to see what comes out.',
			},
		],
		causes: [
			'a phone still using an old password kept trying it and locked accounts again and again',
			'a change in the HR system sent end dates for some contractors a month early, which disabled their accounts',
			'a delay in syncing passwords meant a new password worked in some systems hours before others',
		],
		errors: [
			'AADSTS50053',
			'AADSTS50126',
			'AADSTS50055',
			'AADSTS50057',
			'Your account has been locked',
			'The referenced account is currently locked out and may not be logged on to',
		],
		tips: [
			'Never tell anyone your password, including the helpdesk. We will never ask for it.',
			'Change your password on your laptop first and on your phone straight after, so the phone cannot lock you out.',
		],
		weight: 9,
		knownErrors: true,
	},
	{
		key: 'helpdesk',
		name: 'The helpdesk',
		app: 'the help portal',
		category: 'help',
		owner: 'Service Desk',
		vendor: 'the service desk tool supplier',
		service: 'Helpdesk',
		platforms: ['web'],
		devices: ['corporate', 'personal'],
		words: ['ticket', 'helpdesk', 'help desk', 'it support', 'service desk', 'support'],
		tags: ['helpdesk', 'tickets'],
		facts: [
			'The helpdesk answers by phone and email on working days and picks up tickets in order of urgency.',
			'Every ticket gets a reference number, which is the quickest way to follow it up.',
			'Most requests are answered on the same day; hardware and access requests can take longer.',
		],
		tasks: [
			{
				title: 'What to put in a ticket',
				alias: 'raise a ticket',
				why: 'A ticket with the right details first time is solved days sooner than one that needs questions.',
			},
			{
				title: 'How escalation to second-level support works',
				alias: 'escalation',
				why: 'Some problems need a specialist team, and knowing what happens next saves chasing.',
			},
			{
				title: 'Check the progress of your ticket',
				alias: 'ticket status',
				why: 'Every update to your ticket is emailed to you and shown on the portal.',
			},
			{
				title: 'Reopen a ticket that was closed too soon',
				alias: 'reopen ticket',
				why: 'Replying to the closing email within five days reopens the ticket.',
			},
			{
				title: 'Order a new laptop or accessory',
				alias: 'order laptop',
				why: "Hardware is ordered through the service catalogue with your manager's approval.",
			},
			{
				title: 'Book a desk-side visit from IT',
				alias: 'desk side visit',
				why: 'Some problems are faster to fix in person.',
			},
			{
				title: 'Request new software',
				alias: 'request software',
				why: 'Software that is not in Company Portal needs a licence and a security check.',
			},
		],
		problems: [
			{
				title: 'has not replied to your ticket',
				phrase: 'no reply to ticket',
				symptom: 'Your ticket has had no update for several days',
				fix: 'reply to the ticket email to ask for an update',
			},
			{
				title: 'closed your ticket before it was fixed',
				phrase: 'ticket closed',
				symptom: 'The ticket closed but the problem is still there',
				fix: 'reply to the closing email within five days',
			},
			{
				title: 'emails go to your junk folder',
				phrase: 'helpdesk emails in junk',
				symptom: 'Updates from the helpdesk land in junk email',
				fix: 'mark the helpdesk address as a safe sender',
			},
		],
		steps: [
			{
				title: 'Describe what you were doing',
				text: 'Say what you were trying to do and what happened instead, in a sentence or two. That alone rules out half the possible causes.',
			},
			{
				title: 'Copy the exact error',
				text: 'Copy the message or take a screenshot. An error code such as 0x80070005 leads straight to a known fix.',
			},
			{
				title: 'Say which device',
				text: 'Give the device (company or personal), the operating system and the app version.',
			},
			{
				title: 'List what you tried',
				text: 'List the steps you already tried, so nobody asks you to do them again.',
			},
			{
				title: 'Say how urgent it is',
				text: 'Tell us whether you are blocked, slowed down or only asking. Urgency decides the order tickets are picked up in.',
			},
			{
				title: 'Keep the reference number',
				text: 'Every ticket gets a reference in the first email. Quote it when you call or reply.',
			},
		],
		causes: ['tickets from the web form were queued behind an email import and answered late'],
		errors: ['Ticket could not be created', 'Mailbox unavailable'],
		tips: [
			'One ticket per problem gets each one to the right team faster than a list in a single ticket.',
			'Reply to the ticket email rather than starting a new one, so the whole history stays together.',
		],
		weight: 2,
		knownErrors: false,
	},
];

const CATEGORIES: Record<string, { title: string; description: string; icon?: string }> = {
	accounts: {
		title: 'Accounts and passwords',
		description: 'Passwords, locked accounts, new starters and access to business systems.',
		icon: 'key',
	},
	mfa: {
		title: 'Sign-in security and MFA',
		description: 'Microsoft Authenticator, sign-in prompts and moving MFA to a new phone.',
		icon: 'shield',
	},
	email: {
		title: 'Email and calendar',
		description: 'Outlook on laptops and phones, shared mailboxes and calendars.',
		icon: 'mail',
	},
	vpn: {
		title: 'VPN and remote access',
		description: 'Working from home, the GlobalProtect client and reaching internal sites.',
		icon: 'globe',
	},
	wifi: {
		title: 'Wi-Fi and network',
		description: 'Office Wi-Fi, guest Wi-Fi, hotspots and connections that keep dropping.',
		icon: 'wifi',
	},
	printing: {
		title: 'Printing and scanning',
		description: 'Follow-me printing, badges, adding printers and scanning to email.',
		icon: 'printer',
	},
	mobile: {
		title: 'Phones, tablets and BYOD',
		description: 'Work apps on company and personal phones, MobileIron enrolment and lost devices.',
		icon: 'phone',
	},
	collaboration: {
		title: 'Teams, meetings and files',
		description: 'Teams and Zoom meetings, OneDrive, SharePoint and sharing files.',
		icon: 'chat',
	},
	devices: {
		title: 'Laptops and equipment',
		description: 'New laptops, docks and screens, software installs, batteries and repairs.',
	},
	help: {
		title: 'Getting help from IT',
		description: 'How to raise a ticket, what happens next and how escalation works.',
		icon: 'lifebuoy',
	},
};

const SYNONYMS: readonly (readonly string[])[] = [
	['mobileiron', 'mobiletron', 'mobile iron', 'mdm', 'ivanti', 'mobile@work', 'go app'],
	['mfa', '2fa', 'two factor', 'two-factor', 'multi-factor', 'authenticator', 'verification code'],
	['outlook', 'email', 'e-mail', 'mail', 'inbox', 'outlok'],
	['vpn', 'remote access', 'globalprotect', 'global protect', 'work from home'],
	['wifi', 'wi-fi', 'wireless', 'wlan', 'internet', 'wify'],
	['password', 'pass word', 'login', 'log in', 'sign in', 'signin', 'pasword'],
	['locked out', 'locked', 'lockout', 'account disabled'],
	['printer', 'printing', 'print', 'papercut', 'follow-me', 'printr'],
	['teams', 'ms teams', 'microsoft teams', 'teems', 'meeting', 'call'],
	['onedrive', 'one drive', 'sharepoint', 'files', 'sync'],
	['zoom', 'zoom meeting', 'zoon', 'video call'],
	['laptop', 'pc', 'computer', 'notebook', 'macbook', 'lapto'],
	['phone', 'mobile', 'iphone', 'android', 'smartphone', 'cell'],
	['byod', 'personal device', 'own phone', 'my phone', 'personal phone'],
	['ticket', 'request', 'incident', 'case'],
];

const SITE = {
	portalName: 'Harbourside IT Help',
	organisation: 'Harbourside Group',
	email: 'helpdesk@example.com',
	phone: '+44 20 7946 0123',
	hours: 'Monday to Friday, 08:00 to 18:00 (UK time)',
};

const OFFICES = [
	'London',
	'Manchester',
	'Leeds',
	'Bristol',
	'Glasgow',
	'Birmingham',
	'Cardiff',
	'Belfast',
	'Dublin',
	'Edinburgh',
	'Newcastle',
	'Reading',
];

/** Where an article applies, appended to its title. */
const QUALIFIERS = [
	'',
	'',
	'',
	'at home',
	'in the office',
	'on a new device',
	'after a password change',
	'while travelling abroad',
	'on a hotel or guest network',
	'after a system update',
	'for new starters',
	'on a shared desk',
	'after returning from leave',
	'for contractors',
	'for managers and assistants',
	'in a meeting room',
	'at a client site',
	'in a branch office',
	'after moving desks',
	'on a loan laptop',
	'on a slow connection',
	'on your first day',
];

const PLATFORM_TITLES: Record<Platform, string> = {
	windows: 'on Windows',
	macos: 'on a Mac',
	linux: 'on Linux',
	ios: 'on an iPhone or iPad',
	android: 'on Android',
	web: 'in a web browser',
};

const PLATFORM_NAMES: Record<Platform, string> = {
	windows: 'Windows',
	macos: 'a Mac',
	linux: 'Linux',
	ios: 'iPhone and iPad',
	android: 'Android',
	web: 'the web',
};

const PLATFORM_WORDS: Record<Platform, readonly string[]> = {
	windows: ['windows', 'laptop', 'pc', 'windows 11'],
	macos: ['mac', 'macbook', 'macos'],
	linux: ['linux', 'ubuntu'],
	ios: ['iphone', 'ipad', 'ios'],
	android: ['android', 'samsung', 'pixel'],
	web: ['browser', 'web', 'chrome'],
};

/** Where to find the app on each platform. */
const PLATFORM_HINTS: Record<Platform, (app: string) => string> = {
	windows: (app) =>
		`Select **Start**, type **${app}** and open it. If it is already running, its icon sits in the notification area next to the clock; select the up arrow if you cannot see it.`,
	macos: (app) =>
		`Open **${app}** from the Dock or from the **Applications** folder in Finder. Apps that run in the background show an icon in the menu bar at the top right.`,
	linux: (app) =>
		`Open **${app}** from the Activities overview. If it does not appear there, ask us before installing anything yourself: company Linux machines use a managed package list.`,
	ios: (app) =>
		`Open **${app}** from your home screen. If you cannot find it, swipe down on the home screen and type its name in the search box.`,
	android: (app) =>
		`Open **${app}** from the app drawer. On phones with a work profile, work apps sit in a separate **Work** tab with a small briefcase on their icons.`,
	web: (app) =>
		`Open a browser, go to **myapps.example.com** and choose **${app}**. Use a private window if you are on a shared or public computer.`,
};

/** Steps that fit any product. */
const GENERIC_STEPS: readonly ((p: Product) => StepDef)[] = [
	() => ({
		title: 'Check your connection',
		text: "Open any public website. If it does not load, the problem is the network, not the app: try your phone's hotspot to rule out the local network.",
	}),
	() => ({
		title: 'Restart the device',
		text: 'Save your work and restart, rather than closing the lid or locking the screen. A restart clears stuck background processes and applies updates that were waiting.',
	}),
	(p) => ({
		title: `Update ${p.app}`,
		text: `Install any update that is waiting for ${p.app}: from Company Portal on a laptop, or from the App Store or Google Play on a phone. Old versions are the cause of many problems that look mysterious.`,
	}),
	(p) => ({
		title: 'Sign out and back in',
		text: `Sign out of ${p.app}, close it, then open it and sign in again with your work email address. Approve the request in Microsoft Authenticator when asked.`,
	}),
	(p) => ({
		title: 'Check the status page',
		text: `Open the [status page](/status/). If there is a notice or a known error for ${p.service}, follow it instead of these steps: we are already working on it.`,
	}),
	() => ({
		title: 'Write down what you see',
		text: 'If a message appears, copy it exactly or take a screenshot. The exact wording tells the helpdesk far more than a description of it.',
	}),
];

const BEFORE_YOU_START = [
	'Your work email address and password.',
	'Your phone with Microsoft Authenticator, to approve the sign-in.',
	'A working internet connection: office Wi-Fi, home broadband or a hotspot.',
	'About fifteen minutes without meetings.',
	'Your laptop plugged in to power.',
	'The latest updates installed on the device.',
	'Any error message, copied or as a screenshot.',
	'Your manager, if the change needs their approval.',
];

const ASKS = [
	'the step that failed, the exact message and the device you use',
	'what you were doing, any error text and what you already tried',
	'the device, the operating system and when the problem started',
	'whether it happens every time, the exact error and which office you work from',
];

// ---------------------------------------------------------------------------------------------------
// Planning: ids, titles and slugs of every entry before any is written, so links can point anywhere

interface EntryPlan {
	type: EntryType;
	id: string;
	title: string;
	slug: string;
	product: Product;
	platforms: Platform[];
	/** Uses MDX components (never in markdown-only corpora). */
	rich: boolean;
	task?: TaskDef;
	problem?: ProblemDef;
	/** The error an error-led article is about. */
	error?: string;
	/** The qualifier or trigger in the title: "at home", "since GlobalProtect 6.3". */
	context: string;
	policy?: PolicyTopic;
}

interface Split {
	articles: number;
	knownErrors: number;
	policies: number;
}

function splitEntries(entries: number): Split {
	const policies = Math.max(1, Math.round(entries * 0.02));
	const knownErrors = Math.max(1, Math.round(entries * 0.18));
	return { articles: entries - policies - knownErrors, knownErrors, policies };
}

/** An id of a type: digits zero-padded to the width of ID_RULES, more digits when the number needs them. */
function makeId(type: EntryType, index: number): string {
	const { prefix, digits } = ID_RULES[type];
	// Articles start at 1001, like `npm run new`, so their numbers never look like known-error numbers.
	const number = type === 'article' ? 1001 + index : index + 1;
	return `${prefix}-${String(number).padStart(digits, '0')}`;
}

function pickProduct(rng: Rng, products: readonly Product[]): Product {
	const total = products.reduce((sum, product) => sum + product.weight, 0);
	let roll = rng.next() * total;
	for (const product of products) {
		roll -= product.weight;
		if (roll < 0) return product;
	}
	return products.at(-1) as Product;
}

function pickPlatforms(rng: Rng, product: Product): Platform[] {
	const count = Math.min(product.platforms.length, rng.pick([1, 1, 2, 2, 3]));
	const chosen = new Set(rng.sample(product.platforms, count));
	return product.platforms.filter((platform) => chosen.has(platform));
}

/** Keeps titles unique by slug: retries with new choices, then adds an office, then a number. */
function createTitleKeeper(rng: Rng) {
	const used = new Set<string>();
	const fits = (title: string) => title.length <= 120 && !used.has(slugify(title));
	const claim = (title: string) => {
		used.add(slugify(title));
		return title;
	};
	return <T extends { title: string }>(make: () => T): T => {
		for (let attempt = 0; attempt < 12; attempt++) {
			const candidate = make();
			if (fits(candidate.title)) return { ...candidate, title: claim(candidate.title) };
		}
		const candidate = make();
		for (const office of rng.sample(OFFICES, OFFICES.length)) {
			const title = `${candidate.title} (${office} office)`;
			if (fits(title)) return { ...candidate, title: claim(title) };
		}
		for (let n = 2; ; n++) {
			const title = `${candidate.title} (${n})`;
			if (fits(title)) return { ...candidate, title: claim(title) };
		}
	};
}

type PlanDraft = Omit<EntryPlan, 'id' | 'slug' | 'rich' | 'type'>;

function planEntries(rng: Rng, split: Split, markdownOnly: boolean): EntryPlan[] {
	const unique = createTitleKeeper(rng);
	const plans: EntryPlan[] = [];
	const add = (type: EntryType, index: number, draft: PlanDraft) => {
		// Always draw, so a markdown-only corpus has the same entries as its MDX twin.
		const rich = rng.chance(1 / 3) && !markdownOnly;
		plans.push({ ...draft, type, id: makeId(type, index), slug: slugify(draft.title), rich });
	};
	const helpdesk = PRODUCTS.find((product) => product.key === 'helpdesk') as Product;
	for (let index = 0; index < split.articles; index++) {
		// The first article is the ticket guide every "Still not working?" section links to.
		const draft =
			index === 0
				? unique(() => ({
						title: helpdesk.tasks[0]!.title,
						product: helpdesk,
						platforms: [] as Platform[],
						task: helpdesk.tasks[0]!,
						context: '',
					}))
				: unique(() => draftArticle(rng));
		add('article', index, draft);
	}
	const withErrors = PRODUCTS.filter((product) => product.knownErrors);
	for (let index = 0; index < split.knownErrors; index++) {
		add(
			'known-error',
			index,
			unique(() => draftKnownError(rng, withErrors)),
		);
	}
	for (let index = 0; index < split.policies; index++) {
		add(
			'policy',
			index,
			unique(() => draftPolicy(rng)),
		);
	}
	return plans;
}

function draftArticle(rng: Rng): PlanDraft {
	const product = pickProduct(rng, PRODUCTS);
	const platforms = product.key === 'helpdesk' ? [] : pickPlatforms(rng, product);
	const onPlatform =
		platforms.length === 1 && rng.chance(0.6) ? ` ${PLATFORM_TITLES[platforms[0]!]}` : '';
	const qualifier = product.key === 'helpdesk' ? '' : rng.pick(QUALIFIERS);
	// "Connect to the VPN from home in the office" reads wrong: leave the qualifier off such titles.
	const titled = (base: string) => {
		const context = qualifier && !/from home|hotel|abroad| new |leave/i.test(base) ? qualifier : '';
		return { title: context ? `${base} ${context}` : base, context };
	};
	const roll = rng.next();
	if (roll < 0.45) {
		const task = rng.pick(product.tasks);
		return { ...titled(`${task.title}${onPlatform}`), product, platforms, task };
	}
	const problem = rng.pick(product.problems);
	if (roll < 0.88) {
		return {
			...titled(`${product.name} ${problem.title}${onPlatform}`),
			product,
			platforms,
			problem,
		};
	}
	const error = rng.pick(product.errors);
	return {
		title: errorTitle(rng, product, error),
		product,
		platforms,
		problem,
		error,
		context: '',
	};
}

function errorTitle(rng: Rng, product: Product, error: string): string {
	const message = error.replace(/\.$/, '');
	if (!/\s/.test(message)) {
		return rng.pick([
			`Fix ${product.name} error ${message}`,
			`What ${product.name} error ${message} means`,
			`${product.name} shows error ${message}`,
		]);
	}
	return rng.pick([`${product.name} says "${message}"`, `"${message}" in ${product.name}`]);
}

function draftKnownError(rng: Rng, products: readonly Product[]): PlanDraft {
	const product = pickProduct(rng, products);
	const platforms = pickPlatforms(rng, product);
	const problem = rng.pick(product.problems);
	const context = knownErrorTrigger(rng, product, platforms);
	return {
		title: `${product.name} ${problem.title} ${context}`,
		product,
		platforms,
		problem,
		context,
	};
}

/** What set the problem off, as a title ends: "after the March update", "in the Leeds office". */
function knownErrorTrigger(rng: Rng, product: Product, platforms: readonly Platform[]): string {
	const roll = rng.int(0, 6);
	if (roll === 0 && product.versioned) {
		const { name, major } = product.versioned;
		return `since ${name} ${rng.int(major[0], major[1])}.${rng.int(0, 9)}`;
	}
	if (roll === 1) return `after the ${rng.pick(MONTHS)} update`;
	if (roll === 2) return `in the ${rng.pick(OFFICES)} office`;
	if (roll === 3) {
		const floor = rng.pick(['first', 'second', 'third', 'fourth', 'fifth', 'sixth']);
		return `on the ${floor} floor in ${rng.pick(OFFICES)}`;
	}
	if (roll === 4 && platforms.length > 0) return PLATFORM_TITLES[rng.pick(platforms)];
	return rng.pick([
		'for people working from home',
		'for some new starters',
		'for people in two offices',
		'for some contractors',
		'after the weekend maintenance',
	]);
}

// ---------------------------------------------------------------------------------------------------
// Policies

interface MatrixRowDef {
	topic: string;
	who: SupportRoute;
	how: string;
	/** Link the row to an article about this product, when there is one. */
	product?: string;
}

interface PolicyTopic {
	name: string;
	category: string;
	product: string;
	/** What the policy covers, after "This policy sets out". */
	scope: string;
	rules: readonly string[];
	matrix: readonly MatrixRowDef[];
}

const POLICY_TOPICS: readonly PolicyTopic[] = [
	{
		name: 'Personal devices (BYOD)',
		category: 'mobile',
		product: 'mobileiron',
		scope: 'the rules for using your own phone or tablet for work and what IT can see on it',
		rules: [
			'Enrol the device in MobileIron before you use any work app on it.',
			'Keep a screen lock of at least six digits and install system updates within two weeks.',
			'Do not jailbreak or root a device you use for work.',
			'Keep work files in the work apps, never in personal cloud storage.',
		],
		matrix: [
			{
				topic: 'Cracked screen or battery faults',
				who: 'vendor',
				how: 'Take the device to its maker or the shop you bought it from.',
			},
			{
				topic: 'Mobile data, signal and bills',
				who: 'carrier',
				how: 'Contact your mobile network, because the contract is between you and them.',
			},
			{
				topic: 'MobileIron enrolment',
				who: 'helpdesk',
				how: 'The helpdesk helps you enrol and explains why a device is blocked.',
				product: 'mobileiron',
			},
		],
	},
	{
		name: 'Acceptable use of IT',
		category: 'help',
		product: 'helpdesk',
		scope: 'what company laptops, accounts and networks may and may not be used for',
		rules: [
			'Use company equipment mainly for work; light personal use is fine outside working time.',
			'Do not install software that is not in Company Portal without approval.',
			'Do not share your account or let anyone else use your laptop while you are signed in.',
			'Report anything that looks like a security problem to the helpdesk straight away.',
		],
		matrix: [
			{
				topic: 'Requests for new software',
				who: 'helpdesk',
				how: 'Raise a request; licensing and security are checked before anything is installed.',
				product: 'helpdesk',
			},
			{
				topic: 'Personal software on company laptops',
				who: 'not-supported',
				how: 'IT does not install or fix software you use for yourself.',
			},
		],
	},
	{
		name: 'Passwords and sign-in',
		category: 'accounts',
		product: 'accounts',
		scope: 'how long passwords must be, how often they change and how accounts are protected',
		rules: [
			'Passwords have at least 14 characters and are not used for anything outside work.',
			'Passwords expire once a year, or straight away if there is any sign they are known to someone else.',
			'Nobody from IT will ever ask for your password, by phone, email or in person.',
			'Accounts lock for 30 minutes after ten wrong attempts.',
		],
		matrix: [
			{
				topic: 'Forgotten password',
				who: 'self-service',
				how: 'Reset it yourself at the password portal with Authenticator or your backup phone.',
				product: 'accounts',
			},
			{
				topic: 'Locked account that does not unlock',
				who: 'helpdesk',
				how: 'Call the helpdesk, who confirm who you are and unlock it.',
				product: 'accounts',
			},
		],
	},
	{
		name: 'Multi-factor authentication',
		category: 'mfa',
		product: 'mfa',
		scope: 'when a second sign-in step is needed and which methods are allowed',
		rules: [
			'Every account has Microsoft Authenticator and at least one backup method.',
			'Text messages are allowed only as a backup, never as the main method.',
			'Deny and report any approval request you did not start.',
			'Remove old phones from your sign-in methods before you hand them on.',
		],
		matrix: [
			{
				topic: 'Setting up Authenticator',
				who: 'self-service',
				how: 'Follow the setup guide on your security info page.',
				product: 'mfa',
			},
			{
				topic: 'Lost phone with Authenticator',
				who: 'helpdesk',
				how: 'Call the helpdesk, who remove the phone and give you a temporary code.',
				product: 'mfa',
			},
		],
	},
	{
		name: 'Remote working and VPN',
		category: 'vpn',
		product: 'vpn',
		scope: 'how to work safely from home and while travelling, and when the VPN is needed',
		rules: [
			'Use the VPN for internal systems whenever you are away from the office.',
			'Do not work on confidential documents where others can read your screen.',
			'Lock your laptop whenever you step away from it, at home as well as in public.',
			'Tell the helpdesk before travelling outside the UK and Ireland with a company laptop.',
		],
		matrix: [
			{
				topic: 'VPN will not connect',
				who: 'helpdesk',
				how: 'Follow the VPN guide, then raise a ticket with the exact message.',
				product: 'vpn',
			},
			{
				topic: 'Home broadband faults',
				who: 'not-supported',
				how: 'Contact your broadband provider; IT cannot fix home networks.',
			},
		],
	},
	{
		name: 'Email use and retention',
		category: 'email',
		product: 'outlook',
		scope:
			'how long email is kept, what may be sent outside the company and how shared mailboxes work',
		rules: [
			'Email is kept for seven years and then deleted automatically.',
			'Send files outside the company as OneDrive links with an expiry date, not as attachments.',
			'Do not forward work email to a personal address.',
			'Shared mailboxes belong to a team, and a named owner approves who can use them.',
		],
		matrix: [
			{
				topic: 'Mailbox full',
				who: 'self-service',
				how: 'Archive older email and empty Deleted Items.',
				product: 'outlook',
			},
			{
				topic: 'Access to a shared mailbox',
				who: 'helpdesk',
				how: "Raise a request with the mailbox owner's approval.",
				product: 'outlook',
			},
		],
	},
	{
		name: 'Office and guest Wi-Fi',
		category: 'wifi',
		product: 'wifi',
		scope: 'who may use which Wi-Fi network in the offices and how visitors get access',
		rules: [
			'Company laptops use the Staff network; everything else uses the Guest network.',
			'Guest codes are for one visitor and one day, and are not to be shared.',
			'Do not connect personal routers, extenders or hotspots to office network sockets.',
			'Report dead spots to the helpdesk with the room or desk number.',
		],
		matrix: [
			{
				topic: 'Staff Wi-Fi problems',
				who: 'helpdesk',
				how: 'Raise a ticket with the room, the time and what you saw.',
				product: 'wifi',
			},
			{
				topic: 'Visitor Wi-Fi codes',
				who: 'self-service',
				how: 'Reception hands out day codes for visitors.',
				product: 'wifi',
			},
		],
	},
	{
		name: 'Printing and confidential waste',
		category: 'printing',
		product: 'printing',
		scope: 'how to print confidential documents and what to do with the paper afterwards',
		rules: [
			'Print through follow-me printing only, so pages come out when you are at the printer.',
			'Collect printouts straight away and never leave them on the printer.',
			'Put confidential paper in the locked bins, not in recycling.',
			'Print in colour only when the document needs it.',
		],
		matrix: [
			{
				topic: 'Printer out of toner or paper',
				who: 'self-service',
				how: 'Spare toner and paper are in the cupboard next to each printer.',
			},
			{
				topic: 'Printer faults and jams',
				who: 'helpdesk',
				how: 'Raise a ticket with the printer name on its label.',
				product: 'printing',
			},
		],
	},
	{
		name: 'Laptop care and replacement',
		category: 'devices',
		product: 'laptop',
		scope: 'how company laptops are issued, looked after, repaired and replaced',
		rules: [
			'Laptops are replaced every four years, or earlier when a repair would cost more.',
			'Report damage straight away, even when the laptop still works.',
			'Keep work files in OneDrive, because a repaired laptop comes back wiped.',
			'Return the laptop and its charger on your last day.',
		],
		matrix: [
			{
				topic: 'Broken screen or keyboard',
				who: 'helpdesk',
				how: 'Raise a ticket; a loan laptop is available while yours is repaired.',
				product: 'laptop',
			},
			{
				topic: 'Extra screens and docks',
				who: 'helpdesk',
				how: "Order through the service catalogue with your manager's approval.",
				product: 'laptop',
			},
		],
	},
	{
		name: 'File storage and sharing',
		category: 'collaboration',
		product: 'onedrive',
		scope: 'where work files are kept and how they are shared inside and outside the company',
		rules: [
			'Keep your own work files in OneDrive and team files in SharePoint or Teams.',
			'Share with people outside the company by link, with an expiry date.',
			'Do not keep the only copy of a work file on a laptop or USB stick.',
			'Site owners review who has access to their SharePoint sites twice a year.',
		],
		matrix: [
			{
				topic: 'Restoring deleted files',
				who: 'self-service',
				how: 'Restore them from the OneDrive or SharePoint recycle bin within 93 days.',
				product: 'onedrive',
			},
			{
				topic: 'Access to a SharePoint site',
				who: 'self-service',
				how: 'Request access from the site; the owner approves it.',
				product: 'sharepoint',
			},
		],
	},
	{
		name: 'Video meetings and recording',
		category: 'collaboration',
		product: 'teams',
		scope:
			'which meeting tools to use, when meetings may be recorded and how long recordings are kept',
		rules: [
			'Use Teams for internal meetings and Zoom only where a customer asks for it.',
			'Tell everyone before you start a recording, and stop if anyone objects.',
			'Recordings are kept for 60 days and then deleted automatically.',
			'Do not record meetings about individual staff matters.',
		],
		matrix: [
			{
				topic: 'Teams sound or camera problems',
				who: 'helpdesk',
				how: 'Follow the Teams guides, then raise a ticket.',
				product: 'teams',
			},
			{
				topic: 'Zoom licences',
				who: 'helpdesk',
				how: 'Sign in with single sign-on; raise a ticket if meetings still end after 40 minutes.',
				product: 'zoom',
			},
		],
	},
	{
		name: 'Lost and stolen devices',
		category: 'mobile',
		product: 'mobileiron',
		scope: 'what to do when a laptop, phone or badge goes missing, and what IT does next',
		rules: [
			'Report a lost or stolen device to the helpdesk within one hour of noticing.',
			'Report thefts to the police as well and pass the crime number to the helpdesk.',
			'IT removes work data from the device remotely and blocks its access.',
			'Change your password straight away if the device was unlocked when it went missing.',
		],
		matrix: [
			{
				topic: 'Lost company phone or laptop',
				who: 'helpdesk',
				how: 'Call the helpdesk at once so the device can be wiped and blocked.',
				product: 'laptop',
			},
			{
				topic: 'Lost personal phone with work apps',
				who: 'helpdesk',
				how: 'Call the helpdesk so work data can be removed.',
				product: 'mobileiron',
			},
		],
	},
	{
		name: 'Software installation',
		category: 'devices',
		product: 'laptop',
		scope: 'which software may be installed on company laptops and how to ask for something new',
		rules: [
			'Install software from Company Portal only.',
			'Ask for anything else through the service catalogue; it is checked for licensing and security first.',
			'Browser extensions follow the same rule as other software.',
			'Trial versions need approval like paid software.',
		],
		matrix: [
			{
				topic: 'Software in Company Portal',
				who: 'self-service',
				how: 'Install it yourself from Company Portal.',
				product: 'laptop',
			},
			{
				topic: 'Software not in Company Portal',
				who: 'helpdesk',
				how: 'Request it in the service catalogue, with the business reason.',
				product: 'helpdesk',
			},
		],
	},
	{
		name: 'Joiners, movers and leavers',
		category: 'accounts',
		product: 'accounts',
		scope:
			'how accounts and equipment are created, changed and removed when people join, move or leave',
		rules: [
			'Managers tell HR about a new starter at least ten working days before the start date.',
			'Access that a new role does not need is removed when someone moves team.',
			'Accounts are disabled at the end of the last working day.',
			'Mailboxes of leavers are kept for 90 days, then deleted.',
		],
		matrix: [
			{
				topic: 'New starter accounts',
				who: 'helpdesk',
				how: 'Created from the HR record; raise a ticket if the start date changes.',
				product: 'accounts',
			},
			{
				topic: 'Access to a leaver’s files',
				who: 'helpdesk',
				how: "Raise a request with the leaver's manager's approval.",
				product: 'onedrive',
			},
		],
	},
	{
		name: 'IT support hours and priorities',
		category: 'help',
		product: 'helpdesk',
		scope:
			'when the helpdesk is open, how tickets are prioritised and how quickly we aim to respond',
		rules: [
			'The helpdesk answers phone and email on working days from 08:00 to 18:00 UK time.',
			'Tickets for things that stop you working are picked up within one working hour.',
			'Questions and requests are picked up within one working day.',
			'Out of hours, only outages that affect many people are handled, by the on-call engineer.',
		],
		matrix: [
			{
				topic: 'Urgent problems',
				who: 'helpdesk',
				how: 'Phone the helpdesk rather than emailing, and say you are blocked.',
				product: 'helpdesk',
			},
			{
				topic: 'How-to questions',
				who: 'self-service',
				how: 'Search this portal first; most answers are here.',
			},
		],
	},
];

const POLICY_AUDIENCES = [
	'',
	'for contractors',
	'for temporary staff',
	'for the retail stores',
	'for warehouse staff',
	'for the Dublin office',
	'for executives and their assistants',
	'for interns and apprentices',
	'for shared workstations',
	'for field engineers',
	'for the call centre',
	'for suppliers working on site',
	'for the finance team',
	'for people working abroad',
];

const GENERIC_MATRIX: readonly MatrixRowDef[] = [
	{
		topic: 'Questions about this policy',
		who: 'helpdesk',
		how: 'Email the helpdesk, who pass policy questions to the owner.',
	},
	{
		topic: 'Exceptions to these rules',
		who: 'helpdesk',
		how: 'Raise a request with the business reason; the policy owner decides.',
		product: 'helpdesk',
	},
	{
		topic: 'Faults covered by a warranty',
		who: 'vendor',
		how: 'The helpdesk arranges the repair with the manufacturer for company equipment.',
	},
	{
		topic: 'Personal equipment',
		who: 'not-supported',
		how: 'IT does not repair or set up equipment you own yourself.',
	},
	{
		topic: 'Roaming and mobile data',
		who: 'carrier',
		how: 'Company phones have roaming turned on; bills go to the mobile network.',
	},
];

function draftPolicy(rng: Rng): PlanDraft {
	const policy = rng.pick(POLICY_TOPICS);
	const audience = rng.pick(POLICY_AUDIENCES);
	const product = PRODUCTS.find((candidate) => candidate.key === policy.product) as Product;
	const title = audience ? `${policy.name} policy ${audience}` : `${policy.name} policy`;
	return { title, product, platforms: [], policy, context: audience };
}

// ---------------------------------------------------------------------------------------------------
// Rendering: frontmatter and bodies

/** Shared state while entries are written: related ids and aliases must be unique across the corpus. */
interface RenderContext {
	rng: Rng;
	plans: readonly EntryPlan[];
	byProduct: Map<string, EntryPlan[]>;
	articlesByProduct: Map<string, EntryPlan[]>;
	guide: EntryPlan;
	aliases: Set<string>;
	slugs: Set<string>;
	problemRef: number;
	/** Known errors not resolved yet, for the active notice. */
	openKnownErrors: EntryPlan[];
}

function createRenderContext(rng: Rng, plans: readonly EntryPlan[]): RenderContext {
	const byProduct = new Map<string, EntryPlan[]>();
	const articlesByProduct = new Map<string, EntryPlan[]>();
	const add = (map: Map<string, EntryPlan[]>, plan: EntryPlan) => {
		const list = map.get(plan.product.key) ?? [];
		list.push(plan);
		map.set(plan.product.key, list);
	};
	for (const plan of plans) {
		add(byProduct, plan);
		if (plan.type === 'article') add(articlesByProduct, plan);
	}
	return {
		rng,
		plans,
		byProduct,
		articlesByProduct,
		guide: plans[0] as EntryPlan,
		aliases: new Set(),
		slugs: new Set(plans.map((plan) => `${plan.type}:${plan.slug}`)),
		problemRef: 12000,
		openKnownErrors: [],
	};
}

function renderEntry(context: RenderContext, plan: EntryPlan): string {
	if (plan.type === 'known-error') return renderKnownError(context, plan);
	if (plan.type === 'policy') return renderPolicy(context, plan);
	return renderArticle(context, plan);
}

/** Up to `count` other entries about the same product (or the ticket guide), for related and links. */
function pickRelated(context: RenderContext, plan: EntryPlan, count: number): EntryPlan[] {
	const pool = context.byProduct.get(plan.product.key) ?? [];
	const related: EntryPlan[] = [];
	// Random draws instead of a shuffled copy: pools hold hundreds of entries at 10,000.
	for (let tries = 0; related.length < count && tries < count * 4; tries++) {
		const other = context.rng.pick(pool);
		if (other !== plan && !related.includes(other)) related.push(other);
	}
	if (related.length < count && plan !== context.guide && !related.includes(context.guide)) {
		related.push(context.guide);
	}
	return related;
}

function aliasCandidates(rng: Rng, plan: EntryPlan): string[] {
	if (plan.policy) return policyAliases(plan.policy, plan.context);
	const base = plan.problem?.phrase ?? plan.task?.alias ?? plan.product.words[0]!;
	const words = rng.sample(plan.product.words, 3);
	const platformWords = plan.platforms.flatMap((platform) =>
		rng.sample(PLATFORM_WORDS[platform], 1),
	);
	const candidates = [base, ...words.map((word) => `${word} ${base}`)];
	for (const word of platformWords)
		candidates.push(`${base} ${word}`, `${words[0]} ${base} ${word}`);
	if (plan.task) candidates.push(`how do i ${plan.task.alias}`, `how to ${plan.task.alias}`);
	if (plan.context)
		candidates.push(`${base} ${plan.context.replace(/^(in|on|for|after|since) (the )?/, '')}`);
	if (plan.error) candidates.push(`${plan.product.words[0]} error ${plan.error.toLowerCase()}`);
	candidates.push(misspell(rng, `${words[1] ?? words[0]} ${base}`));
	return candidates.map((alias) => alias.toLowerCase().replace(/\s+/g, ' ').trim());
}

function policyAliases(policy: PolicyTopic, audience: string): string[] {
	const name = policy.name.toLowerCase().replace(/[()]/g, '');
	const who = audience.replace(/^for (the )?/, '');
	return [
		`${name} policy`,
		`${name} rules`,
		`what are the ${name} rules`,
		...(who ? [`${name} policy ${who}`, `${name} rules ${who}`, `${who} ${name}`] : []),
	].map((alias) => alias.replace(/\s+/g, ' ').trim());
}

/** The phrase with two neighbouring letters of one word swapped, as typed in a hurry. */
function misspell(rng: Rng, phrase: string): string {
	const words = phrase.split(' ');
	const long = words.map((word, index) => ({ word, index })).filter(({ word }) => word.length > 4);
	if (long.length === 0) return phrase;
	const { word, index } = rng.pick(long);
	const at = rng.int(1, word.length - 2);
	words[index] = word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
	return words.join(' ');
}

/** 2-5 aliases no other entry has claimed, since search cannot tell shared aliases apart. */
function claimAliases(context: RenderContext, plan: EntryPlan): string[] {
	const wanted = context.rng.int(2, 5);
	const claimed: string[] = [];
	for (const alias of aliasCandidates(context.rng, plan)) {
		if (claimed.length >= wanted) break;
		if (context.aliases.has(alias) || alias.length > 80) continue;
		context.aliases.add(alias);
		claimed.push(alias);
	}
	return claimed;
}

/** An old slug for about one entry in twenty, when it is free. */
function previousSlug(context: RenderContext, plan: EntryPlan): string | undefined {
	if (!context.rng.chance(0.05)) return undefined;
	const base = plan.problem?.phrase ?? plan.task?.alias ?? plan.policy?.name ?? plan.product.key;
	const slug = slugify(`${plan.product.key} ${base} ${plan.id.split('-')[1]}`);
	const key = `${plan.type}:${slug}`;
	if (context.slugs.has(key)) return undefined;
	context.slugs.add(key);
	return slug;
}

function devicesFor(plan: EntryPlan): Device[] {
	if (plan.platforms.length === 0) return [...plan.product.devices].sort();
	const mobileOrWeb = plan.platforms.some((p) => p === 'ios' || p === 'android' || p === 'web');
	const devices = plan.product.devices.filter((device) => device === 'corporate' || mobileOrWeb);
	return devices.length > 0 ? [...devices].sort() : ['corporate'];
}

function tagsFor(rng: Rng, plan: EntryPlan): string[] {
	const extra = plan.task ? 'how-to' : plan.type === 'policy' ? 'policy' : 'troubleshooting';
	const tags = new Set([...plan.product.tags, extra]);
	if (rng.chance(0.3)) tags.add(rng.pick(['remote working', 'new starter', 'security', 'office']));
	return [...tags];
}

interface CommonFields {
	summary: string;
	updated: number;
	reviewBy?: number;
	related: EntryPlan[];
}

function commonFrontmatter(
	context: RenderContext,
	plan: EntryPlan,
	fields: CommonFields,
): string[] {
	const { rng } = context;
	const aliases = claimAliases(context, plan);
	const old = previousSlug(context, plan);
	const lines = [
		'---',
		`id: ${plan.id}`,
		`title: ${q(plan.title)}`,
		`summary: ${q(fields.summary)}`,
		`category: ${plan.product.category}`,
		`tags: ${flowList(tagsFor(rng, plan), true)}`,
	];
	if (aliases.length > 0) lines.push('aliases:', ...blockList(aliases));
	if (plan.platforms.length > 0) lines.push(`platforms: ${flowList(plan.platforms)}`);
	lines.push(`devices: ${flowList(devicesFor(plan))}`);
	lines.push(`updated: ${isoDate(fields.updated)}`);
	if (fields.reviewBy !== undefined) lines.push(`reviewBy: ${isoDate(fields.reviewBy)}`);
	lines.push(`owner: ${q(plan.product.owner)}`);
	if (fields.related.length > 0)
		lines.push(`related: ${flowList(fields.related.map((r) => r.id))}`);
	if (old) lines.push(`previousSlugs: [${old}]`);
	return lines;
}

/** When an article or policy last changed, and when it must be reviewed (always after the reference date). */
function reviewDates(rng: Rng): { updated: number; reviewBy: number } {
	const age = rng.int(0, 300);
	const updated = NOW - age * DAY;
	const months = age < 100 && rng.chance(0.5) ? 182 : 365;
	return { updated, reviewBy: updated + months * DAY };
}

// ------------------------------------------------------------------ body blocks

type Block =
	| { kind: 'p'; text: string }
	| { kind: 'h2'; text: string }
	| { kind: 'list'; items: string[] }
	| { kind: 'steps'; steps: StepDef[] }
	| { kind: 'callout'; tone: 'info' | 'warning' | 'danger'; title?: string; text: string }
	| { kind: 'platforms'; items: { os: Platform; text: string }[] }
	| { kind: 'error'; text: string };

const CALLOUT_NAMES = { info: 'Note', warning: 'Warning', danger: 'Important' } as const;

/** Markdown, with the portal's MDX components when `rich`. */
function renderBlocks(blocks: readonly Block[], rich: boolean): string {
	return `${blocks.map((block) => renderBlock(block, rich)).join('\n\n')}\n`;
}

function renderBlock(block: Block, rich: boolean): string {
	switch (block.kind) {
		case 'p':
			return block.text;
		case 'h2':
			return `## ${block.text}`;
		case 'list':
			return block.items.map((item) => `- ${item}`).join('\n');
		case 'steps':
			if (!rich) {
				return block.steps.map((s, i) => `${i + 1}. **${s.title}.** ${s.text}`).join('\n');
			}
			return [
				'<Steps>',
				...block.steps.map((s) => `<Step title="${attr(s.title)}">\n\n${s.text}\n\n</Step>`),
				'</Steps>',
			].join('\n');
		case 'callout': {
			if (!rich) return `> **${block.title ?? CALLOUT_NAMES[block.tone]}:** ${block.text}`;
			const title = block.title ? ` title="${attr(block.title)}"` : '';
			return `<Callout type="${block.tone}"${title}>\n\n${block.text}\n\n</Callout>`;
		}
		case 'platforms':
			if (!rich) {
				return block.items
					.map((item) => `**${upperFirst(PLATFORM_TITLES[item.os])}:** ${item.text}`)
					.join('\n\n');
			}
			return [
				'<Platforms>',
				...block.items.map((item) => `<Platform os="${item.os}">\n\n${item.text}\n\n</Platform>`),
				'</Platforms>',
			].join('\n');
		case 'error':
			return rich ? `<ErrorText text="${attr(block.text)}" />` : `\`${block.text}\``;
	}
}

/** Text safe inside a double-quoted JSX attribute. */
function attr(text: string): string {
	return text.replace(/"/g, "'");
}

function link(plan: EntryPlan): string {
	return `[${plan.title}](/${plan.id})`;
}

function closingBlocks(context: RenderContext, plan: EntryPlan): Block[] {
	const { rng } = context;
	const ask = rng.pick(ASKS);
	const guide =
		plan === context.guide ? '' : ` See [what to put in a ticket](/${context.guide.id}).`;
	const text = rng.pick([
		`Email [${SITE.email}](mailto:${SITE.email}) or phone ${SITE.phone}, ${SITE.hours}. Tell us ${ask}.${guide}`,
		`Raise a ticket from the [help page](/help/) or phone ${SITE.phone}. Include ${ask}; it saves a round of questions.${guide}`,
		`Contact the helpdesk at [${SITE.email}](mailto:${SITE.email}) and tell us ${ask}. If many people are affected, check the [status page](/status/) first.${guide}`,
	]);
	return [
		{ kind: 'h2', text: rng.pick(['Still not working?', 'Still stuck?', 'Need more help?']) },
		{ kind: 'p', text },
	];
}

function pickSteps(rng: Rng, product: Product, count: number): StepDef[] {
	const own = rng.sample(product.steps, Math.min(count, product.steps.length));
	const ordered = product.steps.filter((step) => own.includes(step));
	const steps = [...ordered];
	const generic = rng.sample(GENERIC_STEPS, 2).map((make) => make(product));
	if (rng.chance(0.5) && generic[0]) steps.unshift(generic[0]);
	if (rng.chance(0.5) && generic[1]) steps.push(generic[1]);
	const seen = new Set<string>();
	return steps.filter((step) => {
		if (seen.has(step.title)) return false;
		seen.add(step.title);
		return true;
	});
}

function relatedSentence(rng: Rng, related: readonly EntryPlan[]): string {
	const links = related.slice(0, 3).map(link);
	return rng.pick([
		`If this did not help, see ${joinWords(links)}.`,
		`Related help: ${joinWords(links)}.`,
		`Other people with this problem also read ${joinWords(links)}.`,
	]);
}

// ------------------------------------------------------------------ articles

function articleSummary(rng: Rng, plan: EntryPlan): string {
	const { product, task, problem, error } = plan;
	const where = plan.context ? ` ${plan.context}` : '';
	if (task) {
		return rng.pick([
			`How to ${lowerFirst(task.title)}${where}, step by step, and what to check if it does not work.`,
			`${task.why.replace(/\.$/, '')}; this guide shows how to ${lowerFirst(task.title)}${where}.`,
			`Step-by-step help to ${lowerFirst(task.title)}${where}, with the settings to check when something goes wrong.`,
		]);
	}
	const subject = subjectOf(product);
	if (error && problem) {
		return `What the ${product.name} message "${error.replace(/\.$/, '')}" means and how to ${problem.fix}.`;
	}
	return `If ${subject} ${problem!.title}${where}, ${problem!.fix}; this page walks you through it.`;
}

/** The product as it reads mid-sentence: "Outlook", "your laptop". */
function subjectOf(product: Product): string {
	return /^(Your|The) /.test(product.name) ? lowerFirst(product.name) : product.name;
}

function articleIntro(rng: Rng, plan: EntryPlan): string {
	const { product, task, problem } = plan;
	const where = plan.context ? ` ${plan.context}` : '';
	const facts = rng.sample(product.facts, rng.int(1, 2)).join(' ');
	const platformNote =
		plan.platforms.length > 0
			? ` These steps are written for ${joinWords(plan.platforms.map((p) => PLATFORM_NAMES[p]))}.`
			: '';
	if (task) {
		const minutes = rng.pick([5, 10, 10, 15, 20]);
		return `Use this when you want to ${lowerFirst(task.title)}${where}. ${task.why} ${facts}${platformNote} It takes about ${minutes} minutes.`;
	}
	const symptom = problem!.symptom;
	const opener = rng.pick([
		`Use this when ${subjectOf(product)} ${problem!.title}${where}.`,
		`This page is for you if ${subjectOf(product)} ${problem!.title}${where}.`,
		`${symptom}? You are not alone, and it is usually quick to fix.`,
	]);
	const detail = opener.startsWith(symptom) ? '' : ` Typically: ${midSentence(symptom)}.`;
	return `${opener}${detail} ${facts}${platformNote} Work through the steps in order; most people are back to normal after the first two or three.`;
}

function renderArticle(context: RenderContext, plan: EntryPlan): string {
	const { rng } = context;
	const { product } = plan;
	const dates = reviewDates(rng);
	const related = pickRelated(context, plan, rng.int(1, 4));
	const summary = articleSummary(rng, plan);
	const frontmatter = commonFrontmatter(context, plan, { summary, ...dates, related });
	const blocks: Block[] = [{ kind: 'p', text: articleIntro(rng, plan) }];

	if (rng.chance(0.4)) {
		blocks.push({ kind: 'h2', text: 'Before you start' });
		blocks.push({ kind: 'list', items: rng.sample(BEFORE_YOU_START, rng.int(2, 4)) });
	}
	if (plan.platforms.length >= 2 && rng.chance(0.6)) {
		blocks.push({ kind: 'h2', text: `Find ${product.app}` });
		blocks.push({
			kind: 'platforms',
			items: plan.platforms.map((os) => ({ os, text: PLATFORM_HINTS[os](product.app) })),
		});
	}
	blocks.push({ kind: 'h2', text: rng.pick(['Steps', 'What to do', 'Fix it', 'How to do it']) });
	blocks.push({ kind: 'steps', steps: pickSteps(rng, product, rng.int(3, 5)) });
	if (rng.chance(0.5)) {
		const tone = rng.pick(['info', 'warning'] as const);
		const title = rng.chance(0.5)
			? rng.pick(['Good to know', 'Before you go further', 'Tip'])
			: undefined;
		blocks.push({
			kind: 'callout',
			tone,
			text: rng.pick(product.tips),
			...(title ? { title } : {}),
		});
	}
	const error =
		plan.error ?? (plan.problem && rng.chance(0.35) ? rng.pick(product.errors) : undefined);
	if (error) blocks.push(...errorBlocks(rng, product, error));
	if (plan.problem && rng.chance(0.5)) {
		blocks.push({ kind: 'h2', text: 'Why this happens' });
		blocks.push({
			kind: 'p',
			text: `Most often, ${rng.pick(product.causes)}. ${rng.pick(product.facts)} The steps above deal with that without losing any of your work.`,
		});
	}
	if (related.length > 0) blocks.push({ kind: 'p', text: relatedSentence(rng, related) });
	if (rng.chance(0.3)) {
		const category = CATEGORIES[product.category]!;
		blocks.push({
			kind: 'p',
			text: `More help with ${lowerFirst(category.title)} is in [${category.title}](/categories/${product.category}/).`,
		});
	}
	blocks.push(...closingBlocks(context, plan));
	return `${frontmatter.join('\n')}\n---\n\n${renderBlocks(blocks, plan.rich)}`;
}

function errorBlocks(rng: Rng, product: Product, error: string): Block[] {
	return [
		{
			kind: 'p',
			text: rng.pick([
				'You may see this message:',
				'The message usually reads:',
				'If you see this error:',
			]),
		},
		{ kind: 'error', text: error },
		{
			kind: 'p',
			text: rng.pick([
				`It means ${product.app} could not finish what it was doing. The steps above clear it in most cases; if it comes back, copy it exactly into your ticket.`,
				`Copy it exactly, with any code, if you contact us: it tells us which part of ${product.service} failed.`,
				'It looks alarming but your data is safe. Work through the steps, and keep the message for the helpdesk if they do not help.',
			]),
		},
	];
}

// ------------------------------------------------------------------ known errors

const STATUSES: readonly KnownErrorStatus[] = KNOWN_ERROR_STATUSES;

interface Timeline {
	status: KnownErrorStatus;
	firstSeen: number;
	resolvedAt?: number;
	updates: { at: number; status?: KnownErrorStatus; note: string }[];
}

function pickStatus(rng: Rng): KnownErrorStatus {
	const roll = rng.next();
	if (roll < 0.55) return 'resolved';
	return rng.pick(STATUSES.slice(0, 5));
}

function pickSeverity(rng: Rng): Severity {
	const roll = rng.next();
	return roll < 0.1 ? 'critical' : roll < 0.5 ? 'major' : 'minor';
}

/** 3-5 updates from firstSeen on, walking the statuses in order and ending at the current one. */
function makeTimeline(rng: Rng, plan: EntryPlan, cause: string): Timeline {
	const status = pickStatus(rng);
	const resolved = status === 'resolved';
	const firstSeen =
		NOW - (resolved ? rng.int(20, 400) : rng.int(1, 30)) * DAY - rng.int(0, 600) * MINUTE;
	const last = resolved
		? firstSeen + rng.int(1, 10) * DAY + rng.int(0, 480) * MINUTE
		: NOW - rng.int(60, 1200) * MINUTE;
	const count = rng.int(3, 5);
	const target = STATUSES.indexOf(status);
	const start = firstSeen + rng.int(30, 120) * MINUTE;
	const span = Math.max(last - start, count * HOUR);
	const updates: Timeline['updates'] = [];
	let level = 0;
	for (let i = 0; i < count; i++) {
		const isLast = i === count - 1;
		const at = isLast
			? start + span
			: start + Math.floor((span * i) / (count - 1)) + rng.int(-20, 20) * MINUTE;
		const previous = level;
		if (isLast) level = target;
		else if (i > 0) level = Math.min(target, level + rng.int(0, 2));
		const changed = i === 0 || level !== previous;
		const note = timelineNote(rng, plan, STATUSES[level]!, changed, cause);
		updates.push({ at, note, ...(changed || rng.chance(0.6) ? { status: STATUSES[level]! } : {}) });
	}
	return {
		status,
		firstSeen,
		...(resolved ? { resolvedAt: updates.at(-1)!.at } : {}),
		updates,
	};
}

function timelineNote(
	rng: Rng,
	plan: EntryPlan,
	status: KnownErrorStatus,
	changed: boolean,
	cause: string,
): string {
	const { product, problem } = plan;
	const symptom = midSentence(problem!.symptom);
	if (!changed) {
		return rng.pick([
			'No change since the last update. Keep using the workaround on this page.',
			`Still working on this with ${product.vendor}. We will post again by the next update time.`,
			'More reports came in this morning, all matching the pattern above. Nothing new to do on your side.',
		]);
	}
	switch (status) {
		case 'investigating':
			return rng.pick([
				`We are getting reports that ${symptom}. We are investigating.`,
				`${upperFirst(affected(plan.context))} report the same problem: ${symptom}. We are looking into it.`,
			]);
		case 'identified':
			return `We have found the cause: ${cause}. We are working out the safest fix.`;
		case 'workaround':
			return `There is a workaround: ${problem!.fix}. The steps are on this page and work for most people.`;
		case 'fix-in-progress':
			return rng.pick([
				`${upperFirst(product.vendor)} have released a fix. We are testing it before rolling it out.`,
				'A fix is ready and is rolling out in groups over the next few days. Restart when you are asked to.',
			]);
		case 'monitoring':
			return 'The fix is in place for everyone. We are watching for the problem to come back before we close this.';
		case 'resolved':
			return 'No reports since the fix went in. This is resolved; if you still see the problem, raise a ticket and mention this page.';
	}
}

/** Who a known error affects, from its trigger: "people in the Leeds office", "some new starters". */
function affected(trigger: string): string {
	if (trigger.startsWith('for ')) return trigger.slice(4);
	if (/^(in|on) /.test(trigger)) return `people ${trigger}`;
	return `some people (${trigger})`;
}

function knownErrorSummary(plan: EntryPlan, status: KnownErrorStatus): string {
	const what = `${subjectOf(plan.product)} ${plan.problem!.title} ${plan.context}`;
	switch (status) {
		case 'resolved':
			return upperFirst(
				`a resolved problem where ${what}; this page explains the cause and the fix.`,
			);
		case 'investigating':
			return upperFirst(
				`${what}: we know and are investigating, and will post updates on this page.`,
			);
		case 'identified':
			return upperFirst(
				`${what}: we know the cause and are working on a fix; updates are posted here.`,
			);
		default:
			return `If ${what}, ${plan.problem!.fix} until the fix reaches you.`;
	}
}

function renderKnownError(context: RenderContext, plan: EntryPlan): string {
	const { rng } = context;
	const { product, problem } = plan;
	const cause = rng.pick(product.causes);
	const timeline = makeTimeline(rng, plan, cause);
	const { status } = timeline;
	const open = status !== 'resolved';
	if (open) context.openKnownErrors.push(plan);
	const lastUpdate = timeline.updates.at(-1)!.at;
	const related = pickRelated(context, plan, rng.int(1, 3));
	const errors = rng.sample(product.errors, rng.int(1, 3));
	if (rng.chance(0.3)) errors.push(generatedCode(rng, product));
	const symptoms = [
		problem!.symptom,
		...rng.sample(
			[
				'It starts again after a restart helps for a while',
				'Colleagues nearby see the same thing',
				'It happens several times a day, not every time',
				'Nothing you change in the settings makes a difference',
			],
			rng.int(1, 2),
		),
	];
	const lines = commonFrontmatter(context, plan, {
		summary: knownErrorSummary(plan, status),
		updated: lastUpdate,
		related,
	});
	lines.push(`status: ${status}`, `severity: ${pickSeverity(rng)}`);
	const services = [product.service];
	if (plan.platforms.length === 1 && rng.chance(0.3)) {
		services.push(`${product.app} on ${PLATFORM_NAMES[plan.platforms[0]!]}`);
	}
	lines.push(`services: ${flowList(services, true)}`);
	lines.push('symptoms:', ...blockList(symptoms));
	lines.push('errorMessages:', ...blockList([...new Set(errors)]));
	lines.push(`firstSeen: ${isoDateTime(timeline.firstSeen)}`);
	if (timeline.resolvedAt !== undefined)
		lines.push(`resolvedAt: ${isoDateTime(timeline.resolvedAt)}`);
	if (open && status !== 'investigating' && rng.chance(0.7)) {
		lines.push(`fixEta: ${fixEta(rng, product)}`);
	}
	if (open && rng.chance(0.8)) {
		// A week or more ahead, so `npm run check` does not call the update overdue straight away.
		lines.push(`nextUpdate: ${isoDateTime(NOW + rng.int(7, 28) * DAY + rng.int(0, 8) * HOUR)}`);
	}
	context.problemRef += rng.int(1, 9);
	lines.push(`problemRef: ${q(`PRB${String(context.problemRef).padStart(7, '0')}`)}`);
	lines.push('updates:');
	for (const update of timeline.updates) {
		lines.push(`  - at: ${isoDateTime(update.at)}`);
		if (update.status) lines.push(`    status: ${update.status}`);
		lines.push(`    note: ${q(update.note)}`);
	}
	const body = knownErrorBody(rng, plan, timeline, { cause, error: errors[0]!, symptoms, related });
	return `${lines.join('\n')}\n---\n\n${renderBlocks(body, plan.rich)}`;
}

/** An error code in the product's style that no vocabulary list holds, e.g. 0x80071a2f. */
function generatedCode(rng: Rng, product: Product): string {
	const hex = () => rng.int(0, 0xffff).toString(16).padStart(4, '0');
	if (product.key === 'accounts' || product.key === 'mfa') return `AADSTS${rng.int(50000, 90099)}`;
	if (product.key === 'teams') return `caa${hex()}`;
	if (product.key === 'zoom') return `Error code ${rng.int(1000, 109999)}`;
	return `0x8007${hex()}`;
}

function fixEta(rng: Rng, product: Product): string {
	if (rng.chance(0.5)) return isoDateTime(NOW + rng.int(3, 40) * DAY + rng.int(8, 17) * HOUR);
	return q(
		rng.pick([
			"next Tuesday's patch",
			`the next ${product.versioned?.name ?? product.app} release`,
			'the December maintenance window',
			`when ${product.vendor} publish their fix`,
			'within two weeks, once testing is done',
		]),
	);
}

interface KnownErrorFacts {
	cause: string;
	/** The error shown in the body. */
	error: string;
	symptoms: readonly string[];
	related: readonly EntryPlan[];
}

function knownErrorBody(
	rng: Rng,
	plan: EntryPlan,
	timeline: Timeline,
	facts: KnownErrorFacts,
): Block[] {
	const { cause, error, symptoms, related } = facts;
	const { product, problem } = plan;
	const { status, firstSeen } = timeline;
	const blocks: Block[] = [{ kind: 'h2', text: 'Workaround' }];
	if (status === 'resolved') {
		blocks.push({
			kind: 'p',
			text: 'You no longer need a workaround. If the problem comes back, these steps still help while we look at it:',
		});
	} else {
		blocks.push({
			kind: 'p',
			text: rng.pick([
				'Try these in order. Most people only need the first one.',
				`Until the fix reaches you, ${problem!.fix}:`,
				'These steps get you working again while we fix the cause:',
			]),
		});
	}
	blocks.push({ kind: 'steps', steps: pickSteps(rng, product, rng.int(2, 4)) });
	if (rng.chance(0.4)) {
		blocks.push({
			kind: 'callout',
			tone: rng.pick(['info', 'warning'] as const),
			text: rng.pick(product.tips),
		});
	}
	blocks.push({ kind: 'h2', text: 'Symptoms' });
	blocks.push({
		kind: 'p',
		text: `Since ${spokenDate(firstSeen)}, ${affected(plan.context)} have found that ${midSentence(problem!.symptom)}. ${rng.pick(['It does not happen to everyone, and it can come and go.', 'Restarting helps for a while, then it starts again.', 'It started without any change on your side.'])} You may see this message:`,
	});
	blocks.push({ kind: 'error', text: error });
	if (rng.chance(0.4)) {
		blocks.push({ kind: 'p', text: 'Other signs of the same problem:' });
		blocks.push({ kind: 'list', items: symptoms.slice(1).map((symptom) => `${symptom}.`) });
	}
	if (rng.chance(0.5)) blocks.push(...whoIsAffected(rng, plan));
	blocks.push({ kind: 'h2', text: 'Cause' });
	blocks.push({
		kind: 'p',
		text:
			status === 'investigating'
				? `We do not know the cause yet. We are comparing affected and unaffected devices and working with ${product.vendor}. We will explain it here as soon as we know.`
				: `${upperFirst(cause)}. ${rng.pick(['Nothing you did caused it.', 'It was not caused by anything on your device.', 'Only some devices were affected, depending on when they last updated.'])}`,
	});
	blocks.push({ kind: 'h2', text: 'Fix' });
	blocks.push({ kind: 'p', text: fixParagraph(rng, plan, timeline) });
	if (related.length > 0) blocks.push({ kind: 'p', text: relatedSentence(rng, related) });
	return blocks;
}

function whoIsAffected(rng: Rng, plan: EntryPlan): Block[] {
	const platforms = plan.platforms.map((p) => PLATFORM_NAMES[p]);
	const on = platforms.length > 0 ? ` on ${joinWords(platforms)}` : '';
	return [
		{ kind: 'h2', text: 'Who is affected' },
		{
			kind: 'p',
			text: `${upperFirst(affected(plan.context))} using ${plan.product.service}${on}. ${rng.pick([
				'Other devices and offices are working normally.',
				'We have not seen it anywhere else, but tell us if you do.',
				'The number of reports has been steady since the first day.',
			])} ${rng.pick([
				'You do not need to raise a ticket to tell us you are affected; we know.',
				'If you are affected and the workaround does not help, raise a ticket and mention this page.',
			])}`,
		},
	];
}

function fixParagraph(rng: Rng, plan: EntryPlan, timeline: Timeline): string {
	const { product } = plan;
	switch (timeline.status) {
		case 'resolved':
			return `This was fixed on ${spokenDate(timeline.resolvedAt!)}. ${rng.pick([`${upperFirst(product.vendor)} released a corrected version and we installed it everywhere.`, 'We reversed the change that caused it and checked every affected device.', 'The faulty setting was corrected centrally, so you did not need to do anything.'])} If you still see the problem, raise a ticket and mention ${plan.id}.`;
		case 'monitoring':
			return 'The fix is in place. We are keeping this page open for a few days in case the problem returns; you do not need to do anything.';
		case 'fix-in-progress':
			return `${upperFirst(product.vendor)} have a fix and we are rolling it out in groups. It installs automatically; restart when you are asked to. Keep using the workaround until then.`;
		case 'workaround':
			return `We are waiting for a permanent fix from ${product.vendor}. The workaround above is safe to keep using, and we will update this page when the fix is scheduled.`;
		default:
			return `There is no fix yet. We post an update here at least once a working day, even when nothing has changed.`;
	}
}

// ------------------------------------------------------------------ policies

function renderPolicy(context: RenderContext, plan: EntryPlan): string {
	const { rng } = context;
	const policy = plan.policy!;
	const dates = reviewDates(rng);
	const articles = context.articlesByProduct;
	const related = pickRelated(context, plan, rng.int(2, 4));
	const lead = plan.context ? `For ${plan.context.replace(/^for /, '')}, this` : 'This';
	const summary = `${lead} policy sets out ${policy.scope}, and who to contact when something goes wrong.`;
	const lines = commonFrontmatter(context, plan, { summary, ...dates, related });
	const version = `${rng.int(1, 4)}.${rng.int(0, 9)}`;
	const effective = dates.updated - rng.int(0, 30) * DAY;
	lines.push(`version: ${q(version)}`, `effective: ${isoDate(effective)}`);
	const rows = [...policy.matrix, ...rng.sample(GENERIC_MATRIX, rng.int(2, 4))];
	lines.push('supportMatrix:');
	for (const row of rows) {
		lines.push(`  - topic: ${q(row.topic)}`, `    who: ${row.who}`, `    how: ${q(row.how)}`);
		const target = row.product ? articles.get(row.product) : undefined;
		if (target && target.length > 0) lines.push(`    link: ${rng.pick(target).id}`);
	}
	const body = policyBody(context, plan, { version, effective });
	return `${lines.join('\n')}\n---\n\n${renderBlocks(body, plan.rich)}`;
}

/** Optional policy sections, in the order they appear. */
const POLICY_SECTIONS: readonly ((
	plan: EntryPlan,
	release: { version: string; effective: number },
) => Block[])[] = [
	() => [
		{ kind: 'h2', text: 'Definitions' },
		{
			kind: 'list',
			items: [
				'**Company device**: a laptop, phone or tablet bought and managed by IT.',
				'**Personal device**: a device you own, even when you use it for work.',
				'**Work data**: email, files, chats and records created or received in your job.',
				'**Helpdesk**: the IT Service Desk, reached by phone, email or this portal.',
			],
		},
	],
	(plan) => [
		{ kind: 'h2', text: 'Exceptions' },
		{
			kind: 'p',
			text: `If you cannot follow a rule for a good business reason, ask for an exception before you break it. Raise a request with the reason and how long you need it. The ${plan.product.owner} decides within five working days and may set conditions, such as an end date or extra checks.`,
		},
	],
	() => [
		{ kind: 'h2', text: 'Privacy' },
		{
			kind: 'p',
			text: 'We collect only what we need to run the services this policy covers. Records are kept for as long as the service needs them and deleted afterwards. Ask the helpdesk if you want to see what we hold about you; we answer within a month.',
		},
	],
	(_plan, release) => [
		{ kind: 'h2', text: 'Changes to this policy' },
		{
			kind: 'p',
			text: `This is version ${release.version}, in force since ${spokenDate(release.effective)} ${new Date(release.effective).getUTCFullYear()}. We review the policy at least once a year and whenever the services it covers change, and announce changes on the portal's home page two weeks before they apply.`,
		},
	],
];

function policyBody(
	context: RenderContext,
	plan: EntryPlan,
	release: { version: string; effective: number },
): Block[] {
	const { rng } = context;
	const policy = plan.policy!;
	const who = plan.context
		? plan.context.replace(/^for /, '')
		: 'all employees, contractors and temporary staff';
	const rules = [...policy.rules];
	if (rng.chance(0.5))
		rules.push(
			'Breaking these rules may lead to access being removed while the matter is looked into.',
		);
	const blocks: Block[] = [
		{ kind: 'h2', text: 'Purpose' },
		{
			kind: 'p',
			text: `This policy sets out ${policy.scope}. It protects company data and your own, and makes clear who helps you when something goes wrong. ${rng.pick(plan.product.facts)}`,
		},
		{ kind: 'h2', text: 'Who it applies to' },
		{
			kind: 'p',
			text: `It applies to ${who}. Where a local rule is stricter than this policy, the stricter rule wins. Managers make sure their teams know about it.`,
		},
		{ kind: 'h2', text: 'The rules' },
		{ kind: 'list', items: rules },
		{
			kind: 'callout',
			tone: 'danger',
			title: 'If something goes wrong',
			text: `Tell the helpdesk straight away on ${SITE.phone}. Reporting early is never held against you.`,
		},
		{ kind: 'h2', text: 'What IT does' },
		{
			kind: 'list',
			items: rng.sample(
				[
					'Keeps the systems this policy covers up to date and secure.',
					'Tells you before changing the rules in this policy.',
					'Answers questions about the policy within one working day.',
					'Only looks at your data when you ask us to, or when the law requires it.',
					'Reviews the policy at least once a year.',
				],
				3,
			),
		},
		...rng
			.sample(POLICY_SECTIONS, rng.int(1, 3))
			.sort((a, b) => POLICY_SECTIONS.indexOf(a) - POLICY_SECTIONS.indexOf(b))
			.flatMap((section) => section(plan, release)),
		{ kind: 'h2', text: 'Questions' },
		{
			kind: 'p',
			text: `If you are unsure whether something is covered, check the support table on this page or contact the helpdesk at [${SITE.email}](mailto:${SITE.email}). ${relatedSentence(rng, pickRelated(context, plan, 2))}`,
		},
	];
	return blocks;
}

// ---------------------------------------------------------------------------------------------------
// Data files and notices

function renderSite(): string {
	return [
		'# Site settings for the help portal (a generated benchmark corpus).',
		`portalName: ${SITE.portalName}`,
		`organisation: ${SITE.organisation}`,
		`helpdeskEmail: ${SITE.email}`,
		`phone: ${SITE.phone}`,
		`openingHours: ${SITE.hours}`,
		'defaultLanguage: en-GB',
		'handoff:',
		'  mode: mailto',
		`  email: ${SITE.email}`,
		'',
	].join('\n');
}

function renderCategories(): string {
	const lines = ['# Categories group entries on the home page and at /categories/<key>/.'];
	for (const [key, category] of Object.entries(CATEGORIES)) {
		lines.push(`${key}:`, `  title: ${category.title}`, `  description: ${category.description}`);
		if (category.icon) lines.push(`  icon: ${category.icon}`);
	}
	return `${lines.join('\n')}\n`;
}

function renderSynonyms(): string {
	const lines = ['# Each line is a group of words or phrases that mean the same thing to users.'];
	for (const group of SYNONYMS) lines.push(`- [${group.join(', ')}]`);
	return `${lines.join('\n')}\n`;
}

interface NoticeDef {
	title: string;
	severity: 'maintenance' | 'degraded';
	starts: number;
	ends: number;
	services: string[];
	message: string;
	link: string;
}

/** One finished maintenance, one degradation active at the reference date and one planned maintenance. */
function renderNotices(context: RenderContext): { name: string; text: string }[] {
	const { rng } = context;
	const articleOf = (key: string) =>
		context.articlesByProduct.get(key)?.[0] ?? (context.guide as EntryPlan);
	const degraded = context.openKnownErrors[0] ?? articleOf('vpn');
	const pastStart = NOW - rng.int(7, 12) * DAY + 8 * HOUR;
	const activeStart = NOW - rng.int(1, 3) * DAY - rng.int(1, 6) * HOUR;
	const futureStart = NOW + rng.int(3, 9) * DAY + 7 * HOUR;
	const notices: NoticeDef[] = [
		{
			title: 'Exchange Online maintenance',
			severity: 'maintenance',
			starts: pastStart,
			ends: pastStart + 6 * HOUR,
			services: ['Email'],
			message:
				'Email may be slow or briefly unavailable while we move mailboxes to new servers. If Outlook asks you to restart or sign in afterwards, please do so.',
			link: articleOf('outlook').id,
		},
		{
			title: `${degraded.product.service} problems for some people`,
			severity: 'degraded',
			starts: activeStart,
			ends: NOW + rng.int(5, 12) * DAY,
			services: [degraded.product.service],
			message: `Some people have problems with ${degraded.product.service}. The linked page has a workaround and the latest updates.`,
			link: degraded.id,
		},
		{
			title: 'Wi-Fi controller upgrade',
			severity: 'maintenance',
			starts: futureStart,
			ends: futureStart + 4 * HOUR,
			services: ['Office Wi-Fi'],
			message:
				"Wi-Fi in all offices will drop for up to ten minutes during this window. Use a network cable or your phone's hotspot if you need to stay connected.",
			link: articleOf('wifi').id,
		},
	];
	return notices.map((notice, index) => renderNotice(`N-${index + 1}`, notice));
}

function renderNotice(id: string, notice: NoticeDef): { name: string; text: string } {
	const text = [
		`id: ${id}`,
		`title: ${q(notice.title)}`,
		`severity: ${notice.severity}`,
		`starts: ${isoDateTime(notice.starts)}`,
		`ends: ${isoDateTime(notice.ends)}`,
		`services: ${flowList(notice.services, true)}`,
		`message: ${q(notice.message)}`,
		`link: ${notice.link}`,
		'',
	].join('\n');
	return { name: `${id}-${slugify(notice.title)}.yaml`, text };
}

// ---------------------------------------------------------------------------------------------------
// CLI

function runCli(args: string[]) {
	const positional = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--seed');
	const seedAt = args.indexOf('--seed');
	const [dir, count] = positional;
	if (!dir || !count) {
		console.error(
			'usage: node scripts/bench/corpus.ts <dir> <entries> [--seed N] [--markdown-only]',
		);
		process.exitCode = 2;
		return;
	}
	const started = performance.now();
	const summary = generateCorpus(dir, {
		entries: Number(count),
		...(seedAt >= 0 ? { seed: Number(args[seedAt + 1]) } : {}),
		markdownOnly: args.includes('--markdown-only'),
	});
	console.log(JSON.stringify({ ...summary, ms: Math.round(performance.now() - started) }, null, 2));
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
	runCli(process.argv.slice(2));
}
