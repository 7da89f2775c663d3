/**
 * What the style check reports. The acts ask official pages for a conversational
 * social-network style, without press-release format or bureaucratese (канцелярит):
 * Novokuznetsk No. 59, p. 2.4; Altai No. 133, p. 9.
 */

/** What kind of problem a finding is. */
export type FindingKind =
  | 'bureaucratese'
  | 'press-release'
  | 'genitive-chain'
  | 'passive'
  | 'cliche'
  | 'long-sentence'
  | 'wall'
  | 'caps';

export const FINDING_KINDS: readonly FindingKind[] = [
  'bureaucratese',
  'press-release',
  'genitive-chain',
  'passive',
  'cliche',
  'long-sentence',
  'wall',
  'caps',
];

/** How much a finding costs the clarity score (see docs/style.md). */
export type Severity = 'high' | 'medium' | 'low';

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

export interface Finding {
  /** UTF-16 offsets into the original text: `text.slice(start, end)` is what to highlight. */
  start: number;
  end: number;
  kind: FindingKind;
  /** Short Russian name («Канцелярит», «Длинное предложение»). */
  name: string;
  /** How to say it simply, in Russian. */
  hint: string;
  severity: Severity;
  /** The text found, as written (`text.slice(start, end)`). */
  text: string;
}

export interface StyleStats {
  /** UTF-16 length of the text. */
  chars: number;
  /** Words with at least one letter (numbers are not words here). */
  words: number;
  sentences: number;
  /** Blocks separated by a blank line. */
  paragraphs: number;
  /** Vowels of the words: one vowel, one syllable. */
  syllables: number;
  /** Words per sentence, and syllables per word (0 when there are no words). */
  wordsPerSentence: number;
  syllablesPerWord: number;
  /** Oborneva's reading ease for Russian, unclamped (higher is easier), on the counts plus ten plain words (docs/style.md). */
  readingEase: number;
  /** Clarity penalty: severity-weighted findings per 100 words (at least 30 words counted). */
  penalty: number;
  /** Findings of each kind. */
  byKind: Record<FindingKind, number>;
}

export interface StyleReport {
  /** In text order (by start, then longer first). */
  findings: Finding[];
  /** 0–10, one decimal; 10 is best. */
  scores: { clarity: number; readability: number };
  stats: StyleStats;
}

/**
 * A dictionary entry: the built-in dictionary and the user's additions have this shape.
 *
 * `phrase` is one or more words, case and ё not minded. In a word, `*` stands for any letters
 * (none included): `осуществл*` matches «осуществлять», «осуществлялось», «осуществление»;
 * `явля*ся` matches «является», «являющихся». Several spellings of one entry go in an array.
 */
export interface DictionaryEntry {
  phrase: string | readonly string[];
  kind: DictionaryKind;
  /** Short Russian name; the kind's name when absent. */
  name?: string;
  hint: string;
  /** The kind's severity when absent. */
  severity?: Severity;
  /** Only at the start of a sentence (or of the text). */
  atStart?: boolean;
}

/** Kinds a dictionary entry may have; the other kinds are found by rules, not words. */
export type DictionaryKind = 'bureaucratese' | 'press-release' | 'passive' | 'cliche';

export const DICTIONARY_KINDS: readonly DictionaryKind[] = ['bureaucratese', 'press-release', 'passive', 'cliche'];

/** The user's addition to the dictionary (`options.extra`). */
export interface ExtraEntry {
  phrase: string;
  kind: DictionaryKind;
  hint: string;
  name?: string;
  severity?: Severity;
}

export interface StyleOptions {
  /** More phrases to flag; they win over built-in entries at the same place. */
  extra?: readonly ExtraEntry[];
  /**
   * Never flag these: a phrase equal to a built-in entry's phrase (`в рамках`, `осуществл*`)
   * drops that entry; any other phrase drops findings whose text reads the same
   * (case and ё not minded), whatever found them.
   */
  ignore?: readonly string[];
  /** Kinds not to look for at all. */
  disable?: readonly FindingKind[];
  /** A sentence with more words than this is too long for a feed (default 25). */
  maxSentenceWords?: number;
  /** A paragraph with more characters than this, without a blank line, is a wall (default 500). */
  maxParagraphChars?: number;
}
