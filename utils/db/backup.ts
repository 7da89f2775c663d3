/**
 * Full backup and restore of every table, and the import of a log export. A file is checked
 * whole (utils/export/json.ts) before anything is written, and the write is one transaction:
 * a refused or failed import changes nothing.
 */
import { LATEST_VERSION, type LogEntry, type NormaDB } from './database';
import { LOG_STATE_KEY, LogWriter, logState, readAllEntries, writeLog } from './log-store';
import { parseBackupFile, parseLogFile, toBackupJson, type BackupTables, type PortableLogEntry } from '~/utils/export/json';

/** Every table, read in one transaction so the copy is consistent. */
export async function readAllTables(db: NormaDB): Promise<BackupTables> {
  return db.transaction('r', [db.pages, db.posts, db.logChunks, db.authors, db.meta], async () => {
    const [pages, posts, log, authors, meta] = await Promise.all([db.pages.toArray(), db.posts.toArray(), readAllEntries(db), db.authors.toArray(), db.meta.toArray()]);
    // The log's bookkeeping is not data: a restore computes its own.
    return { pages, posts, log: log as Required<LogEntry>[], authors, meta: meta.filter((m) => m.key !== LOG_STATE_KEY) };
  });
}

/** The backup file's text. */
export async function makeBackup(db: NormaDB, now: Date): Promise<string> {
  return toBackupJson(await readAllTables(db), LATEST_VERSION, now);
}

export interface TableCounts {
  pages: number;
  posts: number;
  log: number;
  authors: number;
  meta: number;
}

/** Checks a backup without writing; answers what it holds (for the confirmation). */
export function inspectBackup(text: string): TableCounts {
  const { tables } = parseBackupFile(text);
  return { pages: tables.pages.length, posts: tables.posts.length, log: tables.log.length, authors: tables.authors.length, meta: tables.meta.length };
}

/**
 * Replaces everything stored with the backup's tables. Throws ImportError (nothing changed) for a
 * bad file; a failed write rolls back, so the old data stays whole.
 */
export async function restoreBackup(db: NormaDB, text: string): Promise<TableCounts> {
  const { tables } = parseBackupFile(text);
  await db.transaction('rw', [db.pages, db.posts, db.logChunks, db.authors, db.meta], async () => {
    // The revision only grows, so copies of the log in open pages see the change.
    const log = new LogWriter(db, await logState(db));
    await Promise.all([db.pages.clear(), db.posts.clear(), log.clear(), db.authors.clear(), db.meta.clear()]);
    await db.pages.bulkAdd(tables.pages);
    await db.posts.bulkAdd(tables.posts);
    await log.put(tables.log);
    await db.authors.bulkAdd(tables.authors);
    await db.meta.bulkAdd(tables.meta.filter((m) => m.key !== LOG_STATE_KEY));
    await log.commit();
  });
  return { pages: tables.pages.length, posts: tables.posts.length, log: tables.log.length, authors: tables.authors.length, meta: tables.meta.length };
}

export interface ImportResult {
  /** Entries new to this device, now stored. */
  added: number;
  /** Entries already present (same uid), left as they are. */
  skipped: number;
}

/** Adds the entries of a log export that are not stored yet (by uid), all or nothing. */
export async function importLogFile(db: NormaDB, text: string): Promise<ImportResult> {
  const file = parseLogFile(text);
  return addNewEntries(db, file.entries);
}

/** Adds entries whose uid is not stored yet, in one transaction. */
export async function addNewEntries(db: NormaDB, entries: readonly PortableLogEntry[]): Promise<ImportResult> {
  return writeLog(db, async (w) => {
    const present = new Set<string>();
    await db.logChunks.each((c) => c.entries.forEach((e) => present.add(e.uid)));
    const fresh = entries.filter((e) => !present.has(e.uid));
    // New ids: the store numbers them, so imported ids never collide with local ones.
    await w.append(fresh);
    return { added: fresh.length, skipped: entries.length - fresh.length };
  });
}
