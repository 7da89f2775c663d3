/**
 * Calendar weeks of a regulation: Monday 00:00 to the next Monday 00:00 (half-open) on the wall
 * clock of the profile's zone. Every computation takes the zone explicitly and works on instants,
 * so the browser's own zone (the process's `TZ`) never leaks in.
 */

import { wallClockAt, type WallClock } from '~/utils/dates/zone';
import type { Localized } from './text';

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Week {
  /** First instant of Monday in `timeZone`, epoch ms (inclusive). */
  start: number;
  /** First instant of the following Monday, epoch ms (exclusive). */
  end: number;
  /** Monday. */
  startDate: IsoDate;
  /** Sunday, the last day inside the week. */
  endDate: IsoDate;
  timeZone: string;
  /** `24–30 марта 2025` / `24–30 March 2025`. */
  label: Localized;
}

export const DAYS_PER_WEEK = 7;

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    wallClockAt(0, timeZone);
    return true;
  } catch {
    return false;
  }
}

export type LocalDateTime = WallClock;

function assertInstant(instant: number): void {
  if (!Number.isFinite(instant)) throw new RangeError(`Not an instant: ${instant}`);
}

/** Wall-clock reading of `instant` in `timeZone` (seconds precision); the date parser's own reading. */
export function localDateTime(instant: number, timeZone: string): LocalDateTime {
  assertInstant(instant);
  return wallClockAt(instant, timeZone);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

// Four-digit years only: string order of such dates is calendar order, which the code relies on.
function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch ms of `date` at 00:00 UTC; validates the date. */
function utcMidnight(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (m === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`No such date: ${date}`);
  }
  return d.getTime();
}

function isoFromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The calendar date `instant` falls on in `timeZone`. */
export function localDateOf(instant: number, timeZone: string): IsoDate {
  const l = localDateTime(instant, timeZone);
  return toIsoDate(l.year, l.month, l.day);
}

/** Calendar arithmetic on dates; zones play no part. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoFromUtc(utcMidnight(date) + days * 86_400_000);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const d = new Date(utcMidnight(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}

/** How far the zone's clock is ahead of UTC at `instant`, ms. */
function offsetAt(instant: number, timeZone: string): number {
  const l = localDateTime(instant, timeZone);
  const wall = new Date(0);
  wall.setUTCFullYear(l.year, l.month - 1, l.day);
  wall.setUTCHours(l.hour, l.minute, l.second, 0);
  const truncated = instant - (((instant % 1000) + 1000) % 1000);
  return wall.getTime() - truncated;
}

/**
 * First instant of `date` in `timeZone`. Normally 00:00; where a clock change skips midnight
 * the day starts at the change. The guesses are checked, and a binary search settles any zone
 * whose history defeats them.
 */
export function startOfDay(date: IsoDate, timeZone: string): number {
  const wall = utcMidnight(date);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  const candidates = [first, second].filter((t) => localDateOf(t, timeZone) === date).sort((a, b) => a - b);
  const best = candidates[0];
  if (best !== undefined && localDateOf(best - 1, timeZone) < date) return best;
  return searchDayStart(date, timeZone, wall);
}

function searchDayStart(date: IsoDate, timeZone: string, wall: number): number {
  // Every offset in use is within ±26 h of UTC, so the day starts inside this window.
  let lo = wall - 2 * 86_400_000;
  let hi = wall + 2 * 86_400_000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDateOf(mid, timeZone) < date) lo = mid;
    else hi = mid;
  }
  return hi;
}

const MONTHS_RU_GENITIVE = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
] as const;
const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function split(date: IsoDate): { year: number; month: number; day: number } {
  const d = new Date(utcMidnight(date));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `24–30 марта 2025`, `31 марта – 6 апреля 2025`, `29 декабря 2025 – 4 января 2026`. */
export function weekLabel(monday: IsoDate, sunday: IsoDate): Localized {
  const a = split(monday);
  const b = split(sunday);
  const render = (months: readonly string[]): string => {
    const ma = months[a.month - 1] ?? '';
    const mb = months[b.month - 1] ?? '';
    if (a.year !== b.year) return `${a.day} ${ma} ${a.year} – ${b.day} ${mb} ${b.year}`;
    if (a.month !== b.month) return `${a.day} ${ma} – ${b.day} ${mb} ${b.year}`;
    return `${a.day}–${b.day} ${mb} ${b.year}`;
  };
  return { ru: render(MONTHS_RU_GENITIVE), en: render(MONTHS_EN) };
}

/** The week (in `timeZone`) that contains `instant`. */
export function weekOf(instant: number, timeZone: string): Week {
  const today = localDateOf(instant, timeZone);
  const startDate = addDays(today, 1 - isoWeekday(today));
  const endDate = addDays(startDate, DAYS_PER_WEEK - 1);
  return {
    start: startOfDay(startDate, timeZone),
    // Not start + 7 × 24 h: a week with a clock change is an hour shorter or longer.
    end: startOfDay(addDays(startDate, DAYS_PER_WEEK), timeZone),
    startDate,
    endDate,
    timeZone,
    label: weekLabel(startDate, endDate),
  };
}

export function isInWeek(week: Pick<Week, 'start' | 'end'>, instant: number): boolean {
  return instant >= week.start && instant < week.end;
}

/** The week before (`-1`) or after (`1`) `week`, in the same zone. */
export function shiftWeek(week: Week, weeks: number): Week {
  return weekOf(startOfDay(addDays(week.startDate, weeks * DAYS_PER_WEEK), week.timeZone), week.timeZone);
}

/**
 * Days of `week` still available at `now`, **today included**: 7 on Monday, 1 on Sunday, so a
 * press officer who has not posted yet today can still count on today. 7 before the week
 * begins, 0 once it has ended.
 */
export function daysLeftInWeek(week: Week, now: number): number {
  if (now < week.start) return DAYS_PER_WEEK;
  if (now >= week.end) return 0;
  return DAYS_PER_WEEK - daysBetween(week.startDate, localDateOf(now, week.timeZone));
}

/** Days left in the current week of `timeZone`, today included (Monday 7 … Sunday 1). */
export function daysLeft(now: number, timeZone: string): number {
  return daysLeftInWeek(weekOf(now, timeZone), now);
}

/** Whole days of the week already behind `now` (Monday 0 … Sunday 6; 7 once it ended). */
export function daysElapsedInWeek(week: Week, now: number): number {
  return DAYS_PER_WEEK - daysLeftInWeek(week, now);
}
