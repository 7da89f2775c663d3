/**
 * The wall clock as Intl reads it, asked every time: the reference the zone's kept offsets
 * (utils/dates/zone.ts) are checked against.
 */
import { WALL_CLOCK_FORMAT, type WallClock } from '~/utils/dates/zone';

const formats = new Map<string, Intl.DateTimeFormat>();

export function intlWallClock(ms: number, timeZone: string): WallClock {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { ...WALL_CLOCK_FORMAT, timeZone });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(ms);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const bc = parts.find((p) => p.type === 'era')?.value.startsWith('B') ?? false;
  const year = get('year');
  return { year: bc ? 1 - year : year, month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}
