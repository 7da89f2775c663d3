import { describe, expect, test } from 'vitest';
import { keyOf, paragraphsOf, tokenise } from '~/utils/style/tokens';

const sentencesOf = (text: string): string[] => tokenise(text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  test.each<[string, string[]]>([
    ['Привет. Как дела?', ['Привет.', 'Как дела?']],
    ['Что? Где! Когда…', ['Что?', 'Где!', 'Когда…']],
    ['Приём на ул. Ленина, д. 5. Приходите.', ['Приём на ул. Ленина, д. 5.', 'Приходите.']],
    ['Вёл И. И. Иванов. Ура!', ['Вёл И. И. Иванов.', 'Ура!']],
    ['Книги, журналы и т. д. и т. п. Всё бесплатно.', ['Книги, журналы и т. д. и т. п.', 'Всё бесплатно.']],
    ['Цена 3.5 рубля. Берите!', ['Цена 3.5 рубля.', 'Берите!']],
    ['Сайт vk.com работает.', ['Сайт vk.com работает.']],
    ['Строка\nВторая строка', ['Строка', 'Вторая строка']],
    ['Строка, которая\nпродолжается', ['Строка, которая\nпродолжается']],
    ['Абзац.\n\nЕщё абзац', ['Абзац.', 'Ещё абзац']],
    ['«Кто там?» — спросил он.', ['«Кто там?» — спросил он.']],
    ['Скажи «да». Потом', ['Скажи «да».', 'Потом']],
    ['Ждём!!! Приходите', ['Ждём!!!', 'Приходите']],
    ['Итоги года.Далее подробно', ['Итоги года.', 'Далее подробно']],
    ['Приём в г.Кемерово', ['Приём в г.Кемерово']],
    ['Пишите на почту info@adm.ru', ['Пишите на почту info@adm.ru']],
    ['⛔️ Внимание! ⚡️Важно', ['Внимание!', 'Важно']],
  ])('%j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('words', () => {
  test('hyphenated words are one token; numbers are tokens but not words', () => {
    const t = tokenise('Из-за ремонта в 10:00 закрыто.');
    expect(t.keys).toEqual(['из-за', 'ремонта', 'в', '10', '00', 'закрыто']);
    expect([...t.word]).toEqual([1, 1, 1, 0, 0, 1]);
  });

  test('joined: only spaces between, in the same sentence', () => {
    const t = tokenise('в рамках, в\tходе\nв целях');
    expect([...t.joined]).toEqual([0, 1, 0, 1, 0, 1]);
  });

  test.each([
    ['Осуществлённый', 'осуществленный'],
    ['ВРАМКАХ', 'врамках'],
    ['про\u00ADводится', 'проводится'],
    ['и\u0306од', 'йод'],
  ])('key of %j is %j', (word, key) => {
    expect(keyOf(word)).toBe(key);
  });

  test('offsets are UTF-16 indices', () => {
    const text = '🎉 Ёлка';
    const t = tokenise(text);
    expect(text.slice(t.start[0], t.end[0])).toBe('Ёлка');
    expect(t.start[0]).toBe(3);
  });
});

describe('paragraphs', () => {
  test.each<[string, string[]]>([
    ['один', ['один']],
    ['один\nдва', ['один\nдва']],
    ['один\n\nдва', ['один', 'два']],
    ['  один \n \t \n\n два  ', ['один', 'два']],
    ['один\r\n\r\nдва', ['один', 'два']],
    ['\n\n', []],
  ])('%j', (text, expected) => {
    expect(paragraphsOf(text).map((p) => text.slice(p.start, p.end))).toEqual(expected);
  });
});
