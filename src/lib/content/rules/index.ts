import type { Problem } from '../problem.ts';
import { bodyContent } from './body-content.ts';
import { bodyImages } from './body-images.ts';
import type { CrossEntryRule, RuleContext } from './context.ts';
import { emptyBody } from './empty-body.ts';
import { knownCategory } from './known-category.ts';
import { noticeLinks } from './notice-links.ts';
import { overdueUpdate } from './overdue-update.ts';
import { previousSlugs } from './previous-slugs.ts';
import { relatedEntries } from './related-entries.ts';
import { sharedAliases } from './shared-aliases.ts';
import { staleReview } from './stale-review.ts';
import { startHere } from './start-here.ts';
import { supportMatrixLinks } from './support-matrix-links.ts';
import { uniqueIds } from './unique-ids.ts';
import { uniqueSlugs } from './unique-slugs.ts';
import { translationSources } from './translation-sources.ts';
import { translationSlugs } from './translation-slugs.ts';
import { translationSupportMatrix } from './translation-support-matrix.ts';
import { staleTranslation } from './stale-translation.ts';
import { noticeTranslations } from './notice-translations.ts';
import { troubleshooters } from './troubleshooters.ts';

/**
 * The rules across entries, in the order they run. Problems are sorted by file and line afterwards;
 * two on the same line of a file keep this order.
 */
const RULES: readonly CrossEntryRule[] = [
	uniqueIds,
	uniqueSlugs,
	previousSlugs,
	knownCategory,
	relatedEntries,
	supportMatrixLinks,
	staleReview,
	overdueUpdate,
	noticeLinks,
	sharedAliases,
	emptyBody,
	bodyContent,
	bodyImages,
	troubleshooters,
	startHere,
	translationSources,
	translationSlugs,
	translationSupportMatrix,
	staleTranslation,
	noticeTranslations,
];

/** Every problem the rules across entries find, rule by rule. */
export function checkCrossEntryRules(context: RuleContext): Problem[] {
	return RULES.flatMap((rule) => rule(context));
}
