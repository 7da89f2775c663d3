/**
 * Queries of the moderation log for the dashboard: filters, full-text search, sort, paging,
 * an author's history, the pending list, retention and what reports and charts read.
 *
 * How a query stays fast at 100,000 entries (docs/log.md#storage): the log is stored in chunks
 * (log-store.ts) and each context (the dashboard, its export worker) keeps a copy in memory,
 * read whole once and then refreshed by the chunks written since. Every filter, the text search
 * and the sorts are a pass over that copy; the answer is the ordered list of ids, and the table
 * shows only the rows on screen.
 */
import type { Decision, LogEntry, NormaDB, Outcome, PageRecord } from './database';
import { logDigests, writeLog } from './log-store';
import type { ExportContext } from '~/utils/export/columns';
import { logFileFromLines, logFileLine } from '~/utils/export/json';
import { retentionCutoff, type Period } from '~/utils/export/periods';
import { buildReport, normWeeks, type NormWeeks, type PeriodReport } from '~/utils/export/report';
import { profileOf } from './week';
import { foldForSearch, searchTerms } from '~/utils/export/search';
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
  /** Text search progress: entries scanned of total. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}


const has = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;

/** Whether `entry` passes every criterion of `filter` (`terms`: the text's search terms). */
export function matchesFilter(entry: LogEntry, filter: LogFilter, terms: readonly string[] = searchTerms(filter.text ?? '')): boolean {
  return compileFilter(filter, terms)(entry);
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

/** The log as this context last read it: every entry, by id, and in date order. */
interface LogView {
  rev: number;
  /** Every entry, in id order. */
  all: LogEntry[];
  byId: Map<number, LogEntry>;
  /** Every entry, oldest first (ties by id); made when a query first needs it. */
  byAt: LogEntry[] | null;
  /** Per page and per author, their entries oldest first; made when a query first needs them. */
  byPage: Map<string, LogEntry[]> | null;
  byAuthor: Map<string, LogEntry[]> | null;
}

const views = new WeakMap<NormaDB, LogView>();
/** Comment text as search compares it, kept per entry object (an unchanged chunk keeps its objects). */
const searchable = new WeakMap<LogEntry, string>();

/** The comment as the search compares it ({@link foldForSearch}), folded once per entry. */
function searchText(e: LogEntry): string {
  let text = searchable.get(e);
  if (text === undefined) searchable.set(e, (text = foldForSearch(e.text)));
  return text;
}

/**
 * The whole log, from this context's cached copy, brought up to date by reading only the chunks
 * written since (log-store.ts): 100,000 entries are read once, in about a second, and every
 * later query starts at once.
 */
async function logView(db: NormaDB): Promise<LogView> {
  const digests = await logDigests(db, 'entries', (entries) => entries);
  const cached = views.get(db);
  if (cached && cached.rev === digests.rev) return cached;
  const all = [...digests.parts.values()].flat();
  const view: LogView = { rev: digests.rev, all, byId: new Map(all.map((e) => [e.id as number, e])), byAt: null, byPage: null, byAuthor: null };
  views.set(db, view);
  return view;
}

const olderFirst = (a: LogEntry, b: LogEntry) => a.at - b.at || (a.id as number) - (b.id as number);

function byAt(view: LogView): LogEntry[] {
  // Entries are mostly appended in date order: the sort then has little to do.
  view.byAt ??= [...view.all].sort(olderFirst);
  return view.byAt;
}

function groupBy(entries: readonly LogEntry[], key: (e: LogEntry) => string | null): Map<string, LogEntry[]> {
  const groups = new Map<string, LogEntry[]>();
  for (const e of entries) {
    const k = key(e);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  return groups;
}

/**
 * The entries a query has to look at, oldest first: an author's or some pages' when the filter
 * names them (the dashboard's everyday questions read a few thousand entries, not the log),
 * else all.
 */
function candidates(view: LogView, filter: LogFilter): LogEntry[] {
  if (filter.authorKey != null) {
    view.byAuthor ??= groupBy(byAt(view), (e) => e.authorKey);
    return view.byAuthor.get(filter.authorKey) ?? [];
  }
  if (has(filter.pageKeys)) {
    view.byPage ??= groupBy(byAt(view), (e) => e.pageKey);
    const lists = [...new Set(filter.pageKeys)].map((k) => view.byPage?.get(k) ?? []);
    return lists.length === 1 ? (lists[0] as LogEntry[]) : lists.flat().sort(olderFirst);
  }
  return byAt(view);
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Поиск отменён', 'AbortError');
}

/**
 * A filter made into a check once per query: only the criteria set, lists as sets, the likely
 * narrowest first, the text last.
 */
function compileFilter(filter: LogFilter, terms: readonly string[]): (e: LogEntry) => boolean {
  const checks: ((e: LogEntry) => boolean)[] = [];
  const set = <T>(list: readonly T[] | undefined): Set<T> | null => (has(list) ? new Set(list) : null);
  const { from, to, authorKey } = filter;
  if (authorKey != null) checks.push((e) => e.authorKey === authorKey);
  const pages = set(filter.pageKeys);
  if (pages) checks.push((e) => pages.has(e.pageKey));
  if (from != null) checks.push((e) => e.at >= from);
  if (to != null) checks.push((e) => e.at < to);
  const outcomes = set(filter.outcomes);
  if (outcomes) checks.push((e) => outcomes.has(e.outcome));
  const categories = set(filter.categories);
  if (categories) checks.push((e) => e.categories.some((c) => categories.has(c)));
  const moderators = set(filter.moderators);
  if (moderators) checks.push((e) => moderators.has(e.moderator));
  const decisions = set(filter.decisions);
  if (decisions) checks.push((e) => decisions.has(e.decision));
  const networks = set(filter.networks);
  if (networks) checks.push((e) => networks.has(e.network));
  if (terms.length > 0) checks.push((e) => terms.every((term) => searchText(e).includes(term)));
  return (e) => {
    for (const check of checks) if (!check(e)) return false;
    return true;
  };
}

/** Entries checked between two reports of progress. */
const PROGRESS_STEP = 20_000;

/**
 * The ids of the entries matching `filter`, in `sort` order: a pass over the cached log (a few
 * milliseconds at 100,000 entries; the text search lowercases each comment once and keeps it).
 */
export async function findLogIds(db: NormaDB, filter: LogFilter, sort: LogSort = DEFAULT_SORT, options: QueryOptions = {}): Promise<number[]> {
  checkAborted(options.signal);
  const view = await logView(db);
  checkAborted(options.signal);
  const terms = searchTerms(filter.text ?? '');
  const matches = compileFilter(filter, terms);
  // In date order already for the default sort; other sorts reorder what was found.
  const source = candidates(view, filter);
  const found: LogEntry[] = [];
  for (let i = 0; i < source.length; i++) {
    const e = source[i] as LogEntry;
    if (matches(e)) found.push(e);
    if (terms.length > 0 && (i + 1) % PROGRESS_STEP === 0) options.onProgress?.(i + 1, source.length);
  }
  if (terms.length > 0) options.onProgress?.(source.length, source.length);
  if (sort.field === 'at') {
    if (sort.direction === 'desc') found.reverse();
  } else found.sort(compareEntries(sort));
  return found.map((e) => e.id as number);
}

/** Entries by id, in the order given; ids deleted meanwhile are left out. */
export async function getEntries(db: NormaDB, ids: readonly number[]): Promise<LogEntry[]> {
  const view = await logView(db);
  return ids.map((id) => view.byId.get(id)).filter((e): e is LogEntry => e !== undefined);
}

/** Everything one author wrote that was acted on, newest first. */
export async function authorHistory(db: NormaDB, authorKey: string): Promise<LogEntry[]> {
  return [...candidates(await logView(db), { authorKey })].reverse();
}

/** Decisions not yet carried out (outcome pending), oldest first: the follow-up list. */
export async function pendingEntries(db: NormaDB): Promise<LogEntry[]> {
  return byAt(await logView(db)).filter((e) => e.outcome === 'pending');
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

const distinct = (values: Iterable<string>): string[] => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The values the filters offer. */
export async function logFacets(db: NormaDB): Promise<LogFacets> {
  const [view, pages] = await Promise.all([logView(db), db.pages.toArray()]);
  const dated = byAt(view);
  const known = new Set(pages.map((p) => p.key));
  return {
    moderators: distinct(view.all.map((e) => e.moderator)).filter((m) => m !== ''),
    categories: distinct(view.all.flatMap((e) => e.categories)),
    pages: pages.sort((a, b) => a.title.localeCompare(b.title, 'ru')),
    unknownPageKeys: distinct(view.all.map((e) => e.pageKey)).filter((k) => !known.has(k)),
    oldest: dated[0]?.at ?? null,
    newest: dated[dated.length - 1]?.at ?? null,
  };
}

/** Entries of a period (reports and charts), optionally for some pages only, oldest first. */
export async function entriesBetween(db: NormaDB, from: number, to: number, pageKeys?: readonly string[]): Promise<LogEntry[]> {
  const pages = has(pageKeys) ? new Set(pageKeys) : null;
  return byAt(await logView(db)).filter((e) => e.at >= from && e.at < to && (pages === null || pages.has(e.pageKey)));
}

/** Entries that retention of `months` would delete now, and the cut-off date. */
export async function countOlderThan(db: NormaDB, cutoff: number): Promise<number> {
  return (await logView(db)).all.reduce((n, e) => (e.at < cutoff ? n + 1 : n), 0);
}

/** Deletes (for real: the rows leave IndexedDB) every entry older than `cutoff`; answers how many. */
export async function deleteOlderThan(db: NormaDB, cutoff: number): Promise<number> {
  return writeLog(db, async (w) => {
    let deleted = 0;
    const chunks = (await db.logChunks.toCollection().primaryKeys()) as number[];
    await w.load(chunks);
    for (const n of chunks) deleted += w.remove(n, (e) => e.at < cutoff);
    return deleted;
  });
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
 * Formats the entries `ids` in that order, a chunk at a time: the page (or the worker) gets a turn
 * between chunks, progress is reported and the export can be cancelled.
 */
async function formatInOrder<T>(db: NormaDB, ids: readonly number[], format: (e: LogEntry) => T, options: ExportOptions, onChunk?: (items: T[]) => void): Promise<T[]> {
  const chunk = options.chunk ?? 10_000;
  const { byId } = await logView(db);
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += chunk) {
    checkAborted(options.signal);
    const end = Math.min(i + chunk, ids.length);
    const items = onChunk ? [] : out;
    for (let j = i; j < end; j++) {
      // Entries deleted while the export ran are left out.
      const e = byId.get(ids[j] as number);
      if (e) items.push(format(e));
    }
    onChunk?.(items);
    options.onProgress?.(end, ids.length, 'rows');
    if (end < ids.length) await yieldToPage();
  }
  return out;
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
    // Each chunk's lines become UTF-8 bytes at once: the strings die young, and the file is the
    // chunks' bytes put together (encoding one joined string per chunk costs less than a Blob
    // of many small strings).
    const encoder = new TextEncoder();
    const parts: BlobPart[] = [csvHeader(ctx)];
    await formatInOrder(db, ids, (e) => csvLine(e, ctx), options, (lines) => parts.push(encoder.encode(lines.join(''))));
    return new Blob(parts, { type: EXPORT_MIME.csv });
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
  const entries = await entriesBetween(db, period.start, period.end);
  return db.transaction('r', db.pages, db.posts, async () => {
    const pages = await db.pages.toArray();
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
