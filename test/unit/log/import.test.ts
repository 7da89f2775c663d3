import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inspectBackup, importLogFile, makeBackup, readAllTables, restoreBackup } from '~/utils/db/backup';
import { NormaDB } from '~/utils/db/database';
import { appendEntries, logCount, LogWriter, readAllEntries } from '~/utils/db/log-store';
import { ImportError } from '~/utils/export/errors';
import { portable, toLogJson } from '~/utils/export/json';
import { entry, manyEntries, T0 } from './entries';

let db: NormaDB;
let n = 0;
const NOW = new Date('2026-11-23T10:00:00Z');

beforeEach(async () => {
  db = new NormaDB(`norma-import-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const good = () => JSON.parse(toLogJson(manyEntries(3), 'тест', NOW)) as { entries: Record<string, unknown>[]; [k: string]: unknown };
const withEntry = (i: number, patch: Record<string, unknown>) => {
  const file = good();
  file.entries[i] = { ...file.entries[i], ...patch };
  return JSON.stringify(file, null, 1);
};
const text = toLogJson(manyEntries(3), 'тест', NOW);

describe('importing a log file', () => {
  test('adds the entries, and again adds nothing (same uid is not duplicated)', async () => {
    expect(await importLogFile(db, text)).toEqual({ added: 3, skipped: 0 });
    expect(await importLogFile(db, text)).toEqual({ added: 0, skipped: 3 });
    expect(await logCount(db)).toBe(3);
    const stored = (await readAllEntries(db)).sort((a, b) => a.at - b.at);
    expect(stored.map(portable)).toEqual(manyEntries(3));
  });

  test('a file overlapping what is stored adds only the new entries', async () => {
    await appendEntries(db, [entry({ uid: 'u-1', text: 'уже здесь' })]);
    expect(await importLogFile(db, text)).toEqual({ added: 2, skipped: 1 });
    expect((await readAllEntries(db)).filter((e) => e.uid === 'u-1').map((e) => e.text)).toEqual(['уже здесь']);
  });

  // Each bad file: refused with a message naming what is wrong, and the database unchanged.
  test.each<[string, string, RegExp]>([
    ['empty', '', /пустой/],
    ['not JSON', 'hello', /не является правильным JSON \(строка 1, позиция 1\)/],
    ['broken in the middle', text.replace('"uid":"u-1"', '"uid" "u-1"'), /не является правильным JSON \(строка 3,/],
    ['truncated', text.slice(0, text.length - 40), /обрывается/],
    ['truncated after a value', text.slice(0, text.indexOf('"uid":"u-2"') - 2), /обрывается/],
    ['an array, not a file of ours', '[1,2]', /не файл Нормы/],
    ['another program\'s JSON', '{"format":"other","version":1}', /не файл Нормы нужного вида/],
    ['a backup given as a log file', '{"format":"norma-backup","version":1}', /резервная копия/],
    ['from a newer Норма', JSON.stringify({ ...good(), version: 2 }), /более новой версией/],
    ['a bad decision', withEntry(1, { decision: 'ban' }), /запись № 2 \(uid «u-1»\), поле «decision»: допустимые значения: delete, delete_and_blacklist, dismiss/],
    ['a missing field', withEntry(0, { text: undefined }), /запись № 1 \(uid «u-0»\), поле «text»: поле отсутствует/],
    ['a wrong type', withEntry(2, { at: '2026-01-01' }), /запись № 3 .*поле «at»: ожидается число, а в файле строка/],
    ['a javascript: link', withEntry(0, { commentUrl: 'javascript:alert(1)' }), /поле «commentUrl»: нужна ссылка https/],
    ['an extra field', withEntry(0, { __proto__x: 1 }), /лишние поля: __proto__x/],
    ['a date before 2000', withEntry(0, { at: 5 }), /поле «at»: слишком маленькое значение/],
    ['huge text', withEntry(0, { text: 'a'.repeat(50_001) }), /поле «text»: слишком длинный текст/],
    ['the same uid twice', withEntry(2, { uid: 'u-0' }), /Запись № 3 повторяет № 1 \(uid «u-0»\)/],
    ['count does not match', JSON.stringify({ ...good(), count: 5 }), /3 записей, а в заголовке указано 5/],
    ['entries not a list', JSON.stringify({ ...good(), entries: {} }), /поле «entries»: ожидается список/],
  ])('%s is refused and changes nothing', async (_, bad, message) => {
    await appendEntries(db, [entry({ uid: 'kept' })]);
    const error = await importLogFile(db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/Ничего не изменено|Обновите|восстановите/);
    expect((await readAllEntries(db)).map((e) => e.uid)).toEqual(['kept']);
  });

  test('many problems: the first few listed and how many more', async () => {
    const file = good();
    file.entries = file.entries.map((e) => ({ ...e, decision: 'x', outcome: 'y', network: 'z' }));
    const error = (await importLogFile(db, JSON.stringify(file)).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/ошибок — 9/);
    expect(error.message).toMatch(/…и ещё 4/);
  });

  test('a write that fails midway rolls back: nothing half imported', async () => {
    // The chunks are written, then writing the log's state fails (a full disk, say).
    const original = LogWriter.prototype.commit;
    LogWriter.prototype.commit = async function (this: LogWriter) {
      await original.call(this);
      throw new Error('disk failed');
    };
    try {
      await expect(importLogFile(db, text)).rejects.toThrow('disk failed');
    } finally {
      LogWriter.prototype.commit = original;
    }
    expect(await logCount(db)).toBe(0);
    expect(await readAllEntries(db)).toEqual([]);
  });
});

describe('full backup and restore', () => {
  async function fill(target: NormaDB) {
    await target.pages.add({ key: 'vk:club1', network: 'vk', url: 'https://vk.com/club1', title: 'Администрация', profileId: 'kuzbass', customProfile: null, coverage: { from: T0, to: T0 + 1 }, official: true, firstSeenAt: T0, lastSeenAt: T0 });
    await target.posts.bulkAdd([
      { pageKey: 'vk:club1', id: '-1_1', publishedAt: T0, isRepost: false, firstSeenAt: T0, lastSeenAt: T0 },
      { pageKey: 'vk:club1', id: '-1_2', publishedAt: null, isRepost: true, firstSeenAt: T0, lastSeenAt: T0 },
    ]);
    await appendEntries(target, manyEntries(25));
    await target.authors.add({ key: 'vk:id1', network: 'vk', name: 'Автор', url: null, lastSeenAt: T0 });
    await target.meta.bulkAdd([{ key: 'moderator', value: 'Иванова' }, { key: 'words', value: { spam: ['купи*'] } }]);
  }

  test('every table comes back equal, ids included', async () => {
    await fill(db);
    const backup = await makeBackup(db, NOW);
    expect(inspectBackup(backup)).toEqual({ pages: 1, posts: 2, log: 25, authors: 1, meta: 2 });
    const other = new NormaDB(`norma-restore-${n}`);
    await appendEntries(other, manyEntries(600).map((e) => ({ ...e, uid: `old-${e.uid}` })));
    expect(await restoreBackup(other, backup)).toEqual({ pages: 1, posts: 2, log: 25, authors: 1, meta: 2 });
    expect(await readAllTables(other)).toEqual(await readAllTables(db));
    // The log goes on from the restored one: new ids never collide with restored ones.
    const [next] = await appendEntries(other, [entry({ uid: 'after-restore' })]);
    expect(next?.id).toBeGreaterThan(25);
    expect(await logCount(other)).toBe(26);
    await other.delete();
  });

  test.each<[string, (b: { tables: Record<string, Record<string, unknown>[]> }) => void, RegExp]>([
    ['a hostile page link', (b) => (b.tables.pages![0]!.url = 'javascript:alert(1)'), /страница № 1 \(uid|страница № 1, поле «url»: нужна ссылка https/],
    ['a post twice', (b) => b.tables.posts!.push({ ...b.tables.posts![0]! }), /Публикация № 3 повторяет № 1/],
    ['a broken custom profile', (b) => (b.tables.pages![0]!.customProfile = { id: 'x' }), /страница № 1, поле «customProfile/],
    ['a log entry without id', (b) => delete b.tables.log![4]!.id, /запись журнала № 5 \(uid «u-4»\), поле «id»: поле отсутствует/],
  ])('%s: refused, nothing replaced', async (_, spoil, message) => {
    await fill(db);
    const backup = JSON.parse(await makeBackup(db, NOW)) as { tables: Record<string, Record<string, unknown>[]> };
    spoil(backup);
    const before = await readAllTables(db);
    await expect(restoreBackup(db, JSON.stringify(backup))).rejects.toThrow(message);
    expect(await readAllTables(db)).toEqual(before);
  });

  test('a log export is not a backup', async () => {
    await expect(restoreBackup(db, text)).rejects.toThrow(/выгрузка журнала, а не резервная копия/);
  });
});

describe('whatever the moderation feature writes comes back from a file', () => {
  test('the largest decision its message schema allows survives a log export and a backup', async () => {
    const { logDecision, setOutcome } = await import('~/utils/db/moderation');
    const { LogDecisionSchema } = await import('~/utils/schemas');
    const decision = LogDecisionSchema.parse({
      network: 'vk',
      pageKey: `vk:${'p'.repeat(297)}`,
      postId: null,
      commentId: 'c'.repeat(200),
      commentUrl: null,
      authorKey: `vk:${'a'.repeat(2097)}`,
      author: { id: null, name: 'Я'.repeat(500), url: null },
      text: '=1+1 '.repeat(4000),
      categories: ['obscene', 'insult', 'spam'],
      terms: Array.from({ length: 100 }, (_, i) => `${i}`.padEnd(200, 'ё')),
      rulesetVersion: 'r'.repeat(100),
      decision: 'delete_and_blacklist',
    });
    const written = await logDecision(db, decision, 'М'.repeat(200), T0, 'uid-0001');
    await setOutcome(db, 'uid-0001', 'failed', 'н'.repeat(1000), T0 + 1);
    const stored = (await readAllEntries(db)).find((e) => e.id === written.id);

    const other = new NormaDB(`norma-roundtrip-${n}`);
    expect(await importLogFile(other, toLogJson([stored!], '', NOW))).toEqual({ added: 1, skipped: 0 });
    expect(await restoreBackup(other, await makeBackup(db, NOW))).toMatchObject({ log: 1, authors: 1 });
    expect(await readAllEntries(other)).toEqual([stored]);
    await other.delete();
  });
});
