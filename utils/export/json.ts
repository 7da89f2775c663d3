/**
 * The JSON files: a log export (`norma-log`, re-importable, lossless) and a full backup
 * (`norma-backup`, every table). Both are versioned so a later Норма can read an older file and
 * an older one refuses a newer file instead of misreading it.
 */
import type { AuthorRecord, LogEntry, MetaRecord, PageRecord, PostRecord } from '~/utils/db/database';
import { z } from '~/utils/zod';
import { describeIssue, ImportError, parseJsonText, summariseIssues, valueAt } from './errors';
import { AuthorRecordSchema, LogEntrySchema, MetaRecordSchema, PageRecordSchema, PostRecordSchema, StoredLogEntrySchema } from './schema';

export const LOG_FILE_FORMAT = 'norma-log';
export const LOG_FILE_VERSION = 1;
export const BACKUP_FORMAT = 'norma-backup';
export const BACKUP_VERSION = 1;
/** More entries than this in one file is not a log but an attack on the page's memory. */
export const MAX_FILE_ENTRIES = 2_000_000;

/** A log entry as files carry it: without the local id, which means nothing on another device. */
export type PortableLogEntry = Omit<LogEntry, 'id'>;

export interface LogFile {
  format: typeof LOG_FILE_FORMAT;
  version: typeof LOG_FILE_VERSION;
  exportedAt: string;
  /** What the user had filtered, in words, for the reader. */
  description: string;
  count: number;
  entries: PortableLogEntry[];
}

export interface BackupTables {
  pages: PageRecord[];
  posts: PostRecord[];
  log: Required<LogEntry>[];
  authors: AuthorRecord[];
  meta: MetaRecord[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  /** The database version the tables were read from. */
  schemaVersion: number;
  tables: BackupTables;
}

/** Only the entry's own fields, in a fixed order, so files are stable and the id is dropped. */
export function portable(entry: LogEntry): PortableLogEntry {
  return {
    uid: entry.uid,
    at: entry.at,
    moderator: entry.moderator,
    network: entry.network,
    pageKey: entry.pageKey,
    postId: entry.postId,
    commentId: entry.commentId,
    commentUrl: entry.commentUrl,
    authorKey: entry.authorKey,
    authorName: entry.authorName,
    authorUrl: entry.authorUrl,
    text: entry.text,
    categories: [...entry.categories],
    terms: [...entry.terms],
    rulesetVersion: entry.rulesetVersion,
    decision: entry.decision,
    outcome: entry.outcome,
    outcomeNote: entry.outcomeNote,
    updatedAt: entry.updatedAt,
  };
}

/** The file's head, everything before the entries; entries are appended in chunks by the caller. */
export function logFileHead(count: number, description: string, exportedAt: Date): string {
  const head = JSON.stringify({ format: LOG_FILE_FORMAT, version: LOG_FILE_VERSION, exportedAt: exportedAt.toISOString(), description, count });
  return `${head.slice(0, -1)},"entries":[\n`;
}

/** One entry as its line of the `entries` array (without the separating comma). */
export function logFileLine(entry: LogEntry): string {
  return JSON.stringify(portable(entry));
}

/** The file around lines made by {@link logFileLine}. */
export function logFileFromLines(lines: readonly string[], description: string, exportedAt: Date): string[] {
  return [logFileHead(lines.length, description, exportedAt), lines.join(',\n'), LOG_FILE_TAIL];
}

/** Entries as the lines of the `entries` array; `first` says whether a comma must lead. */
export function logFileEntries(entries: readonly LogEntry[], first: boolean): string {
  if (entries.length === 0) return '';
  return (first ? '' : ',\n') + entries.map((e) => JSON.stringify(portable(e))).join(',\n');
}

export const LOG_FILE_TAIL = '\n]}\n';

/** A whole log file: one entry a line, so a broken entry is easy to find by line number. */
export function toLogJson(entries: readonly LogEntry[], description: string, exportedAt: Date): string {
  return logFileHead(entries.length, description, exportedAt) + logFileEntries(entries, true) + LOG_FILE_TAIL;
}

const EnvelopeSchema = z.object({
  format: z.string(),
  version: z.number(),
});

function checkEnvelope(data: unknown, format: string, version: number): void {
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success || typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ImportError('Это не файл Нормы: в нём нет полей format и version. Ничего не изменено.');
  }
  const { format: got, version: v } = envelope.data;
  if (got !== format) {
    if (got === BACKUP_FORMAT) throw new ImportError('Это резервная копия, а не выгрузка журнала: восстановите её кнопкой «Восстановить из копии».');
    if (got === LOG_FILE_FORMAT) throw new ImportError('Это выгрузка журнала, а не резервная копия: загрузите её кнопкой «Импорт записей (JSON)».');
    throw new ImportError(`Это не файл Нормы нужного вида (format: «${got.slice(0, 40)}»). Ничего не изменено.`);
  }
  if (v > version) throw new ImportError(`Файл сделан более новой версией Нормы (формат ${v}, эта версия читает до ${version}). Обновите расширение.`);
  if (v !== version) throw new ImportError(`Неизвестная версия формата: ${v}. Ничего не изменено.`);
}

function uidOf(entry: unknown): string {
  const uid = typeof entry === 'object' && entry !== null ? (entry as { uid?: unknown }).uid : undefined;
  return typeof uid === 'string' && uid.length > 0 ? ` (uid «${uid.slice(0, 60)}»)` : '';
}

const LIST_NAMES: Record<string, string> = {
  entries: 'запись',
  log: 'запись журнала',
  pages: 'страница',
  posts: 'публикация',
  authors: 'автор',
  meta: 'настройка',
};

/** Names the list element a path points into: `запись № 13 (uid «…»)`, and the field path after it. */
function describer(data: unknown) {
  return (path: readonly PropertyKey[]): { where: string; rest: readonly PropertyKey[] } => {
    const index = path.findIndex((p) => typeof p === 'number');
    if (index <= 0) return { where: '', rest: path };
    const list = String(path[index - 1]);
    const n = path[index] as number;
    const name = LIST_NAMES[list] ?? list;
    return { where: `${name} № ${n + 1}${uidOf(valueAt(data, path.slice(0, index + 1)))}`, rest: path.slice(index + 1) };
  };
}

function fail(error: z.ZodError, data: unknown, what: string): never {
  const describe = describer(data);
  const lines = error.issues.map((issue) => describeIssue(issue, data, describe));
  throw new ImportError(`${what}: ${error.issues.length === 1 ? 'ошибка' : `ошибок — ${error.issues.length}`}. Ничего не изменено.\n${summariseIssues(lines)}`);
}

/** Refuses a file whose list holds the same key twice (a merged or forged file). */
function unique<T>(rows: readonly T[], keyOf: (row: T) => string, listName: string, keyName: string): void {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = keyOf(row);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new ImportError(`${listName} № ${i + 1} повторяет № ${first + 1} (${keyName} «${key.slice(0, 60)}»): файл испорчен. Ничего не изменено.`);
    }
    seen.set(key, i);
  });
}

const LogFileSchema = z.strictObject({
  format: z.literal(LOG_FILE_FORMAT),
  version: z.literal(LOG_FILE_VERSION),
  exportedAt: z.iso.datetime(),
  description: z.string().max(2000),
  count: z.number().int().nonnegative(),
  entries: z.array(LogEntrySchema).max(MAX_FILE_ENTRIES),
});

/** Reads a log file; throws {@link ImportError} naming what is wrong. */
export function parseLogFile(text: string): LogFile {
  const data = parseJsonText(text);
  checkEnvelope(data, LOG_FILE_FORMAT, LOG_FILE_VERSION);
  const parsed = LogFileSchema.safeParse(data);
  if (!parsed.success) fail(parsed.error, data, 'В файле журнала неверные данные');
  const file = parsed.data;
  if (file.count !== file.entries.length) {
    throw new ImportError(`В файле ${file.entries.length} записей, а в заголовке указано ${file.count}: файл неполный или изменён. Ничего не изменено.`);
  }
  unique(file.entries, (e) => e.uid, 'Запись', 'uid');
  return file;
}

const BackupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  schemaVersion: z.number().int().positive(),
  tables: z.strictObject({
    pages: z.array(PageRecordSchema).max(MAX_FILE_ENTRIES),
    posts: z.array(PostRecordSchema).max(MAX_FILE_ENTRIES),
    log: z.array(StoredLogEntrySchema).max(MAX_FILE_ENTRIES),
    authors: z.array(AuthorRecordSchema).max(MAX_FILE_ENTRIES),
    meta: z.array(MetaRecordSchema).max(10_000),
  }),
});

export function toBackupJson(tables: BackupTables, schemaVersion: number, exportedAt: Date): string {
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), schemaVersion, tables };
  return JSON.stringify(file);
}

/** Reads a backup; throws {@link ImportError} naming what is wrong. */
export function parseBackupFile(text: string): BackupFile {
  const data = parseJsonText(text);
  checkEnvelope(data, BACKUP_FORMAT, BACKUP_VERSION);
  const parsed = BackupFileSchema.safeParse(data);
  if (!parsed.success) fail(parsed.error, data, 'В резервной копии неверные данные');
  const { tables } = parsed.data;
  unique(tables.pages, (p) => p.key, 'Страница', 'ключ');
  unique(tables.posts, (p) => `${p.pageKey} ${p.id}`, 'Публикация', 'страница и номер');
  unique(tables.log, (e) => e.uid, 'Запись журнала', 'uid');
  unique(tables.log, (e) => String(e.id), 'Запись журнала', 'id');
  unique(tables.authors, (a) => a.key, 'Автор', 'ключ');
  unique(tables.meta, (m) => m.key, 'Настройка', 'ключ');
  return parsed.data as BackupFile;
}
