import { describe, expect, test } from 'vitest';
import { findImages, isImageFile } from '../../src/lib/content/images.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import type {
	CheckedEntry,
	CheckedTranslation,
	EntryData,
	TranslationData,
} from '../../src/lib/content/report.ts';
import { bodyImages } from '../../src/lib/content/rules/body-images.ts';
import type { RuleContext } from '../../src/lib/content/rules/context.ts';

/** The body starts on line 8 of every test file, so messages show the line they would. */
const BODY_LINE = 8;

function entry(file: string, body: string): CheckedEntry {
	const data = { id: 'KB-1001', title: 'VPN', summary: 'VPN.', category: 'vpn' } as EntryData;
	return { type: 'article', file, id: 'KB-1001', slug: 'vpn', data, body, bodyLine: BODY_LINE };
}

function translation(file: string, body: string): CheckedTranslation {
	const data = { id: 'KB-1001', title: 'VPN', summary: 'VPN.' } as TranslationData;
	return { type: 'article', lang: 'de', file, id: 'KB-1001', slug: 'vpn', data, body, bodyLine: 6 };
}

/** A content folder with one screenshot, as `npm run check` sees it. */
const FOLDERS: Record<string, string[]> = {
	'content/articles': ['KB-1001-vpn.mdx', 'images', 'de'],
	'content/articles/images': ['vpn-sign-in.png', 'Printer-Queue.png'],
	'content/articles/de': ['KB-1001-vpn.mdx'],
};

function run(parts: Partial<RuleContext>, { canList = true } = {}): string[] {
	return bodyImages({
		entries: [],
		notices: [],
		translations: [],
		noticeTranslations: [],
		languageData: {},
		sourceLanguage: 'English',
		siteFile: 'content/site.yaml',
		lineOf: () => undefined,
		...(canList ? { listFolder: (folder: string) => FOLDERS[folder] } : {}),
		...parts,
	}).map(formatProblem);
}

describe('finding images in a body', () => {
	test('Markdown images and <img> tags, with their line, alt text and address', () => {
		const body = [
			'',
			'![The sign-in window](./images/vpn.png "Sign in")',
			'Text ![](images/b.png) and <img src="./c.png" alt="C"> and <img src={"./d.png"}>',
			'<img alt="" src=\'e.png\' />',
		].join('\n');
		expect(findImages(body)).toEqual([
			{ line: 2, kind: 'markdown', src: './images/vpn.png', alt: 'The sign-in window' },
			{ line: 3, kind: 'markdown', src: 'images/b.png', alt: '' },
			{ line: 3, kind: 'html', src: './c.png', alt: 'C' },
			{ line: 3, kind: 'html', src: './d.png', alt: undefined },
			{ line: 4, kind: 'html', src: 'e.png', alt: '' },
		]);
	});

	test('images in code and in MDX comments are examples, not images', () => {
		const body = '\n`![](./a.png)`\n\n```md\n![](./b.png)\n```\n{/* ![](./c.png) */}\n';
		expect(findImages(body)).toEqual([]);
	});

	test('image files the build can optimise', () => {
		expect(['a.png', 'b.JPG', 'c.jpeg', 'd.webp', 'e.avif', 'f.gif'].every(isImageFile)).toBe(true);
		expect(['a.heic', 'b.bmp', 'c.svg', 'd.mdx', 'png'].some(isImageFile)).toBe(false);
	});
});

describe('images in entries and translations', () => {
	test('a screenshot with alt text beside the entry, and a translation reaching the same file', () => {
		expect(
			run({
				entries: [
					entry(
						'content/articles/KB-1001-vpn.mdx',
						'\n![The VPN sign-in window](./images/vpn-sign-in.png)\n',
					),
				],
				translations: [
					translation(
						'content/articles/de/KB-1001-vpn.mdx',
						'\n![Das Anmeldefenster des VPN](../images/vpn-sign-in.png)\n',
					),
				],
			}),
		).toEqual([]);
	});

	test('an image without alt text is an error at its line, in Markdown or HTML; so is another server', () => {
		const body = [
			'',
			'![](./images/vpn-sign-in.png)',
			'![   ](./images/vpn-sign-in.png)',
			'<img src="https://intranet.example.com/logo.png">',
			'<img src="https://intranet.example.com/logo.png" alt="">',
		].join('\n');
		expect(run({ entries: [entry('content/articles/KB-1001-vpn.mdx', body)] })).toEqual([
			'content/articles/KB-1001-vpn.mdx: body: the image ./images/vpn-sign-in.png has no alt text: say what it shows, as in ![The sign-in window with Connect outlined](./images/vpn-sign-in.png), for readers who cannot see it (line 9)',
			'content/articles/KB-1001-vpn.mdx: body: the image ./images/vpn-sign-in.png has no alt text: say what it shows, as in ![The sign-in window with Connect outlined](./images/vpn-sign-in.png), for readers who cannot see it (line 10)',
			'content/articles/KB-1001-vpn.mdx: body: the image https://intranet.example.com/logo.png has no alt text: say what it shows, as in ![The sign-in window with Connect outlined](https://intranet.example.com/logo.png), for readers who cannot see it (line 11)',
			"content/articles/KB-1001-vpn.mdx: body: the image https://intranet.example.com/logo.png is on another server, which the portal's pages do not load images from (their Content-Security-Policy): save it in the images folder and write ![alt text](./images/logo.png) (line 11)",
			'content/articles/KB-1001-vpn.mdx: body: the image https://intranet.example.com/logo.png has no alt text: say what it shows, as in ![The sign-in window with Connect outlined](https://intranet.example.com/logo.png), for readers who cannot see it (line 12)',
			"content/articles/KB-1001-vpn.mdx: body: the image https://intranet.example.com/logo.png is on another server, which the portal's pages do not load images from (their Content-Security-Policy): save it in the images folder and write ![alt text](./images/logo.png) (line 12)",
		]);
	});

	test('a missing image names the file it looked for, and the closest one there is', () => {
		const body = [
			'',
			'![Sign in](./images/vpn-sign-on.png)',
			'![Queue](./images/printer-queue.png)',
			'![Mail](./screens/mail.png)',
		].join('\n');
		expect(run({ entries: [entry('content/articles/KB-1001-vpn.mdx', body)] })).toEqual([
			'content/articles/KB-1001-vpn.mdx: body: the image ./images/vpn-sign-on.png does not exist: there is no file content/articles/images/vpn-sign-on.png; did you mean vpn-sign-in.png? (line 9)',
			'content/articles/KB-1001-vpn.mdx: body: the image ./images/printer-queue.png does not exist: there is no file content/articles/images/printer-queue.png; the file is called Printer-Queue.png (letter case counts) (line 10)',
			'content/articles/KB-1001-vpn.mdx: body: the image ./screens/mail.png does not exist: there is no file content/articles/screens/mail.png; add the file, or correct the path (line 11)',
		]);
	});

	test('a translation that points where its source does is told to go one folder up', () => {
		expect(
			run({
				translations: [
					translation(
						'content/articles/de/KB-1001-vpn.mdx',
						'\n![Das Anmeldefenster](./images/vpn-sign-in.png)\n',
					),
				],
			}),
		).toEqual([
			'content/articles/de/KB-1001-vpn.mdx: body: the image ./images/vpn-sign-in.png does not exist: there is no file content/articles/de/images/vpn-sign-in.png; a translation sits in its language folder, so write ../images/vpn-sign-in.png (line 7)',
		]);
	});

	test('a raw <img> of a local file is not published, and a file type browsers cannot show is named', () => {
		const body = [
			'',
			'<img src="./images/vpn-sign-in.png" alt="The VPN sign-in window">',
			'![Photo of the error](./images/IMG_0042.heic)',
		].join('\n');
		expect(run({ entries: [entry('content/articles/KB-1001-vpn.mdx', body)] })).toEqual([
			'content/articles/KB-1001-vpn.mdx: body: <img src="./images/vpn-sign-in.png"> is not published with the page: write it in Markdown, ![alt text](./images/vpn-sign-in.png), so the build optimises it and gives it its size (line 9)',
			'content/articles/KB-1001-vpn.mdx: body: the image ./images/IMG_0042.heic is not a file type the portal can show; save it as png, jpg, jpeg, webp, avif or gif (line 10)',
		]);
	});

	test('without a way to list folders (a single file checked alone), only alt text is checked', () => {
		expect(
			run(
				{ entries: [entry('content/articles/KB-1001-vpn.mdx', '\n![](./images/nothing.png)\n')] },
				{ canList: false },
			),
		).toEqual([
			'content/articles/KB-1001-vpn.mdx: body: the image ./images/nothing.png has no alt text: say what it shows, as in ![The sign-in window with Connect outlined](./images/nothing.png), for readers who cannot see it (line 9)',
		]);
	});
});
