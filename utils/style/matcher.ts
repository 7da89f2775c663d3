/**
 * Dictionary phrases compiled once into an index keyed by their first word, so that the text is
 * matched in a single pass over its words: a word looks up at most five buckets (its whole
 * key, and its first 1–4 letters for phrases that start with a `*` pattern) and only the
 * phrases found there are tried against the words that follow.
 */
import { KIND_INFO } from './dictionary';
import { keyOf, type Tokenised } from './tokens';
import type { DictionaryEntry, DictionaryKind, Severity } from './types';

export interface ResolvedEntry {
  kind: DictionaryKind;
  name: string;
  hint: string;
  severity: Severity;
  atStart: boolean;
  /** The user's own entry: wins a tie with a built-in one. */
  extra: boolean;
  /** A phrase that is fine as it is («огромное спасибо»): it takes its words and flags nothing. */
  allow: boolean;
}

/** A word of a phrase: a key to compare, or a pattern with `*`. */
type WordMatcher = string | RegExp;

interface Phrase {
  words: WordMatcher[];
  entry: ResolvedEntry;
}

export interface PhraseIndex {
  exact: Map<string, Phrase[]>;
  /** Phrases whose first word is a pattern, by the pattern's first (up to 4) literal letters. */
  prefixed: Map<string, Phrase[]>;
  prefixLengths: number[];
  /** Phrases whose first word starts with `*`: tried at every word. */
  anyFirst: Phrase[];
  size: number;
}

const BUCKET = 4;

/** The canonical spelling of a phrase: keys of its words joined by single spaces. */
export function normalisePhrase(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => keyOf(w))
    .join(' ');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// A key holds nothing but letters, digits and hyphens, so `.*` is "any letters" here; a plain
// pattern also compiles far faster than one with Unicode classes.
function compileWord(word: string): WordMatcher {
  if (!word.includes('*')) return word;
  return new RegExp(`^${word.split('*').map(escapeRegExp).join('.*')}$`);
}

function wordMatches(m: WordMatcher, key: string): boolean {
  return typeof m === 'string' ? m === key : m.test(key);
}

/** Compiles phrase words; null for a phrase with no words. */
export function compilePhrase(phrase: string): WordMatcher[] | null {
  const norm = normalisePhrase(phrase);
  if (!norm || !/[\p{L}\p{N}]/u.test(norm)) return null;
  return norm.split(' ').map(compileWord);
}

export function variantsOf(entry: Pick<DictionaryEntry, 'phrase'>): readonly string[] {
  return typeof entry.phrase === 'string' ? [entry.phrase] : entry.phrase;
}

export function resolveEntry(entry: DictionaryEntry, extra: boolean): ResolvedEntry {
  const info = KIND_INFO[entry.kind];
  return {
    kind: entry.kind,
    name: entry.name?.trim() || info.name,
    hint: entry.hint,
    severity: entry.severity ?? info.severity,
    atStart: entry.atStart ?? false,
    extra,
    allow: false,
  };
}

const ALLOW: ResolvedEntry = { kind: 'bureaucratese', name: '', hint: '', severity: 'low', atStart: false, extra: false, allow: true };

/**
 * Builds the index. `ignored` holds normalised phrases: a variant spelled the same is left out.
 * `allowed` phrases take their words from any shorter entry and flag nothing.
 */
export function compileDictionary(
  entries: readonly { entry: DictionaryEntry; extra: boolean }[],
  ignored: ReadonlySet<string>,
  allowed: readonly string[] = [],
): PhraseIndex {
  const index: PhraseIndex = { exact: new Map(), prefixed: new Map(), prefixLengths: [], anyFirst: [], size: 0 };
  const lengths = new Set<number>();
  const add = (variant: string, entry: ResolvedEntry): void => {
    const words = compilePhrase(variant);
    if (!words) return;
    const phrase: Phrase = { words, entry };
    const first = words[0]!;
    index.size++;
    if (typeof first === 'string') {
      push(index.exact, first, phrase);
      return;
    }
    const literal = normalisePhrase(variant).split(' ')[0]!.split('*')[0]!;
    if (!literal) {
      index.anyFirst.push(phrase);
      return;
    }
    const bucket = literal.slice(0, BUCKET);
    lengths.add(bucket.length);
    push(index.prefixed, bucket, phrase);
  };
  for (const { entry, extra } of entries) {
    const resolved = resolveEntry(entry, extra);
    for (const variant of variantsOf(entry)) if (!ignored.has(normalisePhrase(variant))) add(variant, resolved);
  }
  for (const phrase of allowed) add(phrase, ALLOW);
  index.prefixLengths = [...lengths].sort((a, b) => a - b);
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface PhraseMatch {
  first: number;
  last: number;
  entry: ResolvedEntry;
}

/** The last token of `phrase` matched from token `i`, or -1. */
function tryPhrase(tokens: Tokenised, i: number, phrase: Phrase): number {
  const { words } = phrase;
  if (phrase.entry.atStart && tokens.sentences[tokens.sentence[i]!]!.firstToken !== i) return -1;
  if (!wordMatches(words[0]!, tokens.keys[i]!)) return -1;
  for (let j = 1; j < words.length; j++) {
    const k = i + j;
    if (k >= tokens.count || tokens.joined[k] !== 1 || !wordMatches(words[j]!, tokens.keys[k]!)) return -1;
  }
  return i + words.length - 1;
}

/** Longer wins; then an allowed phrase; then the user's entry; then the one bound to a sentence start. */
function better(a: PhraseMatch, b: PhraseMatch | null): boolean {
  if (!b) return true;
  if (a.last !== b.last) return a.last > b.last;
  if (a.entry.allow !== b.entry.allow) return a.entry.allow;
  if (a.entry.extra !== b.entry.extra) return a.entry.extra;
  return a.entry.atStart && !b.entry.atStart;
}

/** Left to right, the best phrase at each word; matches never overlap. */
export function matchPhrases(tokens: Tokenised, index: PhraseIndex): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  if (index.size === 0) return out;
  const { keys, count } = tokens;
  const lists: (readonly Phrase[])[] = [];
  for (let i = 0; i < count; i++) {
    const key = keys[i]!;
    lists.length = 0;
    const exact = index.exact.get(key);
    if (exact) lists.push(exact);
    for (const n of index.prefixLengths) {
      if (n > key.length) break;
      const bucket = index.prefixed.get(key.slice(0, n));
      if (bucket) lists.push(bucket);
    }
    if (index.anyFirst.length) lists.push(index.anyFirst);
    let best: PhraseMatch | null = null;
    for (const list of lists) {
      for (const phrase of list) {
        const last = tryPhrase(tokens, i, phrase);
        if (last < 0) continue;
        const match = { first: i, last, entry: phrase.entry };
        if (better(match, best)) best = match;
      }
    }
    if (best) {
      out.push(best);
      i = best.last;
    }
  }
  return out;
}

/** Whether the words `first..last` read exactly as one of the phrases. */
export function readsAs(tokens: Tokenised, first: number, last: number, phrases: readonly WordMatcher[][]): boolean {
  const n = last - first + 1;
  outer: for (const words of phrases) {
    if (words.length !== n) continue;
    for (let j = 0; j < n; j++) if (!wordMatches(words[j]!, tokens.keys[first + j]!)) continue outer;
    return true;
  }
  return false;
}
