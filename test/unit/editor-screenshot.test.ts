import { describe, expect, test } from 'vitest';
import { findImages, IMAGE_EXTENSIONS } from '../../src/lib/content/images.ts';
import {
	BODY_IMAGE_ALT_PATTERN,
	formatScreenshot,
	previewScreenshot,
	readScreenshot,
	SCREENSHOT_ACCEPT,
	SCREENSHOT_COMPONENT,
	SCREENSHOT_PATTERN,
} from '../../src/lib/editor/screenshot.ts';

/** The props the editor reads from the first image of a text, or undefined when there is none. */
function read(text: string) {
	const match = text.match(SCREENSHOT_PATTERN);
	return match ? readScreenshot(match) : undefined;
}

describe('the screenshot button’s Markdown', () => {
	test('writes the one form the portal publishes', () => {
		expect(
			formatScreenshot({
				src: './images/wifi-list.png',
				alt: 'The Wi-Fi list with Northwind-Staff selected',
			}),
		).toBe('![The Wi-Fi list with Northwind-Staff selected](./images/wifi-list.png)');
	});

	test('keeps the alt text on one line and its brackets from ending the image', () => {
		expect(formatScreenshot({ src: './images/a.png', alt: '  The [Connect]\nbutton  ' })).toBe(
			'![The \\[Connect\\] button](./images/a.png)',
		);
	});

	test('writes nothing without a file, and an empty alt text as it is (the body then refuses it)', () => {
		expect(formatScreenshot({ src: '', alt: 'Something' })).toBe('');
		expect(formatScreenshot({})).toBe('');
		expect(formatScreenshot({ src: './images/a.png' })).toBe('![](./images/a.png)');
	});

	test('reads back what it writes, and an image written by hand the way it was written', () => {
		for (const markdown of [
			'![The Wi-Fi list with Northwind-Staff selected](./images/wifi-list.png)',
			'![The \\[Connect\\] button](./images/a.png)',
			'![](./images/a.png)',
			'![Das Anmeldefenster](../images/vpn-sign-in.png)',
			'![The sign-in window](./images/vpn.png "VPN sign-in")',
		])
			expect(formatScreenshot(read(markdown)!)).toBe(markdown);
		expect(read('![The \\[Connect\\] button](./images/a.png)')).toEqual({
			src: './images/a.png',
			alt: 'The [Connect] button',
		});
	});

	test('finds an image inside a line of text, and nothing in a plain link', () => {
		expect(read('Select it: ![The Connect button](./images/connect.png) and wait.')).toEqual({
			src: './images/connect.png',
			alt: 'The Connect button',
		});
		expect(read('[The guide](./images/guide.png)')).toBeUndefined();
	});

	test('its preview escapes what the author typed', () => {
		expect(previewScreenshot({ src: './images/a.png', alt: '"><script>x</script>' })).toBe(
			'<img src="./images/a.png" alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">',
		);
	});
});

describe('the screenshot button’s form', () => {
	test('takes a file of a type the build optimises, from the entry’s folder only, and requires alt text', () => {
		expect(SCREENSHOT_ACCEPT.split(',')).toEqual(IMAGE_EXTENSIONS.map((ext) => `.${ext}`));
		expect(SCREENSHOT_COMPONENT).toMatchObject({
			id: 'screenshot',
			trigger: 'button',
			mode: 'dialog',
		});
		expect(SCREENSHOT_COMPONENT.fields).toEqual([
			expect.objectContaining({
				name: 'src',
				widget: 'image',
				required: true,
				choose_url: false,
				accept: SCREENSHOT_ACCEPT,
			}),
			expect.objectContaining({ name: 'alt', label: 'Alt text', widget: 'string', required: true }),
		]);
		// Sveltia's own image takes a title and a link: the portal's button has no fields for them.
		expect(SCREENSHOT_COMPONENT.fields.map(({ name }) => name)).toEqual(['src', 'alt']);
	});
});

describe('the body refuses an image without alt text, as npm run check does', () => {
	const [source, message] = BODY_IMAGE_ALT_PATTERN;
	const isValid = (body: string) => new RegExp(source).test(body);

	test('names what to write', () => {
		expect(message).toBe(
			'A screenshot needs its alt text: say what the picture shows, e.g. “The Wi-Fi list with Northwind-Staff selected”.',
		);
	});

	test.each([
		['no image', '## Connect\n\nSelect **Connect**.\n', true],
		['an image with alt text', 'Text\n\n![The Connect button](./images/connect.png)\n', true],
		['an image with empty alt text', 'Text\n\n![](./images/connect.png)\n', false],
		['an image with blank alt text', 'Text\n\n![  ](./images/connect.png)\n', false],
		[
			'one good image and one without alt text',
			'![A](./images/a.png)\n\n![](./images/b.png)\n',
			false,
		],
		[
			'an image without alt text far down a long body',
			`${'Line.\n'.repeat(500)}![](./images/b.png)`,
			false,
		],
		['a link with empty text (not an image)', 'See [](./images/b.png).', true],
	])('%s', (_name, body, valid) => {
		expect(isValid(body)).toBe(valid);
		// The check agrees (it reads the same body as the author saved it).
		expect(findImages(body).every(({ alt }) => alt !== undefined && alt.trim() !== '')).toBe(valid);
	});
});
