import { describe, expect, test } from 'vitest';
import { instantOf, wallClockAt } from '~/utils/dates/zone';
import { intlWallClock as reference } from './intl-reference';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Every offset change of a zone between two instants, found by bisection (to the second). */
function changes(timeZone: string, from: number, to: number): number[] {
  const offset = (ms: number): number => {
    const w = reference(ms, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - (ms - (((ms % 1000) + 1000) % 1000));
  };
  const out: number[] = [];
  const step = 6 * HOUR;
  for (let a = from; a < to; a += step) {
    let lo = a;
    let hi = a + step;
    if (offset(lo) === offset(hi)) continue;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offset(mid) === offset(lo)) lo = mid;
      else hi = mid;
    }
    out.push(hi);
  }
  return out;
}

// Zones of the regions and zones whose changes are not at a whole hour: Moscow's 2011 and 2014
// changes, New York's daylight time, Lord Howe's half-hour shift, Kathmandu's +5:45, Moscow's
// local mean time of 1900 (+2:30:17, seconds in the offset).
const ZONES = ['Europe/Moscow', 'Asia/Krasnoyarsk', 'Asia/Kamchatka', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];

describe('wallClockAt: the same as Intl, instant by instant', () => {
  test.each(ZONES)('%s, around every change of 2010–2028 and at random instants', (zone) => {
    const from = Date.UTC(2010, 0, 1);
    const to = Date.UTC(2028, 11, 31);
    const instants: number[] = [];
    for (const change of changes(zone, from, to)) {
      for (const d of [-HOUR - 1000, -HOUR, -1001, -1000, -1, 0, 1, 999, 1000, 30 * MINUTE, HOUR - 1000, HOUR, 2 * HOUR]) instants.push(change + d);
    }
    // A fixed pseudo-random spread (LCG), sub-second parts included.
    let seed = 12345;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      instants.push(from + Math.floor((seed / 2 ** 31) * (to - from)));
    }
    for (const ms of instants) expect(wallClockAt(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).toEqual(reference(ms, zone));
  });

  test('the changes found are real ones (the comparison above is not vacuous)', () => {
    expect(changes('America/New_York', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([Date.parse('2026-03-08T07:00:00Z'), Date.parse('2026-11-01T06:00:00Z')]);
    expect(changes('Europe/Moscow', Date.UTC(2010, 0, 1), Date.UTC(2015, 0, 1))).toHaveLength(4); // 2010 ×2, 2011, 2014
    expect(changes('Australia/Lord_Howe', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toHaveLength(2);
  });

  test('an offset with seconds in it, and instants before 1970 and in the first century', () => {
    for (const iso of ['1900-06-01T12:00:00.500Z', '1919-07-01T00:00:00Z', '1969-12-31T23:59:59.999Z', '0050-03-01T10:00:00Z']) {
      const ms = Date.parse(iso);
      for (const zone of ['Europe/Moscow', 'Asia/Kathmandu', 'UTC']) expect(wallClockAt(ms, zone), `${zone} at ${iso}`).toEqual(reference(ms, zone));
    }
  });

  test('an unknown zone is an error, not UTC', () => {
    expect(() => wallClockAt(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('instantOf: a wall clock read back', () => {
  test.each(ZONES)('%s: every minute of a day around each 2026 change reads back, or is a gap', (zone) => {
    for (const change of changes(zone, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))) {
      for (let ms = change - 12 * HOUR; ms < change + 12 * HOUR; ms += 7 * MINUTE) {
        const w = wallClockAt(ms, zone);
        const back = instantOf(w, zone);
        // An overlap reads back as its earlier instant; otherwise exactly.
        expect(wallClockAt(back, zone)).toEqual(w);
        expect(back <= ms).toBe(true);
      }
    }
  });
});
