/**
 * Report periods (a month, a quarter) and the retention cut-off, as instants in a zone: a month
 * runs from 00:00 of its first day to 00:00 of the next month's first day on that zone's clock.
 */
import { localDateOf, startOfDay, type IsoDate } from '~/utils/norms/week';
import type { Label } from './labels';

export type PeriodKind = 'month' | 'quarter';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, or quarter 1–4. */
  index: number;
  /** Inclusive. */
  start: number;
  /** Exclusive. */
  end: number;
  timeZone: string;
  label: Label;
}

const MONTHS_RU = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'] as const;
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First day of the month `months` after (year, month); month 1–12, any integer offset. */
function shiftMonth(year: number, month: number, months: number): { year: number; month: number } {
  const zeroBased = year * 12 + (month - 1) + months;
  return { year: Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}

function assertIndex(kind: PeriodKind, index: number): void {
  const max = kind === 'month' ? 12 : 4;
  if (!Number.isInteger(index) || index < 1 || index > max) throw new RangeError(`No ${kind} ${index}`);
}

export function periodOf(kind: PeriodKind, year: number, index: number, timeZone: string): Period {
  assertIndex(kind, index);
  const firstMonth = kind === 'month' ? index : (index - 1) * 3 + 1;
  const next = shiftMonth(year, firstMonth, kind === 'month' ? 1 : 3);
  const label: Label =
    kind === 'month'
      ? { ru: `${MONTHS_RU[index - 1] ?? ''} ${year}`, en: `${MONTHS_EN[index - 1] ?? ''} ${year}` }
      : { ru: `${ROMAN[index - 1] ?? ''} квартал ${year}`, en: `Q${index} ${year}` };
  return {
    kind,
    year,
    index,
    start: startOfDay(iso(year, firstMonth, 1), timeZone),
    end: startOfDay(iso(next.year, next.month, 1), timeZone),
    timeZone,
    label,
  };
}

/** The month or quarter containing `instant` in `timeZone`. */
export function periodContaining(kind: PeriodKind, instant: number, timeZone: string): Period {
  const [year, month] = localDateOf(instant, timeZone).split('-').map(Number) as [number, number];
  return periodOf(kind, year, kind === 'month' ? month : Math.floor((month - 1) / 3) + 1, timeZone);
}

/** The period before (`-1`) or after (`1`). */
export function shiftPeriod(period: Period, by: number): Period {
  const months = period.kind === 'month' ? 1 : 3;
  const firstMonth = period.kind === 'month' ? period.index : (period.index - 1) * 3 + 1;
  const next = shiftMonth(period.year, firstMonth, by * months);
  return periodOf(period.kind, next.year, period.kind === 'month' ? next.month : Math.floor((next.month - 1) / 3) + 1, period.timeZone);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Retention: entries before this instant are older than `months` months — 00:00 of the same
 * calendar day `months` months ago (the month's last day when it has no such day).
 */
export function retentionCutoff(now: number, months: number, timeZone: string): number {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`Retention of ${months} months`);
  const [y, m, d] = localDateOf(now, timeZone).split('-').map(Number) as [number, number, number];
  const back = shiftMonth(y, m, -months);
  return startOfDay(iso(back.year, back.month, Math.min(d, daysInMonth(back.year, back.month))), timeZone);
}
