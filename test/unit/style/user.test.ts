import { describe, expect, test } from 'vitest';
import { checkStyle, formatDictionaryLines, parseDictionaryLines } from '~/utils/style';
import { parseUserDictionary, UserDictionarySchema } from '~/utils/style/schema';

describe('the user dictionary as lines', () => {
  const TEXT = `# мой словарь
в рамках закона = Уберите.
довести* до сведения

[штамп]
в кратчайшие сроки = Назовите срок.
[Пресс-релиз]
прошла планёрка = Что решили?
[не отмечать]
на территории
Является`;

  test('parses sections, phrases and hints', () => {
    expect(parseDictionaryLines(TEXT)).toEqual({
      extra: [
        { phrase: 'в рамках закона', kind: 'bureaucratese', hint: 'Уберите.' },
        { phrase: 'довести* до сведения', kind: 'bureaucratese', hint: 'Скажите проще.' },
        { phrase: 'в кратчайшие сроки', kind: 'cliche', hint: 'Назовите срок.' },
        { phrase: 'прошла планёрка', kind: 'press-release', hint: 'Что решили?' },
      ],
      ignore: ['на территории', 'Является'],
      errors: [],
    });
  });

  test('formats back to lines that parse the same', () => {
    const parsed = parseDictionaryLines(TEXT);
    const again = parseDictionaryLines(formatDictionaryLines(parsed));
    expect(again).toEqual(parsed);
  });

  test.each<[string, number, RegExp]>([
    ['[нет такого]\nслово', 1, /Неизвестный раздел/],
    ['ок\n= только подсказка', 2, /Нет фразы/],
    ['!!! = ?', 1, /Нет фразы/],
    [`${'слово '.repeat(30)}= длинно`, 1, /длиннее/],
  ])('%j: an error on line %i', (text, line, message) => {
    const { errors } = parseDictionaryLines(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(line);
    expect(errors[0]!.message).toMatch(message);
  });

  test('what it parses drives the check', () => {
    const { extra, ignore } = parseDictionaryLines(TEXT);
    const found = checkStyle('На территории района прошла планёрка. Он является главой.', { extra, ignore }).findings.map((f) => [f.kind, f.text]);
    expect(found).toEqual([['press-release', 'прошла планёрка']]);
  });
});

describe('the stored dictionary (zod)', () => {
  test('a valid one passes', () => {
    const input = { extra: [{ phrase: 'ярмарк*', kind: 'cliche', hint: 'Проверка.' }], ignore: ['в рамках'] };
    expect(parseUserDictionary(input)).toEqual({ dictionary: input, errors: [] });
  });

  test.each([
    ['not an object', 'текст'],
    ['an unknown kind', { extra: [{ phrase: 'а', kind: 'caps', hint: 'x' }], ignore: [] }],
    ['a phrase without words', { extra: [{ phrase: '***', kind: 'cliche', hint: 'x' }], ignore: [] }],
    ['no hint', { extra: [{ phrase: 'слово', kind: 'cliche' }], ignore: [] }],
    ['an unknown field', { extra: [], ignore: [], more: 1 }],
    ['an empty ignore phrase', { extra: [], ignore: [' '] }],
  ])('%s is refused, and the empty dictionary is used', (_, input) => {
    const result = parseUserDictionary(input);
    expect(result.dictionary).toEqual({ extra: [], ignore: [] });
    expect(result.errors.length).toBeGreaterThan(0);
  });

  test('what the lines parse to is a valid stored dictionary', () => {
    const { extra, ignore } = parseDictionaryLines('в рамках = Уберите.\n[не отмечать]\nданный');
    expect(UserDictionarySchema.safeParse({ extra, ignore }).success).toBe(true);
  });
});
