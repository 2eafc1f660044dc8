/**
 * Result rows that load their details only once they come into view: the header's panel and the
 * search page lay out a row per result, and a search fetches the details of the rows a reader sees.
 */

/** A result's row until its details load: as tall as a result, so only rows in view load theirs. */
export function renderPendingResult(): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'kb-result kb-result--pending';
	item.setAttribute('aria-busy', 'true');
	return item;
}

/**
 * Fills `rows` (pending results, already in the page) with their hits' details: the first `eager`
 * at once, the others as they come into view (the panel's or the page's scrolling included), so a
 * search fetches the details of the results a reader sees, not of those below the fold. Resolves
 * once the rows in view at the start are filled; `signal` stops it when a newer search replaces them.
 */
export function fillWhenSeen<T>(
	rows: HTMLLIElement[],
	hits: { data: () => Promise<T> }[],
	render: (data: T) => HTMLLIElement,
	{
		eager = 1,
		until = 'seen',
		signal,
	}: {
		eager?: number;
		/** Resolve once the eager rows are filled, or once the rows in view at the start are. */
		until?: 'eager' | 'seen';
		signal: AbortSignal;
	},
): Promise<void> {
	const fill = async (index: number) => {
		const data = await hits[index]!.data();
		const row = rows[index]!;
		if (!signal.aborted && row.isConnected) row.replaceWith(render(data));
	};
	const first = rows.slice(0, eager).map((_, index) => fill(index));
	const rest = rows.slice(eager);
	const filled = Promise.all(first).then(() => undefined);
	if (rest.length === 0 || signal.aborted) return filled;
	// Observed once the eager rows have their own height, so the rows below are where they will be.
	const seen = new Promise<void>((resolve) => {
		let initial = true;
		const observer = new IntersectionObserver((entries) => {
			const inView: Promise<void>[] = [];
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				inView.push(fill(rows.indexOf(entry.target as HTMLLIElement)));
			}
			// The first report covers every row: those in view then are what the reader sees first.
			if (initial)
				void Promise.all([...first, ...inView]).then(
					() => resolve(),
					() => resolve(),
				);
			initial = false;
		});
		signal.addEventListener('abort', () => {
			observer.disconnect();
			resolve();
		});
		void filled.finally(() => {
			if (!signal.aborted) for (const row of rest) observer.observe(row);
		});
	});
	return until === 'eager' ? filled : seen;
}
