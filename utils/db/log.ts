/**
 * Queries of the moderation log for the dashboard: filters, full-text search, sort, paging,
 * an author's history, the pending list, retention and what reports and charts read.
 *
 * How a filtered query stays fast at 100,000 entries (docs/log.md):
 * - every filter maps to index ranges; the narrowest one (counted, which IndexedDB does without
 *   reading values) is read with getAll and the rest is checked in memory — the common case
 *   (a page and a month, an author, the pending list) reads a few thousand entries at most;
 * - when even the narrowest is large, only primary keys are read (getAllKeys on the indexes,
 *   no values), intersected and put in order; the text search then scans values in chunks.
 * The result is the ordered list of ids; the table fetches only the rows on screen.
 */
import Dexie, { type IndexableType } from 'dexie';
import type { Decision, LogEntry, NormaDB, Outcome, PageRecord } from './database';
import type { ExportContext } from '~/utils/export/columns';
import { logFileFromLines, logFileLine } from '~/utils/export/json';
import { retentionCutoff, type Period } from '~/utils/export/periods';
import { buildReport, normWeeks, type NormWeeks, type PeriodReport } from '~/utils/export/report';
import { profileOf } from './week';
import { searchTerms, textMatches } from '~/utils/export/search';
import type { Network } from '~/utils/sites/types';

export interface LogFilter {
  /** Period, epoch ms: from inclusive, to exclusive; null for open. */
  from?: number | null;
  to?: number | null;
  networks?: readonly Network[];
  pageKeys?: readonly string[];
  /** Entries with any of these categories. */
  categories?: readonly string[];
  decisions?: readonly Decision[];
  outcomes?: readonly Outcome[];
  moderators?: readonly string[];
  authorKey?: string | null;
  /** Words that must all occur in the comment text. */
  text?: string;
}

export type SortField = 'at' | 'pageKey' | 'network' | 'decision' | 'outcome' | 'moderator';
export interface LogSort {
  field: SortField;
  direction: 'asc' | 'desc';
}
export const DEFAULT_SORT: LogSort = { field: 'at', direction: 'desc' };

export interface QueryOptions {
  /** Read values of the narrowest range when it holds at most this many entries. */
  valueLimit?: number;
  /** Text search progress over large sets: entries scanned of total. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const DEFAULT_VALUE_LIMIT = 5_000;
const SCAN_CHUNK = 5_000;

const has = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;

/** Whether `entry` passes every criterion of `filter` (`terms`: the text's search terms). */
export function matchesFilter(entry: LogEntry, filter: LogFilter, terms: readonly string[] = searchTerms(filter.text ?? '')): boolean {
  if (filter.from != null && entry.at < filter.from) return false;
  if (filter.to != null && entry.at >= filter.to) return false;
  if (has(filter.networks) && !filter.networks.includes(entry.network)) return false;
  if (has(filter.pageKeys) && !filter.pageKeys.includes(entry.pageKey)) return false;
  if (has(filter.categories) && !entry.categories.some((c) => filter.categories?.includes(c))) return false;
  if (has(filter.decisions) && !filter.decisions.includes(entry.decision)) return false;
  if (has(filter.outcomes) && !filter.outcomes.includes(entry.outcome)) return false;
  if (has(filter.moderators) && !filter.moderators.includes(entry.moderator)) return false;
  if (filter.authorKey != null && entry.authorKey !== filter.authorKey) return false;
  return textMatches(entry.text, terms);
}

/** Orders entries in memory: by the field, then newest first, then by id. */
export function compareEntries(sort: LogSort): (a: LogEntry, b: LogEntry) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a, b) => {
    if (sort.field === 'at') return sign * (a.at - b.at) || sign * ((a.id ?? 0) - (b.id ?? 0));
    const x = a[sort.field];
    const y = b[sort.field];
    const byField = x < y ? -1 : x > y ? 1 : 0;
    return sign * byField || b.at - a.at || (b.id ?? 0) - (a.id ?? 0);
  };
}

/** A key range of one index: [lower, upper], the upper bound open unless `upperOpen` is false. */
interface Range {
  index: string;
  lower: IndexableType;
  upper: IndexableType;
  upperOpen: boolean;
}

const lo = (f: LogFilter): number | typeof Dexie.minKey => f.from ?? Dexie.minKey;
const hi = (f: LogFilter): number | typeof Dexie.maxKey => f.to ?? Dexie.maxKey;
const equals = (index: string, value: IndexableType): Range => ({ index, lower: value, upper: value, upperOpen: false });

/**
 * For each filter criterion with an index, the ranges whose union holds its entries, the likely
 * narrowest first: an author, pages (within the period), the period, the pending outcome, then
 * the criteria with few values that each hold a large share of the log.
 */
function criteria(filter: LogFilter): Range[][] {
  const out: Range[][] = [];
  const open = filter.to != null;
  if (filter.authorKey != null) {
    out.push([{ index: '[authorKey+at]', lower: [filter.authorKey, lo(filter)], upper: [filter.authorKey, hi(filter)], upperOpen: open }]);
  }
  if (has(filter.pageKeys)) {
    out.push(filter.pageKeys.map((k) => ({ index: '[pageKey+at]', lower: [k, lo(filter)], upper: [k, hi(filter)], upperOpen: open })));
  }
  if (filter.from != null || filter.to != null) out.push([{ index: 'at', lower: lo(filter), upper: hi(filter), upperOpen: open }]);
  if (has(filter.outcomes)) out.push(filter.outcomes.map((v) => equals('outcome', v)));
  if (has(filter.categories)) out.push(filter.categories.map((v) => equals('categories', v)));
  if (has(filter.moderators)) out.push(filter.moderators.map((v) => equals('moderator', v)));
  if (has(filter.decisions)) out.push(filter.decisions.map((v) => equals('decision', v)));
  if (has(filter.networks)) out.push(filter.networks.map((v) => equals('network', v)));
  return out;
}

function collection(db: NormaDB, r: Range) {
  return db.log.where(r.index).between(r.lower, r.upper, true, !r.upperOpen);
}

async function keysOf(db: NormaDB, ranges: readonly Range[]): Promise<Set<number>> {
  const lists = await Promise.all(ranges.map((r) => collection(db, r).primaryKeys()));
  return new Set(lists.flat() as number[]);
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Поиск отменён', 'AbortError');
}

/**
 * The ids of the entries matching `filter`, in `sort` order.
 *
 * The driver is the criterion most likely to be narrow (an author, pages, a period, …): counting
 * ranges first would cost more than reading them, since IndexedDB counts by walking the range.
 * Up to `valueLimit` of its entries are read and checked in memory; past that only keys are read.
 */
export async function findLogIds(db: NormaDB, filter: LogFilter, sort: LogSort = DEFAULT_SORT, options: QueryOptions = {}): Promise<number[]> {
  const terms = searchTerms(filter.text ?? '');
  const valueLimit = options.valueLimit ?? DEFAULT_VALUE_LIMIT;
  const ranked = await db.transaction('r', db.log, async () => {
    const all = criteria(filter);
    const driver = all[0];
    if (driver && valueLimit > 0) {
      // One more than the limit tells "too many" without reading the rest.
      const lists = await Promise.all(driver.map((r) => collection(db, r).limit(valueLimit + 1).toArray()));
      const read = lists.reduce((n, l) => n + l.length, 0);
      if (read <= valueLimit) {
        const seen = new Set<number>();
        const found: LogEntry[] = [];
        for (const e of lists.flat()) {
          if (e.id === undefined || seen.has(e.id) || !matchesFilter(e, filter, terms)) continue;
          seen.add(e.id);
          found.push(e);
        }
        return { ids: found.sort(compareEntries(sort)).map((e) => e.id as number), textDone: true };
      }
    }
    return { ids: await orderedKeys(db, filter, all, sort), textDone: terms.length === 0 };
  });
  if (ranked.textDone) return ranked.ids;
  return scanText(db, ranked.ids, terms, options);
}

/**
 * The first `limit` ids of the answer, when they can be had at once: for the period alone (or
 * nothing) in date order, a cursor stops after `limit` keys while {@link findLogIds} reads them
 * all. The dashboard shows these while the full answer is read. Null when no shortcut applies.
 */
export async function firstLogIds(db: NormaDB, filter: LogFilter, sort: LogSort, limit: number): Promise<number[] | null> {
  const narrowed = criteria(filter).filter((ranges) => ranges[0]?.index !== 'at');
  if (narrowed.length > 0 || searchTerms(filter.text ?? '').length > 0 || sort.field !== 'at') return null;
  const range = db.log.where('at').between(lo(filter), hi(filter), true, filter.to == null);
  const ordered = sort.direction === 'desc' ? range.reverse() : range;
  return (await ordered.limit(limit).primaryKeys()) as number[];
}

/** Primary keys of the matching entries (text aside), ordered without reading values. */
async function orderedKeys(db: NormaDB, filter: LogFilter, all: readonly Range[][], sort: LogSort): Promise<number[]> {
  const open = filter.to != null;
  const byAt = (await db.log.where('at').between(lo(filter), hi(filter), true, !open).primaryKeys()) as number[];
  // Newest first within a group, whatever the group order.
  const newestFirst = sort.field !== 'at' || sort.direction === 'desc';
  if (newestFirst) byAt.reverse();
  const sets = await Promise.all(all.filter((ranges) => ranges[0]?.index !== 'at').map((ranges) => keysOf(db, ranges)));
  sets.sort((a, b) => a.size - b.size);
  const ids = sets.length ? byAt.filter((id) => sets.every((s) => s.has(id))) : byAt;
  if (sort.field === 'at') return ids;
  const group = await groupsOf(db, sort.field);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const position = new Map(ids.map((id, i) => [id, i]));
  return ids.sort((a, b) => sign * ((group.get(a) ?? 0) - (group.get(b) ?? 0)) || (position.get(a) ?? 0) - (position.get(b) ?? 0));
}

/** For each entry id, the rank of its value of `field` among the field's distinct values. */
async function groupsOf(db: NormaDB, field: Exclude<SortField, 'at'>): Promise<Map<number, number>> {
  const group = new Map<number, number>();
  // pageKey lives in the compound [pageKey+at].
  const index = field === 'pageKey' ? '[pageKey+at]' : field;
  const values = await distinctValues(db, index, (e) => e[field]);
  const lists = await Promise.all(
    values.map((v) => (field === 'pageKey' ? db.log.where('[pageKey+at]').between([v, Dexie.minKey], [v, Dexie.maxKey]) : db.log.where(field).equals(v)).primaryKeys()),
  );
  lists.forEach((ids, rank) => {
    for (const id of ids as number[]) group.set(id, rank);
  });
  return group;
}

/**
 * Keeps the ids (in their order) whose text has every term. A few are fetched by id; many by
 * walking the table in key order with getAll, far cheaper per entry than a get each.
 */
async function scanText(db: NormaDB, ids: readonly number[], terms: readonly string[], options: QueryOptions): Promise<number[]> {
  const matching = new Set<number>();
  const total = await db.log.count();
  const check = (e: LogEntry | undefined) => {
    if (e?.id !== undefined && textMatches(e.text, terms)) matching.add(e.id);
  };
  if (ids.length * 4 < total) {
    for (let i = 0; i < ids.length; i += SCAN_CHUNK) {
      checkAborted(options.signal);
      (await db.log.bulkGet(ids.slice(i, i + SCAN_CHUNK))).forEach(check);
      options.onProgress?.(Math.min(i + SCAN_CHUNK, ids.length), ids.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return ids.filter((id) => matching.has(id));
  }
  const wanted = new Set(ids);
  // Ids are positive integers, so 0 is below all of them.
  let after = 0;
  let done = 0;
  for (;;) {
    checkAborted(options.signal);
    const chunk: LogEntry[] = await db.log.where(':id').above(after).limit(SCAN_CHUNK).toArray();
    const last = chunk[chunk.length - 1]?.id;
    if (last === undefined) break;
    for (const e of chunk) if (e.id !== undefined && wanted.has(e.id)) check(e);
    after = last;
    done += chunk.length;
    options.onProgress?.(Math.min(done, total), total);
    // Let the page paint and take input between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return ids.filter((id) => matching.has(id));
}

/** Entries by id, in the order given; ids deleted meanwhile are left out. */
export async function getEntries(db: NormaDB, ids: readonly number[]): Promise<LogEntry[]> {
  const rows = await db.log.bulkGet([...ids]);
  return rows.filter((e): e is LogEntry => e !== undefined);
}

/** Everything one author wrote that was acted on, newest first. */
export async function authorHistory(db: NormaDB, authorKey: string): Promise<LogEntry[]> {
  const entries = await db.log.where('[authorKey+at]').between([authorKey, Dexie.minKey], [authorKey, Dexie.maxKey]).toArray();
  return entries.reverse();
}

/** Decisions not yet carried out (outcome pending), oldest first: the follow-up list. */
export async function pendingEntries(db: NormaDB): Promise<LogEntry[]> {
  const entries = await db.log.where('outcome').equals('pending').toArray();
  return entries.sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
}

export interface LogFacets {
  moderators: string[];
  categories: string[];
  pages: PageRecord[];
  /** Page keys found in the log but not among the pages (e.g. imported). */
  unknownPageKeys: string[];
  oldest: number | null;
  newest: number | null;
}

/**
 * The distinct values of an index, smallest first, by seeking from one value to the next: k
 * short seeks for k values, where a `nextunique` cursor (uniqueKeys) walks every entry in
 * Chromium — seconds at 100,000 entries.
 */
async function distinctValues(db: NormaDB, index: 'moderator' | 'network' | 'decision' | 'outcome' | 'categories' | '[pageKey+at]', valueOf: (e: LogEntry, after: string | null) => string | undefined): Promise<string[]> {
  const out: string[] = [];
  let after: string | null = null;
  for (;;) {
    const next: LogEntry | undefined = after === null
      ? await db.log.orderBy(index).first()
      : await db.log.where(index).above(index === '[pageKey+at]' ? [after, Dexie.maxKey] : after).first();
    const value: string | undefined = next && valueOf(next, after);
    if (value === undefined) return out;
    out.push(value);
    after = value;
  }
}

/** The values the filters offer, read from the indexes alone. */
export async function logFacets(db: NormaDB): Promise<LogFacets> {
  return db.transaction('r', db.log, db.pages, async () => {
    const [moderators, categories, pageKeys, pages, oldest, newest] = await Promise.all([
      distinctValues(db, 'moderator', (e) => e.moderator),
      // A multi-entry index: the entry found holds the next category among others.
      distinctValues(db, 'categories', (e, after) => e.categories.filter((c) => after === null || c > after).sort()[0]),
      distinctValues(db, '[pageKey+at]', (e) => e.pageKey),
      db.pages.toArray(),
      db.log.orderBy('at').first(),
      db.log.orderBy('at').last(),
    ]);
    const known = new Set(pages.map((p) => p.key));
    return {
      moderators: moderators.filter((m) => m !== ''),
      categories,
      pages: pages.sort((a, b) => a.title.localeCompare(b.title, 'ru')),
      unknownPageKeys: pageKeys.filter((k) => !known.has(k)),
      oldest: oldest?.at ?? null,
      newest: newest?.at ?? null,
    };
  });
}

/** Entries of a period (reports and charts), optionally for some pages only. */
export async function entriesBetween(db: NormaDB, from: number, to: number, pageKeys?: readonly string[]): Promise<LogEntry[]> {
  if (has(pageKeys)) {
    const lists = await Promise.all(pageKeys.map((k) => db.log.where('[pageKey+at]').between([k, from], [k, to], true, false).toArray()));
    return lists.flat().sort((a, b) => a.at - b.at);
  }
  return db.log.where('at').between(from, to, true, false).toArray();
}

/** Entries that retention of `months` would delete now, and the cut-off date. */
export async function countOlderThan(db: NormaDB, cutoff: number): Promise<number> {
  return db.log.where('at').below(cutoff).count();
}

/** Deletes (for real: the rows leave IndexedDB) every entry older than `cutoff`; answers how many. */
export async function deleteOlderThan(db: NormaDB, cutoff: number): Promise<number> {
  return db.transaction('rw', db.log, () => db.log.where('at').below(cutoff).delete());
}

export const RETENTION_KEY = 'log.retentionMonths';

/** The retention setting in months, or null for "keep everything". */
export async function getRetentionMonths(db: NormaDB): Promise<number | null> {
  const value = (await db.meta.get(RETENTION_KEY))?.value;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

export async function setRetentionMonths(db: NormaDB, months: number | null): Promise<void> {
  if (months === null) await db.meta.delete(RETENTION_KEY);
  else if (!Number.isInteger(months) || months < 1 || months > 600) throw new RangeError(`Срок хранения: ${months}`);
  else await db.meta.put({ key: RETENTION_KEY, value: months });
}

/** Applies the stored retention (the background may call this on a schedule). */
export async function applyRetention(db: NormaDB, now: number, timeZone: string): Promise<{ cutoff: number; deleted: number } | null> {
  const months = await getRetentionMonths(db);
  if (months === null) return null;
  const cutoff = retentionCutoff(now, months, timeZone);
  return { cutoff, deleted: await deleteOlderThan(db, cutoff) };
}

export type ExportFormat = 'csv' | 'xlsx' | 'json';

export interface ExportOptions {
  /** Rows formatted so far of the total; `packing` once only the XLSX zip step is left. */
  onProgress?: (done: number, total: number, phase: 'rows' | 'packing') => void;
  signal?: AbortSignal;
  /** Entries read and formatted per step; the page gets a turn between steps. */
  chunk?: number;
  /** JSON only: what the user had filtered, in words. */
  description?: string;
  now?: Date;
}

export const EXPORT_MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Formats the entries `ids` into `out` (same positions), a chunk at a time. A few entries are
 * fetched by id; many are read by walking the whole table in key order with getAll, which costs
 * far less per entry than one get each (measured in docs/log.md).
 */
async function formatInOrder<T>(db: NormaDB, ids: readonly number[], format: (e: LogEntry) => T, options: ExportOptions): Promise<T[]> {
  const chunk = options.chunk ?? 5_000;
  // Walking the table, bigger reads cost less per entry; exports run in a worker, so the longer
  // step holds no page up.
  const walkChunk = options.chunk ?? 20_000;
  const out: (T | undefined)[] = new Array<T | undefined>(ids.length);
  const total = await db.log.count();
  if (ids.length <= chunk || ids.length * 4 < total) {
    for (let i = 0; i < ids.length; i += chunk) {
      checkAborted(options.signal);
      const slice = ids.slice(i, i + chunk);
      const rows = await db.log.bulkGet(slice);
      rows.forEach((e, j) => {
        if (e) out[i + j] = format(e);
      });
      options.onProgress?.(Math.min(i + chunk, ids.length), ids.length, 'rows');
      await yieldToPage();
    }
  } else {
    const position = new Map(ids.map((id, i) => [id, i]));
    let after = 0;
    let scanned = 0;
    for (;;) {
      checkAborted(options.signal);
      const rows: LogEntry[] = await db.log.where(':id').above(after).limit(walkChunk).toArray();
      const last = rows[rows.length - 1]?.id;
      if (last === undefined) break;
      for (const e of rows) {
        const i = e.id === undefined ? undefined : position.get(e.id);
        if (i !== undefined) out[i] = format(e);
      }
      after = last;
      scanned += rows.length;
      // Progress in entries read; the file holds the wanted ones among them.
      options.onProgress?.(Math.round((Math.min(scanned, total) / Math.max(total, 1)) * ids.length), ids.length, 'rows');
      await yieldToPage();
    }
  }
  // Entries deleted while the export ran are left out.
  return out.filter((x): x is T => x !== undefined);
}

/**
 * The file of the entries `ids` (in that order), built a chunk at a time so a long export never
 * holds the page (or its worker) for long and can report progress and be cancelled.
 */
export async function exportEntries(db: NormaDB, ids: readonly number[], format: ExportFormat, ctx: ExportContext, options: ExportOptions = {}): Promise<Blob> {
  options.onProgress?.(0, ids.length, 'rows');
  // The formats' libraries load only when an export runs: the dashboard's first paint skips them.
  if (format === 'csv') {
    const { csvHeader, csvLine } = await import('~/utils/export/csv');
    const lines = await formatInOrder(db, ids, (e) => csvLine(e, ctx), options);
    return new Blob([csvHeader(ctx), ...lines], { type: EXPORT_MIME.csv });
  }
  if (format === 'json') {
    const lines = await formatInOrder(db, ids, logFileLine, options);
    return new Blob(logFileFromLines(lines, options.description ?? '', options.now ?? new Date()), { type: EXPORT_MIME.json });
  }
  const { xlsxFromRows, xlsxRow } = await import('~/utils/export/xlsx');
  const rows = await formatInOrder(db, ids, (e) => xlsxRow(e, ctx), options);
  options.onProgress?.(ids.length, ids.length, 'packing');
  return xlsxFromRows(rows, ctx);
}

const WEEK = 7 * 86_400_000;

/**
 * The period's report: log entries per page, and for every page with a profile the weeks whose
 * Monday falls in the period judged against its weekly norm from the posts stored.
 */
export async function loadReport(db: NormaDB, period: Period, now: number): Promise<PeriodReport> {
  return db.transaction('r', db.log, db.pages, db.posts, async () => {
    const [entries, pages] = await Promise.all([entriesBetween(db, period.start, period.end), db.pages.toArray()]);
    const norms = new Map<string, NormWeeks | null>();
    for (const page of pages) {
      const profile = profileOf(page);
      if (!profile) continue;
      // A week starting in the period may end up to a week after it.
      const posts = await db.posts.where('[pageKey+publishedAt]').between([page.key, period.start - WEEK], [page.key, period.end + WEEK]).toArray();
      norms.set(page.key, normWeeks({ page, profile, posts }, period, now, period.timeZone));
    }
    return buildReport({ period, entries, pages, norms });
  });
}
