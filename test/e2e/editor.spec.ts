import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { createStaticServer } from '../../scripts/serve.ts';
import { splitFrontmatter } from '../../src/lib/content/files.ts';
import { buildPortal } from '../build/build-portal.ts';
import { expect, test } from './fixtures.ts';
import { answerFolderPicker, seedLocalRepository } from '../local-repository.ts';

/**
 * The browser editor at /admin/ in Chromium, against the sample portal served with its real headers,
 * working on a copy of the repository's content through "Work with Local Repository". The test stands in
 * for the browser's folder picker only: the copy is put in an origin-private folder, handed to the page
 * as the picked folder, and the files the editor saved are copied back out. The four edits are then
 * checked with `npm run check` and built once.
 */
test.describe.configure({ mode: 'serial' });

const root = new URL('../..', import.meta.url).pathname;
let work = '';
/** The copy of the repository the editor works on: `content/` and a `.git` folder. */
let repo = '';

test.beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'kb-editor-e2e-'));
	repo = join(work, 'repo');
	cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
	mkdirSync(join(repo, '.git'));
	writeFileSync(join(repo, '.git/HEAD'), 'ref: refs/heads/main\n');
	writeFileSync(join(repo, '.git/config'), '[core]\n\trepositoryformatversion = 0\n');
});

test.afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

function listRepo(dir = repo): string[] {
	return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
		.filter((item) => item.isFile())
		.map((item) => relative(repo, join(item.parentPath, item.name)));
}

const readRepo = (path: string) => readFileSync(join(repo, path), 'utf8');

/** Requests the page made to any host but the portal's. */
function watchHosts(page: Page, origin: string): string[] {
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!/^(blob|data):/.test(url) && new URL(url).origin !== origin) elsewhere.push(url);
	});
	return elsewhere;
}

/** Opens /admin/ on the copy: seeded into the origin-private folder, picked as the local repository. */
async function openEditor(page: Page): Promise<string[]> {
	const files = listRepo().map((path) => [path, readRepo(path)] as const);
	await answerFolderPicker(page);
	await page.goto('/admin/');
	const elsewhere = watchHosts(page, new URL(page.url()).origin);
	await seedLocalRepository(page, files);
	await page.getByRole('button', { name: 'Work with Local Repository' }).click();
	await expect(page.getByRole('tree', { name: 'Collection List' })).toBeVisible({
		timeout: 20_000,
	});
	return elsewhere;
}

/** Saves the entry and copies every file of the origin-private folder back over the copy. */
async function save(page: Page) {
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(
		page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: /saved/i }).first(),
	).toBeVisible({ timeout: 15_000 });
	const files = await page.evaluate(async () => {
		const out: Array<[string, string]> = [];
		const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
			for await (const [name, handle] of (
				dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
			).entries()) {
				const path = `${prefix}${name}`;
				if (handle.kind === 'directory')
					await walk(handle as FileSystemDirectoryHandle, `${path}/`);
				else {
					// As bytes (base64 over the page boundary): a screenshot is not text.
					const bytes = new Uint8Array(
						await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer(),
					);
					let binary = '';
					for (const byte of bytes) binary += String.fromCharCode(byte);
					out.push([path, btoa(binary)]);
				}
			}
		};
		await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
		return out;
	});
	for (const [path, bytes] of files) {
		mkdirSync(dirname(join(repo, path)), { recursive: true });
		writeFileSync(join(repo, path), Buffer.from(bytes, 'base64'));
	}
}

/** The frontmatter of an entry file as data, and its body as written. */
function readEntry(text: string) {
	const split = splitFrontmatter(text);
	if (!split) throw new Error('no frontmatter');
	return { data: parse(split.frontmatter) as Record<string, unknown>, body: split.body };
}

async function openEntry(page: Page, collection: string, id: string) {
	const entry = page.getByRole('gridcell', { name: new RegExp(`^${id}:`) });
	// On a busy machine a click that comes before the editor has settled is lost: click again.
	await expect(async () => {
		await page.getByRole('treeitem', { name: new RegExp(`^${collection}`) }).click();
		await expect(entry).toBeVisible({ timeout: 5_000 });
	}).toPass({ timeout: 60_000 });
	await entry.click();
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
	await revealForm(page);
}

/** Scrolls through the form: the editor renders each field once it comes into view. */
async function revealForm(page: Page) {
	const form = page.getByRole('group', { name: /Edit .* Content/ }).first();
	await form.hover({ position: { x: 200, y: 200 } });
	for (let step = 0; step < 40; step++) await page.mouse.wheel(0, 800);
	await form.hover({ position: { x: 200, y: 200 } });
}

async function choose(
	page: Page,
	combobox: ReturnType<Page['getByRole']>,
	option: string | RegExp,
) {
	// The list opens on a click once the field has rendered; click again if the first came too early.
	await expect(async () => {
		await combobox.scrollIntoViewIfNeeded();
		await combobox.click();
		await page
			.getByRole('option', { name: option, exact: typeof option === 'string' })
			.click({ timeout: 2_000 });
		await expect(combobox).toHaveText(option, { timeout: 1_000 });
	}).toPass({ timeout: 20_000 });
}

test('/admin/ gets its own policy and noindex from the host; reader pages keep theirs', async ({
	request,
}) => {
	const editor = await request.get('/admin/');
	const policy = editor.headers()['content-security-policy'] ?? '';
	expect(policy).toMatch(/(^|; )style-src 'self' 'unsafe-inline'(;|$)/);
	expect(policy).toMatch(/(^|; )worker-src 'self' blob:(;|$)/);
	expect(policy).toContain("frame-ancestors 'none'");
	expect(policy).not.toContain("'unsafe-eval'");
	expect(editor.headers()['x-robots-tag']).toBe('noindex');
	const home = await request.get('/');
	const portal = home.headers()['content-security-policy'] ?? '';
	expect(portal).not.toContain("'unsafe-inline'");
	expect(home.headers()['x-robots-tag']).toBeUndefined();
	// No host beyond the portal's own outbound ones (the sample has no git host): Astro adds the
	// editor's sources to the portal's directives, it cannot take any away.
	const hosts = (text: string) => new Set(text.match(/https?:\/\/[^\s;]+/g) ?? []);
	expect([...hosts(policy)].filter((host) => !hosts(portal).has(host))).toEqual([]);
});

const KE_0040 = 'content/known-errors/KE-0040-vpn-disconnects-after-globalprotect-6-3-update.mdx';

test('KE-0040 moves to monitoring with a new timeline entry: only status and updates change', async ({
	page,
}) => {
	test.setTimeout(90_000);
	const before = readRepo(KE_0040);
	const elsewhere = await openEditor(page);
	await openEntry(page, 'Known errors', 'KE-0040');
	await choose(
		page,
		page.getByRole('combobox', { name: 'Status', exact: true }).first(),
		'Fixed, monitoring',
	);
	const updates = page.getByRole('group', { name: /Updates.*Field/ });
	await updates.getByRole('button', { name: /^Add/ }).last().click();
	const added = updates
		.getByRole('group', { name: /Posted at.*Field/ })
		.last()
		.locator('..');
	// A new timeline entry is posted "now": the page's clock is the tests' fixed instant.
	await expect(added.getByRole('textbox', { name: 'Posted at' })).toHaveValue('2026-11-23T12:00');
	await choose(page, added.getByRole('combobox', { name: 'Status' }), 'Fixed, monitoring');
	await added
		.getByRole('textbox', { name: 'Note' })
		.fill('GlobalProtect 6.3.2 is on all laptops. We are watching for drops before we close this.');
	await save(page);
	expect(elsewhere).toEqual([]);

	const after = readRepo(KE_0040);
	const old = readEntry(before);
	const saved = readEntry(after);
	expect(saved.body).toBe(old.body);
	const changed = Object.keys({ ...old.data, ...saved.data }).filter(
		(key) => JSON.stringify(old.data[key]) !== JSON.stringify(saved.data[key]),
	);
	expect(changed.sort()).toEqual(['status', 'updates']);
	expect(saved.data.status).toBe('monitoring');
	const timeline = saved.data.updates as Array<Record<string, unknown>>;
	expect(timeline.slice(0, -1)).toEqual(old.data.updates);
	expect(timeline.at(-1)).toEqual({
		at: '2026-11-23T12:00:00Z',
		status: 'monitoring',
		note: 'GlobalProtect 6.3.2 is on all laptops. We are watching for drops before we close this.',
	});
	expect(after).toMatch(/^\s+- at: 2026-11-23T12:00:00(\.000)?Z$/m);
});

test('a new known error lands as KE-<next free id>-<slug>.mdx', async ({ page }) => {
	test.setTimeout(90_000);
	const elsewhere = await openEditor(page);
	const create = page.getByRole('button', { name: 'Create New Entry' });
	await expect(async () => {
		await page.getByRole('treeitem', { name: /^Known errors/ }).click();
		await expect(create).toBeVisible({ timeout: 5_000 });
	}).toPass({ timeout: 60_000 });
	await create.click();
	await revealForm(page);
	const form = page.getByRole('group', { name: /Edit .* Content/ }).first();
	await expect(form.getByRole('textbox', { name: 'ID', exact: true })).toHaveValue('KE-0046');
	await form
		.getByRole('textbox', { name: 'Title', exact: true })
		.fill('Teams calls drop on the guest Wi-Fi');
	await form
		.getByRole('textbox', { name: 'Summary', exact: true })
		.fill(
			'Teams calls on the guest Wi-Fi drop after a minute; use Northwind-Staff until it is fixed.',
		);
	await choose(page, form.getByRole('combobox', { name: 'Category', exact: true }), /\(wifi\)$/);
	const updated = form.getByRole('group', { name: /Updated.*Field/ });
	await expect(async () => {
		await updated.getByRole('button', { name: 'Today' }).click();
		await expect(updated.getByRole('textbox').first()).not.toHaveValue('', { timeout: 2_000 });
	}).toPass({ timeout: 20_000 });
	await choose(
		page,
		form.getByRole('combobox', { name: 'Status', exact: true }).first(),
		'Investigating',
	);
	await form.getByRole('radio', { name: 'Minor' }).check();
	const services = form.getByRole('group', { name: /Services.*Field/ });
	if ((await services.getByRole('textbox').count()) === 0)
		await services.getByRole('button', { name: /^Add/ }).click();
	await services.getByRole('textbox').first().fill('Guest Wi-Fi');
	// A click the busy editor loses leaves the field empty, and the save is then refused: again
	// until the time is there.
	const firstSeen = form.getByRole('group', { name: /First seen.*Field/ });
	await expect(async () => {
		await firstSeen.getByRole('button', { name: 'Now' }).click();
		await expect(firstSeen.getByRole('textbox').first()).not.toHaveValue('', { timeout: 2_000 });
	}).toPass({ timeout: 20_000 });
	await form
		.getByRole('textbox', { name: 'Body', exact: true })
		.fill('## Workaround\n\nConnect to **Northwind-Staff** instead of the guest network.\n');
	await save(page);
	expect(elsewhere).toEqual([]);

	const added = listRepo().filter((path) => path.startsWith('content/known-errors/KE-0046'));
	expect(added).toEqual(['content/known-errors/KE-0046-teams-calls-drop-on-the-guest-wi-fi.mdx']);
	const { data, body } = readEntry(readRepo(added[0]!));
	expect(data).toMatchObject({
		id: 'KE-0046',
		title: 'Teams calls drop on the guest Wi-Fi',
		category: 'wifi',
		updated: '2026-11-23',
		status: 'investigating',
		severity: 'minor',
		services: ['Guest Wi-Fi'],
		firstSeen: '2026-11-23T12:00:00Z',
	});
	expect(body).toContain('Connect to **Northwind-Staff** instead of the guest network.');
});

test('a German translation of an untranslated article lands in de/ under its id and its own slug', async ({
	page,
}) => {
	test.setTimeout(90_000);
	const elsewhere = await openEditor(page);
	await openEntry(page, 'Articles', 'KB-1004');
	await page
		.getByRole('radio', { name: /^German/ })
		.first()
		.click();
	await page.getByRole('button', { name: /^Enable.*German/ }).click();
	await revealForm(page);
	const form = page.getByRole('group', { name: /Edit .*German.* Content/ }).first();
	await form
		.getByRole('textbox', { name: 'Title', exact: true })
		.fill('Microsoft Authenticator auf ein neues Smartphone übertragen');
	await form
		.getByRole('textbox', { name: 'Summary', exact: true })
		.fill(
			'Übertragen Sie Microsoft Authenticator auf ein neues Smartphone, ohne den Zugang zu verlieren.',
		);
	await form
		.getByRole('textbox', { name: 'Body', exact: true })
		.fill('## Bevor Sie das alte Smartphone zurücksetzen\n\nSichern Sie zuerst Ihre Konten.\n');
	await save(page);
	expect(elsewhere).toEqual([]);

	const german = listRepo().filter((path) => path.startsWith('content/articles/de/KB-1004'));
	expect(german).toEqual([
		'content/articles/de/KB-1004-microsoft-authenticator-auf-ein-neues-smartphone-uebertragen.mdx',
	]);
	const source = readEntry(
		readRepo('content/articles/KB-1004-move-microsoft-authenticator-to-a-new-phone.mdx'),
	);
	const { data } = readEntry(readRepo(german[0]!));
	expect(data.translatedFrom).toBe(source.data.updated);
	// Only what a translation may hold (the content check would refuse anything else). Enabling a
	// language starts it with the source's tags and aliases, which the translator then rewrites.
	const translationFields = ['id', 'translatedFrom', 'title', 'summary', 'tags', 'aliases'];
	expect(Object.keys(data).filter((key) => !translationFields.includes(key))).toEqual([]);
	expect(data).toMatchObject({
		id: 'KB-1004',
		title: 'Microsoft Authenticator auf ein neues Smartphone übertragen',
	});
});

const KB_1008 = 'content/articles/KB-1008-connect-to-the-office-wi-fi.mdx';
const SCREENSHOT_ALT = 'The Wi-Fi list with Northwind-Staff selected';

test('a screenshot added to KB-1008 lands in articles/images with its alt text, and nothing else in the body changes', async ({
	page,
}) => {
	test.setTimeout(90_000);
	const before = readRepo(KB_1008);
	const elsewhere = await openEditor(page);
	await openEntry(page, 'Articles', 'KB-1008');
	const body = page.getByRole('group', { name: /Body.*Field/ });
	await body.scrollIntoViewIfNeeded();
	// Raw Markdown has no insert buttons: the screenshot button is in rich-text mode.
	await expect(body.getByRole('button', { name: 'Screenshot' })).toBeDisabled();
	await body.getByRole('button', { name: 'Edit in Markdown' }).click();
	// The cursor at the start of the paragraph the screenshot goes above.
	await body
		.getByRole('textbox', { name: 'Body' })
		.getByText('Your Northwind laptop joins Northwind-Staff by itself')
		.click();
	await page.keyboard.press('Home');
	await body.getByRole('button', { name: 'Screenshot' }).click();
	const dialog = page.getByRole('dialog');
	// What a Mac names a screenshot: the editor makes it safe for an address.
	await dialog
		.locator('input[type=file]')
		.first()
		.setInputFiles({
			name: 'Screenshot 2026-11-23 at 12.00.00.png',
			mimeType: 'image/png',
			buffer: readFileSync(join(root, 'test/fixtures/screenshots/articles/images/vpn-sign-in.png')),
		});
	const file = 'Screenshot-2026-11-23-at-12-00-00.png';
	await expect(dialog.getByText(`./images/${file}`)).toBeVisible();
	// The dialog inserts an image without alt text (Sveltia does not hold its required fields there),
	// but the entry is then not saved, and the form says why.
	await dialog.getByRole('button', { name: 'Insert' }).click();
	await expect(dialog).toBeHidden();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await page.getByRole('button', { name: 'Show Errors' }).click();
	await expect(
		page.getByText(
			'A screenshot needs its alt text: say what the picture shows, e.g. “The Wi-Fi list with Northwind-Staff selected”.',
		),
	).toBeVisible();
	// The image in the body opens its dialog again.
	await body
		.getByRole('textbox', { name: 'Body' })
		.getByText('Screenshot', { exact: true })
		.click();
	await dialog.getByRole('textbox', { name: 'Alt text' }).fill(SCREENSHOT_ALT);
	await dialog.getByRole('button', { name: 'Update' }).click();
	await expect(dialog).toBeHidden();
	await save(page);
	expect(elsewhere).toEqual([]);

	expect(listRepo().filter((path) => path.startsWith('content/articles/images/'))).toEqual([
		`content/articles/images/${file}`,
	]);
	const old = readEntry(before);
	const saved = readEntry(readRepo(KB_1008));
	// The whole change: the image's line under the heading, and the blank line that ends its paragraph.
	expect(saved.body).toBe(
		old.body.replace(
			'## Northwind-Staff\n\n',
			`## Northwind-Staff\n\n![${SCREENSHOT_ALT}](./images/${file})\n\n`,
		),
	);
	expect(saved.data).toEqual(old.data);
});

test('the four edits pass npm run check and build once, with the pages readers will see', async ({
	page,
}) => {
	test.setTimeout(180_000);
	const content = join(repo, 'content');
	const check = spawnSync(process.execPath, [join(root, 'scripts/check-content.ts')], {
		cwd: root,
		env: { ...process.env, KB_CONTENT_DIR: content, NO_COLOR: '1' },
		encoding: 'utf8',
	});
	expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);

	const outDir = join(work, 'dist');
	const build = buildPortal(content, outDir);
	expect(build.status, build.output).toBe(0);
	const server: Server = createStaticServer({ root: outDir });
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
	try {
		await page.goto(`${base}/known-errors/vpn-disconnects-after-globalprotect-6-3-update/`);
		const main = page.getByRole('main');
		await expect(
			main.getByText('Fixed, monitoring', { exact: true }).filter({ visible: true }).first(),
		).toBeVisible();
		await expect(
			main.getByText('GlobalProtect 6.3.2 is on all laptops. We are watching for drops'),
		).toBeVisible();

		await page.goto(`${base}/known-errors/teams-calls-drop-on-the-guest-wi-fi/`);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Teams calls drop on the guest Wi-Fi' }),
		).toBeVisible();

		await page.goto(
			`${base}/de/articles/microsoft-authenticator-auf-ein-neues-smartphone-uebertragen/`,
		);
		await expect(
			page.getByRole('heading', {
				level: 1,
				name: 'Microsoft Authenticator auf ein neues Smartphone übertragen',
			}),
		).toBeVisible();

		// The screenshot through Astro's image pipeline: an optimised file, its size, the alt text.
		await page.goto(`${base}/articles/connect-to-the-office-wi-fi/`);
		const image = page.getByRole('main').getByRole('img', { name: SCREENSHOT_ALT });
		await expect(image).toBeVisible();
		await expect(image).toHaveAttribute('src', /^\/_astro\/.+\.webp$/);
		await expect(image).toHaveAttribute('width', /^\d+$/);
		await expect(image).toHaveAttribute('height', /^\d+$/);
		await image.scrollIntoViewIfNeeded();
		await expect
			.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
			.toBeGreaterThan(0);
	} finally {
		await new Promise<void>((done) => server.close(() => done()));
	}
});
