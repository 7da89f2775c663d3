/**
 * Wall-clock arithmetic in a named IANA zone, independent of the process's own zone:
 * the networks print dates in the reader's zone, which is the profile's region, not the
 * machine the tests or the browser run on.
 */

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError on an unknown zone: a misconfigured profile must be loud, not read as UTC.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at instant `ms`. */
export function wallClockAt(ms: number, timeZone: string): WallClock {
  const out: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    const n = Number(part.value);
    switch (part.type) {
      case 'year':
        out.year = n;
        break;
      case 'month':
        out.month = n;
        break;
      case 'day':
        out.day = n;
        break;
      case 'hour':
        out.hour = n;
        break;
      case 'minute':
        out.minute = n;
        break;
      case 'second':
        out.second = n;
        break;
      case 'era':
        bc = part.value.startsWith('B');
        break;
      default:
        break;
    }
  }
  if (bc) out.year = 1 - out.year;
  return out;
}

/** Offset of `timeZone` from UTC at instant `ms`, in ms (east positive). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClockAt(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The instant a wall clock reading in `timeZone` denotes. In a DST gap (a reading that never
 * happened) the reading is taken with the offset before the change, i.e. moved forward;
 * in an overlap the earlier instant wins — either way never more than the shift off.
 */
export function instantOf(w: WallClock, timeZone: string, ms = 0): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, ms);
  const first = asUtc - offsetAt(asUtc, timeZone);
  const second = asUtc - offsetAt(first, timeZone);
  if (first === second) return first;
  // The two guesses straddle a change: prefer the one that reads back as asked, else the earlier.
  const readsBack = (t: number): boolean => {
    const r = wallClockAt(t, timeZone);
    return r.hour === w.hour && r.minute === w.minute && r.day === w.day;
  };
  if (readsBack(second) && readsBack(first)) return Math.min(first, second);
  if (readsBack(second)) return second;
  if (readsBack(first)) return first;
  return Math.max(first, second);
}

/** Calendar day `days` after (negative: before) the given one; months and years roll over. */
export function addDays(w: Pick<WallClock, 'year' | 'month' | 'day'>, days: number): Pick<WallClock, 'year' | 'month' | 'day'> {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
