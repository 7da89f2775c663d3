/**
 * The findings no word list can give: chains of genitive nouns, passive forms by their endings,
 * sentences and paragraphs too long for a feed, words in capitals. Each rule walks the tokens
 * once; the tables they read are in `dictionary.ts`.
 */
import { CAPS_MAX_ABBREVIATION, GENITIVE, KIND_INFO, PASSIVE } from './dictionary';
import type { Tokenised } from './tokens';
import type { FindingKind, Severity } from './types';

/** A finding before its text is cut out; `first`/`last` are tokens when it covers words. */
export interface RawFinding {
  start: number;
  end: number;
  kind: FindingKind;
  name: string;
  hint: string;
  severity: Severity;
  first: number;
  last: number;
}

function raw(tokens: Tokenised, first: number, last: number, kind: FindingKind, hint: string, name = KIND_INFO[kind].name): RawFinding {
  return { start: tokens.start[first]!, end: tokens.end[last]!, kind, name, hint, severity: KIND_INFO[kind].severity, first, last };
}

const endingRe = (endings: readonly string[]): RegExp => new RegExp(`(?:${[...endings].sort((a, b) => b.length - a.length).join('|')})$`);

const NOUN = endingRe(GENITIVE.nounEndings);
const GENITIVE_NOUN = endingRe(GENITIVE.genitiveEndings);
const GENITIVE_ADJECTIVE = endingRe(GENITIVE.adjectiveEndings);
const GENITIVE_WORDS = new Set<string>(GENITIVE.genitiveWords);
const NOT_NOUNS = new Set<string>(GENITIVE.notNouns);

function isCapitalised(tokens: Tokenised, k: number): boolean {
  const ch = tokens.text[tokens.start[k]!]!;
  return ch !== ch.toLowerCase();
}

export function isGenitiveNoun(tokens: Tokenised, k: number): boolean {
  const key = tokens.keys[k]!;
  if (NOT_NOUNS.has(key)) return false;
  if (GENITIVE_WORDS.has(key)) return true;
  if (key.length < GENITIVE.minLength) return false;
  if (GENITIVE_NOUN.test(key)) return true;
  // -ов/-ев with a capital is a surname in the nominative (Иванов), not «депутатов».
  return key.length >= GENITIVE.ovMinLength && (key.endsWith('ов') || key.endsWith('ев')) && !isCapitalised(tokens, k);
}

function isNoun(tokens: Tokenised, k: number): boolean {
  const key = tokens.keys[k]!;
  return isGenitiveNoun(tokens, k) || (key.length >= GENITIVE.minLength && !NOT_NOUNS.has(key) && NOUN.test(key));
}

function isGenitiveAdjective(tokens: Tokenised, k: number): boolean {
  const key = tokens.keys[k]!;
  return key.length >= GENITIVE.minLength && !NOT_NOUNS.has(key) && GENITIVE_ADJECTIVE.test(key);
}

const CHAIN_HINT = 'Разбейте цепочку: замените одно из слов глаголом. «Обеспечение повышения качества услуг» → «чтобы услуги стали лучше».';

/**
 * A noun followed, with nothing but spaces between, by two or more genitive nouns (genitive
 * adjectives may stand between them): «обеспечение повышения качества оказания услуг».
 */
export function genitiveChains(tokens: Tokenised): RawFinding[] {
  const out: RawFinding[] = [];
  const n = tokens.count;
  let i = 0;
  while (i < n) {
    if (!isNoun(tokens, i)) {
      i++;
      continue;
    }
    let nouns = 1;
    let last = i;
    let j = i + 1;
    while (j < n && tokens.joined[j] === 1) {
      if (isGenitiveNoun(tokens, j)) {
        nouns++;
        last = j;
      } else if (!isGenitiveAdjective(tokens, j)) break;
      j++;
    }
    if (nouns >= 3) {
      out.push(raw(tokens, i, last, 'genitive-chain', CHAIN_HINT));
      i = last + 1;
    } else i++;
  }
  return out;
}

const AUXILIARIES = new Set<string>(PASSIVE.auxiliaries);
const NOT_PARTICIPLES = new Set<string>(PASSIVE.notParticiples);
const NOT_PASSIVE = new Set<string>(PASSIVE.notPassive);
const COLLECTIVE_NOUN = /мен[аоы]$/;
const PARTICIPLE_HINT = 'Кто это сделал? Назовите: «было принято решение» → «глава решил», «проведено собрание» → «собрались».';
const REFLEXIVE_HINT = 'Скажите, кто делает: «планируется ремонт» → «будем ремонтировать», «реализуется проект» → «строим…».';

function isStandaloneParticiple(key: string): boolean {
  if (NOT_PARTICIPLES.has(key) || COLLECTIVE_NOUN.test(key)) return false;
  for (const [ending, min] of PASSIVE.standalone) if (key.length >= min && key.endsWith(ending)) return true;
  return false;
}

/** Short passive participles («было принято», «проведено») and passive -ся verbs («планируется»). */
export function passives(tokens: Tokenised): RawFinding[] {
  const out: RawFinding[] = [];
  const { keys, count } = tokens;
  for (let k = 0; k < count; k++) {
    const key = keys[k]!;
    if (AUXILIARIES.has(key) && k + 1 < count && tokens.joined[k + 1] === 1) {
      const next = keys[k + 1]!;
      if (next.length >= 5 && !NOT_PARTICIPLES.has(next) && !COLLECTIVE_NOUN.test(next) && PASSIVE.afterAuxiliary.test(next)) {
        out.push(raw(tokens, k, k + 1, 'passive', PARTICIPLE_HINT));
        k++;
        continue;
      }
    }
    if (isStandaloneParticiple(key)) {
      out.push(raw(tokens, k, k, 'passive', PARTICIPLE_HINT));
    } else if (key.length >= 6 && !NOT_PASSIVE.has(key) && PASSIVE.reflexiveEndings.some((e) => key.endsWith(e))) {
      out.push(raw(tokens, k, k, 'passive', REFLEXIVE_HINT));
    }
  }
  return out;
}

function lettersOf(word: string): { letters: number; upper: boolean } {
  let letters = 0;
  let lower = 0;
  for (const ch of word) {
    const lc = ch.toLowerCase();
    const uc = ch.toUpperCase();
    if (lc === uc) continue;
    letters++;
    if (ch === lc) lower++;
  }
  return { letters, upper: letters > 0 && lower === 0 };
}

const CAPS_HINT = 'Заглавными буквами в ленте кричат. Напишите обычными; аббревиатуры вроде МЧС и ЖКХ можно.';

/**
 * Runs of words in capitals within a sentence, when a word is longer than an abbreviation
 * (МЧС, ЖКХ, ГИБДД are fine) or three words of two letters or more shout together.
 */
export function caps(tokens: Tokenised): RawFinding[] {
  const out: RawFinding[] = [];
  const { text, count } = tokens;
  let runFirst = -1;
  let runLast = -1;
  let long = false;
  let words = 0;
  const flush = (): void => {
    if (runFirst >= 0 && (long || words >= 3)) out.push(raw(tokens, runFirst, runLast, 'caps', CAPS_HINT));
    runFirst = -1;
    long = false;
    words = 0;
  };
  for (let k = 0; k < count; k++) {
    if (runFirst >= 0 && tokens.sentence[k] !== tokens.sentence[runLast]) flush();
    const first = text[tokens.start[k]!]!;
    // Most words start with a small letter: no need to look at the rest.
    if (first !== first.toUpperCase()) {
      flush();
      continue;
    }
    const { letters, upper } = lettersOf(text.slice(tokens.start[k]!, tokens.end[k]!));
    if (!upper) {
      if (letters > 0) flush();
      continue;
    }
    // A lone capital letter («В парке») is a sentence's first word, not shouting.
    if (letters < 2 && runFirst < 0) continue;
    if (runFirst < 0) runFirst = k;
    if (letters < 2) continue;
    runLast = k;
    words++;
    if (letters > CAPS_MAX_ABBREVIATION) long = true;
  }
  flush();
  return out;
}

/** Sentences with more words than `max`. */
export function longSentences(tokens: Tokenised, max: number): RawFinding[] {
  return tokens.sentences
    .filter((s) => s.words > max)
    .map((s) => ({
      ...raw(tokens, s.firstToken, s.lastToken, 'long-sentence', `Слов в предложении: ${s.words}. В ленте читают фразы до ${max} слов: разбейте на две-три.`),
      start: s.start,
      end: s.end,
    }));
}

/** Paragraphs longer than `max` characters without a blank line. */
export function walls(tokens: Tokenised, max: number): RawFinding[] {
  const out: RawFinding[] = [];
  for (const p of tokens.paragraphs) {
    const length = p.end - p.start;
    if (length <= max) continue;
    const info = KIND_INFO.wall;
    out.push({
      start: p.start,
      end: p.end,
      kind: 'wall',
      name: info.name,
      hint: `Знаков без пустой строки: ${length}. Разбейте на абзацы по 2–4 предложения и оставьте между ними пустую строку.`,
      severity: info.severity,
      first: -1,
      last: -1,
    });
  }
  return out;
}
