import { describe, expect, test } from 'vitest';
import { classify } from '../../../utils/classify';
import { startBits, startTrie } from '../../../utils/classify/firsts';
import { spamPhraseRules } from '../../../utils/classify/rules/spam';

const codes = (s: string): Uint16Array => Uint16Array.from(s, (c) => c.charCodeAt(0));

describe('the start trie of phrase patterns', () => {
  test('keeps a bit for each of up to 32 patterns', () => {
    const words = ['альфа', 'бета', 'гамма', 'дельта', 'эпсилон', 'дзета', 'эта', 'тета', 'йота', 'каппа', 'лямбда', 'мю', 'ню', 'кси', 'омикрон', 'пи', 'ро', 'сигма', 'тау', 'ипсилон', 'фи', 'хи', 'пси', 'омега', 'раз', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь'];
    const trie = startTrie(
      words.map((w) => new RegExp(` ${w}(?= )`, 'g')),
      6,
    );
    words.forEach((w, k) => {
      const text = codes(` ${w} `);
      expect(startBits(trie, text, text.length, 1, 6) >>> 0, w).toBe((1 << k) >>> 0);
    });
  });

  test('refuses more patterns than it has bits', () => {
    expect(() => startTrie(Array.from({ length: 33 }, (_, k) => new RegExp(` п${'а'.repeat(k + 1)}(?= )`, 'g')), 6)).toThrow(/32 bits/);
  });

  test('the spam phrases fit', () => expect(spamPhraseRules.length).toBeLessThanOrEqual(32));
});

describe('phrases are found the same before and after the start trie is built', () => {
  // The trie is built after a few hundred comments have needed the phrases (spam.ts); before, each
  // pattern is searched for over the whole skeleton. Every phrase rule, the last ones included.
  const texts = [
    'Пропала собака, рыжая, кто видел, напишите в личку',
    'Нужны помощники на субботник в субботу, 450 тысяч рублей выделили на площадку',
    'Стабильный доход без вложений, пиши в лс',
    'Требуются грузчики на склад, оплата ежедневная, пишите',
    'Ссылка в профиле, переходи, там все подробности',
    'Кто первый напишет — переведу 500 рублей',
    'Ищу людей в команду, работа на дому, всему обучим',
  ];
  test('the same verdicts', () => {
    const before = texts.map((t) => classify(t));
    for (let k = 0; k < 400; k++) classify(`Стабильный доход ${k}, пиши в лс`);
    expect(texts.map((t) => classify(t))).toEqual(before);
  });
});
