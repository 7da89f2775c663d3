/**
 * The press officer's style check: bureaucratese, press-release openings, genitive chains,
 * passive forms, clichés, long sentences, walls of text and capitals, with two 0–10 scores.
 * Pure TypeScript, no browser APIs, no zod (content scripts load it), nothing leaves the device.
 *
 *   text ─▶ tokenise (words, sentences, paragraphs; original offsets)
 *        ─▶ dictionary phrases (one index lookup a word) ─┐
 *        ─▶ rules: passive, genitive chains, caps, long ──┴▶ findings ─▶ scores
 *
 * See docs/style.md.
 */
export { checkStyle, createStyleChecker, type StyleChecker } from './check';
export { BUILTIN_DICTIONARY, KIND_INFO } from './dictionary';
export { BLOCK_KINDS, segmentsOf, type Segment } from './segments';
export { DEFAULT_HINT, formatDictionaryLines, parseDictionaryLines, type DictionaryLineError, type UserDictionary } from './user';
export { DICTIONARY_KINDS, FINDING_KINDS, SEVERITIES } from './types';
export type { DictionaryEntry, DictionaryKind, ExtraEntry, Finding, FindingKind, Severity, StyleOptions, StyleReport, StyleStats } from './types';
