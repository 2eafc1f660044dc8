import { en } from './en.ts';
import { createTranslate } from './format.ts';

/**
 * The portal's text in English, for code that speaks to the helpdesk rather than to a reader (the
 * relay's checks) and for tests. Never imported by browser code: pages pass their own language's text.
 */
export const english = createTranslate('en', en);
