/**
 * Migrations: a database written by every declared version is opened by every later one and by
 * the current NormaDB, and its data must read as today's records. Released versions are frozen:
 * their fingerprint is kept here, and editing one fails this test.
 *
 * Adding version N: append it to SCHEMA_VERSIONS (with `upgrade` for data changes), add SAMPLES[N]
 * (rows as version N writes them), and when N ships set its `release` and put its fingerprint
 * in RELEASED (the failure message prints it). Never edit an earlier sample or fingerprint.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { readAllTables } from '~/utils/db/backup';
import { declareVersions, LATEST_VERSION, NormaDB, SCHEMA_VERSIONS, type SchemaVersion } from '~/utils/db/database';
import { authorHistory, findLogIds } from '~/utils/db/log';
import { appendEntries, logCount } from '~/utils/db/log-store';
import { AuthorRecordSchema, MetaRecordSchema, PageRecordSchema, PostRecordSchema, StoredLogEntrySchema } from '~/utils/export/schema';

const T = Date.UTC(2026, 10, 2, 9, 0);

/** Rows as each version wrote them: plain literals, never today's types, so they stay as written. */
const SAMPLES: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    await db.table('pages').bulkAdd([
      { key: 'vk:club1', network: 'vk', url: 'https://vk.com/club1', title: 'Администрация', profileId: 'kuzbass', customProfile: null, coverage: { from: T - 1e9, to: T }, official: true, firstSeenAt: T - 1e9, lastSeenAt: T },
      { key: 'telegram:news', network: 'telegram', url: 'https://t.me/s/news', title: 'Новости', profileId: null, customProfile: null, coverage: null, official: null, firstSeenAt: T, lastSeenAt: T },
    ]);
    await db.table('posts').bulkAdd([
      { pageKey: 'vk:club1', id: '-1_1', publishedAt: T - 1000, isRepost: false, firstSeenAt: T, lastSeenAt: T },
      { pageKey: 'vk:club1', id: '-1_2', publishedAt: null, isRepost: true, firstSeenAt: T, lastSeenAt: T },
    ]);
    // The log in chunks of 512 by id (chunk 0: ids 1–512), and its state record.
    await db.table('logChunks').add({
      n: 0,
      rev: 1,
      entries: ['delete', 'delete_and_blacklist', 'dismiss'].map((decision, i) => ({
        id: i + 1, uid: `v1-${i}`, at: T + i, moderator: 'Иванова', network: 'vk', pageKey: 'vk:club1', postId: '-1_1', commentId: `c${i}`,
        commentUrl: 'https://vk.com/wall-1_1?reply=5', authorKey: i === 2 ? null : 'vk:id7', authorName: 'Пётр', authorUrl: null,
        text: 'купите', categories: i === 2 ? [] : ['spam'], terms: ['купите'], rulesetVersion: '1', decision,
        outcome: i === 1 ? 'pending' : 'done', outcomeNote: null, updatedAt: T + i,
      })),
    });
    await db.table('meta').add({ key: 'log.state', value: { rev: 1, nextId: 4, count: 3 } });
    await db.table('authors').add({ key: 'vk:id7', network: 'vk', name: 'Пётр', url: 'https://vk.com/id7', lastSeenAt: T });
    await db.table('meta').add({ key: 'moderator', value: 'Иванова' });
  },
};

/** Fingerprints of released versions. Filled in when a version ships; never changed after. */
const RELEASED: Record<number, string> = {};

function fingerprint(v: SchemaVersion): string {
  const text = JSON.stringify(v.stores) + (v.upgrade ? v.upgrade.toString().replace(/\s+/g, '') : '');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

let n = 0;
/** A database of `version` (only the versions up to it declared), filled with its sample. */
async function databaseAt(version: number): Promise<string> {
  const name = `norma-migration-${version}-${++n}`;
  const old = new Dexie(name);
  declareVersions(old, SCHEMA_VERSIONS.filter((v) => v.version <= version));
  await old.open();
  await SAMPLES[version]?.(old);
  old.close();
  return name;
}

const versions = SCHEMA_VERSIONS.map((v) => v.version);
const pairs = versions.flatMap((from) => versions.filter((to) => to >= from).map((to) => [from, to] as const));

describe('database versions', () => {
  test('versions increase and each has sample data to migrate from', () => {
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of versions) expect(SAMPLES[v], `SAMPLES[${v}] is missing`).toBeDefined();
    expect(LATEST_VERSION).toBe(versions.at(-1));
  });

  test('only the newest version may be unreleased', () => {
    SCHEMA_VERSIONS.slice(0, -1).forEach((v) => expect(v.release, `version ${v.version} shipped before a newer one`).not.toBeNull());
  });

  test.each(SCHEMA_VERSIONS.filter((v) => v.release !== null).map((v) => [v.version, v] as const))(
    'released version %i is unchanged (a released upgrader is never edited)',
    (version, v) => {
      expect(RELEASED[version], `add RELEASED[${version}] = '${fingerprint(v)}'`).toBeDefined();
      expect(fingerprint(v)).toBe(RELEASED[version]);
    },
  );

  test.each(pairs)('a database of version %i opens as version %i with its data intact', async (from, to) => {
    const name = await databaseAt(from);
    const db = new Dexie(name);
    opened.push(db);
    declareVersions(db, SCHEMA_VERSIONS.filter((v) => v.version <= to));
    await db.open();
    expect(db.verno).toBe(to);
    for (const table of ['pages', 'posts', 'logChunks', 'authors', 'meta']) expect(await db.table(table).count()).toBeGreaterThan(0);
  });

  test.each(versions)('version %i upgraded to the current NormaDB reads as today\'s records', async (from) => {
    const db = new NormaDB(await databaseAt(from));
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const tables = await readAllTables(db);
    for (const row of tables.pages) PageRecordSchema.parse(row);
    for (const row of tables.posts) PostRecordSchema.parse(row);
    for (const row of tables.log) StoredLogEntrySchema.parse(row);
    for (const row of tables.authors) AuthorRecordSchema.parse(row);
    for (const row of tables.meta) MetaRecordSchema.parse(row);
    // The dashboard's queries answer for the migrated rows, and the log grows on from them.
    expect(await findLogIds(db, { pageKeys: ['vk:club1'], outcomes: ['done'] })).toHaveLength(2);
    expect(await findLogIds(db, { categories: ['spam'] })).toHaveLength(2);
    expect(await authorHistory(db, 'vk:id7')).toHaveLength(2);
    expect((await appendEntries(db, [{ ...tables.log[0]!, uid: 'after-upgrade' }]))[0]?.id).toBe(4);
    expect(await logCount(db)).toBe(4);
  });

  // After a downgrade Dexie 4 opens the newer database as it is: nothing dropped, nothing rewritten.
  test('a database from a newer Норма opens without losing what the newer one added', async () => {
    const name = await databaseAt(LATEST_VERSION);
    const future = new Dexie(name);
    declareVersions(future, [...SCHEMA_VERSIONS, { version: LATEST_VERSION + 1, release: null, stores: { extra: '++id' } }]);
    await future.table('extra').add({ note: 'from the future' });
    future.close();
    const db = new NormaDB(name);
    opened.push(db);
    await db.open();
    expect([...db.backendDB().objectStoreNames]).toContain('extra');
    expect(await logCount(db)).toBe(3);
  });
});
