import { describe, expect, test } from 'vitest';
import { okAdapter } from '~/utils/sites/ok/adapter';
import { OK_COMMENT_PARTS, OK_COMMENTS, OK_CONTROLS, OK_FEED, OK_TOPIC } from '~/utils/sites/ok/selectors';
import { at, CTX, inWeek, loadFixture, rows } from './fixture';

const ok = (file: string): Document => loadFixture(`ok/${file}`, 'https://ok.ru/group/70000012345678');
const nov = (dayTime: string): number => at(`2026-11-${dayTime}:00+07:00`);
const T = '1570000000001';

describe.each([
  {
    file: 'feed-2025.html',
    generation: 'feed-2025',
    week: 5,
    weekReposts: 2,
    posts: [
      [`${T}10`, nov('18T11:40'), false],
      [`${T}09`, nov('18T09:05'), true],
      [`${T}08`, nov('17T00:00'), false],
      [`${T}07`, nov('17T18:40'), true],
      [`${T}06`, nov('16T00:00'), false],
      [`${T}05`, nov('15T00:00'), true],
      [`${T}04`, nov('13T00:00'), false],
      [`${T}03`, nov('11T00:00'), false],
      [`${T}02`, nov('09T00:00'), false],
      [`${T}01`, at('2025-03-05T00:00:00+07:00'), false],
    ],
  },
  {
    file: 'topic-2025.html',
    generation: 'topic-2025',
    week: 1,
    weekReposts: 0,
    posts: [[`${T}08`, nov('17T10:20'), false]],
  },
  {
    file: 'topic-older.html',
    generation: 'topic-2025',
    week: 1,
    weekReposts: 0,
    posts: [[`${T}06`, nov('16T10:00'), false]],
  },
])('$file', ({ file, generation, week, weekReposts, posts }) => {
  const doc = ok(file);

  test(`is recognised as ${generation}`, () => {
    expect(okAdapter.detectGeneration(doc)).toBe(generation);
  });

  test('posts: topic ids, dates and reshare flags, in feed order', () => {
    expect(rows(okAdapter.findPosts(doc, CTX))).toEqual(posts);
  });

  test(`${week} posts this week, ${weekReposts} of them reshares`, () => {
    const thisWeek = inWeek(okAdapter.findPosts(doc, CTX));
    expect(thisWeek).toHaveLength(week);
    expect(thisWeek.filter((p) => p.isRepost)).toHaveLength(weekReposts);
  });
});

describe('feed details', () => {
  test('the pinned topic, shown above the feed and in it, counts once, with its feed element', () => {
    const doc = ok('feed-2025.html');
    const pinned = okAdapter.findPosts(doc, CTX).filter((p) => p.id === `${T}01`);
    expect(pinned).toHaveLength(1);
    expect(doc.querySelectorAll(`a[href$="/topic/${T}01"]`)).toHaveLength(2);
  });

  test('a bare item alone is found', () => {
    const bare = ok('feed-2025.html').querySelector('.group-pinned .feed');
    expect(bare).not.toBeNull();
    if (bare) expect(rows(okAdapter.findPosts(bare, CTX))).toEqual([[`${T}01`, at('2025-03-05T00:00:00+07:00'), false]]);
  });

  test('a reshare takes its own topic id and date, not the original’s', () => {
    const posts = okAdapter.findPosts(ok('feed-2025.html'), CTX);
    expect(posts.map((p) => p.id)).not.toContain('157000000009001');
    expect(posts.find((p) => p.id === `${T}07`)?.publishedAt).toBe(nov('17T18:40'));
  });

  test('"поделились" in a post’s text is not a reshare', () => {
    const post = okAdapter.findPosts(ok('feed-2025.html'), CTX).find((p) => p.id === `${T}04`);
    expect(post?.element.textContent).toContain('поделились');
    expect(post?.isRepost).toBe(false);
  });
});

type Row = [id: string, author: [id: string | null, name: string, url: string | null], text: string, at: number];

describe.each<{ file: string; post: string; page: string; comments: Row[] }>([
  {
    file: 'topic-2025.html',
    post: `${T}08`,
    page: 'ok:group/70000012345678',
    comments: [
      ['7000000000101', ['575000000001', 'Анна Кузнецова', 'https://ok.ru/profile/575000000001'], 'Когда откроют запись к терапевту?', nov('17T11:20')],
      ['7000000000102', [null, 'Администрация Кедровского района', 'https://ok.ru/group/70000012345678'], 'Анна, запись откроется 1 декабря через Госуслуги.', nov('17T12:20')],
      ['7000000000103', [null, 'Василий Петров', 'https://ok.ru/petrov.vasya'], 'Да пошли вы на х..й со своей поликлиникой, 3,14здец а не медицина', nov('17T14:05')],
      ['7000000000104', ['575000000004', 'Гаражи Кедровск', 'https://ok.ru/profile/575000000004'], 'Продам гараж недорого, звоните +7 900 000-00-00, подробности garazh-kedr.example', nov('17T16:45')],
      ['7000000000105', [null, '<img src=x onerror=alert(1)>', null], '<script>alert(1)</script>"><svg onload=alert(1)> <img src=x onerror=alert(3)>', nov('18T11:50')],
      ['7000000000106', ['575000000006', 'Олег Смирнов', 'https://ok.ru/profile/575000000006'], 'Администрация — сборище клоунов и дармоедов', nov('18T11:55')],
    ],
  },
  {
    file: 'topic-older.html',
    post: `${T}06`,
    page: 'ok:kedrovskrayon',
    comments: [
      ['7000000000201', ['575000000001', 'Анна Кузнецова', 'https://ok.ru/profile/575000000001'], 'Спасибо, а в субботу МФЦ работает?', nov('16T12:30')],
      ['7000000000202', [null, 'Администрация Кедровского района', 'https://ok.ru/kedrovskrayon'], 'Анна, в субботу с 9 до 14.', nov('16T13:10')],
      ['7000000000204', ['575000000007', 'Геннадий', 'https://ok.ru/profile/575000000007'], 'Вы там совсем охуели, очередь по три часа', nov('17T08:45')],
      ['7000000000205', ['575000000006', 'Олег Смирнов', 'https://ok.ru/profile/575000000006'], 'Сотрудники МФЦ — хамки и бездельницы', nov('17T22:15')],
      [
        '7000000000206',
        [null, '"><svg onload=alert(1)> Бесплатные курсы', 'https://ok.ru/profile/575000000008%22%3E%3Csvg%20onload=alert(1)%3E'],
        "Бесплатное обучение! t.me/kursy_free и kursy.example <script>alert('spam')</script>",
        nov('18T07:05'),
      ],
    ],
  },
])('comments of $file', ({ file, post, page, comments }) => {
  const doc = ok(file);
  const found = okAdapter.findComments(doc, CTX);

  test('id, author, text and date of every live comment, each once', () => {
    expect(found.map((c): Row => [c.id, [c.author.id, c.author.name, c.author.url], c.text, c.publishedAt ?? Number.NaN])).toEqual(comments);
  });

  test(`all under topic ${post} of ${page}`, () => {
    for (const c of found) {
      expect(c.postId).toBe(post);
      expect(c.pageId).toBe(page);
    }
  });

  test('payloads stay text: no element of a comment carries a script or an event handler', () => {
    for (const c of found) expect(c.element.querySelector('script, svg, img[onerror], [onload]')).toBeNull();
    expect(found.some((c) => /<script>|onerror=|onload=/.test(c.text + c.author.name))).toBe(true);
  });
});

describe('native moderation controls', () => {
  test('older markup: a delete control in every live comment; the deleted one is a stub, not a comment', () => {
    const doc = ok('topic-older.html');
    const found = okAdapter.findComments(doc, CTX);
    for (const c of found) expect(c.element.querySelectorAll(OK_CONTROLS.deleteComment)).toHaveLength(1);
    expect(doc.querySelectorAll(OK_CONTROLS.deletedComment)).toHaveLength(1);
    expect(doc.querySelector(OK_CONTROLS.undoDelete)).not.toBeNull();
    expect(found.map((c) => c.id)).not.toContain('7000000000203');
  });

  test('current markup as a reader sees it: no controls', () => {
    expect(ok('topic-2025.html').querySelector(OK_CONTROLS.deleteComment)).toBeNull();
  });

  test('a comment deleted during the session drops out of the next scan', () => {
    const doc = ok('topic-2025.html');
    const first = okAdapter.findComments(doc, CTX)[0];
    expect(first).toBeDefined();
    first?.element.classList.add('__deleted');
    expect(okAdapter.findComments(doc, CTX).map((c) => c.id)).not.toContain(first?.id);
  });
});

describe('no known markup', () => {
  test.each(['vk/unknown-layout.html', 'vk/react-2025-desktop.html', 'telegram/tme-s-forwarded.html'])('%s: nothing of OK', (file) => {
    const doc = loadFixture(file);
    expect(okAdapter.detectGeneration(doc)).toBeNull();
    expect(okAdapter.findPosts(doc, CTX)).toEqual([]);
    expect(okAdapter.findComments(doc, CTX)).toEqual([]);
  });
});

describe('every selector matches its fixture', () => {
  const cases: [string, string, string][] = [
    ['feed-2025.html', 'feed item', OK_FEED.item],
    ['feed-2025.html', 'bare item', OK_FEED.bareItem],
    ['feed-2025.html', 'topic link', OK_FEED.topicLink],
    ['feed-2025.html', 'date', OK_FEED.date],
    ['feed-2025.html', 'text', OK_FEED.text],
    ['feed-2025.html', 'reshare block', OK_FEED.reshare.block],
    ['feed-2025.html', 'reshare header', OK_FEED.reshare.header],
    ['topic-2025.html', 'datePublished', OK_TOPIC.datePublished],
    ['topic-2025.html', 'topic url', OK_TOPIC.url],
    ['topic-2025.html', 'canonical', OK_TOPIC.canonical],
    ['topic-older.html', 'canonical (og:url)', OK_TOPIC.canonical],
    ['topic-older.html', 'group-author', OK_TOPIC.groupAuthor],
    ['topic-2025.html', 'seen params', OK_COMMENT_PARTS.seenParams],
    ['topic-2025.html', 'data-time', OK_COMMENT_PARTS.time],
    ['topic-2025.html', 'reply target', OK_COMMENT_PARTS.replyTarget],
    ['topic-older.html', 'reply target', OK_COMMENT_PARTS.replyTarget],
    ['topic-older.html', 'deleted', OK_COMMENT_PARTS.deleted],
    ['topic-older.html', 'delete control', OK_CONTROLS.deleteComment],
    ['topic-older.html', 'deleted stub', OK_CONTROLS.deletedStub],
    ...OK_COMMENTS.flatMap((g) => {
      const file = g.generation === 'comments-2025' ? 'topic-2025.html' : 'topic-older.html';
      return (['comment', 'authorLink', 'text'] as const).map((k): [string, string, string] => [file, `${g.generation} ${k}`, g[k]]);
    }),
    ['topic-2025.html', 'comment date text', OK_COMMENTS[0]?.dateText ?? ''],
  ];
  test.each(cases)('%s: %s', (file, _what, selector) => {
    expect(ok(file).querySelector(selector)).not.toBeNull();
  });
});

describe('pageFromUrl', () => {
  test.each([
    ['https://ok.ru/group/70000012345678', 'ok:group/70000012345678'],
    ['https://ok.ru/group/70000012345678/', 'ok:group/70000012345678'],
    ['https://ok.ru/group/70000012345678/topic/157000000000108', 'ok:group/70000012345678'],
    ['https://ok.ru/group/70000012345678/topics', 'ok:group/70000012345678'],
    ['https://m.ok.ru/group/70000012345678', 'ok:group/70000012345678'],
    ['https://ok.ru/kedrovskrayon', 'ok:kedrovskrayon'],
    ['https://ok.ru/KedrovskRayon/topic/157000000000106', 'ok:kedrovskrayon'],
    ['https://m.ok.ru/kedrovskrayon?st.cmd=altGroupMain', 'ok:kedrovskrayon'],
    ['https://ok.ru/profile/575000000001', 'ok:profile/575000000001'],
  ])('%s → %s', (url, key) => {
    const page = okAdapter.pageFromUrl(new URL(url));
    expect(page?.key).toBe(key);
    expect(page?.network).toBe('ok');
    expect(page?.url).toBe(`https://ok.ru/${key.slice(3)}`);
  });

  test.each([
    'https://ok.ru/',
    'https://ok.ru/feed',
    'https://ok.ru/messages',
    'https://ok.ru/messages/575000000001',
    'https://ok.ru/friends',
    'https://ok.ru/music',
    'https://ok.ru/video',
    'https://ok.ru/search?st.query=кедровск',
    'https://ok.ru/dk?st.cmd=userMain',
    'https://ok.ru/notifications',
    'https://ok.ru/group/',
    'https://ok.ru/group/abc',
    'https://ok.ru/group/70000012345678/members',
    'https://ok.ru/group/70000012345678/topic/',
    'https://ok.ru/group/70000012345678/topic/abc',
    'https://ok.ru/kedrovskrayon/photos',
    'https://ok.ru/12345',
    'https://vk.com/kedrovskrayon',
    'https://ok.ru.evil.example/group/70000012345678',
  ])('%s → no wall', (url) => {
    expect(okAdapter.pageFromUrl(new URL(url))).toBeNull();
  });
});

describe('wall order and wall from the top', () => {
  test('newest first', () => {
    expect(okAdapter.wallOrder).toBe('newest-first');
  });
  test.each([
    ['https://ok.ru/group/70000012345678', true],
    ['https://ok.ru/group/70000012345678/topics', true],
    ['https://ok.ru/kedrovskrayon', true],
    ['https://ok.ru/group/70000012345678/topic/157000000000108', false],
    ['https://ok.ru/kedrovskrayon/topic/157000000000106', false],
    ['https://ok.ru/feed', false],
  ])('%s → %s', (url, fromTop) => {
    expect(okAdapter.showsWallFromTop?.(new URL(url))).toBe(fromTop);
  });
});
