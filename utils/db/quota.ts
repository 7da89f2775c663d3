/**
 * Storage that does not silently fill up or vanish: ask the browser to keep the extension's data
 * (persistent storage), show how much is used, and recognise a quota error wherever Dexie
 * wrapped it, so the page can tell the user what to do instead of swallowing it.
 */

export type PersistResult = 'persisted' | 'granted' | 'denied' | 'unsupported';

type Storage = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

function defaultStorage(): Storage | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Asks for persistent storage once: `persisted` when it already was, `granted`/`denied` for the
 * browser's answer. Extensions with unlimitedStorage are usually granted at once.
 */
export async function requestPersistence(storage: Storage | undefined = defaultStorage()): Promise<PersistResult> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  if (await storage.persisted()) return 'persisted';
  return (await storage.persist()) ? 'granted' : 'denied';
}

export interface StorageUse {
  usage: number;
  quota: number;
}

export async function storageUse(storage: Storage | undefined = defaultStorage()): Promise<StorageUse | null> {
  if (!storage?.estimate) return null;
  const { usage, quota } = await storage.estimate();
  return usage === undefined || quota === undefined ? null : { usage, quota };
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Whether `error` (or what it wraps: Dexie puts the IndexedDB error in `inner`, a failed bulk
 * write in `failures`) is the storage quota running out.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; failures?: unknown; cause?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}

/** Bytes as people read them (`12,3 МБ`). */
export function formatBytes(bytes: number, lang: 'ru' | 'en' = 'ru'): string {
  const units = lang === 'ru' ? ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'] : ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(Math.round(value)) : value.toFixed(1);
  return `${lang === 'ru' ? text.replace('.', ',') : text} ${units[unit]}`;
}
