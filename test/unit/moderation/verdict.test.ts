import { describe, expect, test } from 'vitest';
import type { Category } from '~/utils/classify/types';
import { authorKey, highlightSegments, verdictAttribute, vkBanReason } from '~/utils/moderation/verdict';

describe('verdictAttribute', () => {
  test.each([
    [[], 'none', 'clean'],
    [[], 'review', 'review'],
    [['spam'], 'delete', 'spam'],
    [['spam', 'obscene'], 'delete_and_blacklist', 'obscene,spam'],
    [['insult', 'obscene', 'spam'], 'delete_and_blacklist', 'insult,obscene,spam'],
  ] as const)('%j with %s → %s', (categories, action, expected) => {
    expect(verdictAttribute({ categories: [...categories], action })).toBe(expected);
  });
});

describe('highlightSegments', () => {
  const m = (start: number, end: number, category: Category = 'obscene') => ({ start, end, category });
  test.each([
    ['no matches', 'всё хорошо', [], [['всё хорошо', null]]],
    ['one in the middle', 'ну ты и х*й', [m(8, 11)], [['ну ты и ', null], ['х*й', 'obscene']]],
    ['at the start', 'блядь, опять', [m(0, 5)], [['блядь', 'obscene'], [', опять', null]]],
    ['overlapping merge, first wins', 'abcdef', [m(1, 4, 'insult'), m(2, 5, 'spam')], [['a', null], ['bcd', 'insult'], ['e', 'spam'], ['f', null]]],
    ['nested inside another', 'abcdef', [m(0, 6, 'spam'), m(2, 3, 'insult')], [['abcdef', 'spam']]],
    ['offsets past the end are clamped', 'abc', [m(2, 99)], [['ab', null], ['c', 'obscene']]],
    ['empty and inverted spans are dropped', 'abc', [m(2, 2), m(3, 1)], [['abc', null]]],
  ])('%s', (_name, text, matches, expected) => {
    expect(highlightSegments(text, matches).map((s) => [s.text, s.category])).toEqual(expected);
  });

  test('the segments always spell the text back', () => {
    const text = 'Сергей, ты дебил и х*й, пиши в лс t.me/x';
    const segments = highlightSegments(text, [m(11, 16, 'insult'), m(19, 22), m(24, 33, 'spam'), m(34, 40, 'spam')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});

describe('vkBanReason', () => {
  test.each([
    [['spam'], 1],
    [['insult'], 2],
    [['obscene'], 3],
    [['spam', 'insult'], 2],
    [['spam', 'obscene', 'insult'], 3],
    [[], 0],
  ] as const)('%j → %i', (categories, code) => {
    expect(vkBanReason([...categories])).toBe(code);
  });
});

describe('authorKey', () => {
  test.each([
    ['vk', { id: '123', url: 'https://vk.com/id123', name: 'А' }, 'vk:123'],
    ['ok', { id: null, url: 'https://ok.ru/some.alias', name: 'Б' }, 'ok:url:https://ok.ru/some.alias'],
    ['vk', { id: null, url: null, name: 'В' }, null],
  ] as const)('%s %j → %s', (network, author, key) => {
    expect(authorKey(network, author)).toBe(key);
  });
});
