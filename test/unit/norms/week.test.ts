import { afterEach, describe, expect, test } from 'vitest';
import {
  addDays,
  daysBetween,
  daysElapsedInWeek,
  daysLeft,
  daysLeftInWeek,
  isInWeek,
  isoWeekday,
  isValidTimeZone,
  localDateOf,
  localDateTime,
  shiftWeek,
  startOfDay,
  weekOf,
} from '~/utils/norms/week';

const KEMEROVO = 'Asia/Novokuznetsk'; // UTC+7, no DST
const BARNAUL = 'Asia/Barnaul'; // UTC+7, no DST
const MOSCOW = 'Europe/Moscow'; // UTC+3, no DST (Krasnodar)
const BERLIN = 'Europe/Berlin'; // DST
const HOUR = 3_600_000;

const ms = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad test date ${iso}`);
  return t;
};

describe('weekOf', () => {
  test.each([
    // instant, zone, Monday, start (UTC), end (UTC)
    ['Wed 1 Jan 2025 noon, UTC+7', '2025-01-01T12:00:00+07:00', KEMEROVO, '2024-12-30', '2024-12-29T17:00:00Z', '2025-01-05T17:00:00Z'],
    ['Mon 29 Dec 2025 00:00 exactly, UTC+7', '2025-12-29T00:00:00+07:00', KEMEROVO, '2025-12-29', '2025-12-28T17:00:00Z', '2026-01-04T17:00:00Z'],
    ['one ms before Mon 29 Dec 2025, UTC+7', '2025-12-28T23:59:59.999+07:00', KEMEROVO, '2025-12-22', '2025-12-21T17:00:00Z', '2025-12-28T17:00:00Z'],
    ['Sun 31 Dec 2023 23:59 UTC+7 (Sunday 16:59 UTC)', '2023-12-31T16:59:00Z', KEMEROVO, '2023-12-25', '2023-12-24T17:00:00Z', '2023-12-31T17:00:00Z'],
    ['same Sunday in UTC+3', '2023-12-31T16:59:00Z', MOSCOW, '2023-12-25', '2023-12-24T21:00:00Z', '2023-12-31T21:00:00Z'],
    ['Mon 1 Jan 2024 00:00 UTC+7 (still Sunday in UTC)', '2023-12-31T17:00:00Z', BARNAUL, '2024-01-01', '2023-12-31T17:00:00Z', '2024-01-07T17:00:00Z'],
    ['that instant is still Sunday in UTC+3', '2023-12-31T17:00:00Z', MOSCOW, '2023-12-25', '2023-12-24T21:00:00Z', '2023-12-31T21:00:00Z'],
    ['leap day Thu 29 Feb 2024', '2024-02-29T09:00:00+07:00', BARNAUL, '2024-02-26', '2024-02-25T17:00:00Z', '2024-03-03T17:00:00Z'],
    ['day after leap day, Fri 1 Mar 2024', '2024-03-01T09:00:00+07:00', BARNAUL, '2024-02-26', '2024-02-25T17:00:00Z', '2024-03-03T17:00:00Z'],
    ['leap day Tue 29 Feb 2028', '2028-02-29T23:00:00+03:00', MOSCOW, '2028-02-28', '2028-02-27T21:00:00Z', '2028-03-05T21:00:00Z'],
    ['Berlin, week of spring forward (167 h)', '2025-03-30T12:00:00Z', BERLIN, '2025-03-24', '2025-03-23T23:00:00Z', '2025-03-30T22:00:00Z'],
    ['Berlin, week of fall back (169 h)', '2025-10-26T12:00:00Z', BERLIN, '2025-10-20', '2025-10-19T22:00:00Z', '2025-10-26T23:00:00Z'],
    ['Berlin, Monday after spring forward', '2025-03-30T22:00:00Z', BERLIN, '2025-03-31', '2025-03-30T22:00:00Z', '2025-04-06T22:00:00Z'],
    ['UTC itself', '2024-06-09T23:59:59Z', 'UTC', '2024-06-03', '2024-06-03T00:00:00Z', '2024-06-10T00:00:00Z'],
  ])('%s', (_name, instant, zone, monday, start, end) => {
    const w = weekOf(ms(instant), zone);
    expect(w.startDate).toBe(monday);
    expect(w.endDate).toBe(addDays(monday, 6));
    expect(new Date(w.start).toISOString()).toBe(new Date(ms(start)).toISOString());
    expect(new Date(w.end).toISOString()).toBe(new Date(ms(end)).toISOString());
    expect(w.timeZone).toBe(zone);
  });

  test('DST weeks are an hour shorter or longer, DST-free weeks exactly 168 h', () => {
    expect(weekOf(ms('2025-03-26T12:00:00Z'), BERLIN).end - weekOf(ms('2025-03-26T12:00:00Z'), BERLIN).start).toBe(167 * HOUR);
    expect(weekOf(ms('2025-10-22T12:00:00Z'), BERLIN).end - weekOf(ms('2025-10-22T12:00:00Z'), BERLIN).start).toBe(169 * HOUR);
    expect(weekOf(ms('2025-03-26T12:00:00Z'), KEMEROVO).end - weekOf(ms('2025-03-26T12:00:00Z'), KEMEROVO).start).toBe(168 * HOUR);
  });

  // Sweep: whatever the instant and zone, the week holds it, starts on a local Monday 00:00 and
  // ends where the next week starts.
  const zones = [KEMEROVO, BARNAUL, MOSCOW, BERLIN, 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/St_Johns'];
  const instants = Array.from({ length: 60 }, (_, i) => ms('2019-12-30T00:00:00Z') + i * 61 * 86_400_000 + i * 7_777_777);
  test.each(zones)('invariants over 10 years in %s', (zone) => {
    for (const t of instants) {
      const w = weekOf(t, zone);
      expect(isInWeek(w, t)).toBe(true);
      expect(isoWeekday(w.startDate)).toBe(1);
      expect(localDateOf(w.start, zone)).toBe(w.startDate);
      expect(localDateTime(w.start, zone)).toMatchObject({ hour: 0, minute: 0, second: 0 });
      expect(localDateOf(w.start - 1, zone)).toBe(addDays(w.startDate, -1));
      expect(weekOf(w.end, zone).start).toBe(w.end);
      expect(weekOf(w.end - 1, zone).start).toBe(w.start);
      expect(shiftWeek(w, 1).start).toBe(w.end);
      expect(shiftWeek(w, -1).end).toBe(w.start);
    }
  });
});

describe('isInWeek is half-open', () => {
  const w = weekOf(ms('2025-03-12T12:00:00+07:00'), KEMEROVO);
  test.each([
    ['Monday 00:00', '2025-03-10T00:00:00+07:00', true],
    ['Sunday 23:59:59.999', '2025-03-16T23:59:59.999+07:00', true],
    ['Wednesday', '2025-03-12T12:00:00+07:00', true],
    ['the previous Sunday 23:59:59.999', '2025-03-09T23:59:59.999+07:00', false],
    ['the next Monday 00:00', '2025-03-17T00:00:00+07:00', false],
    ['Monday 00:00 Moscow time (04:00 in Kemerovo) of the next week', '2025-03-17T00:00:00+03:00', false],
  ])('%s → %s', (_name, instant, inside) => {
    expect(isInWeek(w, ms(instant))).toBe(inside);
  });
});

describe('daysLeft counts today as still available', () => {
  test.each([
    ['Mon 00:00', '2025-03-10T00:00:00+07:00', KEMEROVO, 7],
    ['Mon 23:59', '2025-03-10T23:59:00+07:00', KEMEROVO, 7],
    ['Tue 00:00', '2025-03-11T00:00:00+07:00', KEMEROVO, 6],
    ['Thu', '2025-03-13T15:00:00+07:00', KEMEROVO, 4],
    ['Sat', '2025-03-15T15:00:00+07:00', KEMEROVO, 2],
    ['Sun 23:59:59', '2025-03-16T23:59:59+07:00', KEMEROVO, 1],
    ['Sun 31 Dec 2023 23:59 in UTC+7', '2023-12-31T16:59:00Z', KEMEROVO, 1],
    ['that instant +1 min is Monday in UTC+7', '2023-12-31T17:00:00Z', KEMEROVO, 7],
    ['but still Sunday in UTC+3', '2023-12-31T17:00:00Z', MOSCOW, 1],
    ['Berlin Sunday of spring forward', '2025-03-30T20:00:00Z', BERLIN, 1],
  ])('%s → %i', (_name, instant, zone, left) => {
    expect(daysLeft(ms(instant), zone)).toBe(left);
  });

  test('before the week 7, after it 0; elapsed is the complement', () => {
    const w = weekOf(ms('2025-03-12T12:00:00+07:00'), KEMEROVO);
    expect(daysLeftInWeek(w, w.start - 1)).toBe(7);
    expect(daysLeftInWeek(w, w.end)).toBe(0);
    expect(daysLeftInWeek(w, w.end - 1)).toBe(1);
    expect(daysElapsedInWeek(w, ms('2025-03-12T12:00:00+07:00'))).toBe(2);
    expect(daysElapsedInWeek(w, w.end + 5 * 86_400_000)).toBe(7);
  });
});

describe('startOfDay', () => {
  test.each([
    ['2025-03-10', KEMEROVO, '2025-03-09T17:00:00.000Z'],
    ['2025-03-10', MOSCOW, '2025-03-09T21:00:00.000Z'],
    ['2025-03-30', BERLIN, '2025-03-29T23:00:00.000Z'],
    ['2025-03-31', BERLIN, '2025-03-30T22:00:00.000Z'],
    // Chile skipped 8 Sep 2024 00:00 (clocks went 24:00 → 01:00): the day starts at 01:00 local.
    ['2024-09-08', 'America/Santiago', '2024-09-08T04:00:00.000Z'],
    ['2024-09-09', 'America/Santiago', '2024-09-09T03:00:00.000Z'],
  ])('%s in %s starts at %s', (date, zone, iso) => {
    expect(new Date(startOfDay(date, zone)).toISOString()).toBe(iso);
  });
});

describe('calendar helpers', () => {
  test.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-29', 7, '2026-01-05'],
    ['2025-01-01', -2, '2024-12-30'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });

  test.each([
    ['2025-01-01', 3],
    ['2025-12-29', 1],
    ['2023-12-31', 7],
    ['2024-02-29', 4],
  ])('isoWeekday(%s) = %i', (date, day) => {
    expect(isoWeekday(date)).toBe(day);
  });

  test.each(['2025-02-29', '2025-13-01', '2025-1-1', '25-01-01', ''])('rejects the date %j', (bad) => {
    expect(() => addDays(bad, 1)).toThrow(RangeError);
  });

  test.each([
    [KEMEROVO, true],
    [BARNAUL, true],
    [MOSCOW, true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
    ['UTC+7', false],
  ])('isValidTimeZone(%j) = %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });

  test('a non-finite instant is refused, not turned into a week', () => {
    expect(() => weekOf(Number.NaN, KEMEROVO)).toThrow(RangeError);
  });
});

describe('label', () => {
  test.each([
    ['2025-03-12T12:00:00+07:00', '10–16 марта 2025', '10–16 March 2025'],
    ['2025-04-02T12:00:00+07:00', '31 марта – 6 апреля 2025', '31 March – 6 April 2025'],
    ['2025-12-31T12:00:00+07:00', '29 декабря 2025 – 4 января 2026', '29 December 2025 – 4 January 2026'],
    ['2024-02-29T12:00:00+07:00', '26 февраля – 3 марта 2024', '26 February – 3 March 2024'],
  ])('week of %s', (instant, ru, en) => {
    expect(weekOf(ms(instant), KEMEROVO).label).toEqual({ ru, en });
  });
});

describe('the process zone plays no part', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  const probe = (): unknown =>
    [KEMEROVO, MOSCOW, BERLIN].map((zone) => {
      const t = ms('2023-12-31T16:59:00Z');
      const w = weekOf(t, zone);
      return [w.start, w.end, w.startDate, w.label.ru, daysLeft(t, zone), startOfDay('2024-02-29', zone)];
    });

  test.each(['America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'UTC'])('same weeks with TZ=%s', (tz) => {
    process.env.TZ = 'UTC';
    const baseline = probe();
    process.env.TZ = tz;
    // Proves the switch took effect, so the comparison below is not vacuous.
    if (tz !== 'UTC') expect(new Date(ms('2024-01-15T00:00:00Z')).getTimezoneOffset()).not.toBe(0);
    expect(probe()).toEqual(baseline);
  });
});
