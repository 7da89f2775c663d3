/**
 * How the moderation log is stored: entries in chunks of {@link CHUNK_SIZE} by id, one IndexedDB
 * record a chunk, and one state record (revision, next id, count) in `meta`.
 *
 * Why chunks (docs/log.md#storage): IndexedDB charges per record — in Chromium each record is a
 * round trip to the browser process — so 100,000 entries stored one per record take seconds to
 * write or read whatever the indexes, while the same entries in 196 records take a fraction of a
 * second. The dashboard's filters run in memory over a cached copy (see {@link logDigests}),
 * which also makes search and sorting cheap; the revision says which chunks changed since.
 */
import type { Table } from 'dexie';
import type { LogChunk, LogEntry, NormaDB } from './database';

/** Entries per chunk: entry `id` lives in chunk `floor((id - 1) / CHUNK_SIZE)`. */
export const CHUNK_SIZE = 512;

export const LOG_STATE_KEY = 'log.state';

/** The log's bookkeeping, kept in `meta` under {@link LOG_STATE_KEY}. */
export interface LogState {
  /** Bumped by every write; a chunk carries the revision that last wrote it. */
  rev: number;
  /** The next entry's id: ids are never reused, even after deletions. */
  nextId: number;
  /** Entries stored. */
  count: number;
}

const EMPTY: LogState = { rev: 0, nextId: 1, count: 0 };

export const chunkOf = (id: number): number => Math.floor((id - 1) / CHUNK_SIZE);

function isState(value: unknown): value is LogState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return [v.rev, v.nextId, v.count].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
}

export async function logState(db: NormaDB): Promise<LogState> {
  const value = (await db.meta.get(LOG_STATE_KEY))?.value;
  return isState(value) ? value : EMPTY;
}

/** Entries stored (one small read, for counters). */
export async function logCount(db: NormaDB): Promise<number> {
  return (await logState(db)).count;
}

/**
 * A write to the log inside one transaction: chunks are read once, changed in memory and written
 * back once, with the new revision, when {@link LogWriter.commit} runs.
 */
export class LogWriter {
  private readonly chunks = new Map<number, LogEntry[]>();
  private readonly dirty = new Set<number>();
  private readonly state: LogState;

  constructor(
    private readonly db: NormaDB,
    before: LogState,
  ) {
    this.state = { ...before, rev: before.rev + 1 };
  }

  /** The id the next appended entry gets. */
  get nextId(): number {
    return this.state.nextId;
  }

  /** The entries of chunk `n`, ordered by id (changes to the array are written on commit). */
  async chunk(n: number): Promise<LogEntry[]> {
    let entries = this.chunks.get(n);
    if (!entries) {
      entries = (await this.db.logChunks.get(n))?.entries ?? [];
      this.chunks.set(n, entries);
    }
    return entries;
  }

  /** A chunk already loaded (a plain read keeps the transaction's promise chain short). */
  private loaded(n: number): LogEntry[] {
    let entries = this.chunks.get(n);
    if (!entries) this.chunks.set(n, (entries = []));
    return entries;
  }

  /** Loads chunks in one request (before changing many). */
  async load(ns: Iterable<number>): Promise<void> {
    const wanted = [...new Set(ns)].filter((n) => !this.chunks.has(n));
    if (wanted.length === 0) return;
    const rows = await this.db.logChunks.bulkGet(wanted);
    wanted.forEach((n, i) => this.chunks.set(n, rows[i]?.entries ?? []));
  }

  changed(n: number): void {
    this.dirty.add(n);
  }

  /** Appends entries with new ids (their own `id`, if any, is replaced); answers them as stored. */
  async append(entries: readonly LogEntry[]): Promise<LogEntry[]> {
    const stored = entries.map((e, i) => ({ ...e, id: this.state.nextId + i }));
    if (stored.length === 0) return stored;
    this.state.nextId += stored.length;
    await this.place(stored);
    return stored;
  }

  /** Stores entries under their own ids (a restore); ids must not be present yet. */
  async put(entries: readonly (LogEntry & { id: number })[]): Promise<void> {
    if (entries.length === 0) return;
    const max = entries.reduce((m, e) => Math.max(m, e.id), 0);
    this.state.nextId = Math.max(this.state.nextId, max + 1);
    await this.place([...entries].sort((a, b) => a.id - b.id));
  }

  /** Adds entries (sorted by id) to their chunks, keeping each chunk in id order. */
  private async place(sorted: readonly LogEntry[]): Promise<void> {
    await this.load(new Set(sorted.map((e) => chunkOf(e.id as number))));
    for (const e of sorted) {
      const n = chunkOf(e.id as number);
      const list = this.loaded(n);
      const last = list[list.length - 1];
      if (last === undefined || (last.id as number) < (e.id as number)) list.push(e);
      else {
        const at = list.findIndex((x) => (x.id as number) >= (e.id as number));
        if (list[at]?.id === e.id) throw new Error(`Запись журнала ${e.id} уже есть`);
        list.splice(at, 0, e);
      }
      this.dirty.add(n);
    }
    this.state.count += sorted.length;
  }

  /** Removes entries of a loaded chunk `n` for which `drop` is true; answers how many. */
  remove(n: number, drop: (e: LogEntry) => boolean): number {
    const list = this.chunks.get(n);
    if (!list) throw new Error(`Часть журнала ${n} не прочитана`);
    const kept = list.filter((e) => !drop(e));
    const removed = list.length - kept.length;
    if (removed > 0) {
      this.chunks.set(n, kept);
      this.dirty.add(n);
      this.state.count -= removed;
    }
    return removed;
  }

  /** Forgets every entry (a restore replaces the log); ids continue from where they were. */
  async clear(): Promise<void> {
    await this.db.logChunks.clear();
    this.chunks.clear();
    this.dirty.clear();
    this.state.count = 0;
  }

  /** Writes the changed chunks and the state; answers the state written. */
  async commit(): Promise<LogState> {
    const rows: LogChunk[] = [];
    const empty: number[] = [];
    for (const n of this.dirty) {
      const entries = this.chunks.get(n) ?? [];
      if (entries.length === 0) empty.push(n);
      else rows.push({ n, rev: this.state.rev, entries });
    }
    if (rows.length) await this.db.logChunks.bulkPut(rows);
    if (empty.length) await this.db.logChunks.bulkDelete(empty);
    await this.db.meta.put({ key: LOG_STATE_KEY, value: { ...this.state } });
    this.dirty.clear();
    return { ...this.state };
  }
}

/** Runs `write` over the log in one read-write transaction (also over `extra` tables) and commits. */
export async function writeLog<T>(db: NormaDB, write: (w: LogWriter) => Promise<T>, extra: readonly Table[] = []): Promise<T> {
  return db.transaction('rw', [db.logChunks, db.meta, ...extra], async () => {
    const writer = new LogWriter(db, await logState(db));
    const result = await write(writer);
    await writer.commit();
    return result;
  });
}

/** Every entry, in id order (one read of every chunk). */
export async function readAllEntries(db: NormaDB): Promise<LogEntry[]> {
  const chunks = await db.logChunks.toArray();
  return chunks.flatMap((c) => c.entries);
}

/** What a cache keeps per chunk, and the revision it reflects. */
export interface Digests<T> {
  rev: number;
  /** Per chunk number, in chunk order. */
  parts: Map<number, T>;
}

const caches = new WeakMap<NormaDB, Map<string, Digests<unknown>>>();
/** Refreshes under way: callers at the same moment (the dashboard opening) share one read. */
const running = new WeakMap<NormaDB, Map<string, Promise<Digests<unknown>>>>();

/**
 * A per-chunk digest of the log, cached in this context (a page, a worker) and brought up to
 * date by reading only the chunks written since: one small read when nothing changed. `name`
 * tells caches apart; `digest` must be pure. Not for use inside another transaction.
 */
export async function logDigests<T>(db: NormaDB, name: string, digest: (entries: LogEntry[]) => T): Promise<Digests<T>> {
  let byName = running.get(db);
  if (!byName) running.set(db, (byName = new Map()));
  const pending = byName.get(name);
  // After a shared refresh, look again: something may have been written meanwhile.
  if (pending) return pending.then(() => logDigests(db, name, digest));
  const refresh = refreshDigests(db, name, digest).finally(() => byName.delete(name));
  byName.set(name, refresh as Promise<Digests<unknown>>);
  return refresh;
}

async function refreshDigests<T>(db: NormaDB, name: string, digest: (entries: LogEntry[]) => T): Promise<Digests<T>> {
  let byName = caches.get(db);
  if (!byName) caches.set(db, (byName = new Map()));
  const cached = byName.get(name) as Digests<T> | undefined;
  return db.transaction('r', db.logChunks, db.meta, async () => {
    const state = await logState(db);
    if (cached && cached.rev === state.rev) return cached;
    // A revision behind the cache means the log was replaced (another database of that name).
    const fresh = !cached || state.rev < cached.rev;
    const [changed, keys] = await Promise.all([
      fresh ? db.logChunks.toArray() : db.logChunks.where('rev').above(cached.rev).toArray(),
      db.logChunks.toCollection().primaryKeys() as Promise<number[]>,
    ]);
    const parts = new Map<number, T>();
    const updated = new Map(changed.map((c) => [c.n, c]));
    for (const n of keys) {
      const chunk = updated.get(n);
      if (chunk) parts.set(n, digest(chunk.entries));
      else if (cached?.parts.has(n)) parts.set(n, cached.parts.get(n) as T);
    }
    const next: Digests<T> = { rev: state.rev, parts };
    byName.set(name, next as Digests<unknown>);
    return next;
  });
}

/** Appends entries with new ids in one transaction (an import, the benchmark); answers them as stored. */
export function appendEntries(db: NormaDB, entries: readonly LogEntry[]): Promise<LogEntry[]> {
  return writeLog(db, (w) => w.append(entries));
}
