/**
 * Playwright's web server: the run's one build of the sample portal (built here when `npm test` has not
 * built it already), served as a static host would serve it: gzip, and the security headers the build
 * writes to _headers on top of each page's own policy.
 */
import { createStaticServer } from '../scripts/serve.ts';
import { reserveTestPorts } from './ports.ts';
import { SAMPLE_DIST, ensureSampleBuild } from './sample-build.ts';

const ports = await reserveTestPorts();
ensureSampleBuild(ports.receiver);
createStaticServer({ root: SAMPLE_DIST }).listen(ports.site, '127.0.0.1', () => {
	console.log(`Serving the sample portal at http://127.0.0.1:${ports.site}/`);
});
