import { describe, expect, test } from 'vitest';
import type { Decision, Outcome } from '~/utils/db/database';
import { periodOf } from '~/utils/export/periods';
import { addToTally, buildReport, emptyTally, falseAlarmShare, normWeeks, type Tally } from '~/utils/export/report';
import { NO_CATEGORY, perPage, weeklySeries } from '~/utils/export/stats';
import { customProfile } from '~/utils/norms/profiles';
import { entry } from './entries';

const MSK = 'Europe/Moscow';
const at = (iso: string) => Date.parse(iso);

describe('what an entry counts as', () => {
  test.each<[Decision, Outcome, Partial<Tally>]>([
    ['delete', 'done', { deleted: 1 }],
    ['delete_and_blacklist', 'done', { deleted: 1, blacklisted: 1 }],
    ['delete', 'pending', { pending: 1 }],
    ['delete_and_blacklist', 'failed', { failed: 1 }],
    // «Не нарушение» is a false alarm whatever its outcome says; it is never a deletion.
    ['dismiss', 'done', { falseAlarms: 1 }],
    ['dismiss', 'pending', { falseAlarms: 1 }],
  ])('%s / %s', (decision, outcome, expected) => {
    const t = emptyTally();
    addToTally(t, { decision, outcome });
    expect(t).toEqual({ ...emptyTally(), flagged: 1, ...expected });
  });

  test('false alarm share', () => {
    expect(falseAlarmShare({ flagged: 0, falseAlarms: 0 })).toBe(0);
    expect(falseAlarmShare({ flagged: 4, falseAlarms: 1 })).toBe(0.25);
  });
});

describe('the month\'s report per page', () => {
  const january = periodOf('month', 2026, 1, MSK);
  const profile = customProfile({ postsPerWeekMin: 3, timeZone: MSK, networks: ['vk'] });
  // Mondays of January 2026: the 5th, 12th, 19th and 26th (the last week ends on 1 February).
  const posts = [
    ...['2026-01-05T08:00:00Z', '2026-01-06T08:00:00Z', '2026-01-07T08:00:00Z'],
    '2026-01-13T08:00:00Z',
    ...['2026-01-19T08:00:00Z', '2026-01-20T08:00:00Z', '2026-01-25T20:00:00Z'],
    ...['2026-01-26T08:00:00Z', '2026-01-27T08:00:00Z', '2026-01-31T20:59:00Z'],
    // Sunday 1 February, 23:00 in Moscow: still the week of the 26th.
    '2026-02-01T20:00:00Z',
  ].map((iso, i) => ({ id: String(i), publishedAt: at(iso), isRepost: false }));
  const page = { network: 'vk' as const, coverage: { from: at('2025-12-20T00:00:00Z'), to: at('2026-02-05T00:00:00Z') } };

  test.each<[string, typeof page, number, Partial<NonNullable<ReturnType<typeof normWeeks>>>]>([
    ['all seen', page, at('2026-02-10T00:00:00Z'), { total: 4, met: 3, missed: 1, unknown: 0, posts: 11, normMin: 3 }],
    ['only from the 15th seen', { ...page, coverage: { from: at('2026-01-15T00:00:00Z'), to: page.coverage.to } }, at('2026-02-10T00:00:00Z'), { total: 4, met: 2, missed: 0, unknown: 2 }],
    ['the last week not over yet', page, at('2026-01-28T00:00:00Z'), { total: 3, met: 2, missed: 1 }],
  ])('publications vs norm: %s', (_, p, now, expected) => {
    expect(normWeeks({ page: p, profile, posts }, january, now, MSK)).toMatchObject(expected);
  });

  test('no profile, or a profile without this network: nothing to compare', () => {
    expect(normWeeks({ page, profile: null, posts }, january, at('2026-02-10T00:00:00Z'), MSK)).toBeNull();
    expect(normWeeks({ page: { ...page, network: 'ok' }, profile, posts }, january, at('2026-02-10T00:00:00Z'), MSK)).toBeNull();
  });

  test('rows per page with totals; a page with a norm but no entries still listed', () => {
    const entries = [
      entry({ pageKey: 'vk:b', decision: 'delete', outcome: 'done' }),
      entry({ pageKey: 'vk:b', decision: 'dismiss', outcome: 'done' }),
      entry({ pageKey: 'vk:a', decision: 'delete_and_blacklist', outcome: 'done' }),
      entry({ pageKey: 'vk:gone', decision: 'delete', outcome: 'pending' }),
    ];
    const norm = { total: 4, met: 4, missed: 0, unknown: 0, posts: 20, normMin: 3 };
    const report = buildReport({
      period: january,
      entries,
      pages: [
        { key: 'vk:a', title: 'Администрация', network: 'vk' },
        { key: 'vk:b', title: 'Библиотека', network: 'vk' },
        { key: 'vk:c', title: 'Вестник', network: 'vk' },
      ],
      norms: new Map([['vk:c', norm]]),
    });
    expect(report.pages.map((p) => [p.title, p.flagged, p.deleted, p.blacklisted, p.falseAlarms, p.pending])).toEqual([
      ['Администрация', 1, 1, 1, 0, 0],
      ['Библиотека', 2, 1, 0, 1, 0],
      ['Вестник', 0, 0, 0, 0, 0],
      ['vk:gone', 1, 0, 0, 0, 1],
    ]);
    expect(report.pages.find((p) => p.pageKey === 'vk:c')?.norm).toEqual(norm);
    expect(report.totals).toEqual({ flagged: 4, deleted: 2, blacklisted: 1, falseAlarms: 1, pending: 1, failed: 0 });
  });
});

describe('chart series', () => {
  const from = at('2026-01-05T00:00:00Z');
  const to = at('2026-01-25T21:00:00Z'); // Monday 26 January, 00:00 in Moscow
  const entries = [
    entry({ at: at('2026-01-05T09:00:00Z'), categories: ['spam'], decision: 'delete', outcome: 'done' }),
    entry({ at: at('2026-01-06T09:00:00Z'), categories: ['insult', 'obscene'], decision: 'delete_and_blacklist', outcome: 'done' }),
    entry({ at: at('2026-01-07T09:00:00Z'), categories: ['spam'], decision: 'dismiss', outcome: 'done' }),
    entry({ at: at('2026-01-20T09:00:00Z'), categories: [], decision: 'delete', outcome: 'pending', pageKey: 'vk:two' }),
    // Outside the range: left out.
    entry({ at: at('2026-01-26T09:00:00Z'), categories: ['spam'] }),
    entry({ at: at('2025-12-31T09:00:00Z'), categories: ['spam'] }),
  ];

  test('flagged and deleted per week by category, false alarm share per week', () => {
    const s = weeklySeries(entries, from, to, MSK);
    expect(s.weeks.map((w) => new Date(w).toISOString())).toEqual(['2026-01-04T21:00:00.000Z', '2026-01-11T21:00:00.000Z', '2026-01-18T21:00:00.000Z']);
    expect(Object.fromEntries(s.flagged)).toEqual({ spam: [2, 0, 0], insult: [1, 0, 0], obscene: [1, 0, 0], [NO_CATEGORY]: [0, 0, 1] });
    expect(Object.fromEntries(s.deleted)).toEqual({ spam: [1, 0, 0], insult: [1, 0, 0], obscene: [1, 0, 0] });
    expect(s.falseAlarmShare).toEqual([1 / 3, null, 0]);
  });

  test('per page, most flagged first', () => {
    expect(perPage(entries.slice(0, 4)).map((p) => [p.pageKey, p.flagged, p.deleted])).toEqual([
      ['vk:club1', 3, 2],
      ['vk:two', 1, 0],
    ]);
  });
});
