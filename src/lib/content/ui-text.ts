import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkCatalog, getShippedCatalog } from '../../i18n/index.ts';
import { FileProblems } from './file-problems.ts';
import type { Problem } from './problem.ts';
import type { LanguageData } from './report.ts';
import { uiTextFile } from './site-data.ts';

/**
 * The portal's own text in each language, checked: what ships with the portal and the content
 * folder's `ui/<lang>.yaml` over it must give every key, with the count forms the language needs (a
 * language the portal does not ship must give it all). Apart from reading the site's data, so the
 * build's content collections read it without loading every shipped catalog.
 */
export function checkLanguageText(
	contentDir: string,
	languageData: Readonly<Record<string, LanguageData>>,
	show: (path: string) => string,
	problems: Problem[],
): void {
	for (const [lang, { ui }] of Object.entries(languageData)) {
		const uiPath = join(contentDir, `${uiTextFile(lang)}.yaml`);
		const shipped = getShippedCatalog(lang);
		// A problem is the override file's, else the shipped catalog's, else site.yaml's (no text at all).
		const where = existsSync(uiPath)
			? show(uiPath)
			: shipped
				? `src/i18n/${lang.toLowerCase().split('-')[0]}.ts`
				: show(join(contentDir, 'site.yaml'));
		const file = new FileProblems(where, problems);
		for (const message of checkCatalog(lang, { ...shipped, ...ui }))
			file.error(
				shipped || ui
					? message
					: `${message}. The portal's own text does not ship in ${lang}: write every string in content/ui/${lang}.yaml`,
				existsSync(uiPath) || shipped ? undefined : 'languages',
			);
	}
}
