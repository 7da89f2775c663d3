import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Profile } from '~/utils/norms/schema';
import type { Network } from '~/utils/sites/types';

/**
 * The extension's one database, in the extension's origin (never a page's): the background
 * service worker writes to it, extension pages (dashboard, popup) read it directly.
 *
 * Every released version stays declared below, unchanged; a new version is added, never an old one
 * edited (test/unit/db/migrations.test.ts opens every version and upgrades it).
 */

/** An official page the extension has seen. */
export interface PageRecord {
  /** `vk:club123`, `ok:group/5400…`, `telegram:durov` (see PageRef.key). */
  key: string;
  network: Network;
  url: string;
  title: string;
  /** Regulation profile id (`custom` for the user's own numbers), or null while none is chosen. */
  profileId: string | null;
  /** The page's own numbers when profileId is `custom` (checked with parseProfile when read). */
  customProfile: Profile | null;
  /**
   * The stretch of the wall known to be seen whole: every post published between `from` and `to`
   * was on a wall the extension read. The week's count is complete once `from` is before Monday.
   */
  coverage: { from: number; to: number } | null;
  /** false when the user said the page is not official: the overlay hides itself there. */
  official: boolean | null;
  firstSeenAt: number;
  lastSeenAt: number;
}

/** A publication seen on a page's wall; one row per page and post, however often it is seen. */
export interface PostRecord {
  pageKey: string;
  id: string;
  publishedAt: number | null;
  isRepost: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
}

export type Decision = 'delete' | 'delete_and_blacklist' | 'dismiss';
export type Outcome = 'pending' | 'done' | 'failed';

/** One moderator decision on one comment. */
export interface LogEntry {
  id?: number;
  /** Globally unique id, so imports never duplicate an entry. */
  uid: string;
  at: number;
  moderator: string;
  network: Network;
  pageKey: string;
  postId: string | null;
  commentId: string;
  commentUrl: string | null;
  authorKey: string | null;
  authorName: string;
  authorUrl: string | null;
  text: string;
  categories: string[];
  terms: string[];
  rulesetVersion: string;
  decision: Decision;
  outcome: Outcome;
  outcomeNote: string | null;
  updatedAt: number;
}

/** Log entries stored together: chunk `n` holds ids `n × 512 + 1 … (n + 1) × 512` (utils/db/log-store.ts). */
export interface LogChunk {
  n: number;
  /** The log revision that last wrote this chunk. */
  rev: number;
  /** Ordered by id. */
  entries: LogEntry[];
}

/** A comment author, keyed per network (`vk:id123`). */
export interface AuthorRecord {
  key: string;
  network: Network;
  name: string;
  url: string | null;
  lastSeenAt: number;
}

/** Small settings and bookkeeping values (moderator name, word lists, …). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DB_NAME = 'norma';

/** The stores (tables and their indexes) of one version, in Dexie's notation. */
export type StoresSpec = Readonly<Record<string, string | null>>;

/** One declared version of the database. */
export interface SchemaVersion {
  version: number;
  /** The extension release that first shipped this version (null while unreleased). */
  release: string | null;
  stores: StoresSpec;
  /** Data changes from the previous version; never edited once the version is released. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every version, oldest first. A new version is appended; a released one (its `release` set) is
 * never edited — users' databases were upgraded by exactly that code, and
 * test/unit/db/migrations.test.ts fails when a released entry changes (it keeps each one's
 * fingerprint) or when a version has no sample data to upgrade from.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    release: null,
    stores: {
      pages: '&key, network, profileId, lastSeenAt',
      posts: '[pageKey+id], [pageKey+publishedAt], lastSeenAt',
      // The moderation log in chunks of entries (utils/db/log-store.ts): a record per entry would
      // cost seconds per 100,000 entries in IndexedDB itself; filters run over a cached copy.
      // `rev` finds the chunks written since a copy was made.
      logChunks: '&n, rev',
      authors: '&key, network, lastSeenAt',
      meta: '&key',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** Declares `versions` on `db` (all of them for NormaDB; a prefix in the migration test). */
export function declareVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores({ ...v.stores });
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}

export class NormaDB extends Dexie {
  pages!: EntityTable<PageRecord, 'key'>;
  posts!: Dexie.Table<PostRecord, [string, string]>;
  logChunks!: EntityTable<LogChunk, 'n'>;
  authors!: EntityTable<AuthorRecord, 'key'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    declareVersions(this, SCHEMA_VERSIONS);
  }
}
