/**
 * The two 0–10 scores. Formulas and their reasons: docs/style.md.
 *
 *   clarity     = 10 − 0.4 × penalty,   penalty = 100 × Σ weight(finding) / max(words, 30)
 *   readability = (readingEase + 10) / 7.5,
 *   readingEase = 206.835 − 1.3 × words/sentence − 60.1 × syllables/word  (10 plain words added: smoothedEase)
 *
 * both clamped to 0–10 and rounded to one decimal. The reading ease is Oborneva's adaptation of
 * Flesch's formula to Russian; a syllable is a vowel. Russian words are long (2.2–2.6 syllables
 * in a plain post), so plain posts land at 40–65 on that scale, not Flesch's English 60–90; the
 * mapping puts a plain post (10 words a sentence, 2.4 syllables a word: ease ≈ 50) at 8 and a
 * press release (25 words, 3.2 syllables: ease ≈ −18) at 0.
 */
import type { Finding, Severity } from './types';

export const SEVERITY_WEIGHT: Record<Severity, number> = { high: 2, medium: 1, low: 0.5 };
/** Clarity lost per weighted finding per 100 words. */
export const CLARITY_SLOPE = 0.4;
/** Short posts count as this many words, so that one slip in ten words does not sink them. */
export const MIN_WORDS = 30;

/** 1 at the char code of a vowel, either case (Cyrillic and Latin; all below U+0460). */
const VOWEL = new Uint8Array(0x460);
for (const ch of 'аеёиоуыэюяaeiouy') VOWEL[ch.charCodeAt(0)] = VOWEL[ch.toUpperCase().charCodeAt(0)] = 1;

export function syllablesOf(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x460) n += VOWEL[c]!;
  }
  return n;
}

export function penaltyOf(findings: readonly Pick<Finding, 'severity'>[], words: number): number {
  let weight = 0;
  for (const f of findings) weight += SEVERITY_WEIGHT[f.severity];
  return (100 * weight) / Math.max(words, MIN_WORDS);
}

export function readingEase(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 100;
  return 206.835 - 1.3 * (words / sentences) - 60.1 * (syllables / words);
}

/**
 * Ten words of a plain post (2.4 syllables a word, 10 words a sentence) added to the counts: a
 * five-word headline is not read as 0 or 10 from a handful of words, and the score does not jump
 * while the first words of a draft are typed. Long drafts barely move (475 words: ease −16.2 → −14.4).
 */
export const PRIOR_WORDS = 10;
export const PRIOR_SYLLABLES_PER_WORD = 2.4;
export const PRIOR_WORDS_PER_SENTENCE = 10;

/** The reading ease the readability score uses; 100 (easiest) for a text with no words. */
export function smoothedEase(words: number, sentences: number, syllables: number): number {
  if (words === 0) return 100;
  return readingEase(words + PRIOR_WORDS, sentences + PRIOR_WORDS / PRIOR_WORDS_PER_SENTENCE, syllables + PRIOR_WORDS * PRIOR_SYLLABLES_PER_WORD);
}

const toScore = (x: number): number => Math.round(Math.min(10, Math.max(0, x)) * 10) / 10;

export function clarityScore(penalty: number): number {
  return toScore(10 - CLARITY_SLOPE * penalty);
}

/** Reading ease that scores 0, and the ease gained per point of score. */
export const EASE_AT_ZERO = -10;
export const EASE_PER_POINT = 7.5;

export function readabilityScore(ease: number): number {
  return toScore((ease - EASE_AT_ZERO) / EASE_PER_POINT);
}
