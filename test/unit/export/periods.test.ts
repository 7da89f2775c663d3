import { describe, expect, test } from 'vitest';
import { periodContaining, periodOf, retentionCutoff, shiftPeriod } from '~/utils/export/periods';

const MSK = 'Europe/Moscow';
const iso = (t: number) => new Date(t).toISOString();

describe('report periods', () => {
  test.each([
    ['month', 2026, 1, '2025-12-31T21:00:00.000Z', '2026-01-31T21:00:00.000Z', 'январь 2026'],
    ['month', 2026, 12, '2026-11-30T21:00:00.000Z', '2026-12-31T21:00:00.000Z', 'декабрь 2026'],
    ['month', 2024, 2, '2024-01-31T21:00:00.000Z', '2024-02-29T21:00:00.000Z', 'февраль 2024'],
    ['quarter', 2026, 1, '2025-12-31T21:00:00.000Z', '2026-03-31T21:00:00.000Z', 'I квартал 2026'],
    ['quarter', 2026, 4, '2026-09-30T21:00:00.000Z', '2026-12-31T21:00:00.000Z', 'IV квартал 2026'],
  ] as const)('%s %i/%i in Moscow', (kind, year, index, start, end, label) => {
    const p = periodOf(kind, year, index, MSK);
    expect([iso(p.start), iso(p.end), p.label.ru]).toEqual([start, end, label]);
  });

  test.each([
    ['month', 0],
    ['month', 13],
    ['quarter', 5],
    ['quarter', 1.5],
  ] as const)('%s %s is refused', (kind, index) => {
    expect(() => periodOf(kind, 2026, index, MSK)).toThrow(RangeError);
  });

  test('the period containing an instant follows the zone, and shifting crosses years', () => {
    const newYearInNovokuznetsk = Date.parse('2026-12-31T18:00:00Z');
    expect(periodContaining('month', newYearInNovokuznetsk, 'Asia/Novokuznetsk').label.ru).toBe('январь 2027');
    expect(periodContaining('month', newYearInNovokuznetsk, MSK).label.ru).toBe('декабрь 2026');
    expect(periodContaining('quarter', newYearInNovokuznetsk, MSK).label.ru).toBe('IV квартал 2026');
    expect(shiftPeriod(periodOf('month', 2026, 1, MSK), -1).label.ru).toBe('декабрь 2025');
    expect(shiftPeriod(periodOf('quarter', 2026, 4, MSK), 1).label.ru).toBe('I квартал 2027');
  });
});

describe('retention cut-off', () => {
  test.each([
    ['2026-11-23T10:00:00Z', 1, '2026-10-22T21:00:00.000Z'],
    ['2026-11-23T10:00:00Z', 12, '2025-11-22T21:00:00.000Z'],
    // 31 March minus one month: February has no 31st, so its last day.
    ['2026-03-31T10:00:00Z', 1, '2026-02-27T21:00:00.000Z'],
    ['2026-01-15T10:00:00Z', 3, '2025-10-14T21:00:00.000Z'],
  ])('%s minus %i months → %s', (now, months, cutoff) => {
    expect(iso(retentionCutoff(Date.parse(now), months, MSK))).toBe(cutoff);
  });

  test.each([0, -1, 1.5])('%s months is refused', (months) => {
    expect(() => retentionCutoff(Date.now(), months, MSK)).toThrow(RangeError);
  });
});
