import { describe, expect, test } from 'vitest';
import { telegramAdapter } from '~/utils/sites/telegram/adapter';
import { TME_S } from '~/utils/sites/telegram/selectors';
import { at, CTX, inWeek, loadFixture, rows } from './fixture';

const tg = (file: string): Document => loadFixture(`telegram/${file}`, 'https://t.me/s/kedrovsk_adm');
const nov = (dayTime: string): number => at(`2026-11-${dayTime}:00+07:00`);

describe('tme-s-forwarded.html (built, with forwards)', () => {
  const doc = tg('tme-s-forwarded.html');

  test('is recognised as tme-s', () => {
    expect(telegramAdapter.detectGeneration(doc)).toBe('tme-s');
  });

  test('posts: ids, dates from time[datetime], forwarded flags', () => {
    expect(rows(telegramAdapter.findPosts(doc, CTX))).toEqual([
      ['kedrovsk_adm/201', nov('08T09:00'), false],
      ['kedrovsk_adm/202', nov('10T14:30'), false],
      ['kedrovsk_adm/203', nov('13T12:00'), false],
      ['kedrovsk_adm/204', nov('15T23:59'), true],
      ['kedrovsk_adm/205', nov('16T10:00'), true],
      ['kedrovsk_adm/206', nov('17T16:00'), false],
      ['kedrovsk_adm/207', nov('18T08:15'), true],
      ['kedrovsk_adm/208', nov('18T11:30'), false],
    ]);
  });

  test('4 posts this week, 2 of them forwarded (23:59 on Sunday is last week)', () => {
    const week = inWeek(telegramAdapter.findPosts(doc, CTX));
    expect(week.map((p) => p.id)).toEqual(['kedrovsk_adm/205', 'kedrovsk_adm/206', 'kedrovsk_adm/207', 'kedrovsk_adm/208']);
    expect(week.filter((p) => p.isRepost)).toHaveLength(2);
  });

  test('the preview has no comments', () => {
    expect(telegramAdapter.findComments(doc, CTX)).toEqual([]);
  });

  test('a message rendered twice counts once', () => {
    const first = telegramAdapter.findPosts(doc, CTX)[0];
    first?.element.parentElement?.appendChild(first.element.cloneNode(true));
    expect(telegramAdapter.findPosts(doc, CTX)).toHaveLength(8);
  });
});

describe('t.me-s-durov.html (the real page)', () => {
  const doc = tg('t.me-s-durov.html');
  const posts = telegramAdapter.findPosts(doc, { now: Date.parse('2026-08-09T12:00:00Z'), timeZone: 'UTC' });

  test('is recognised as tme-s', () => {
    expect(telegramAdapter.detectGeneration(doc)).toBe('tme-s');
  });

  test('20 posts, 519…539 without 530, none forwarded, every date read', () => {
    const expected = [...Array(21).keys()].map((i) => `durov/${519 + i}`).filter((id) => id !== 'durov/530');
    expect(posts.map((p) => p.id)).toEqual(expected);
    expect(posts.every((p) => !p.isRepost)).toBe(true);
    expect(posts.every((p) => p.publishedAt !== null)).toBe(true);
  });

  test.each([
    ['durov/519', '2026-05-20T15:38:10+00:00'],
    ['durov/529', '2026-06-16T15:05:29+00:00'],
    ['durov/539', '2026-08-08T21:11:14+00:00'],
  ])('%s published %s (not when the page was served)', (id, iso) => {
    expect(posts.find((p) => p.id === id)?.publishedAt).toBe(at(iso));
  });

  test('3 posts in the week of Mon 3 Aug 2026 (UTC)', () => {
    expect(inWeek(posts, Date.parse('2026-08-03T00:00:00Z'), Date.parse('2026-08-09T12:00:00Z'))).toHaveLength(3);
  });

  test('the link to older posts is there', () => {
    expect(doc.querySelector(TME_S.older)?.getAttribute('href')).toBe('/s/durov?before=519');
  });
});

describe('every selector matches a fixture', () => {
  test.each(Object.entries(TME_S).filter(([k]) => k !== 'generation'))('%s', (_kind, selector) => {
    expect(tg('tme-s-forwarded.html').querySelector(selector)).not.toBeNull();
  });
});

describe('no known markup', () => {
  test.each(['vk/react-2025-desktop.html', 'ok/feed-2025.html'])('%s: nothing of Telegram', (file) => {
    const doc = loadFixture(file);
    expect(telegramAdapter.detectGeneration(doc)).toBeNull();
    expect(telegramAdapter.findPosts(doc, CTX)).toEqual([]);
  });
});

describe('pageFromUrl', () => {
  test.each([
    ['https://t.me/s/kedrovsk_adm', 'telegram:kedrovsk_adm'],
    ['https://t.me/s/Kedrovsk_Adm', 'telegram:kedrovsk_adm'],
    ['https://t.me/s/kedrovsk_adm/', 'telegram:kedrovsk_adm'],
    ['https://t.me/s/kedrovsk_adm?before=201', 'telegram:kedrovsk_adm'],
    ['https://t.me/s/kedrovsk_adm/205', 'telegram:kedrovsk_adm'],
    ['https://t.me/s/durov', 'telegram:durov'],
  ])('%s → %s', (url, key) => {
    const page = telegramAdapter.pageFromUrl(new URL(url));
    expect(page?.key).toBe(key);
    expect(page?.url).toBe(`https://t.me/s/${key.slice(9)}`);
  });

  test.each([
    'https://t.me/kedrovsk_adm',
    'https://t.me/kedrovsk_adm/205',
    'https://t.me/s/',
    'https://t.me/s/ab',
    'https://t.me/s/1channel',
    'https://t.me/s/kedrovsk_adm/abc',
    'https://t.me/s/kedrovsk_adm/205/1',
    'https://t.me/joinchat/AAAA',
    'https://t.me/+AbCdEf',
    'https://web.telegram.org/k/#@kedrovsk_adm',
    'https://t.me.evil.example/s/kedrovsk_adm',
  ])('%s → no wall', (url) => {
    expect(telegramAdapter.pageFromUrl(new URL(url))).toBeNull();
  });
});

describe('wall order and wall from the top', () => {
  test('oldest first, as the real page lists its posts', () => {
    expect(telegramAdapter.wallOrder).toBe('oldest-first');
    const dates = telegramAdapter.findPosts(tg('t.me-s-durov.html'), CTX).map((p) => p.publishedAt ?? 0);
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
  });
  test.each([
    ['https://t.me/s/kedrovsk_adm', true],
    ['https://t.me/s/kedrovsk_adm/', true],
    ['https://t.me/s/kedrovsk_adm?before=201', false],
    ['https://t.me/s/kedrovsk_adm?after=201', false],
    ['https://t.me/s/kedrovsk_adm?q=%D1%81%D0%BD%D0%B5%D0%B3', false],
    ['https://t.me/s/kedrovsk_adm/205', false],
    ['https://t.me/kedrovsk_adm', false],
  ])('%s → %s', (url, fromTop) => {
    expect(telegramAdapter.showsWallFromTop?.(new URL(url))).toBe(fromTop);
  });
});
