import { describe, expect, test } from 'vitest';
import { classify, parseWordList, RULESET_VERSION } from '../../../utils/classify';

describe('moderator word lists', () => {
  test('extra words per category apply at once, in any spelling', () => {
    const options = { words: { insult: ['казнокрад*', 'ворюга'], obscene: ['срань'] } };
    expect(classify('Казнокрады!', options).categories).toEqual(['insult']);
    expect(classify('вoрюгa', options).categories).toEqual(['insult']);
    expect(classify('с*ань', options).categories).toEqual(['obscene']);
    expect(classify('Казнокрады!').categories).toEqual([]);
  });

  test('spam words', () => {
    const options = { words: { spam: ['промокод'] } };
    expect(classify('Лови промокод СКИДКА и пиши в лс', options).categories).toEqual(['spam']);
  });

  test('exceptions silence built-in rules', () => {
    expect(classify('Ну ты и мудак').categories).toContain('obscene');
    expect(classify('Ну ты и мудак', { exceptions: ['мудак'] }).categories).toEqual([]);
    expect(classify('сучара', { exceptions: ['суч*'] }).categories).toEqual([]);
  });

  test('an edited list is used at the next call', () => {
    const words: { insult: string[] } = { insult: [] };
    // (бюрократ is not a built-in insult)
    expect(classify('Бюрократы!', { words }).categories).toEqual([]);
    words.insult.push('бюрократ*');
    expect(classify('Бюрократы!', { words }).categories).toEqual(['insult']);
  });

  test('parseWordList reads the documented text format', () => {
    const parsed = parseWordList(`# comment
[insult]
казнокрад*
ворюга  # trailing comment
[exceptions]
пидж*
[domains]
kuzbass.ru
`);
    expect(parsed).toEqual({ words: { obscene: [], insult: ['казнокрад*', 'ворюга'], spam: [] }, exceptions: ['пидж*'], allowDomains: ['kuzbass.ru'] });
    expect(() => parseWordList('[rude]\nслово')).toThrow(/line 1/);
    expect(() => parseWordList('слово')).toThrow(/line 1/);
  });

  test('every verdict records the ruleset', () => {
    expect(classify('привет').ruleset).toBe(RULESET_VERSION);
    expect(RULESET_VERSION).toMatch(/^\d{4}\.\d{2}\.\d{2}-\d+$/);
  });
});
