/**
 * Runs one task at a time of those that only look ahead (a search while someone types): a newer task
 * replaces any still waiting its turn, so typing fast costs at most the task in progress and the
 * latest. A task that fails is dropped; the next still runs.
 */
export function createLatestRunner(): (task: () => Promise<unknown>) => void {
	let running = false;
	let waiting: (() => Promise<unknown>) | undefined;
	const start = (task: () => Promise<unknown>) => {
		running = true;
		void Promise.resolve()
			.then(task)
			.catch(() => undefined)
			.finally(() => {
				running = false;
				const next = waiting;
				waiting = undefined;
				if (next) start(next);
			});
	};
	return (task) => {
		if (running) waiting = task;
		else start(task);
	};
}
