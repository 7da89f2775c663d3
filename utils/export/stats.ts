/**
 * The dashboard's chart series: flagged and deleted per week by category, per page, and the
 * share of false alarms («Не нарушение») per week. Weeks are Monday–Sunday in the user's zone.
 */
import type { LogEntry } from '~/utils/db/database';
import { shiftWeek, weekOf } from '~/utils/norms/week';
import { addToTally, emptyTally, falseAlarmShare, type Tally } from './report';

export type StatsEntry = Pick<LogEntry, 'at' | 'pageKey' | 'categories' | 'decision' | 'outcome'>;

/** The category of an entry without one (a moderator's own flag). */
export const NO_CATEGORY = 'none';

export interface WeeklySeries {
  /** Monday of each week, epoch ms, oldest first; weeks without entries included. */
  weeks: number[];
  /** Per category, one number per week. An entry with several categories counts in each. */
  flagged: Map<string, number[]>;
  deleted: Map<string, number[]>;
  /** Per week: share of false alarms among flagged (null for a week with nothing flagged). */
  falseAlarmShare: (number | null)[];
}

const MAX_WEEKS = 530;

/** Series for the weeks from the one containing `from` to the one containing `to - 1`. */
export function weeklySeries(entries: readonly StatsEntry[], from: number, to: number, timeZone: string): WeeklySeries {
  const weeks: number[] = [];
  for (let w = weekOf(from, timeZone); w.start < to && weeks.length < MAX_WEEKS; w = shiftWeek(w, 1)) weeks.push(w.start);
  const flagged = new Map<string, number[]>();
  const deleted = new Map<string, number[]>();
  const tallies: Tally[] = weeks.map(() => emptyTally());
  const row = (map: Map<string, number[]>, category: string): number[] => {
    let r = map.get(category);
    if (!r) {
      r = weeks.map(() => 0);
      map.set(category, r);
    }
    return r;
  };
  for (const e of entries) {
    const i = weekIndex(weeks, e.at);
    const tally = tallies[i];
    if (i < 0 || e.at >= to || tally === undefined) continue;
    addToTally(tally, e);
    const isDeleted = e.decision !== 'dismiss' && e.outcome === 'done';
    for (const category of e.categories.length ? e.categories : [NO_CATEGORY]) {
      row(flagged, category)[i]! += 1;
      if (isDeleted) row(deleted, category)[i]! += 1;
    }
  }
  return { weeks, flagged, deleted, falseAlarmShare: tallies.map((t) => (t.flagged === 0 ? null : falseAlarmShare(t))) };
}

/** Index of the week (by its Monday) holding `at`; -1 before the first. */
function weekIndex(weeks: readonly number[], at: number): number {
  let lo = 0;
  let hi = weeks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((weeks[mid] ?? Infinity) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface PageTally extends Tally {
  pageKey: string;
}

/** Per page, most flagged first. */
export function perPage(entries: readonly StatsEntry[]): PageTally[] {
  const byPage = new Map<string, PageTally>();
  for (const e of entries) {
    let t = byPage.get(e.pageKey);
    if (!t) {
      t = { pageKey: e.pageKey, ...emptyTally() };
      byPage.set(e.pageKey, t);
    }
    addToTally(t, e);
  }
  return [...byPage.values()].sort((a, b) => b.flagged - a.flagged || a.pageKey.localeCompare(b.pageKey));
}
