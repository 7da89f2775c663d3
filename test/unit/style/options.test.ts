import { describe, expect, test } from 'vitest';
import { checkStyle, createStyleChecker, type StyleOptions } from '~/utils/style';
import { found, foundOf } from './helpers';
import { PRESS_RELEASE_4K } from './texts';

describe('options.extra', () => {
  test('a user phrase is found in its forms, with the user’s hint and the kind’s name', () => {
    const options: StyleOptions = { extra: [{ phrase: 'субботник*', kind: 'cliche', hint: 'Скажите, что будем делать: «убираем парк».' }] };
    const report = checkStyle('Все на субботник! Субботники — это весело.', options);
    expect(report.findings.map((f) => [f.kind, f.text, f.name, f.hint])).toEqual([
      ['cliche', 'субботник', 'Штамп', 'Скажите, что будем делать: «убираем парк».'],
      ['cliche', 'Субботники', 'Штамп', 'Скажите, что будем делать: «убираем парк».'],
    ]);
  });

  test('a user entry wins over a built-in one at the same words', () => {
    const options: StyleOptions = { extra: [{ phrase: 'в рамках', kind: 'cliche', name: 'Мой штамп', hint: 'Моя подсказка.', severity: 'high' }] };
    const [finding] = checkStyle('Концерт в рамках праздника.', options).findings;
    expect(finding).toMatchObject({ kind: 'cliche', name: 'Мой штамп', hint: 'Моя подсказка.', severity: 'high', text: 'в рамках' });
  });

  test('a longer user phrase takes the words of a shorter built-in one', () => {
    expect(found('Работаем в рамках закона.', { extra: [{ phrase: 'в рамках закона', kind: 'bureaucratese', hint: 'Уберите.' }] })).toEqual([
      ['bureaucratese', 'в рамках закона'],
    ]);
  });
});

test.each<[string, unknown]>([
  ['not an object', 'в рамках'],
  ['no hint', { phrase: 'ярмарка', kind: 'cliche' }],
  ['an empty hint', { phrase: 'ярмарка', kind: 'cliche', hint: ' ' }],
  ['an unknown kind', { phrase: 'ярмарка', kind: 'caps', hint: 'x' }],
  ['a phrase that is not a string', { phrase: ['ярмарка'], kind: 'cliche', hint: 'x' }],
  ['an unknown severity', { phrase: 'ярмарка', kind: 'cliche', hint: 'x', severity: 'huge' }],
])('a malformed extra entry (%s) is skipped, the rest still apply', (_, bad) => {
  const options = { extra: [bad, { phrase: 'каток', kind: 'cliche', hint: 'Проверка.' }], ignore: [42, 'в ходе'] } as unknown as StyleOptions;
  expect(found('Ярмарка и каток в ходе дня.', options)).toEqual([['cliche', 'каток']]);
});

describe('options.ignore', () => {
  test('a built-in phrase: that entry is off, others stay', () => {
    expect(found('В рамках праздника, в ходе концерта.', { ignore: ['в рамках'] })).toEqual([['bureaucratese', 'в ходе']]);
  });

  test('a built-in pattern with its star', () => {
    expect(found('Огромная очередь, осуществляем запись.', { ignore: ['огромн*'] })).toEqual([['bureaucratese', 'осуществляем']]);
  });

  test('one word form: only that form is let through', () => {
    expect(found('Он является главой, они являются депутатами.', { ignore: ['Является'] })).toEqual([['bureaucratese', 'являются']]);
  });

  test('a rule finding that reads the same', () => {
    expect(found('ВНИМАНИЕ! ОТКЛЮЧЕНИЕ воды.', { ignore: ['внимание'] })).toEqual([['caps', 'ОТКЛЮЧЕНИЕ']]);
    expect(found('Ждём повышения качества услуг.', { ignore: ['повышения качества услуг'] })).toEqual([]);
  });

  test('ё and case do not matter', () => {
    expect(found('Осуществлён ремонт.', { ignore: ['ОСУЩЕСТВЛЕН'] })).toEqual([]);
  });
});

describe('options.disable and limits', () => {
  test('disabled kinds are not looked for', () => {
    const report = checkStyle(PRESS_RELEASE_4K, { disable: ['long-sentence', 'wall', 'bureaucratese'] });
    expect(report.stats.byKind['long-sentence'] + report.stats.byKind.wall + report.stats.byKind.bureaucratese).toBe(0);
    expect(report.stats.byKind['press-release']).toBeGreaterThan(0);
  });

  test('a disabled dictionary kind lets a rule speak for the same words', () => {
    // «производится» is bureaucratese in the dictionary; without it, the passive rule does not see it either
    // (it is not of the -уется kind), but «планируется» is the rule's own.
    expect(foundOf('passive', 'Ремонт планируется, производится ремонт.', { disable: ['bureaucratese'] })).toEqual(['планируется']);
  });

  test.each([0, -3, Number.NaN])('a limit of %s falls back to the default', (n) => {
    const text = 'Раз два три четыре пять шесть.';
    expect(foundOf('long-sentence', text, { maxSentenceWords: n })).toEqual([]);
    expect(foundOf('wall', text, { maxParagraphChars: n })).toEqual([]);
  });

  test('a paragraph limit', () => {
    expect(foundOf('wall', 'Раз два три четыре пять шесть.', { maxParagraphChars: 10 })).toEqual(['Раз два три четыре пять шесть.']);
  });
});

describe('compiling once', () => {
  test('options equal by value give the same result as a kept checker', () => {
    const options = (): StyleOptions => ({ extra: [{ phrase: 'ярмарк*', kind: 'cliche', hint: 'Проверка.' }], ignore: ['в рамках'] });
    const checker = createStyleChecker(options());
    const text = 'Ярмарка в рамках праздника в ходе дня.';
    expect(checkStyle(text, options())).toEqual(checker(text));
    expect(checkStyle(text, options())).toEqual(checkStyle(text, options()));
    expect(checkStyle(text)).not.toEqual(checker(text));
  });

  test('the user’s options are not changed', () => {
    const options: StyleOptions = Object.freeze({ extra: Object.freeze([{ phrase: 'ярмарк*', kind: 'cliche' as const, hint: 'Проверка.' }]), ignore: Object.freeze(['в рамках']) });
    expect(() => checkStyle('Ярмарка.', options)).not.toThrow();
  });

  test('many different options in turn keep working', () => {
    for (let i = 0; i < 20; i++) {
      expect(foundOf('cliche', `Слово${i} тут.`, { extra: [{ phrase: `слово${i}`, kind: 'cliche', hint: 'Проверка.' }] })).toEqual([`Слово${i}`]);
    }
  });
});
