/**
 * Dates as VK, OK and Telegram show them, read into epoch milliseconds.
 *
 * Pure: "now" and the zone the page is read in are injected, so the same text gives the same
 * instant on any machine. The grammar is strict on purpose — a text we do not fully understand
 * ("вчера вечером", "на прошлой неделе") is null, so the overlay says "date unreadable" instead of
 * counting a post in the wrong week.
 */
import { addDays, daysInMonth, instantOf, wallClockAt, type WallClock } from './zone';

export interface DateContext {
  /** Epoch milliseconds the relative texts count back from. */
  now: number;
  /** IANA zone the page prints its wall-clock readings in. */
  timeZone: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Unix timestamps outside this window are not dates a network shows (VK opened in 2006);
 * they are ids, counters or zeros that happen to sit in a date attribute.
 */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);
/** Below this a number is seconds (10^11 s is the year 5138), at or above it milliseconds (10^11 ms is 1973). */
const SECONDS_LIMIT = 1e11;

/** Genitive month names and the abbreviations VK and OK print ("янв", "мар.", "мая", "сент"). */
const MONTHS: ReadonlyMap<string, number> = new Map([
  ['янв', 1], ['января', 1],
  ['фев', 2], ['февр', 2], ['февраля', 2],
  ['мар', 3], ['марта', 3],
  ['апр', 4], ['апреля', 4],
  ['мая', 5], ['май', 5],
  ['июн', 6], ['июня', 6],
  ['июл', 7], ['июля', 7],
  ['авг', 8], ['августа', 8],
  ['сен', 9], ['сент', 9], ['сентября', 9],
  ['окт', 10], ['октября', 10],
  ['ноя', 11], ['нояб', 11], ['ноября', 11],
  ['дек', 12], ['декабря', 12],
]);

/** Small counts the networks spell out ("два часа назад", "одну минуту назад"). */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['один', 1], ['одна', 1], ['одну', 1],
  ['два', 2], ['две', 2],
  ['три', 3], ['четыре', 4], ['пять', 5], ['шесть', 6], ['семь', 7], ['восемь', 8], ['девять', 9], ['десять', 10],
]);

/** Units of "… назад" by stem; the forms are listed so that "минутка" or "часики" stay unknown. */
const UNITS: ReadonlyMap<string, number> = new Map([
  ['секунду', 1000], ['секунды', 1000], ['секунд', 1000], ['сек', 1000],
  ['минуту', MINUTE], ['минуты', MINUTE], ['минут', MINUTE], ['мин', MINUTE],
  ['час', HOUR], ['часа', HOUR], ['часов', HOUR], ['ч', HOUR],
  ['день', DAY], ['дня', DAY], ['дней', DAY], ['сутки', DAY], ['суток', DAY],
]);

const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['сегодня', 0],
  ['вчера', -1],
  ['позавчера', -2],
]);

const TIME = String.raw`(?:,?\s+(?:в\s+)?(\d{1,2}):(\d{2}))?`;
const RE_RELATIVE = /^(?:(\d{1,3}|[а-я]+)\s+)?([а-я]+)\s+назад$/;
const RE_DAY_WORD = new RegExp(String.raw`^([а-я]+)${TIME}$`);
const RE_BARE_TIME = /^(\d{1,2}):(\d{2})$/;
const RE_DAY_MONTH = new RegExp(String.raw`^(\d{1,2})\s+([а-я]+)(?:\s+(\d{4})(?:\s*г)?)?${TIME}$`);
const RE_NUMERIC = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${TIME}$`);
const RE_UNIX = /^\d{9,13}(?:\.\d+)?$/;
const RE_ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Epoch ms of a date as a network shows it, or null when the input is not one.
 *
 * Understood: unix seconds or milliseconds (number or digit string, told apart by magnitude);
 * ISO 8601 with or without offset (without: wall clock in `ctx.timeZone`); "только что";
 * "N мин/ч/дн назад" with digits or small number words ("минуту назад", "два часа назад");
 * "сегодня/вчера/позавчера [в] 12:30" (no time: the start of that day); a bare "12:30" (today,
 * as OK prints it); "12 янв", "5 марта", "12 янв 2024", "5 мар 2025 в 10:00" (no year: this year,
 * or the previous one if the day is still ahead); "12.01.2024 [10:00]".
 *
 * @throws RangeError when `ctx.timeZone` is not an IANA zone.
 */
export function parseNetworkDate(input: string | number, ctx: DateContext): number | null {
  if (typeof input === 'number') return fromUnix(input);
  const text = normalise(input);
  if (text === '') return null;

  if (RE_UNIX.test(text)) return fromUnix(Number(text));

  const iso = RE_ISO.exec(text);
  if (iso) return fromIso(iso, ctx);

  if (text === 'только что' || text === 'сейчас') return ctx.now;
  if (text === 'полчаса назад') return ctx.now - 30 * MINUTE;

  const rel = RE_RELATIVE.exec(text);
  if (rel) return fromRelative(rel[1], rel[2] ?? '', ctx);

  const dayWord = RE_DAY_WORD.exec(text);
  if (dayWord) {
    const shift = DAY_WORDS.get(dayWord[1] ?? '');
    if (shift === undefined) return null;
    return onDay(addDays(wallClockAt(ctx.now, ctx.timeZone), shift), dayWord[2], dayWord[3], ctx);
  }

  const bare = RE_BARE_TIME.exec(text);
  if (bare) return onDay(wallClockAt(ctx.now, ctx.timeZone), bare[1], bare[2], ctx);

  const dm = RE_DAY_MONTH.exec(text);
  if (dm) {
    const month = MONTHS.get(dm[2] ?? '');
    if (month === undefined) return null;
    const day = Number(dm[1]);
    let year: number;
    if (dm[3] !== undefined) {
      year = Number(dm[3]);
    } else {
      // No year means "this year" — unless that day has not come yet, then it was last year's.
      const today = wallClockAt(ctx.now, ctx.timeZone);
      year = month > today.month || (month === today.month && day > today.day) ? today.year - 1 : today.year;
    }
    return onDay({ year, month, day }, dm[4], dm[5], ctx);
  }

  const num = RE_NUMERIC.exec(text);
  if (num) {
    const rawYear = num[3] ?? '';
    const year = rawYear.length === 2 ? 2000 + Number(rawYear) : Number(rawYear);
    return onDay({ year, month: Number(num[2]), day: Number(num[1]) }, num[4], num[5], ctx);
  }

  return null;
}

/**
 * The first readable date among an attribute value (exact: a timestamp or ISO) and a text
 * (what the reader sees), in that order; null if neither reads.
 */
export function parseDateAttrOrText(
  attr: string | number | null | undefined,
  text: string | null | undefined,
  ctx: DateContext,
): number | null {
  if (attr !== null && attr !== undefined && attr !== '') {
    const fromAttr = parseNetworkDate(attr, ctx);
    if (fromAttr !== null) return fromAttr;
  }
  if (text !== null && text !== undefined) return parseNetworkDate(text, ctx);
  return null;
}

function normalise(input: string): string {
  return input
    .toLowerCase()
    .replace(/ё/g, 'е')
    // NBSP, thin and narrow spaces are what the networks put between the day and the month.
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ')
    // "5 мар. 2025 г. в 10:00", "12 мин. назад": the dots of abbreviations carry nothing.
    .replace(/([а-я])\.(?=\s|$)/g, '$1')
    .trim();
}

function fromUnix(n: number): number | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n < SECONDS_LIMIT ? Math.round(n * 1000) : Math.round(n);
  return ms >= EARLIEST && ms < LATEST ? ms : null;
}

function fromIso(m: RegExpExecArray, ctx: DateContext): number | null {
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const wall: WallClock = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s) };
  if (!validWall(wall) || wall.second > 59) return null;
  const ms = frac === '' ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  if (zone === undefined) return instantOf(wall, ctx.timeZone, ms);
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, ms);
  if (zone === 'z') return utc;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offH = Number(digits.slice(0, 2));
  const offM = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (offH > 14 || offM > 59) return null;
  return utc - sign * (offH * HOUR + offM * MINUTE);
}

function fromRelative(count: string | undefined, unit: string, ctx: DateContext): number | null {
  const size = UNITS.get(unit);
  if (size === undefined) return null;
  let n: number | undefined;
  if (count === undefined) n = 1;
  else if (/^\d+$/.test(count)) n = Number(count);
  else n = NUMBER_WORDS.get(count);
  if (n === undefined) return null;
  return ctx.now - n * size;
}

function onDay(
  date: Pick<WallClock, 'year' | 'month' | 'day'>,
  hour: string | undefined,
  minute: string | undefined,
  ctx: DateContext,
): number | null {
  const wall: WallClock = { ...date, hour: hour === undefined ? 0 : Number(hour), minute: minute === undefined ? 0 : Number(minute), second: 0 };
  return validWall(wall) ? instantOf(wall, ctx.timeZone) : null;
}

function validWall(w: WallClock): boolean {
  return (
    w.month >= 1 &&
    w.month <= 12 &&
    w.day >= 1 &&
    w.day <= daysInMonth(w.year, w.month) &&
    w.hour >= 0 &&
    w.hour <= 23 &&
    w.minute >= 0 &&
    w.minute <= 59 &&
    w.year >= 2000 &&
    w.year < 2100
  );
}
