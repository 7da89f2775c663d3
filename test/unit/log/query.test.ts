import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { NormaDB, type LogEntry } from '~/utils/db/database';
import {
  authorHistory,
  compareEntries,
  findLogIds,
  getEntries,
  logFacets,
  matchesFilter,
  pendingEntries,
  type LogFilter,
  type LogSort,
} from '~/utils/db/log';
import { appendEntries, readAllEntries } from '~/utils/db/log-store';
import { deleteOlderThan } from '~/utils/db/log';
import { logDecision, setOutcome } from '~/utils/db/moderation';
import { entry, manyEntries, T0 } from './entries';

let db: NormaDB;
let n = 0;
let all: LogEntry[];
const HOUR = 3_600_000;

beforeEach(async () => {
  db = new NormaDB(`norma-query-${++n}`);
  await appendEntries(db, manyEntries(300));
  all = await readAllEntries(db);
});
afterEach(async () => {
  await db.delete();
});

/** The answer by brute force: every entry checked, sorted in memory. */
function reference(filter: LogFilter, sort: LogSort): number[] {
  return all.filter((e) => matchesFilter(e, filter)).sort(compareEntries(sort)).map((e) => e.id!);
}

const filters: [string, LogFilter, number][] = [
  ['nothing: every entry', {}, 300],
  ['a period', { from: T0 + 10 * HOUR, to: T0 + 20 * HOUR }, 10],
  ['a page', { pageKeys: ['vk:page0'] }, 20],
  ['a page and a period', { pageKeys: ['vk:page0'], from: T0, to: T0 + 100 * HOUR }, 7],
  ['two pages', { pageKeys: ['vk:page0', 'ok:page1'] }, 40],
  ['a network', { networks: ['telegram'] }, 100],
  ['a category (entries with two counted once)', { categories: ['insult', 'obscene'] }, 180],
  ['a decision and an outcome', { decisions: ['dismiss'], outcomes: ['pending'] }, 25],
  ['a moderator', { moderators: ['Петров'] }, 100],
  ['an author', { authorKey: 'vk:id3' }, 39],
  ['text: case and ё ignored', { text: 'ЕЛКИ' }, 60],
  ['text: every word must occur', { text: 'спам №12' }, 2],
  ['text and a page', { text: 'купите', pageKeys: ['vk:page0'] }, 20],
  ['nothing matches', { text: 'такого слова нет' }, 0],
  ['an empty period', { from: T0 - 10 * HOUR, to: T0 }, 0],
];

const sorts: LogSort[] = [
  { field: 'at', direction: 'desc' },
  { field: 'at', direction: 'asc' },
  { field: 'pageKey', direction: 'asc' },
  { field: 'decision', direction: 'desc' },
  { field: 'moderator', direction: 'asc' },
];

describe('findLogIds', () => {
  test.each(filters)('%s', async (_, filter, count) => {
    const ids = await findLogIds(db, filter);
    expect(ids).toHaveLength(count);
    expect(ids).toEqual(reference(filter, { field: 'at', direction: 'desc' }));
    const entries = await getEntries(db, ids);
    expect(entries.every((e) => matchesFilter(e, filter))).toBe(true);
  });

  test.each(filters.flatMap(([name, filter]) => sorts.map((sort) => [`${name}, by ${sort.field} ${sort.direction}`, filter, sort] as const)))(
    'every sort agrees with the brute-force answer: %s',
    async (_, filter, sort) => {
      expect(await findLogIds(db, filter, sort)).toEqual(reference(filter, sort));
    },
  );

  test('the newest entry comes first by default', async () => {
    const [first] = await getEntries(db, (await findLogIds(db, {})).slice(0, 1));
    expect(first?.uid).toBe('u-299');
  });

  test('a large text search reports its progress and can be cancelled', async () => {
    const seen: number[] = [];
    await findLogIds(db, { text: 'купите' }, undefined, { onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(300);
    const controller = new AbortController();
    controller.abort();
    await expect(findLogIds(db, { text: 'купите' }, undefined, { signal: controller.signal })).rejects.toThrow(/отменён/);
  });
});

describe('matchesFilter', () => {
  const e = entry({ text: 'Купите дёшево' });
  test.each<[string, LogFilter, boolean]>([
    ['empty filter', {}, true],
    ['from = at is inside', { from: e.at }, true],
    ['to = at is outside (half-open)', { to: e.at }, false],
    ['other network', { networks: ['ok'] }, false],
    ['same network among others', { networks: ['ok', 'vk'] }, true],
    ['a category it has', { categories: ['spam'] }, true],
    ['a category it lacks', { categories: ['insult'] }, false],
    ['text word inside another', { text: 'ДЁШ' }, true],
    ['text word absent', { text: 'дешево дорого' }, false],
    ['author', { authorKey: 'vk:id100' }, true],
    ['other author', { authorKey: 'vk:id1' }, false],
  ])('%s → %s', (_, filter, expected) => {
    expect(matchesFilter(e, filter)).toBe(expected);
  });
});

describe('author history, pending list, facets', () => {
  test('an author\'s entries, newest first', async () => {
    const history = await authorHistory(db, 'vk:id3');
    expect(history).toHaveLength(39);
    expect(history.every((e) => e.authorKey === 'vk:id3')).toBe(true);
    expect(history.map((e) => e.at)).toEqual([...history.map((e) => e.at)].sort((a, b) => b - a));
    expect(await authorHistory(db, 'vk:nobody')).toEqual([]);
  });

  test('pending entries, oldest first, and nothing else', async () => {
    const pending = await pendingEntries(db);
    expect(pending).toHaveLength(75);
    expect(pending.every((e) => e.outcome === 'pending')).toBe(true);
    expect(pending[0]?.uid).toBe('u-2');
  });

  test('facets: the values the filters offer', async () => {
    await db.pages.add({ key: 'vk:page0', network: 'vk', url: 'https://vk.com/page0', title: 'Администрация', profileId: null, customProfile: null, coverage: null, official: true, firstSeenAt: T0, lastSeenAt: T0 });
    const facets = await logFacets(db);
    expect(facets.moderators).toEqual(['Иванова', 'Петров', 'Сидорова']);
    expect(facets.categories).toEqual(['insult', 'obscene', 'spam']);
    expect(facets.pages.map((p) => p.key)).toEqual(['vk:page0']);
    expect(facets.unknownPageKeys).toHaveLength(14);
    expect(facets.unknownPageKeys).not.toContain('vk:page0');
    expect(facets.oldest).toBe(T0);
    expect(facets.newest).toBe(T0 + 299 * HOUR);
  });
});

describe('the copy of the log a page keeps', () => {
  // Another page or the worker writes through its own connection; a query must see it.
  test('sees entries another connection adds, changes and deletes', async () => {
    expect(await findLogIds(db, {})).toHaveLength(300);
    const other = new NormaDB(db.name);
    try {
      const added = await logDecision(
        other,
        { network: 'vk', pageKey: 'vk:page0', postId: '-1_1', commentId: 'new', commentUrl: null, authorKey: 'vk:id3', author: { id: null, name: 'Пётр', url: null }, text: 'новое', categories: ['spam'], terms: [], rulesetVersion: '1', decision: 'delete' },
        'Иванова',
        T0 + 1000 * HOUR,
        'u-new',
      );
      expect(added.id).toBe(301);
      expect(await findLogIds(db, { text: 'новое' })).toEqual([301]);
      await setOutcome(other, 'u-new', 'done', null, T0 + 1001 * HOUR);
      expect((await getEntries(db, [301]))[0]?.outcome).toBe('done');
      expect(await deleteOlderThan(other, T0 + 100 * HOUR)).toBe(100);
      const left = await findLogIds(db, {});
      expect(left).toHaveLength(201);
      expect(await getEntries(db, [1, 301])).toEqual([expect.objectContaining({ uid: 'u-new' })]);
      expect((await authorHistory(db, 'vk:id3'))[0]?.uid).toBe('u-new');
    } finally {
      other.close();
    }
  });

  test('queries at the same moment on a new connection read the log once', async () => {
    const fresh = new NormaDB(db.name);
    try {
      const reads = vi.spyOn(fresh.logChunks, 'toArray');
      const [a, b, facets] = await Promise.all([findLogIds(fresh, {}), findLogIds(fresh, { pageKeys: ['vk:page0'] }), logFacets(fresh)]);
      expect(reads).toHaveBeenCalledTimes(1);
      expect(a).toHaveLength(300);
      expect(b).toHaveLength(20);
      expect(facets.oldest).toBe(T0);
    } finally {
      fresh.close();
    }
  });

  test('a database deleted and made again is read afresh', async () => {
    expect(await findLogIds(db, {})).toHaveLength(300);
    await db.delete();
    await db.open();
    expect(await findLogIds(db, {})).toEqual([]);
    await appendEntries(db, manyEntries(3));
    expect(await findLogIds(db, {})).toHaveLength(3);
  });
});
