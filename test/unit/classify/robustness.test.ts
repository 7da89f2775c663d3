import { describe, expect, test } from 'vitest';
import { ACTIONS, CATEGORIES, classify, classifyThread } from '../../../utils/classify';

/** A small deterministic generator (mulberry32), so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'а', 'б', 'х', 'у', 'й', 'п', 'и', 'з', 'д', 'е', 'ц', 'ё', 'Я', 'x', 'y', 'p', 'h', 'a', 'e', '3', '6', '0', '4',
  '3.14', '*', '@', '$', '#', '%', '!', '.', '..', '-', '_', ' ', ' ', ' ', '\n', ',', '?', '\u200b', '\u00ad', '\u0306',
  '👍', '🔥', '\ud835\udc31', '\ud800', '\udc00', '[id1|Имя]', 't.me/x', 'bit.ly/a', 'gosuslugi.ru', '8 (3843) 32-00-00',
  '+7 912 345-67-89', '5000 руб', 'в день', 'пиши в лс', 'хуй', 'пиздец', 'тупой', 'ты', 'вы', '—', 'σ', 'ᴀ',
];

function randomText(next: () => number): string {
  const n = Math.floor(next() * 40);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('robustness', () => {
  test('random mixtures never throw and always give consistent verdicts', () => {
    const next = rng(20261123);
    for (let k = 0; k < 3000; k++) {
      const text = randomText(next);
      const v = classify(text);
      expect(ACTIONS).toContain(v.action);
      for (const c of v.categories) expect(CATEGORIES).toContain(c);
      expect(v.reasons).toHaveLength(v.matches.length);
      for (const m of v.matches) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.start).toBeLessThanOrEqual(m.end);
        expect(text.slice(m.start, m.end)).toBe(m.term);
      }
      if (v.action === 'none') expect(v.matches).toEqual([]);
      else expect(v.matches.length, text).toBeGreaterThan(0); // every flag shows its evidence
      // A category is deleted, except spam that rests on the learned reading alone, for review.
      if (v.action === 'review' && v.categories.length) {
        expect(v.categories, text).toEqual(['spam']);
        expect(v.matches.map((m) => m.rule), text).toEqual(['spam/learned']);
      } else if (v.categories.length) expect(v.action).toMatch(/^delete/);
    }
  });

  test('a review from shouting or emoji beside a number shows them', () => {
    for (const text of ['ПО ВСЕМ ВОПРОСАМ БЛАГОУСТРОЙСТВА +7 912 345-67-89 ВСЕГДА', '🔥🔥🔥🔥 5000 в день 🔥🔥🔥🔥']) {
      const v = classify(text);
      expect(v.action).toBe('review');
      expect(v.reasons.length).toBeGreaterThan(0);
    }
  });

  test('empty, blank and huge inputs', () => {
    expect(classify('').action).toBe('none');
    expect(classify('   \n\t').action).toBe('none');
    const big = 'Спасибо за работу, дороги стали лучше. '.repeat(20000);
    expect(classify(big).action).toBe('none');
    const bigBad = `${'слово '.repeat(50000)}пиздец`;
    const v = classify(bigBad);
    expect(v.categories).toEqual(['obscene']);
    expect(bigBad.slice(v.matches[0]!.start, v.matches[0]!.end)).toBe('пиздец');
  });

  test('the same text gives the same verdict whatever came before (no state leaks between calls)', () => {
    const text = 'Ну п@здец, пиши в лс t.me/x';
    const first = classify(text);
    classify('х у й н я '.repeat(100));
    classify('zero\u200bwidth pizdec 3.14здец');
    expect(classify(text)).toEqual(first);
  });

  test('classifyThread keeps order and handles an empty thread', () => {
    expect(classifyThread([])).toEqual([]);
    const v = classifyThread([
      { id: 'b', text: 'два' },
      { id: 'a', text: 'один' },
    ]);
    expect(v.map((x) => x.id)).toEqual(['b', 'a']);
  });
});
