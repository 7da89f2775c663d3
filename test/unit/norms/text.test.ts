import { describe, expect, test } from 'vitest';
import { formatPercent, pluralEn, pluralRu } from '~/utils/norms/text';

describe('pluralRu', () => {
  const forms = ['день', 'дня', 'дней'] as const;
  test.each([
    [0, 'дней'],
    [1, 'день'],
    [2, 'дня'],
    [4, 'дня'],
    [5, 'дней'],
    [11, 'дней'],
    [12, 'дней'],
    [14, 'дней'],
    [21, 'день'],
    [22, 'дня'],
    [25, 'дней'],
    [101, 'день'],
    [111, 'дней'],
  ])('%i %s', (n, word) => {
    expect(pluralRu(n, forms)).toBe(word);
  });
});

test.each([
  [1, 'day'],
  [0, 'days'],
  [2, 'days'],
])('pluralEn %i %s', (n, word) => {
  expect(pluralEn(n, 'day', 'days')).toBe(word);
});

describe('formatPercent', () => {
  test.each([
    [0.25, undefined, 'ru', '25\u00a0%'],
    [1 / 3, undefined, 'ru', '33\u00a0%'],
    [1 / 3, 0.25, 'ru', '33\u00a0%'],
    [0, undefined, 'ru', '0\u00a0%'],
    [1, undefined, 'en', '100\u00a0%'],
    [0.25, 0.25, 'ru', '25\u00a0%'],
    // Rounding would print "25 %" for a share over the 25 % cap: show the decimal.
    [0.254, 0.25, 'ru', '25,4\u00a0%'],
    [0.254, 0.25, 'en', '25.4\u00a0%'],
    [0.246, 0.25, 'ru', '24,6\u00a0%'],
    [0.254, undefined, 'ru', '25\u00a0%'],
    [0.3, 0.25, 'ru', '30\u00a0%'],
  ] as const)('%f (cap %s, %s) → %s', (share, cap, lang, text) => {
    expect(formatPercent(share, lang, cap)).toBe(text);
  });
});
