/**
 * The month's and the quarter's summary per page that the regulations ask for (Kuzbass No. 170
 * p. 25, No. 171 p. 2-1): comments flagged and acted on, deleted, authors blacklisted, false
 * alarms, and — where the page has a profile with a weekly norm — the weeks the norm was met.
 *
 * Counting rules (docs/log.md):
 * - flagged: every log entry, whatever the decision (each is a flagged comment a moderator acted on);
 * - deleted: decision delete or delete_and_blacklist, outcome done;
 * - blacklisted: delete_and_blacklist, outcome done;
 * - false alarms: decision dismiss («Не нарушение»);
 * - pending / failed: deletions not (yet) carried out.
 */
import type { LogEntry, PageRecord } from '~/utils/db/database';
import { weekStatus, type CountablePost } from '~/utils/norms/counter';
import type { Profile } from '~/utils/norms/schema';
import { shiftWeek, weekOf } from '~/utils/norms/week';
import type { Network } from '~/utils/sites/types';
import type { Period } from './periods';

export type ReportEntry = Pick<LogEntry, 'pageKey' | 'network' | 'decision' | 'outcome'>;

export interface Tally {
  flagged: number;
  deleted: number;
  blacklisted: number;
  falseAlarms: number;
  pending: number;
  failed: number;
}

/** Publications against the weekly norm over the period's weeks. */
export interface NormWeeks {
  /** Weeks whose Monday falls in the period and which have ended. */
  total: number;
  met: number;
  missed: number;
  /** Weeks whose wall was not seen whole, so the count is not known. */
  unknown: number;
  /** Publications counted in the weeks seen whole. */
  posts: number;
  normMin: number | null;
}

export interface PageReport extends Tally {
  pageKey: string;
  title: string;
  network: Network;
  /** null: no profile with a weekly norm for this page (nothing to compare with). */
  norm: NormWeeks | null;
}

export interface PeriodReport {
  period: Period;
  pages: PageReport[];
  totals: Tally;
}

export function emptyTally(): Tally {
  return { flagged: 0, deleted: 0, blacklisted: 0, falseAlarms: 0, pending: 0, failed: 0 };
}

export function addToTally(t: Tally, e: Pick<LogEntry, 'decision' | 'outcome'>): void {
  t.flagged++;
  if (e.decision === 'dismiss') {
    t.falseAlarms++;
    return;
  }
  if (e.outcome === 'done') {
    t.deleted++;
    if (e.decision === 'delete_and_blacklist') t.blacklisted++;
  } else if (e.outcome === 'pending') t.pending++;
  else t.failed++;
}

/** Share of false alarms among flagged, 0 when nothing was flagged. */
export function falseAlarmShare(t: Pick<Tally, 'flagged' | 'falseAlarms'>): number {
  return t.flagged === 0 ? 0 : t.falseAlarms / t.flagged;
}

export interface PageNormInput {
  page: Pick<PageRecord, 'network' | 'coverage'>;
  profile: Profile | null;
  posts: readonly CountablePost[];
}

/**
 * Each week of the period (by its Monday, in the profile's zone) that has ended by `now`, judged
 * with the week counter itself: met when the counter shows green for the finished week.
 */
export function normWeeks(input: PageNormInput, period: Pick<Period, 'start' | 'end'>, now: number, fallbackTimeZone: string): NormWeeks | null {
  const { profile, page, posts } = input;
  if (profile === null) return null;
  const timeZone = profile.timeZone;
  const out: NormWeeks = { total: 0, met: 0, missed: 0, unknown: 0, posts: 0, normMin: null };
  let week = weekOf(period.start, timeZone);
  if (week.start < period.start) week = shiftWeek(week, 1);
  for (; week.start < period.end && week.end <= now; week = shiftWeek(week, 1)) {
    // The week was seen whole only when the stored stretch of wall spans it entirely.
    const seenWhole = page.coverage !== null && page.coverage.from < week.start && page.coverage.to >= week.end;
    const status = weekStatus({
      posts,
      profile,
      now,
      weekAt: week.start,
      oldestLoadedAt: seenWhole && page.coverage ? page.coverage.from : null,
      fallbackTimeZone,
      network: page.network,
    });
    if (status.noNormReason !== null) return null;
    out.normMin = status.normMin;
    out.total++;
    if (!status.complete) out.unknown++;
    else {
      out.posts += status.posts;
      if (status.level === 'green') out.met++;
      else out.missed++;
    }
  }
  return out;
}

export interface ReportInput {
  period: Period;
  /** The period's log entries (any page). */
  entries: readonly ReportEntry[];
  pages: readonly Pick<PageRecord, 'key' | 'title' | 'network'>[];
  /** Publications vs norm per page key, from {@link normWeeks}. */
  norms: ReadonlyMap<string, NormWeeks | null>;
}

/** One row per page that had log entries or a norm to report, by title. */
export function buildReport(input: ReportInput): PeriodReport {
  const byPage = new Map<string, PageReport>();
  const titles = new Map(input.pages.map((p) => [p.key, p]));
  const rowOf = (pageKey: string, network: Network): PageReport => {
    let row = byPage.get(pageKey);
    if (!row) {
      const page = titles.get(pageKey);
      row = { pageKey, title: page?.title || pageKey, network: page?.network ?? network, norm: input.norms.get(pageKey) ?? null, ...emptyTally() };
      byPage.set(pageKey, row);
    }
    return row;
  };
  const totals = emptyTally();
  for (const e of input.entries) {
    addToTally(rowOf(e.pageKey, e.network), e);
    addToTally(totals, e);
  }
  for (const page of input.pages) if (input.norms.get(page.key)) rowOf(page.key, page.network);
  const pages = [...byPage.values()].sort((a, b) => a.title.localeCompare(b.title, 'ru') || a.pageKey.localeCompare(b.pageKey));
  return { period: input.period, pages, totals };
}

const REPORT_HEADERS: Record<'ru' | 'en', string[]> = {
  ru: ['Страница', 'Соцсеть', 'Отмечено', 'Удалено', 'В чёрный список', 'Не нарушение', 'Доля ложных, %', 'Не исполнено', 'Недель с нормой', 'Недель всего', 'Недель не подсчитано'],
  en: ['Page', 'Network', 'Flagged', 'Deleted', 'Blacklisted', 'Not a violation', 'False alarms, %', 'Not carried out', 'Weeks meeting the norm', 'Weeks', 'Weeks not counted'],
};

/** The report as a table for CSV/XLSX: a header, a row a page, the totals last. */
export function reportTable(report: PeriodReport, lang: 'ru' | 'en', networkName: (n: Network) => string): (string | number)[][] {
  const share = (t: Tally) => Math.round(falseAlarmShare(t) * 1000) / 10;
  const row = (title: string, network: string, t: Tally, norm: NormWeeks | null): (string | number)[] => [
    title,
    network,
    t.flagged,
    t.deleted,
    t.blacklisted,
    t.falseAlarms,
    share(t),
    t.pending + t.failed,
    norm ? norm.met : '',
    norm ? norm.total : '',
    norm ? norm.unknown : '',
  ];
  return [
    [`${lang === 'ru' ? 'Сводка' : 'Summary'}: ${report.period.label[lang]}`],
    REPORT_HEADERS[lang],
    ...report.pages.map((p) => row(p.title, networkName(p.network), p, p.norm)),
    row(lang === 'ru' ? 'Итого' : 'Total', '', report.totals, null),
  ];
}
