import { en } from './en.ts';
import { createTranslate } from './format.ts';

/**
 * The portal's text in English, ready to use: for the relay's payload checks (src/lib/handoff-payload.ts)
 * and for tests that read a label. Never imported by browser code: pages pass their own language's
 * text, and the relay's tickets use its configured language (`getTranslate(config.language)`).
 */
export const english = createTranslate('en', en);
