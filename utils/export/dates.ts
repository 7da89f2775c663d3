/**
 * Wall-clock dates for exported files. Spreadsheets have no zones, so every date is written as
 * the wall clock of one zone (the user's), named in the file.
 *
 * Intl's formatToParts costs microseconds a call, too much for 100,000 rows: the zone's offset is
 * cached per UTC day when it is the same all day, else per 15-minute slice of UTC. Every zone
 * change in the tz database happens on a quarter hour of UTC, so within one slice the offset is
 * constant (checked against Intl by the tests).
 */
import { localDateTime, type LocalDateTime } from '~/utils/norms/week';

const SLICE = 15 * 60_000;
const DAY = 86_400_000;

interface ZoneCache {
  /** Per 15-minute slice of UTC: the offset. */
  slices: Map<number, number>;
  /** Per UTC day: the offset when it is the same all day, null when the clock changes that day. */
  days: Map<number, number | null>;
}

const zones = new Map<string, ZoneCache>();

function sliceOffset(zone: ZoneCache, slice: number, timeZone: string): number {
  let offset = zone.slices.get(slice);
  if (offset === undefined) {
    const start = slice * SLICE;
    const l = localDateTime(start, timeZone);
    offset = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - start;
    // Years 0–99 are not log dates; Date.UTC would map them to 1900–1999 anyway.
    if (zone.slices.size > 50_000) zone.slices.clear();
    zone.slices.set(slice, offset);
  }
  return offset;
}

/**
 * The zone's offset at `instant`. A day whose first and last slices have one offset has it all
 * day (no zone changes its clock twice in a day and back), so a year of dates costs two Intl
 * calls a day, not one per slice.
 */
function offsetOf(instant: number, timeZone: string): number {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    zone = { slices: new Map(), days: new Map() };
    zones.set(timeZone, zone);
  }
  const day = Math.floor(instant / DAY);
  let allDay = zone.days.get(day);
  if (allDay === undefined) {
    const first = sliceOffset(zone, (day * DAY) / SLICE, timeZone);
    const last = sliceOffset(zone, ((day + 1) * DAY) / SLICE - 1, timeZone);
    allDay = first === last ? first : null;
    if (zone.days.size > 50_000) zone.days.clear();
    zone.days.set(day, allDay);
  }
  return allDay ?? sliceOffset(zone, Math.floor(instant / SLICE), timeZone);
}

/**
 * The instant whose UTC reading is the wall clock of `instant` in `timeZone`: what a spreadsheet
 * date cell (zone-less) must hold to show the local time.
 */
export function wallClockAsUtc(instant: number, timeZone: string): number {
  return instant + offsetOf(instant, timeZone);
}

export function wallClock(instant: number, timeZone: string): LocalDateTime {
  const d = new Date(wallClockAsUtc(instant, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
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
  const l = wallClock(instant, timeZone);
  lastText = `${two(l.day)}.${two(l.month)}.${l.year} ${two(l.hour)}:${two(l.minute)}`;
  lastMinute = minute;
  lastZone = timeZone;
  return lastText;
}

/** `ДД.ММ.ГГГГ`. */
export function formatDateRu(instant: number, timeZone: string): string {
  const l = wallClock(instant, timeZone);
  return `${two(l.day)}.${two(l.month)}.${l.year}`;
}

const DATE_TIME_RU = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})$/;

/** Reads `ДД.ММ.ГГГГ ЧЧ:ММ` back as wall-clock fields (null when it is not that form). */
export function parseDateTimeRu(text: string): Omit<LocalDateTime, 'second'> | null {
  const m = DATE_TIME_RU.exec(text);
  if (!m) return null;
  return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]) };
}
