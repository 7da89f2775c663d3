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

/** How the engine is asked for a wall clock: every field a number, the hours 0–23, the era. */
export const WALL_CLOCK_FORMAT: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  era: 'short',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError on an unknown zone: a misconfigured profile must be loud, not read as UTC.
    f = new Intl.DateTimeFormat('en-US', { ...WALL_CLOCK_FORMAT, timeZone });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at instant `ms`, as the engine's time-zone data gives it. */
function readWallClock(ms: number, timeZone: string): WallClock {
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

/** `ms` rounded down to a whole second (the zone data's precision). */
const wholeSecond = (ms: number): number => ms - (((ms % 1000) + 1000) % 1000);

/** Offset of `timeZone` from UTC at instant `ms`, in ms (east positive), read from the engine. */
function readOffset(ms: number, timeZone: string): number {
  const w = readWallClock(ms, timeZone);
  // setUTCFullYear, not Date.UTC: that reads the years 0–99 as 1900–1999.
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(w.year, w.month - 1, w.day);
  asUtc.setUTCHours(w.hour, w.minute, w.second);
  return asUtc.getTime() - wholeSecond(ms);
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** A zone's offsets by hour (ms / HOUR_MS, floored); NaN for an hour in which the offset changes. */
const offsets = new Map<string, Map<number, number>>();
/** Hours kept per zone: a page's dates span a few years at most; past this the table starts over. */
const OFFSET_HOURS_KEPT = 50_000;

/**
 * Offset of `timeZone` from UTC at instant `ms`, in ms (east positive). Reading the engine's zone
 * data costs tens of microseconds, and a page of comments asks thousands of times: the offset is
 * kept per hour. An hour whose first and last second have the same offset has it throughout (a
 * zone changes its offset months apart, at a whole second); an hour with a change is read exactly
 * every time.
 */
export function offsetAt(ms: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) {
    formatterFor(timeZone); // an unknown zone throws here, before anything is kept
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const hour = Math.floor(ms / HOUR_MS);
  let offset = zone.get(hour);
  if (offset === undefined) {
    const first = readOffset(hour * HOUR_MS, timeZone);
    offset = first === readOffset(hour * HOUR_MS + HOUR_MS - 1000, timeZone) ? first : NaN;
    if (zone.size >= OFFSET_HOURS_KEPT) zone.clear();
    zone.set(hour, offset);
  }
  return Number.isNaN(offset) ? readOffset(ms, timeZone) : offset;
}

/** The wall clock in `timeZone` at instant `ms` (to the second). */
export function wallClockAt(ms: number, timeZone: string): WallClock {
  const d = new Date(wholeSecond(ms) + offsetAt(ms, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * The instant a wall clock reading in `timeZone` denotes. In a DST gap (a reading that never
 * happened) the reading is taken with the offset before the change, i.e. moved forward;
 * in an overlap the earlier instant wins — either way never more than the shift off.
 */
export function instantOf(w: WallClock, timeZone: string, ms = 0): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, ms);
  // The reading taken with the offsets a day before and a day after it (a zone changes its
  // offset months apart): the same instant unless a change is near.
  const before = asUtc - offsetAt(asUtc - DAY_MS, timeZone);
  const after = asUtc - offsetAt(asUtc + DAY_MS, timeZone);
  if (before === after) return before;
  const readsBack = (t: number): boolean => {
    const r = wallClockAt(t, timeZone);
    return r.hour === w.hour && r.minute === w.minute && r.day === w.day;
  };
  if (readsBack(before) && readsBack(after)) return Math.min(before, after);
  if (readsBack(after)) return after;
  // A reading of the offset before the change, or one that never happened: moved forward.
  return before;
}

/** Calendar day `days` after (negative: before) the given one; months and years roll over. */
export function addDays(w: Pick<WallClock, 'year' | 'month' | 'day'>, days: number): Pick<WallClock, 'year' | 'month' | 'day'> {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
