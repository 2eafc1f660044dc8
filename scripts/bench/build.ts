import { spawn } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { PhaseMark } from '../../src/integrations/build-phases.ts';

/** One cold build: how long it took, the most memory its processes held at once, and its phases. */
export interface BuildRun {
	wallMs: number;
	peakRssBytes: number;
	/** Milliseconds per phase, when the build reported them. */
	phases: Record<string, number>;
	exitCode: number;
	log: string;
}

const PAGE_SIZE = 4096;

/** Folders set aside by `setAside`, to delete once the builds are timed. */
const trash = new Set<string>();
let setAsideCount = 0;

/**
 * Moves `path` out of the way (renamed into `.bench-trash/` beside it) rather than deleting it now;
 * `emptyTrash` deletes it once the builds are timed. Deleting a build folder of thousands of files
 * makes the files written in the next seconds wait while the disk drops the old ones (ext4 mounted with
 * `discard`, as on the benchmark machine): a build timed right after would carry its predecessor's
 * deletion, more so the more files it writes.
 */
export function setAside(path: string): void {
	if (!existsSync(path)) return;
	const folder = join(dirname(path), '.bench-trash');
	mkdirSync(folder, { recursive: true });
	try {
		renameSync(path, join(folder, `${basename(path)}-${process.pid}-${++setAsideCount}`));
		trash.add(folder);
	} catch {
		rmSync(path, { recursive: true, force: true });
	}
}

/** Deletes what `setAside` moved away. */
export function emptyTrash(): void {
	for (const folder of trash) rmSync(folder, { recursive: true, force: true });
	trash.clear();
}

/** The resident memory of `pid` and all its descendants, in bytes (Linux `/proc`). */
export function treeRss(pid: number): number {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name may hold spaces and parentheses: fields start after the last ")".
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(Number(name));
			children.set(ppid, list);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const queue = [pid];
	while (queue.length > 0) {
		const current = queue.pop()!;
		try {
			total += Number(readFileSync(`/proc/${current}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
		} catch {
			// Gone already.
		}
		queue.push(...(children.get(current) ?? []));
	}
	return total;
}

/** Turns the build's phase marks into durations: startup, content sync, bundling, rendering, indexing, other. */
export function phaseDurations(marks: PhaseMark[], wallMs: number): Record<string, number> {
	// The last mark of a name counts: bundling ends when the last bundler build does.
	const at = (name: string) => marks.findLast((mark) => mark.name === name)?.at;
	const span = (from: number | undefined, to: number | undefined) =>
		from === undefined || to === undefined ? 0 : Math.max(0, to - from);
	const configDone = at('config done');
	const synced = at('content synced');
	const bundled = at('bundled');
	const rendered = at('rendered');
	const beforeIndex = at('before index');
	const indexed = at('indexed');
	const phases = {
		'startup and config': configDone ?? 0,
		'content sync': span(configDone, synced),
		bundling: span(synced, bundled),
		rendering: span(bundled, rendered),
		indexing: span(beforeIndex, indexed),
	};
	const known = Object.values(phases).reduce((sum, ms) => sum + ms, 0);
	return { ...phases, other: Math.max(0, wallMs - known) };
}

export interface BuildCommand {
	command: string;
	args: string[];
	cwd: string;
	env: Record<string, string>;
	/** Set aside before the build (`setAside`), so every run is cold. */
	clean: string[];
	/** Where the build writes its phase marks (the portal's KB_BENCH_PHASES), if it does. */
	phasesFile?: string;
}

/** Runs one cold build, sampling the memory of its whole process tree every 50 ms. */
export function runBuild({
	command,
	args,
	cwd,
	env,
	clean,
	phasesFile,
}: BuildCommand): Promise<BuildRun> {
	for (const path of clean) setAside(path);
	if (phasesFile) rmSync(phasesFile, { force: true });
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, {
			cwd,
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let log = '';
		child.stdout.on('data', (chunk) => (log += chunk));
		child.stderr.on('data', (chunk) => (log += chunk));
		let peak = 0;
		const sample = () => {
			if (child.pid) peak = Math.max(peak, treeRss(child.pid));
		};
		const timer = setInterval(sample, 50);
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(timer);
			const wallMs = performance.now() - started;
			const marks: PhaseMark[] =
				phasesFile && existsSync(phasesFile) ? JSON.parse(readFileSync(phasesFile, 'utf8')) : [];
			resolve({
				wallMs,
				peakRssBytes: peak,
				phases: marks.length > 0 ? phaseDurations(marks, wallMs) : {},
				exitCode: code ?? 1,
				log,
			});
		});
	});
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Total bytes and number of files under `dir`. */
export function folderSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	if (!existsSync(dir)) return { bytes, files };
	for (const item of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!item.isFile()) continue;
		bytes += statSync(join(item.parentPath, item.name)).size;
		files++;
	}
	return { bytes, files };
}
