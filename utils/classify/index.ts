/**
 * The comment classifier: obscene language, insults and spam in Russian. Pure TypeScript, no
 * browser APIs; it runs in content scripts, the background worker, the CLI and the benchmark.
 *
 *   text ─▶ normalise (skeleton + offset map) ─▶ word rules (one trigger scan)
 *                                               ├▶ other readings / masked words
 *                                               └▶ spam signals (links, phrases, layout)
 *                                                  └▶ the learned reading, when the rules say less than spam
 *        ─▶ policy (categories, action, reasons) ─▶ Verdict
 *
 * See docs/classifier.md.
 */
export { classify, RULESET_VERSION, warmUp, WORD_RULES } from './classify';
export { classifyThread } from './thread';
export { RULE_IDS } from './ids';
export { normalise } from './normalise';
export { parseWordList } from './wordlist';
export { SPAM_BLACKLIST, SPAM_DELETE } from './policy';
export type { Action, Category, ClassifyOptions, Match, ThreadComment, ThreadVerdict, Verdict } from './types';
export { ACTIONS, CATEGORIES } from './types';
