import { createServer, type AddressInfo, type Server } from 'node:net';

/** Ports nothing on this machine listens on, as the system hands out for port 0; all different. */
export async function getFreePorts(count: number): Promise<number[]> {
	// Every probe stays open until all have a port, so the system cannot hand out one twice.
	const probes = await Promise.all(
		Array.from(
			{ length: count },
			() =>
				new Promise<Server>((resolve, reject) => {
					const probe = createServer();
					probe.on('error', reject);
					probe.listen(0, '127.0.0.1', () => resolve(probe));
				}),
		),
	);
	const ports = probes.map((probe) => (probe.address() as AddressInfo).port);
	await Promise.all(probes.map((probe) => new Promise((done) => probe.close(done))));
	return ports;
}

/**
 * The ports of one test run, chosen once by whoever starts first (`npm test`, or Playwright's config when
 * it runs alone) and handed down in the environment, so every process agrees: the sample portal's static
 * server, and the test ticket receiver its build sends tickets to.
 */
export async function reserveTestPorts(): Promise<{ site: number; receiver: number }> {
	if (!process.env.KB_TEST_PORT || !process.env.KB_TEST_RECEIVER_PORT) {
		const [site, receiver] = await getFreePorts(2);
		process.env.KB_TEST_PORT ??= String(site);
		process.env.KB_TEST_RECEIVER_PORT ??= String(receiver);
	}
	return {
		site: Number(process.env.KB_TEST_PORT),
		receiver: Number(process.env.KB_TEST_RECEIVER_PORT),
	};
}
