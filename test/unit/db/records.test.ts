import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { NormaDB } from '~/utils/db/database';
import { countPosts, overview, recordPage, recordPosts } from '~/utils/db/records';

let db: NormaDB;
let n = 0;

beforeEach(async () => {
  db = new NormaDB(`norma-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const page = { network: 'vk' as const, key: 'vk:club1', url: 'https://vk.com/club1' };

describe('recordPage', () => {
  test('remembers a new page with no profile yet', async () => {
    const rec = await recordPage(db, { page, title: 'Администрация' }, 1000);
    expect(rec).toMatchObject({ key: 'vk:club1', profileId: null, official: null, firstSeenAt: 1000, lastSeenAt: 1000 });
  });

  test('keeps what the user set and when it was first seen', async () => {
    await recordPage(db, { page, title: 'Администрация' }, 1000);
    await db.pages.update('vk:club1', { profileId: 'novokuznetsk-district', official: true });
    const rec = await recordPage(db, { page, title: '' }, 5000);
    expect(rec).toMatchObject({ profileId: 'novokuznetsk-district', official: true, firstSeenAt: 1000, lastSeenAt: 5000, title: 'Администрация' });
  });
});

describe('recordPosts', () => {
  test('a post seen twice is stored once', async () => {
    const first = await recordPosts(db, 'vk:club1', [
      { id: '-1_1', publishedAt: 100, isRepost: false },
      { id: '-1_2', publishedAt: 200, isRepost: true },
      { id: '-1_1', publishedAt: 100, isRepost: false },
    ], 1000);
    expect(first).toEqual({ added: 2 });
    const again = await recordPosts(db, 'vk:club1', [{ id: '-1_2', publishedAt: 200, isRepost: true }, { id: '-1_3', publishedAt: 300, isRepost: false }], 2000);
    expect(again).toEqual({ added: 1 });
    expect(await countPosts(db, 'vk:club1')).toBe(3);
    expect(await db.posts.get(['vk:club1', '-1_2'])).toMatchObject({ firstSeenAt: 1000, lastSeenAt: 2000 });
  });

  test('the same id on another page is another post', async () => {
    await recordPosts(db, 'vk:club1', [{ id: '7', publishedAt: 1, isRepost: false }], 1);
    await recordPosts(db, 'vk:club2', [{ id: '7', publishedAt: 1, isRepost: false }], 1);
    expect(await countPosts(db, 'vk:club1')).toBe(1);
    expect(await countPosts(db, 'vk:club2')).toBe(1);
  });

  test('a date read later fills an unknown one, and a known date is not lost', async () => {
    await recordPosts(db, 'vk:club1', [{ id: 'a', publishedAt: null, isRepost: false }, { id: 'b', publishedAt: 50, isRepost: false }], 1);
    await recordPosts(db, 'vk:club1', [{ id: 'a', publishedAt: 40, isRepost: false }, { id: 'b', publishedAt: null, isRepost: false }], 2);
    expect((await db.posts.get(['vk:club1', 'a']))?.publishedAt).toBe(40);
    expect((await db.posts.get(['vk:club1', 'b']))?.publishedAt).toBe(50);
  });

  test('counts undated posts too', async () => {
    await recordPosts(db, 'vk:club1', [{ id: 'x', publishedAt: null, isRepost: false }], 1);
    expect(await countPosts(db, 'vk:club1')).toBe(1);
    expect(await overview(db)).toEqual({ pages: 0, posts: 1, log: 0, authors: 0 });
  });
});
