import { describe, expect, test } from 'vitest';
import { weekCounterAttributes, weekStatus, whatIf, type CountablePost, type Level, type WeekInput } from '~/utils/norms/counter';
import { customProfile, getProfile } from '~/utils/norms/profiles';
import type { Profile } from '~/utils/norms/schema';

const ms = (iso: string): number => Date.parse(iso);

/** The week under test: Monday 10 – Sunday 16 March 2025; `day` 1 = Monday. */
const at = (day: number, time = '12:00', offset = '+07:00'): number =>
  ms(`2025-03-${String(9 + day).padStart(2, '0')}T${time}:00${offset}`);

const BEFORE_MONDAY = ms('2025-03-09T20:00:00+07:00');

/** `n` posts on Monday morning, the first `reposts` of them reposts. */
function monday(n: number, reposts = 0, offset = '+07:00'): CountablePost[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    publishedAt: at(1, '08:00', offset) + i * 60_000,
    isRepost: i < reposts,
  }));
}

const must = (id: string): Profile => {
  const p = getProfile(id);
  if (p === undefined) throw new Error(`no profile ${id}`);
  return p;
};

const minAndCap = customProfile({ postsPerWeekMin: 5, repostShareMax: 0.25, timeZone: 'Asia/Barnaul', networks: ['vk'] });
const noReposts = customProfile({ repostShareMax: 0, timeZone: 'Asia/Barnaul', networks: ['vk'] });
const cap30 = customProfile({ repostShareMax: 0.3, timeZone: 'Asia/Barnaul', networks: ['vk'] });

const input = (over: Partial<WeekInput>): WeekInput => ({
  posts: [],
  profile: null,
  now: at(3),
  oldestLoadedAt: BEFORE_MONDAY,
  fallbackTimeZone: 'Asia/Novokuznetsk',
  ...over,
});

describe('colour rule', () => {
  test.each<[string, Profile | null, number, number, number, boolean, Level, number, number | null]>([
    // name, profile, weekday of now, posts, reposts, complete → level, needed a day, own posts needed
    ['min 10, Monday, nothing yet', must('altai-government'), 1, 0, 0, true, 'green', 2, 0],
    ['min 10, Tuesday, nothing yet: behind', must('altai-government'), 2, 0, 0, true, 'amber', 2, 0],
    ['min 10, Tuesday, 1: on pace', must('altai-government'), 2, 1, 0, true, 'green', 2, 0],
    ['min 10, Wednesday, 1: behind', must('altai-government'), 3, 1, 0, true, 'amber', 2, 0],
    ['min 10, Wednesday, 2: on pace', must('altai-government'), 3, 2, 0, true, 'green', 2, 0],
    ['min 10, Saturday, 4: 6 in 2 days is still possible', must('altai-government'), 6, 4, 0, true, 'amber', 3, 0],
    ['min 10, Saturday, 3: 7 in 2 days is not', must('altai-government'), 6, 3, 0, true, 'red', 4, 0],
    ['min 10, Saturday, 3, wall not loaded to Monday', must('altai-government'), 6, 3, 0, false, 'amber', 4, 0],
    ['min 10, Sunday, 7: 3 today', must('altai-government'), 7, 7, 0, true, 'amber', 3, 0],
    ['min 10, Sunday, 6: 4 today is too many', must('altai-government'), 7, 6, 0, true, 'red', 4, 0],
    ['min 10, Sunday, 10: met', must('altai-government'), 7, 10, 0, true, 'green', 0, 0],
    ['min 10, Monday, 12: met early', must('altai-government'), 1, 12, 0, true, 'green', 0, 0],
    ['min 10 counts reposts as publications', must('altai-government'), 7, 10, 9, true, 'green', 0, 0],
    ['min 5, Thursday, 2: on pace', must('altai-executive'), 4, 2, 0, true, 'green', 1, 0],
    ['min 5, Thursday, 1: behind', must('altai-executive'), 4, 1, 0, true, 'amber', 1, 0],
    ['min 7, Friday, 3: behind', must('novokuznetsk-district'), 5, 3, 0, true, 'amber', 2, 0],
    ['min 7, Friday, 4: on pace', must('novokuznetsk-district'), 5, 4, 0, true, 'green', 1, 0],
    ['cap 25 %, no posts', must('kuzbass'), 1, 0, 0, true, 'green', 0, 0],
    ['cap 25 %, 1 of 4 = 25 % is allowed', must('kuzbass'), 3, 4, 1, true, 'green', 0, 0],
    ['cap 25 %, 1 of 3 = 33 %: one own post fixes it', must('kuzbass'), 3, 3, 1, true, 'amber', 0, 1],
    ['cap 25 %, 2 of 2 on Wednesday: fixable', must('kuzbass'), 3, 2, 2, true, 'amber', 0, 6],
    ['cap 25 %, 7 of 10 on Sunday: not fixable', must('kuzbass'), 7, 10, 7, true, 'red', 0, 18],
    ['cap 25 %, 2 of 4 on Sunday: 4 own posts today is too many', must('kuzbass'), 7, 4, 2, true, 'red', 0, 4],
    ['cap 25 %, 2 of 5 on Sunday: 3 own posts today', must('kuzbass'), 7, 5, 2, true, 'amber', 0, 3],
    ['cap 25 %, 2 of 4 on Sunday, partial wall', must('kuzbass'), 7, 4, 2, false, 'amber', 0, 4],
    ['min 5 + cap: the worse of the two wins', minAndCap, 7, 3, 2, true, 'red', 2, 5],
    ['min 5 + cap: both fine', minAndCap, 4, 4, 1, true, 'green', 1, 0],
    ['cap 0: one repost cannot be undone', noReposts, 3, 1, 1, true, 'red', 0, null],
    ['cap 0: no reposts', noReposts, 3, 3, 0, true, 'green', 0, 0],
    ['cap 30 %: exactly 3 of 10', cap30, 3, 10, 3, true, 'green', 0, 0],
    ['cap 30 %: 4 of 10', cap30, 3, 10, 4, true, 'amber', 0, 4],
    ['Krasnodar sets no weekly norm', must('krasnodar'), 3, 5, 5, true, 'none', 0, 0],
    ['no profile', null, 3, 5, 5, true, 'none', 0, 0],
    ['no profile, partial wall', null, 3, 0, 0, false, 'none', 0, 0],
  ])('%s', (_name, profile, day, n, reposts, complete, level, perDay, own) => {
    const offset = profile?.timeZone === 'Europe/Moscow' ? '+03:00' : '+07:00';
    const s = weekStatus(
      input({
        posts: monday(n, reposts, offset),
        profile,
        now: at(day, '12:00', offset),
        oldestLoadedAt: complete ? BEFORE_MONDAY : at(1, '08:00', offset),
      }),
    );
    expect(s.posts).toBe(n);
    expect(s.reposts).toBe(reposts);
    expect(s.daysLeft).toBe(8 - day);
    expect(s.complete).toBe(complete);
    expect(s.level).toBe(level);
    expect(s.neededPerDay).toBe(perDay);
    expect(s.ownPostsNeeded).toBe(own);
    expect(s.reasons).toHaveLength(s.reasonsEn.length);
    expect(s.reasons.length).toBeGreaterThan(0);
  });

  test('a larger catch-up allowance turns red into amber', () => {
    const base = input({ posts: monday(6), profile: must('altai-government'), now: at(7) });
    expect(weekStatus(base).level).toBe('red');
    expect(weekStatus({ ...base, maxCatchUpPerDay: 4 }).level).toBe('amber');
  });
});

describe('a past week', () => {
  const past = (profile: Profile, n: number, reposts: number, complete = true): ReturnType<typeof weekStatus> =>
    weekStatus(
      input({
        posts: monday(n, reposts),
        profile,
        now: ms('2025-03-18T12:00:00+07:00'),
        weekAt: at(3),
        oldestLoadedAt: complete ? BEFORE_MONDAY : at(1, '08:00'),
      }),
    );

  test.each<[string, Profile, number, number, boolean, Level]>([
    ['ended one short of 10', must('altai-government'), 9, 0, true, 'red'],
    ['ended with 10 of 10', must('altai-government'), 10, 0, true, 'green'],
    ['ended with 2 reposts of 5', must('kuzbass'), 5, 2, true, 'red'],
    ['ended with 2 reposts of 8', must('kuzbass'), 8, 2, true, 'green'],
    ['ended short, but the wall was not loaded to Monday', must('altai-government'), 9, 0, false, 'amber'],
  ])('%s → %s', (_name, profile, n, reposts, complete, level) => {
    const s = past(profile, n, reposts, complete);
    expect(s.weekStartDate).toBe('2025-03-10');
    expect(s.daysLeft).toBe(0);
    expect(s.neededPerDay).toBe(0);
    expect(s.level).toBe(level);
  });
});

describe('counting', () => {
  const profile = must('altai-government');

  test('each id once, a later copy wins but never erases a known date', () => {
    const posts: CountablePost[] = [
      { id: 'a', publishedAt: at(1), isRepost: false },
      { id: 'a', publishedAt: at(1), isRepost: false },
      { id: 'b', publishedAt: at(2), isRepost: false },
      { id: 'b', publishedAt: at(2), isRepost: true },
      { id: 'c', publishedAt: at(2), isRepost: false },
      { id: 'c', publishedAt: null, isRepost: false },
      { id: 'd', publishedAt: null, isRepost: true },
      { id: 'd', publishedAt: null, isRepost: true },
    ];
    const s = weekStatus(input({ posts, profile }));
    expect(s.posts).toBe(3);
    expect(s.reposts).toBe(1);
    expect(s.repostShare).toBeCloseTo(1 / 3);
    expect(s.undated).toBe(1);
    expect(s.reasons.at(-1)).toBe('Без даты и не учтено: 1 публикация.');
  });

  test.each([
    ['Monday 00:00', '2025-03-10T00:00:00+07:00', true],
    ['Sunday 23:59:59.999', '2025-03-16T23:59:59.999+07:00', true],
    ['the Sunday before, 23:59:59.999', '2025-03-09T23:59:59.999+07:00', false],
    ['the next Monday 00:00', '2025-03-17T00:00:00+07:00', false],
    ['Sunday before, 20:00 UTC — Monday 03:00 in Barnaul', '2025-03-09T20:00:00Z', true],
    ['Sunday 18:00 UTC — the next Monday 01:00 in Barnaul', '2025-03-16T18:00:00Z', false],
  ])('a post at %s counts: %s', (_name, when, counted) => {
    const s = weekStatus(input({ posts: [{ id: 'x', publishedAt: ms(when), isRepost: false }], profile }));
    expect(s.posts).toBe(counted ? 1 : 0);
  });

  test('no posts: share 0, not NaN', () => {
    const s = weekStatus(input({ profile: must('kuzbass') }));
    expect(s.posts).toBe(0);
    expect(s.repostShare).toBe(0);
  });

  test("the week is the profile's, not the browser's", () => {
    // Sunday 20:30 in Moscow is already Monday 00:30 in Barnaul.
    const posts = [{ id: 'x', publishedAt: ms('2025-03-09T17:30:00Z'), isRepost: false }];
    const now = ms('2025-03-12T09:00:00Z');
    const altai = weekStatus(input({ posts, profile, now, fallbackTimeZone: 'Europe/Moscow' }));
    const krasnodar = weekStatus(input({ posts, profile: must('krasnodar'), now, fallbackTimeZone: 'Asia/Barnaul' }));
    expect(altai.timeZone).toBe('Asia/Barnaul');
    expect(altai.weekStart).toBe(ms('2025-03-10T00:00:00+07:00'));
    expect(altai.posts).toBe(1);
    expect(krasnodar.timeZone).toBe('Europe/Moscow');
    expect(krasnodar.weekStart).toBe(ms('2025-03-10T00:00:00+03:00'));
    expect(krasnodar.posts).toBe(0);
  });

  test('without a profile the weeks follow the fallback zone', () => {
    const posts = [{ id: 'x', publishedAt: ms('2025-03-09T17:30:00Z'), isRepost: false }];
    const now = ms('2025-03-12T09:00:00Z');
    expect(weekStatus(input({ posts, now, fallbackTimeZone: 'Asia/Barnaul' })).posts).toBe(1);
    expect(weekStatus(input({ posts, now, fallbackTimeZone: 'Europe/Moscow' })).posts).toBe(0);
  });
});

describe('complete', () => {
  test.each([
    ['nothing loaded', null, undefined, false],
    ['loaded back to Wednesday', at(3, '08:00'), undefined, false],
    ['loaded back to a post at Monday 00:00 — another may share that minute', at(1, '00:00'), undefined, false],
    ['loaded back to the Sunday before', BEFORE_MONDAY, undefined, true],
    ['loaded back a month', ms('2025-02-10T00:00:00+07:00'), undefined, true],
    ['a young page whose wall ends on Wednesday', at(3, '08:00'), true, true],
    ['a young page with nothing on it', null, true, true],
  ])('%s → %s', (_name, oldestLoadedAt, reachedWallEnd, complete) => {
    const s = weekStatus(input({ oldestLoadedAt, reachedWallEnd, profile: must('altai-government') }));
    expect(s.complete).toBe(complete);
    const scroll = s.reasons.some((r) => r.includes('прокрутите, чтобы посчитать всю неделю'));
    expect(scroll).toBe(!complete);
    if (!complete) expect(s.reasons[0]).toContain('прокрутите');
  });
});

describe('norms that apply', () => {
  test.each([
    ['kuzbass', 'vk', 'green', null, 0.25],
    ['kuzbass', 'ok', 'green', null, 0.25],
    ['kuzbass', 'telegram', 'none', null, null],
    ['novokuznetsk-district', 'telegram', 'none', null, null],
    ['altai-executive', 'telegram', 'green', 5, null],
    ['krasnodar', 'telegram', 'none', null, null],
  ] as const)('%s on %s → %s (min %s, cap %s)', (id, network, level, min, cap) => {
    const s = weekStatus(input({ profile: must(id), network, posts: monday(4), now: at(3) }));
    expect(s.level).toBe(level);
    expect(s.normMin).toBe(min);
    expect(s.repostShareMax).toBe(cap);
    expect(s.posts).toBe(4);
    expect(s.citations.map((c) => c.kind)).toEqual([
      ...(min === null ? [] : ['posts-per-week-min']),
      ...(cap === null ? [] : ['repost-share-max']),
    ]);
  });

  test('citations come with the norms counted', () => {
    const kuzbass = weekStatus(input({ profile: must('kuzbass') }));
    expect(kuzbass.citations).toHaveLength(1);
    expect(kuzbass.citations[0]?.citation).toMatchObject({ number: '66', amendedBy: { number: '171', clause: 'п. 1.5.3' } });
    expect(kuzbass.citations[0]?.binding).toBe('mandatory');
    const custom = weekStatus(input({ profile: minAndCap }));
    expect(custom.citations.map((c) => c.citation)).toEqual([null, null]);
    expect(weekStatus(input({ profile: must('krasnodar') })).noNormReason).toBe('no-week-norms');
    expect(weekStatus(input({})).noNormReason).toBe('no-profile');
  });

  test('reasons name the numbers in Russian and English', () => {
    const s = weekStatus(input({ profile: must('kuzbass'), posts: monday(3, 1), now: at(3) }));
    expect(s.reasons).toContain('Репостов 1 из 3 = 33\u00a0% > 25\u00a0%: своих публикаций (не репостов) нужно ещё 1.');
    expect(s.reasonsEn).toContain('Reposts 1 of 3 = 33\u00a0% > 25\u00a0%: 1 more own post (not reposts) needed.');
    const behind = weekStatus(input({ profile: must('altai-government'), posts: monday(1), now: at(3) }));
    expect(behind.reasons).toEqual(['Публикаций 1 из 10 — отставание от графика (к этому дню нужно 2); нужно по 2 в день.']);
    const edge = weekStatus(input({ profile: must('kuzbass'), posts: monday(4, 1), now: at(3) }));
    expect(edge.reasons).toEqual([
      'Репостов 1 из 4 = 25\u00a0% (не более 25\u00a0%).',
      'Следующий репост превысит 25\u00a0% — сначала нужна своя публикация.',
    ]);
  });
});

describe('whatIf', () => {
  const status = (profile: Profile, n: number, reposts: number, day = 3): ReturnType<typeof weekStatus> =>
    weekStatus(input({ profile, posts: monday(n, reposts), now: at(day) }));

  test.each<[string, Profile, number, number, boolean, string, number, number, boolean, Level]>([
    ['own post towards 10', must('altai-government'), 7, 0, false, 'После публикации: 8 из 10 за неделю.', 8, 0, false, 'green'],
    ['the post that meets the norm', must('altai-government'), 9, 0, false, 'После публикации: 10 из 10 за неделю — норма выполнена.', 10, 0, false, 'green'],
    ['a repost past the cap', must('kuzbass'), 8, 2, true, 'После публикации: 9 публикаций за неделю; репостов станет 3 из 9 = 33\u00a0% > 25\u00a0%.', 9, 3, true, 'amber'],
    ['a repost within the cap', must('kuzbass'), 7, 1, true, 'После публикации: 8 публикаций за неделю; репостов станет 2 из 8 = 25\u00a0% ≤ 25\u00a0%.', 8, 2, false, 'green'],
    ['an own post that dilutes reposts', must('kuzbass'), 3, 1, false, 'После публикации: 4 публикации за неделю; доля репостов станет 1 из 4 = 25\u00a0% ≤ 25\u00a0%.', 4, 1, false, 'green'],
    ['an own post with no reposts yet', must('kuzbass'), 0, 0, false, 'После публикации: 1 публикация за неделю.', 1, 0, false, 'green'],
    ['a repost under a profile with no norms', customProfile({ timeZone: 'Asia/Barnaul', networks: ['vk'] }), 1, 0, true, 'После публикации: 2 публикации за неделю; репостов станет 1 из 2 = 50\u00a0%.', 2, 1, false, 'none'],
    ['min and cap together', minAndCap, 3, 0, true, 'После публикации: 4 из 5 за неделю; репостов станет 1 из 4 = 25\u00a0% ≤ 25\u00a0%.', 4, 1, false, 'green'],
  ])('%s', (_name, profile, n, reposts, isRepost, message, posts, repostsAfter, breaksCap, level) => {
    const before = status(profile, n, reposts);
    const snapshot = structuredClone(before);
    const r = whatIf(before, { isRepost });
    expect(r.message).toBe(message);
    expect(r.messageEn).toMatch(/^After publishing: /);
    expect(r.status.posts).toBe(posts);
    expect(r.status.reposts).toBe(repostsAfter);
    expect(r.breaksCap).toBe(breaksCap);
    expect(r.status.level).toBe(level);
    expect(before).toEqual(snapshot);
  });

  test('recomputes what is still needed', () => {
    const before = status(must('altai-government'), 2, 0, 7);
    expect(before.neededPerDay).toBe(8);
    const after = whatIf(before, { isRepost: false }).status;
    expect(after.neededPerDay).toBe(7);
    expect(after.level).toBe('red');
  });

  test('a past week does not change', () => {
    const past = weekStatus(
      input({ profile: must('altai-government'), posts: monday(9), now: ms('2025-03-18T12:00:00+07:00'), weekAt: at(3) }),
    );
    const r = whatIf(past, { isRepost: false });
    expect(r.status).toBe(past);
    expect(r.message).toContain('не текущая');
  });
});

describe('weekCounterAttributes', () => {
  test.each([
    ['min 10, 3 posts, 1 repost', must('altai-government'), 3, 1, { 'data-posts': '3', 'data-reposts': '1', 'data-norm-min': '10', 'data-repost-share': String(1 / 3) }],
    ['cap only: the minimum is empty', must('kuzbass'), 4, 1, { 'data-posts': '4', 'data-reposts': '1', 'data-norm-min': '', 'data-repost-share': '0.25' }],
    ['no posts: share 0', null, 0, 0, { 'data-posts': '0', 'data-reposts': '0', 'data-norm-min': '', 'data-repost-share': '0' }],
  ] as const)('%s', (_name, profile, n, reposts, expected) => {
    const s = weekStatus(input({ profile, posts: monday(n, reposts) }));
    expect(weekCounterAttributes(s)).toMatchObject(expected);
    expect(weekCounterAttributes(s)['data-level']).toBe(s.level);
  });
});
