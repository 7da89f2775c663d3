import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { NormaDB } from '~/utils/db/database';
import { recordPage, recordPosts, setPageProfile } from '~/utils/db/records';
import { extendCoverage, pageWeek } from '~/utils/db/week';

let db: NormaDB;
let n = 0;
const page = { network: 'vk' as const, key: 'vk:club1', url: 'https://vk.com/club1' };
// Wednesday 2026-11-18 12:00 in Novokuznetsk (UTC+7) = 05:00 UTC; that week's Monday 00:00 there is 2026-11-15 17:00 UTC.
const NOW = Date.UTC(2026, 10, 18, 5, 0);
const MONDAY = Date.UTC(2026, 10, 15, 17, 0);
const HOUR = 3_600_000;
const zone = 'Asia/Novokuznetsk';
const request = { pageKey: page.key, network: 'vk' as const, timeZone: zone, now: NOW };

beforeEach(async () => {
  db = new NormaDB(`norma-week-${++n}`);
  await recordPage(db, { page, title: 'Администрация' }, NOW);
});
afterEach(async () => {
  await db.delete();
});

describe('extendCoverage', () => {
  test.each([
    ['nothing loaded keeps what is stored', { from: 10, to: 20 }, null, { from: 10, to: 20 }],
    ['a first visit covers from its oldest post to now', null, 50, { from: 50, to: 100 }],
    ['a visit touching the stored stretch joins it', { from: 10, to: 60 }, 50, { from: 10, to: 100 }],
    ['a visit with a gap after the stored stretch starts anew', { from: 10, to: 40 }, 50, { from: 50, to: 100 }],
    ['scrolling further back extends the start', { from: 30, to: 90 }, 5, { from: 5, to: 100 }],
  ])('%s', (_name, stored, oldest, expected) => {
    expect(extendCoverage(stored, oldest, 100)).toEqual(expected);
  });
});

describe('pageWeek', () => {
  test('counts only this week, in the profile\'s zone, each post once', async () => {
    await setPageProfile(db, { ...request, profileId: 'novokuznetsk-district', official: true });
    await recordPosts(db, page.key, [
      { id: 'a', publishedAt: MONDAY + HOUR, isRepost: false },
      { id: 'b', publishedAt: MONDAY + 30 * HOUR, isRepost: true },
      { id: 'c', publishedAt: MONDAY - HOUR, isRepost: false }, // Sunday 23:00 there: last week
      { id: 'd', publishedAt: null, isRepost: false },
    ], NOW);
    await recordPosts(db, page.key, [{ id: 'a', publishedAt: MONDAY + HOUR, isRepost: false }], NOW);
    const view = await pageWeek(db, { ...request, oldestLoadedAt: MONDAY - HOUR });
    expect(view.profileId).toBe('novokuznetsk-district');
    expect(view.official).toBe(true);
    expect(view.status).toMatchObject({ posts: 2, reposts: 1, repostShare: 0.5, undated: 1, normMin: 7, complete: true, weekStart: MONDAY });
  });

  test('is incomplete until the wall seen reaches back to Monday, and remembers when it did', async () => {
    await recordPosts(db, page.key, [{ id: 'a', publishedAt: NOW - HOUR, isRepost: false }], NOW);
    expect((await pageWeek(db, { ...request, oldestLoadedAt: NOW - HOUR })).status.complete).toBe(false);
    expect((await pageWeek(db, { ...request, oldestLoadedAt: MONDAY - 5 * HOUR })).status.complete).toBe(true);
    // A later visit that loads only the top still joins the stretch seen before.
    const later = { ...request, now: NOW + 2 * HOUR };
    expect((await pageWeek(db, { ...later, oldestLoadedAt: NOW - HOUR })).status.complete).toBe(true);
  });

  test('without a profile it counts in the browser\'s zone with no norm', async () => {
    await recordPosts(db, page.key, [{ id: 'a', publishedAt: NOW - HOUR, isRepost: false }], NOW);
    const view = await pageWeek(db, { ...request, timeZone: 'Europe/Moscow', oldestLoadedAt: null });
    expect(view.status).toMatchObject({ posts: 1, normMin: null, level: 'none', noNormReason: 'no-profile', timeZone: 'Europe/Moscow' });
  });
});

describe('setPageProfile', () => {
  test('a custom profile is built from the user\'s numbers', async () => {
    await setPageProfile(db, { ...request, profileId: 'custom', custom: { postsPerWeekMin: 3, repostShareMax: 0.1, timeZone: 'Europe/Moscow', networks: ['vk'] }, official: true });
    const view = await pageWeek(db, { ...request, oldestLoadedAt: null });
    expect(view.status).toMatchObject({ normMin: 3, repostShareMax: 0.1, timeZone: 'Europe/Moscow', profileId: 'custom' });
  });

  test.each([
    ['an unknown profile', { profileId: 'atlantis' }],
    ['custom numbers out of range', { profileId: 'custom', custom: { postsPerWeekMin: -1, timeZone: zone, networks: ['vk'] } }],
    ['custom numbers in an unknown zone', { profileId: 'custom', custom: { postsPerWeekMin: 5, timeZone: 'Nowhere/City', networks: ['vk'] } }],
  ])('refuses %s and changes nothing', async (_name, change) => {
    await expect(setPageProfile(db, { ...request, official: true, ...change })).rejects.toThrow();
    expect(await db.pages.get(page.key)).toMatchObject({ profileId: null, official: null });
  });

  test('refuses a page never seen', async () => {
    await expect(setPageProfile(db, { ...request, pageKey: 'vk:club999', profileId: null, official: false })).rejects.toThrow(/ещё не открывалась/);
  });
});
