/**
 * One pass that cuts a draft into words, sentences and paragraphs, keeping UTF-16 offsets into
 * the original text so every finding can be highlighted where it was typed.
 *
 * Sentence ends: `.`, `!`, `?`, `…` followed by a space or the end, unless the next word starts
 * with a small letter or the dot closes an abbreviation (`ул.`, `т. д.`) or an initial (`И.`);
 * and a line break, unless the next line goes on with a small letter (a wrapped line). Posts
 * use line breaks where press releases use full stops, so a line is a sentence.
 */
import { ABBREVIATIONS } from './dictionary';

export interface Span {
  start: number;
  end: number;
}

export interface SentenceSpan extends Span {
  firstToken: number;
  lastToken: number;
  /** Tokens that are words (have a letter). */
  words: number;
}

export interface Tokenised {
  text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Lowercase, ё read as е, soft hyphens dropped, composed (NFC). */
  keys: string[];
  /** 1 when the token has a letter; numbers are tokens, not words. */
  word: Uint8Array;
  sentence: Int32Array;
  /** 1 when only spaces separate the token from the previous one, in the same sentence. */
  joined: Uint8Array;
  sentences: SentenceSpan[];
  paragraphs: Span[];
}

// A token starts with a letter or digit: a combining mark alone is an emoji's variation selector.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD]*(?:[-\u2010\u2011][\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD]*)*/gu;
const HAS_LETTER = /\p{L}/u;
const COMBINING = /[\u0300-\u036f\u00AD]/;
const ABBREVIATION_SET = new Set(ABBREVIATIONS);
/** A blank line: a line break, nothing but spaces, a line break. */
const BLANK_LINE = /\n[^\S\n]*\n\s*/g;

/** The key a word is looked up by. Dictionary phrases go through it too. */
export function keyOf(word: string): string {
  let key = word.toLowerCase();
  if (COMBINING.test(key)) key = key.replaceAll('\u00AD', '').normalize('NFC');
  return key.includes('ё') ? key.replaceAll('ё', 'е') : key;
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** What lies between two tokens. */
const Gap = { Joined: 0, Loose: 1, Boundary: 2 } as const;
type Gap = (typeof Gap)[keyof typeof Gap];

/** What lies between two tokens: only spaces, something else, or a sentence end. */
function gapKind(text: string, from: number, to: number, prevKey: string, prevStart: number, next: string, closesList: boolean): Gap {
  let onlySpaces = true;
  let newlines = 0;
  let terminal = false;
  let strongTerminal = false;
  let spaceAfterTerminal = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      newlines++;
      onlySpaces = false;
      if (terminal) spaceAfterTerminal = true;
    } else if (c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a)) {
      if (terminal) spaceAfterTerminal = true;
    } else {
      onlySpaces = false;
      if (c === 46) terminal = true;
      else if (c === 33 || c === 63 || c === 0x2026) {
        terminal = true;
        strongTerminal = true;
      }
    }
  }
  if (onlySpaces) return Gap.Joined;
  if (newlines >= 2) return Gap.Boundary;
  const continues = isLower(next);
  if (newlines === 1 && !continues) return Gap.Boundary;
  if (!terminal || continues) return Gap.Loose;
  // «итоги.Далее» — a stop glued to a capital after a real word still ends the sentence; «vk.com»
  // and «3.5» (small letter, digit) do not, nor «г.Кемерово» (the abbreviation check below).
  if (!spaceAfterTerminal && !(onlyTerminals(text, from, to) && isUpper(next) && from - prevStart >= 2)) return Gap.Loose;
  // «и т. д.», «и др.» close a list and may close the sentence too: a capital after them starts a new one.
  if (!strongTerminal && !closesList && (ABBREVIATION_SET.has(prevKey) || (from - prevStart === 1 && isUpper(text[prevStart]!)))) return Gap.Loose;
  return Gap.Boundary;
}

const OPENING = new Set(['«', '"', '“', '„', '(', '[']);
/** Nothing but stops and closing quotes between the words. */
function onlyTerminals(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!TRAILING.has(text[i]!)) return false;
  return true;
}

const TRAILING = new Set(['.', '!', '?', '…', '»', '"', '”', ')', ']']);

export function tokenise(text: string): Tokenised {
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    keys.push(keyOf(m[0]));
  }
  const count = keys.length;
  const start = Int32Array.from(starts);
  const end = Int32Array.from(ends);
  const word = new Uint8Array(count);
  const sentence = new Int32Array(count);
  const joined = new Uint8Array(count);
  const sentences: SentenceSpan[] = [];

  let current: SentenceSpan | null = null;
  for (let k = 0; k < count; k++) {
    const s = start[k]!;
    const isWord = HAS_LETTER.test(keys[k]!);
    word[k] = isWord ? 1 : 0;
    let gap: Gap = Gap.Boundary;
    if (k > 0) {
      const prevEnd = end[k - 1]!;
      const prev = keys[k - 1]!;
      const before = k > 1 ? keys[k - 2]! : '';
      const closesList = ((prev === 'д' || prev === 'п') && before === 'т') || ((prev === 'др' || prev === 'пр') && before === 'и');
      gap = gapKind(text, prevEnd, s, prev, start[k - 1]!, text[s]!, closesList);
    }
    if (gap === Gap.Boundary || current === null) {
      if (current) sentences.push(close(text, current));
      let from = s;
      const floor = k > 0 ? end[k - 1]! : 0;
      while (from > floor && OPENING.has(text[from - 1]!)) from--;
      current = { start: from, end: end[k]!, firstToken: k, lastToken: k, words: 0 };
    } else {
      joined[k] = gap === Gap.Joined ? 1 : 0;
    }
    current.lastToken = k;
    current.end = end[k]!;
    if (isWord) current.words++;
    sentence[k] = sentences.length;
  }
  if (current) sentences.push(close(text, current));

  return { text, count, start, end, keys, word, sentence, joined, sentences, paragraphs: paragraphsOf(text) };
}

/** A sentence ends after its closing punctuation and quotes. */
function close(text: string, s: SentenceSpan): SentenceSpan {
  let e = s.end;
  while (e < text.length && TRAILING.has(text[e]!)) e++;
  s.end = e;
  return s;
}

/** Blocks of text between blank lines, trimmed. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (const m of text.matchAll(BLANK_LINE)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}
