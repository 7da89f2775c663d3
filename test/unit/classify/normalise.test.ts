import { describe, expect, test } from 'vitest';
import { normalise } from '../../../utils/classify';
import { bufferToString } from '../../../utils/classify/normalise';

const words = (text: string): string[] => normalise(text).skeleton.trim().split(' ').filter(Boolean);

describe('normalise', () => {
  test.each([
    ['case and ё', 'ЁЛКИ Зелёные', ['елки', 'зеленые']],
    ['Latin look-alikes in Cyrillic words', 'Хyйня Cкидка', ['хуйня', 'скидка']],
    ['all-Latin words are transliterated', 'pizdec blyad shchi', ['пиздец', 'бляд', 'щи']],
    ['pi', '3.14здец', ['пиздец']],
    ['a number alone is no word', '6 тысяч и 3.14 рубля', ['тысяч', 'и', 'рубля']],
    ['codes are no words', 'id12345 2x3', []],
    ['separators inside words', 'х.у.й х_у_й пи-пи-пиздец', ['хуй', 'хуй', 'пипипиздец']],
    ['hyphens between long parts split', 'дура-дурой', ['дура', 'дурой']],
    ['spaced letters', 'п и з д е ц', ['пиздец']],
    ['two spaced letters stay apart', 'а я', ['а', 'я']],
    ['repeated letters', 'хууууй бляяя', ['хуй', 'бля']],
    ['a double е is kept', 'переебать', ['переебать']],
    ['zero-width and soft hyphen', 'пи\u200bз\u00adдец', ['пиздец']],
    ['combining breve', 'и\u0306ог', ['йог']],
    ['masks', 'х*й бл@дь', ['х*й', 'бладь']],
    ['"!" ends a word', 'сука!', ['сука']],
    ['sentences glued by a dot stay apart', 'конец.Начало', ['конец', 'начало']],
    ['VK reply markup is not words', '[id123|Мудак Иванов], привет', ['привет']],
  ])('%s', (_what, text, expected) => expect(words(text)).toEqual(expected));

  test('every skeleton character maps back into the original', () => {
    const text = 'Ну П@@ЗДЕЦ, х у й!';
    const n = normalise(text);
    for (let t = 0; t < n.tokenCount; t++) {
      const s = n.tokSrcStart[t]!;
      const e = n.tokSrcEnd[t]!;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeLessThanOrEqual(text.length);
    }
    expect(text.slice(n.tokSrcStart[1], n.tokSrcEnd[1])).toBe('П@@ЗДЕЦ');
    expect(text.slice(n.tokSrcStart[2], n.tokSrcEnd[2])).toBe('х у й');
  });

  test('keeps the other reading of mixed words', () => {
    expect(normalise('hуй').alternates.map((a) => a.text)).toContain('хуй');
  });
});

describe('skeleton codes to a string', () => {
  test('the decoder and fromCharCode give the same string at every length and offset', () => {
    const codes = new Uint16Array(20000);
    for (let i = 0; i < codes.length; i++) codes[i] = i % 7 === 0 ? 32 : i % 11 === 0 ? 42 : 0x430 + ((i * 13) % 32);
    for (const [from, to] of [[0, 0], [0, 1], [3, 50], [1, 47], [5, 53], [100, 400], [7, 9000], [0, 20000]] as const) {
      let expected = '';
      for (let i = from; i < to; i++) expected += String.fromCharCode(codes[i]!);
      expect(bufferToString(codes, to, from)).toBe(expected);
    }
  });
});
