import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { NormaDB } from '~/utils/db/database';
import { authorSummaries, logDecision, setOutcome } from '~/utils/db/moderation';
import { pendingEntries } from '~/utils/db/log';
import { appendEntries, logCount, readAllEntries } from '~/utils/db/log-store';
import { entry as logEntry } from '../log/entries';
import { LogDecisionSchema, type LogDecision } from '~/utils/schemas';

const SAMPLE = logEntry({ outcome: 'pending' });

let db: NormaDB;
let n = 0;
beforeEach(async () => {
  db = new NormaDB(`norma-moderation-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const decision = (over: Partial<LogDecision> = {}): LogDecision => ({
  network: 'vk',
  pageKey: 'vk:club1',
  postId: '-1_2',
  commentId: '-1_5',
  commentUrl: 'https://vk.com/wall-1_2?reply=5',
  authorKey: 'vk:42',
  author: { id: '42', name: 'Сергей К.', url: 'https://vk.com/id42' },
  text: 'Опять ни х*я не чистят',
  categories: ['obscene'],
  terms: ['х*я'],
  rulesetVersion: '2026.11.23-1',
  decision: 'delete',
  ...over,
});

describe('logDecision', () => {
  test('a deletion is written pending, before anything is done on the page', async () => {
    const entry = await logDecision(db, decision(), 'Иванова', 1000, 'uid-1');
    expect(entry).toMatchObject({ uid: 'uid-1', outcome: 'pending', moderator: 'Иванова', at: 1000, authorName: 'Сергей К.', decision: 'delete' });
    expect((await pendingEntries(db)).map((e) => e.uid)).toEqual(['uid-1']);
    expect(await db.authors.get('vk:42')).toMatchObject({ name: 'Сергей К.', url: 'https://vk.com/id42' });
  });

  test('a message delivered twice is refused across a chunk boundary too', async () => {
    // 511 entries: the next decision is the chunk's last (id 512), its repeat would be the next chunk's first.
    await appendEntries(db, Array.from({ length: 511 }, (_, i) => ({ ...SAMPLE, uid: `old-${i}`, id: undefined })));
    const entry = await logDecision(db, decision(), 'Иванова', 1000, 'edge');
    expect(entry.id).toBe(512);
    await expect(logDecision(db, decision(), 'Иванова', 1001, 'edge')).rejects.toThrow(/уже есть/);
    await logDecision(db, decision(), 'Иванова', 1002, 'next');
    await expect(logDecision(db, decision(), 'Иванова', 1003, 'next')).rejects.toThrow(/уже есть/);
    expect(await logCount(db)).toBe(513);
    await setOutcome(db, 'old-0', 'done', null, 2000);
    expect((await readAllEntries(db)).find((e) => e.uid === 'old-0')?.outcome).toBe('done');
  });

  test('"Не нарушение" needs nothing from the page: done at once', async () => {
    const entry = await logDecision(db, decision({ decision: 'dismiss' }), 'Иванова', 1000, 'uid-2');
    expect(entry.outcome).toBe('done');
  });

  test('the same uid twice is refused (imports and retries never duplicate)', async () => {
    await logDecision(db, decision(), 'Иванова', 1000, 'uid-3');
    await expect(logDecision(db, decision(), 'Иванова', 1001, 'uid-3')).rejects.toThrow();
    expect(await logCount(db)).toBe(1);
  });
});

describe('setOutcome', () => {
  test('records what the page showed', async () => {
    await logDecision(db, decision(), 'Иванова', 1000, 'uid-4');
    await setOutcome(db, 'uid-4', 'failed', 'Сеть не подтвердила удаление.', 2000);
    expect((await readAllEntries(db)).find((e) => e.uid === 'uid-4')).toMatchObject({ outcome: 'failed', outcomeNote: 'Сеть не подтвердила удаление.', updatedAt: 2000 });
  });

  test('an unknown entry is an error, not a silent no-op', async () => {
    await expect(setOutcome(db, 'nope', 'done', null, 1)).rejects.toThrow(/Нет записи/);
  });
});

describe('authorSummaries', () => {
  test('counts decisions per author across pages, with the latest', async () => {
    await logDecision(db, decision(), 'А', 1000, 'a');
    await logDecision(db, decision({ pageKey: 'vk:club2', decision: 'dismiss' }), 'А', 3000, 'b');
    await logDecision(db, decision({ decision: 'delete_and_blacklist' }), 'А', 2000, 'c');
    await logDecision(db, decision({ authorKey: 'vk:7', author: { id: '7', name: 'Другой', url: null } }), 'А', 500, 'd');
    const found = await authorSummaries(db, ['vk:42', 'vk:7', 'vk:404']);
    expect(found['vk:42']).toEqual({ count: 3, lastDecision: 'dismiss', lastAt: 3000, pages: 2 });
    expect(found['vk:7']).toMatchObject({ count: 1, pages: 1 });
    expect(found['vk:404']).toBeUndefined();
    expect(await authorSummaries(db, [])).toEqual({});
  });
});

describe('LogDecisionSchema', () => {
  test.each([
    ['a script link to the comment', { commentUrl: 'javascript:alert(1)' }],
    ['an unknown category', { categories: ['rude'] }],
    ['an unknown decision', { decision: 'ban' }],
    ['a novel-length text', { text: 'x'.repeat(20_001) }],
  ])('rejects %s', (_name, over) => {
    expect(LogDecisionSchema.safeParse({ ...decision(), ...over }).success).toBe(false);
  });

  test('accepts a real decision', () => {
    expect(LogDecisionSchema.safeParse(decision()).success).toBe(true);
  });
});
