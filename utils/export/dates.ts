/**
 * Wall-clock dates for exported files. Spreadsheets have no zones, so every date is written as
 * the wall clock of one zone (the user's), named in the file. The zone's offsets come from
 * `utils/dates/zone.ts`, which keeps them per hour: 100,000 rows cost a few Intl calls, not one a
 * row.
 */
import { offsetAt, wallClockAt } from '~/utils/dates/zone';
import type { LocalDateTime } from '~/utils/norms/week';

/**
 * The instant whose UTC reading is the wall clock of `instant` in `timeZone`: what a spreadsheet
 * date cell (zone-less) must hold to show the local time.
 */
export function wallClockAsUtc(instant: number, timeZone: string): number {
  return instant + offsetAt(instant, timeZone);
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

// The last minute formatted: a row's two dates (decided, updated) usually fall in one minute.
let lastMinute = NaN;
let lastZone = '';
let lastText = '';

/** `ДД.ММ.ГГГГ ЧЧ:ММ`: the form a Russian Excel reads as a date and time. */
export function formatDateTimeRu(instant: number, timeZone: string): string {
  const minute = Math.floor(instant / 60_000);
  if (minute === lastMinute && timeZone === lastZone) return lastText;
  const l = wallClockAt(instant, timeZone);
  lastText = `${two(l.day)}.${two(l.month)}.${l.year} ${two(l.hour)}:${two(l.minute)}`;
  lastMinute = minute;
  lastZone = timeZone;
  return lastText;
}

/** `ДД.ММ.ГГГГ`. */
export function formatDateRu(instant: number, timeZone: string): string {
  const l = wallClockAt(instant, timeZone);
  return `${two(l.day)}.${two(l.month)}.${l.year}`;
}

const DATE_TIME_RU = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})$/;

/** Reads `ДД.ММ.ГГГГ ЧЧ:ММ` back as wall-clock fields (null when it is not that form). */
export function parseDateTimeRu(text: string): Omit<LocalDateTime, 'second'> | null {
  const m = DATE_TIME_RU.exec(text);
  if (!m) return null;
  return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]) };
}
