import { describe, expect, test } from 'vitest';
import { checkStyle } from '~/utils/style';
import { clarityScore, penaltyOf, readabilityScore, readingEase, smoothedEase, syllablesOf } from '~/utils/style/score';

describe('syllables are vowels', () => {
  test.each([
    ['молоко', 3],
    ['в', 0],
    ['Ёлка', 2],
    ['обеспечения', 6],
    ['COVID', 2],
  ])('%s → %i', (word, n) => {
    expect(syllablesOf(word)).toBe(n);
  });
});

describe('readability: Oborneva’s reading ease mapped to 0–10', () => {
  test.each([
    // words, sentences, syllables, ease
    [12, 2, 22, 206.835 - 1.3 * 6 - 60.1 * (22 / 12)],
    [100, 4, 320, 206.835 - 1.3 * 25 - 60.1 * 3.2],
  ])('%i words, %i sentences, %i syllables', (w, s, syl, ease) => {
    expect(readingEase(w, s, syl)).toBeCloseTo(ease, 9);
  });

  test.each([
    [100, 10],
    [65, 10],
    [50, 8],
    [27.5, 5],
    [-10, 0],
    [-18, 0],
  ])('ease %d → %d', (ease, score) => {
    expect(readabilityScore(ease)).toBe(score);
  });

  test.each([
    // words, sentences, syllables: short texts are pulled toward a plain post, long ones barely move
    [4, 1, 15],
    [12, 2, 22],
    [475, 20, 1520],
  ])('smoothed: %i words, %i sentences, %i syllables', (w, s, syl) => {
    const smoothed = smoothedEase(w, s, syl);
    expect(smoothed).toBeCloseTo(readingEase(w + 10, s + 1, syl + 24), 9);
    const plain = readingEase(10, 1, 24);
    expect(Math.abs(smoothed - plain)).toBeLessThan(Math.abs(readingEase(w, s, syl) - plain));
    if (w > 400) expect(Math.abs(readabilityScore(smoothed) - readabilityScore(readingEase(w, s, syl)))).toBeLessThanOrEqual(0.3);
  });

  test('a five-word headline of long words is neither 0 nor 10', () => {
    const { scores } = checkStyle('Поздравляем работников муниципальной службы.');
    expect(scores.readability).toBeGreaterThan(3);
    expect(scores.readability).toBeLessThan(7);
  });

  test('a plain post (10 words a sentence, 2.4 syllables a word) scores about 8', () => {
    expect(readabilityScore(readingEase(100, 10, 240))).toBeCloseTo(8, 0);
  });
});

describe('clarity: severity-weighted findings per 100 words', () => {
  test.each([
    // findings, words, penalty
    [[], 100, 0],
    [['medium'], 100, 1],
    [['high', 'low'], 100, 2.5],
    [['medium'], 10, 100 / 30], // short texts count as 30 words
    [['medium', 'medium', 'medium'], 200, 1.5],
  ] as const)('%j in %i words → %d', (severities, words, penalty) => {
    expect(penaltyOf(severities.map((severity) => ({ severity })), words)).toBeCloseTo(penalty, 12);
  });

  test.each([
    [0, 10],
    [5, 8],
    [15, 4],
    [25, 0],
    [40, 0],
    [1.25, 9.5],
  ])('penalty %d → %d', (penalty, score) => {
    expect(clarityScore(penalty)).toBe(score);
  });

  test('the report’s scores follow from its stats', () => {
    const report = checkStyle('В рамках программы осуществляется ремонт. Приходите!');
    expect(report.stats.penalty).toBeCloseTo((100 * (1 + 1)) / 30, 12);
    expect(report.scores.clarity).toBe(clarityScore(report.stats.penalty));
    expect(report.scores.readability).toBe(readabilityScore(report.stats.readingEase));
    expect(report.stats.readingEase).toBe(smoothedEase(report.stats.words, report.stats.sentences, report.stats.syllables));
  });

  test('scores have one decimal', () => {
    const { scores } = checkStyle('Работы проводятся. Мероприятие состоится в рамках праздника, приходите все обязательно вместе с детьми.');
    for (const v of Object.values(scores)) expect(Math.round(v * 10) / 10).toBe(v);
  });
});
