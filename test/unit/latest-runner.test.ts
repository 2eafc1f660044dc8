import { describe, expect, test } from 'vitest';
import { createLatestRunner } from '../../src/lib/latest-runner.ts';

/** A task that records its start and finishes when told. */
function deferredTask(name: string, started: string[]) {
	let finish!: () => void;
	let fail!: (error: Error) => void;
	const done = new Promise<void>((resolve, reject) => {
		finish = resolve;
		fail = reject;
	});
	return {
		run: () => {
			started.push(name);
			return done;
		},
		finish: () => finish(),
		fail: (error: Error) => fail(error),
	};
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLatestRunner', () => {
	test('runs a task at once when nothing runs', async () => {
		const started: string[] = [];
		const run = createLatestRunner();
		const a = deferredTask('o', started);
		run(a.run);
		await settle();
		expect(started).toEqual(['o']);
	});

	test('while one runs, only the newest of those that come meanwhile runs after it', async () => {
		const started: string[] = [];
		const run = createLatestRunner();
		const [a, b, c, d] = ['onedr', 'onedri', 'onedriv', 'onedrive'].map((name) =>
			deferredTask(name, started),
		);
		run(a!.run);
		await settle();
		run(b!.run);
		run(c!.run);
		run(d!.run);
		await settle();
		expect(started).toEqual(['onedr']);
		a!.finish();
		await settle();
		expect(started).toEqual(['onedr', 'onedrive']);
		d!.finish();
		await settle();
		expect(started).toEqual(['onedr', 'onedrive']);
	});

	test('a task that fails, or throws, does not stop the next', async () => {
		const started: string[] = [];
		const run = createLatestRunner();
		const a = deferredTask('vpn', started);
		run(a.run);
		run(deferredTask('vpn drops', started).run);
		a.fail(new Error('offline'));
		await settle();
		expect(started).toEqual(['vpn', 'vpn drops']);

		const other = createLatestRunner();
		other(() => {
			started.push('throws');
			throw new Error('no index');
		});
		other(deferredTask('teams', started).run);
		await settle();
		expect(started.slice(2)).toEqual(['throws', 'teams']);
	});
});
