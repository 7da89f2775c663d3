import { describe, expect, test } from 'vitest';
import { classify } from '../../../utils/classify';

describe('matches carry offsets into the original text', () => {
  test.each([
    'Ну п@здец, опять без света',
    'Какого х*ра не убирают улицы?',
    'ЁЁЁ, ну и Хyйня 🙂 с дорогами',
    '👍👍 3.14здец полный',
    'а это х у й н я а не ремонт',
    'Пиши в лс: t.me/abc, доход от 3000 в день',
    'Вы, дол***бы, верните деньги',
  ])('%s', (text) => {
    const v = classify(text);
    expect(v.matches.length).toBeGreaterThan(0);
    for (const m of v.matches) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.start).toBeLessThan(m.end);
      expect(text.slice(m.start, m.end)).toBe(m.term);
    }
  });

  test('the highlighted term is exactly what was written', () => {
    expect(classify('Ну п@здец, опять').matches[0]).toMatchObject({ start: 3, end: 9, term: 'п@здец', category: 'obscene' });
    expect(classify('👍 Хyйня').matches[0]).toMatchObject({ term: 'Хyйня' });
  });

  test('one reason per match, in Russian', () => {
    const v = classify('Ты дебил, пиздец');
    expect(v.reasons).toHaveLength(v.matches.length);
    for (const r of v.reasons) expect(r).toMatch(/[А-Яа-яё]/);
  });
});
