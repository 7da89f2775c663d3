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

  describe('exceptions win over the moderator\'s own words', () => {
    const words = (insult: string[], obscene: string[] = [], spam: string[] = []) => ({ insult, obscene, spam });
    // [text, options, expected categories]
    const cases: [string, Parameters<typeof classify>[1], string[]][] = [
      // must not flag: an exception silences a moderator word, exact or prefix, in any spelling
      ['Спасибо, наконец-то почистили дорогу', { words: words(['почистил*']), exceptions: ['почистили'], allowDomains: [] }, []],
      ['Спасибо, наконец-то ПОЧИСТИЛИ дорогу', { words: words(['почистил*']), exceptions: ['почистили'] }, []],
      ['Спасибо, наконец-то пoчиcтили дорогу', { words: words(['почистил*']), exceptions: ['почистили'] }, []],
      ['почистили и почистила', { words: words(['почистил*']), exceptions: ['почист*'] }, []],
      ['Бюрократы!', { words: words(['бюрократ*']), exceptions: ['бюрократы'] }, []],
      ['Бюрократы!', { words: words([], ['бюрократы']), exceptions: ['бюрокр*'] }, []],
      ['Лови промокод', { words: words([], [], ['промокод']), exceptions: ['промокод'] }, []],
      ['промок*д', { words: words([], ['промокод']), exceptions: ['промокод'] }, []],
      ['х*йня', { exceptions: ['хуйня'] }, []],
      // must flag: an exception covers only its own words
      ['Спасибо, наконец-то почистили дорогу', { words: words(['почистил*']) }, ['insult']],
      ['почистили и почистила', { words: words(['почистил*']), exceptions: ['почистили'] }, ['insult']],
      ['Бюрократы!', { words: words(['бюрократ*']), exceptions: ['бюрократ'] }, ['insult']],
      ['Бюрократы и бюрократ', { words: words(['бюрократ*']), exceptions: ['бюрократы'] }, ['insult']],
      ['промок*д', { words: words([], ['промокод']), exceptions: ['промо'] }, ['obscene']],
      ['х*йня', { exceptions: ['хуйло'] }, ['obscene']],
      ['Ну ты и мудак, почистили', { words: words(['почистил*']), exceptions: ['почистили'] }, ['obscene', 'insult']],
    ];
    test.each(cases)('%s %j → %j', (text, options, expected) => {
      expect(classify(text, options).categories).toEqual(expected);
    });
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
