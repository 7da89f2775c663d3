import { describe, expect, test } from 'vitest';
import { wallClockAt } from '~/utils/dates/zone';
import { formatDateRu, formatDateTimeRu, parseDateTimeRu } from '~/utils/export/dates';
import { intlWallClock } from '../dates/intl-reference';

describe('wall-clock dates', () => {
  test.each([
    ['Europe/Moscow', '2026-01-05T09:00:00Z', '05.01.2026 12:00'],
    ['Asia/Novokuznetsk', '2026-12-31T17:30:00Z', '01.01.2027 00:30'],
    ['Asia/Barnaul', '2026-03-01T16:59:59Z', '01.03.2026 23:59'],
    ['Europe/Kaliningrad', '2026-06-15T00:00:00Z', '15.06.2026 02:00'],
    ['UTC', '2026-02-28T23:59:00Z', '28.02.2026 23:59'],
    // Moscow before 2014 was UTC+4: the cache must not carry today's offset back.
    ['Europe/Moscow', '2013-01-05T09:00:00Z', '05.01.2013 13:00'],
  ])('%s %s → %s', (zone, iso, expected) => {
    expect(formatDateTimeRu(Date.parse(iso), zone)).toBe(expected);
  });

  // The kept offsets must agree with Intl on both sides of clock changes.
  test.each([
    ['America/New_York', '2026-03-08T06:45:00Z', 60],
    ['America/New_York', '2026-11-01T05:45:00Z', 60],
    ['Europe/Berlin', '2026-03-29T00:50:00Z', 30],
    ['Australia/Lord_Howe', '2026-04-04T14:40:00Z', 40],
    ['Asia/Kathmandu', '2026-07-01T00:00:00Z', 60],
    ['Europe/Moscow', '2014-10-25T21:50:00Z', 30],
  ])('%s around %s agrees with Intl minute by minute', (zone, iso, minutes) => {
    const start = Date.parse(iso);
    for (let m = 0; m < minutes; m++) {
      const t = start + m * 60_000 + 17_000;
      expect(wallClockAt(t, zone)).toEqual(intlWallClock(t, zone));
    }
  });

  // Random instants over two years, in zones with and without summer time, read the same as Intl.
  test.each(['Europe/Moscow', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago'])('%s: two years of random instants agree with Intl', (zone) => {
    let seed = 7;
    const next = () => ((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647);
    const from = Date.parse('2025-01-01T00:00:00Z');
    for (let i = 0; i < 2_000; i++) {
      const t = from + Math.floor(next() * 730 * 86_400_000);
      expect(wallClockAt(t, zone)).toEqual(intlWallClock(t, zone));
    }
  });

  test('date only, and the form read back', () => {
    const t = Date.parse('2026-04-09T08:05:00Z');
    expect(formatDateRu(t, 'Europe/Moscow')).toBe('09.04.2026');
    expect(parseDateTimeRu(formatDateTimeRu(t, 'Europe/Moscow'))).toEqual({ day: 9, month: 4, year: 2026, hour: 11, minute: 5 });
    expect(parseDateTimeRu('2026-04-09 11:05')).toBeNull();
  });
});
