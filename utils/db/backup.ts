/**
 * Full backup and restore of every table, and the import of a log export. A file is checked
 * whole (utils/export/json.ts) before anything is written, and the write is one transaction:
 * a refused or failed import changes nothing.
 */
import { LATEST_VERSION, type LogEntry, type NormaDB } from './database';
import { parseBackupFile, parseLogFile, toBackupJson, type BackupTables, type PortableLogEntry } from '~/utils/export/json';

/** Every table, read in one transaction so the copy is consistent. */
export async function readAllTables(db: NormaDB): Promise<BackupTables> {
  return db.transaction('r', [db.pages, db.posts, db.log, db.authors, db.meta], async () => {
    const [pages, posts, log, authors, meta] = await Promise.all([db.pages.toArray(), db.posts.toArray(), db.log.toArray(), db.authors.toArray(), db.meta.toArray()]);
    return { pages, posts, log: log as Required<LogEntry>[], authors, meta };
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
  await db.transaction('rw', [db.pages, db.posts, db.log, db.authors, db.meta], async () => {
    await Promise.all([db.pages.clear(), db.posts.clear(), db.log.clear(), db.authors.clear(), db.meta.clear()]);
    await db.pages.bulkAdd(tables.pages);
    await db.posts.bulkAdd(tables.posts);
    await db.log.bulkAdd(tables.log);
    await db.authors.bulkAdd(tables.authors);
    await db.meta.bulkAdd(tables.meta);
  });
  return { pages: tables.pages.length, posts: tables.posts.length, log: tables.log.length, authors: tables.authors.length, meta: tables.meta.length };
}

export interface ImportResult {
  /** Entries new to this device, now stored. */
  added: number;
  /** Entries already present (same uid), left as they are. */
  skipped: number;
}

const UID_CHUNK = 5_000;

/** Adds the entries of a log export that are not stored yet (by uid), all or nothing. */
export async function importLogFile(db: NormaDB, text: string): Promise<ImportResult> {
  const file = parseLogFile(text);
  return addNewEntries(db, file.entries);
}

/** Adds entries whose uid is not stored yet, in one transaction. */
export async function addNewEntries(db: NormaDB, entries: readonly PortableLogEntry[]): Promise<ImportResult> {
  return db.transaction('rw', db.log, async () => {
    const present = new Set<string>();
    for (let i = 0; i < entries.length; i += UID_CHUNK) {
      const uids = entries.slice(i, i + UID_CHUNK).map((e) => e.uid);
      for (const uid of (await db.log.where('uid').anyOf(uids).keys()) as string[]) present.add(uid);
    }
    const fresh = entries.filter((e) => !present.has(e.uid));
    // A copy without `id`: the store numbers them, so imported ids never collide with local ones.
    await db.log.bulkAdd(fresh.map((e) => ({ ...e })));
    return { added: fresh.length, skipped: entries.length - fresh.length };
  });
}
