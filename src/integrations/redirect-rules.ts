import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatNetlifyRedirects, formatNginxRedirects, type Redirect } from '../lib/redirects.ts';

/**
 * Writes the portal's redirects (short links and old slugs) as rules real hosts answer with a 301:
 * `_redirects` (Netlify, Cloudflare Pages) and `nginx-redirects.conf` (an nginx `include`). The static
 * redirect pages keep working on hosts that use neither.
 */
export function redirectRules(redirects: Redirect[]): AstroIntegration {
	return {
		name: 'kb:redirect-rules',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				writeFileSync(join(out, '_redirects'), formatNetlifyRedirects(redirects));
				writeFileSync(join(out, 'nginx-redirects.conf'), formatNginxRedirects(redirects));
				logger.info(`${redirects.length} redirects written to _redirects and nginx-redirects.conf`);
			},
		},
	};
}
