/**
 * The style check of a draft: pure, synchronous, no network. Built to run on every (debounced)
 * keystroke: the dictionary is compiled once per set of options and cached, and a check is one
 * tokenising pass plus one pass per rule over the words (a 4,000-character draft in about half a
 * millisecond; `npm run bench -- style`).
 */
import { BUILTIN_ALLOWED, BUILTIN_DICTIONARY, DEFAULT_MAX_PARAGRAPH_CHARS, DEFAULT_MAX_SENTENCE_WORDS } from './dictionary';
import { compileDictionary, compilePhrase, matchPhrases, normalisePhrase, readsAs, variantsOf, type PhraseIndex } from './matcher';
import { caps, genitiveChains, longSentences, passives, walls, type RawFinding } from './rules';
import { clarityScore, penaltyOf, readabilityScore, smoothedEase, syllablesOf } from './score';
import { tokenise } from './tokens';
import { DICTIONARY_KINDS, FINDING_KINDS, SEVERITIES, type DictionaryEntry, type ExtraEntry, type Finding, type FindingKind, type StyleOptions, type StyleReport } from './types';

export type StyleChecker = (text: string) => StyleReport;

interface Compiled {
  index: PhraseIndex;
  /** Ignore phrases that are not dictionary phrases: they drop findings that read the same. */
  ignoreReadings: NonNullable<ReturnType<typeof compilePhrase>>[];
  enabled: Set<FindingKind>;
  maxSentenceWords: number;
  maxParagraphChars: number;
}

/**
 * The composer passes the user's dictionary straight from storage, without zod: an entry that
 * is not what the type says is skipped rather than let through to the findings.
 */
function isExtraEntry(e: unknown): e is ExtraEntry {
  if (typeof e !== 'object' || e === null) return false;
  const { phrase, kind, hint, name, severity } = e as Record<string, unknown>;
  return (
    typeof phrase === 'string' &&
    typeof hint === 'string' &&
    hint.trim() !== '' &&
    (DICTIONARY_KINDS as readonly unknown[]).includes(kind) &&
    (name === undefined || typeof name === 'string') &&
    (severity === undefined || (SEVERITIES as readonly unknown[]).includes(severity))
  );
}

function compile(options: StyleOptions): Compiled {
  const ignored = new Set((Array.isArray(options.ignore) ? options.ignore : []).filter((p) => typeof p === 'string').map(normalisePhrase).filter(Boolean));
  const entries: { entry: DictionaryEntry; extra: boolean }[] = [
    ...(Array.isArray(options.extra) ? options.extra : []).filter(isExtraEntry).map((entry) => ({ entry, extra: true })),
    ...BUILTIN_DICTIONARY.map((entry) => ({ entry, extra: false })),
  ];
  const dictionaryPhrases = new Set(entries.flatMap(({ entry }) => variantsOf(entry).map(normalisePhrase)));
  // An ignored phrase the dictionary does not have: its words are fine, whatever would flag them.
  const ignoredReadings = [...ignored].filter((p) => !dictionaryPhrases.has(p));
  const enabled = new Set(FINDING_KINDS.filter((k) => !options.disable?.includes(k)));
  return {
    index: compileDictionary(
      entries.filter(({ entry }) => enabled.has(entry.kind)),
      ignored,
      [...BUILTIN_ALLOWED, ...ignoredReadings],
    ),
    ignoreReadings: ignoredReadings.map(compilePhrase).filter((w) => w !== null),
    enabled,
    maxSentenceWords: positive(options.maxSentenceWords, DEFAULT_MAX_SENTENCE_WORDS),
    maxParagraphChars: positive(options.maxParagraphChars, DEFAULT_MAX_PARAGRAPH_CHARS),
  };
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

function run(c: Compiled, text: string): StyleReport {
  const tokens = tokenise(text);
  const raws: RawFinding[] = [];
  const covered = new Uint8Array(tokens.count);

  for (const m of matchPhrases(tokens, c.index)) {
    const e = m.entry;
    covered.fill(1, m.first, m.last + 1);
    if (e.allow) continue;
    raws.push({ start: tokens.start[m.first]!, end: tokens.end[m.last]!, kind: e.kind, name: e.name, hint: e.hint, severity: e.severity, first: m.first, last: m.last });
  }
  if (c.enabled.has('passive')) {
    // A dictionary entry at the same words knows better what to say.
    for (const f of passives(tokens)) if (!covered.subarray(f.first, f.last + 1).includes(1)) raws.push(f);
  }
  if (c.enabled.has('genitive-chain')) raws.push(...genitiveChains(tokens));
  if (c.enabled.has('caps')) raws.push(...caps(tokens));
  if (c.enabled.has('long-sentence')) raws.push(...longSentences(tokens, c.maxSentenceWords));
  if (c.enabled.has('wall')) raws.push(...walls(tokens, c.maxParagraphChars));

  const kept = c.ignoreReadings.length ? raws.filter((f) => f.first < 0 || !readsAs(tokens, f.first, f.last, c.ignoreReadings)) : raws;
  const findings: Finding[] = kept
    .map((f) => ({ start: f.start, end: f.end, kind: f.kind, name: f.name, hint: f.hint, severity: f.severity, text: text.slice(f.start, f.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);

  let words = 0;
  let syllables = 0;
  for (let k = 0; k < tokens.count; k++) {
    if (tokens.word[k] !== 1) continue;
    words++;
    syllables += syllablesOf(tokens.keys[k]!);
  }
  const sentences = tokens.sentences.filter((s) => s.words > 0).length;
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  for (const f of findings) byKind[f.kind]++;
  const ease = smoothedEase(words, sentences, syllables);
  const penalty = penaltyOf(findings, words);
  return {
    findings,
    scores: { clarity: clarityScore(penalty), readability: readabilityScore(ease) },
    stats: {
      chars: text.length,
      words,
      sentences,
      paragraphs: tokens.paragraphs.length,
      syllables,
      wordsPerSentence: sentences ? words / sentences : 0,
      syllablesPerWord: words ? syllables / words : 0,
      readingEase: ease,
      penalty,
      byKind,
    },
  };
}

/** A checker with `options` compiled once: for a caller that keeps its options. */
export function createStyleChecker(options: StyleOptions = {}): StyleChecker {
  const compiled = compile(options);
  return (text) => run(compiled, text);
}

const CACHE_SIZE = 8;
const cache = new Map<string, StyleChecker>();

/**
 * Checks a draft's style. Compiled options are cached (by value), so calling this on every
 * keystroke with the same options compiles nothing.
 */
export function checkStyle(text: string, options: StyleOptions = {}): StyleReport {
  const key = JSON.stringify(options);
  let checker = cache.get(key);
  if (!checker) {
    checker = createStyleChecker(options);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, checker);
  }
  return checker(text);
}
