/**
 * `npm run bench -- wall`: time to count a wall of 500 posts (`findPosts`, dates included).
 *
 * Walls are generated, not fixtures: 500 posts in each network's current markup, a quarter of
 * them reposts, with the date texts the networks print, parsed by happy-dom as in the unit tests.
 * The figure is the median of repeated runs after a warm-up. happy-dom's selector engine is
 * JavaScript, so a browser does the same work several times faster.
 */
import { Window } from 'happy-dom';
import { okAdapter } from '~/utils/sites/ok/adapter';
import { telegramAdapter } from '~/utils/sites/telegram/adapter';
import type { ScanContext, SiteAdapter } from '~/utils/sites/types';
import { vkAdapter } from '~/utils/sites/vk/adapter';
import type { BenchResult, BenchSuite } from './types';

const POSTS = 500;
const WARMUP = 5;
const RUNS = 25;
const TARGET_MS = 50;
const CTX: ScanContext = { now: Date.parse('2026-11-18T12:00:00+07:00'), timeZone: 'Asia/Krasnoyarsk' };

/** What VK prints, newest first, down a long wall. */
function vkDate(i: number): string {
  const texts = [
    'только что',
    `${(i % 59) + 1} мин назад`,
    `${(i % 11) + 1} ч назад`,
    `сегодня в ${i % 12}:${String(i % 60).padStart(2, '0')}`,
    `вчера в ${i % 24}:${String((i * 7) % 60).padStart(2, '0')}`,
    `${(i % 28) + 1} ноя в ${i % 24}:15`,
    `${(i % 28) + 1} мар 2025 в 10:00`,
  ];
  return texts[i % texts.length] ?? 'только что';
}

/** Filler a real post carries around its text: action bar, counters, media, so queries have depth to walk. */
function filler(i: number): string {
  return `<div class="PostBottom--a1"><div class="Likes--b2"><span class="c">${i % 97}</span></div>
    <div class="Comments--c3"><span class="c">${i % 13}</span></div><div class="Share--d4"><span class="c">${i % 7}</span></div>
    <div class="Views--e5"><span class="c">${i * 31}</span></div></div>
    <div class="Media--f6"><div class="Img--g7"><img alt="" src="data:,"></div><div class="Img--g7"><img alt="" src="data:,"></div></div>`;
}

function vkWall(): string {
  const posts: string[] = [];
  for (let i = 0; i < POSTS; i++) {
    const id = `-200000001_${10000 - i}`;
    const copy =
      i % 4 === 1
        ? `<div class="PostCopy--z9"><div data-testid="post" data-post-id="-200000099_${5000 - i}" data-post-nesting-lvl="1">
            <div class="PostHeader--a7"><a href="/krai_gov">Правительство края</a>
            <a data-testid="post_date_block_preview" href="/wall-200000099_${5000 - i}">${vkDate(i + 3)}</a></div>
            <div class="PostText--m0">Оригинал записи ${i}.</div></div></div>`
        : '';
    posts.push(`<div class="Post--k2" data-testid="post" data-post-id="${id}" data-post-nesting-lvl="0">
      <div class="PostHeader--a7"><a href="/kedrovsk_adm">Администрация города Кедровска</a>
      <a data-testid="post_date_block_preview" href="/wall${id}">${vkDate(i)}</a></div>
      <div class="PostText--m0">Запись номер ${i}: новости города.</div>${copy}${filler(i)}</div>`);
  }
  return `<!DOCTYPE html><html><body><div data-testid="wall">${posts.join('\n')}</div></body></html>`;
}

function okFeed(): string {
  const dates = ['11:40', 'вчера', 'вчера 18:40', '16 ноября', '15 ноя', '5 мар 2023'];
  const items: string[] = [];
  for (let i = 0; i < POSTS; i++) {
    const tid = 157000000010000 - i;
    const reshare =
      i % 4 === 1
        ? `<div class="media-reshare"><div class="feed_h"><a href="/group/70000099999999">Правительство края</a></div>
           <a href="/group/70000099999999/topic/${157000000090000 - i}"><div class="media-text_cnt_tx">Оригинал ${i}</div></a></div>`
        : '';
    items.push(`<div class="feed-w"><div class="feed h-mod" data-seen-params='{"data":{"topicId":"${tid}"}}'>
      <div class="feed_h"><a href="/group/70000012345678">Администрация Кедровского района</a></div>
      <div class="feed_date">${dates[i % dates.length] ?? ''}</div>
      <a href="/group/70000012345678/topic/${tid}"><div class="media-text_cnt_tx">Тема ${i}</div></a>${reshare}${filler(i)}</div></div>`);
  }
  return `<!DOCTYPE html><html><body><div class="feed-list">${items.join('\n')}</div></body></html>`;
}

function telegramChannel(): string {
  const messages: string[] = [];
  const start = Date.parse('2026-11-18T05:00:00Z');
  for (let i = 0; i < POSTS; i++) {
    const n = 10000 - i;
    const iso = new Date(start - i * 3_600_000).toISOString().replace('.000Z', '+00:00');
    const forwarded =
      i % 4 === 1
        ? `<div class="tgme_widget_message_forwarded_from">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/krai_gov">Правительство края</a></div>`
        : '';
    messages.push(`<div class="tgme_widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="kedrovsk_adm/${n}">
      <div class="tgme_widget_message_bubble">${forwarded}<div class="tgme_widget_message_text">Сообщение ${i}</div>${filler(i)}
      <div class="tgme_widget_message_footer"><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/kedrovsk_adm/${n}"><time datetime="${iso}" class="time">12:00</time></a></span></div>
      </div></div></div>`);
  }
  return `<!DOCTYPE html><html><body><section class="tgme_channel_history">${messages.join('\n')}</section></body></html>`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function measure(name: string, adapter: SiteAdapter, html: string, log: (line: string) => void): BenchResult {
  const window = new Window({ url: 'https://example.org/' });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const first = adapter.findPosts(doc, CTX);
  // A bench that counts wrong measures nothing: check the count and the dates before timing.
  const reposts = first.filter((p) => p.isRepost).length;
  const undated = first.filter((p) => p.publishedAt === null).length;
  if (first.length !== POSTS || reposts !== POSTS / 4 || undated !== 0) {
    throw new Error(`${name}: counted ${first.length} posts, ${reposts} reposts, ${undated} undated; expected ${POSTS}, ${POSTS / 4}, 0`);
  }
  for (let i = 0; i < WARMUP; i++) adapter.findPosts(doc, CTX);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    adapter.findPosts(doc, CTX);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  log(`${name}: median ${ms.toFixed(2)} ms of ${RUNS} runs (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)})`);
  window.happyDOM.abort();
  return { name, suite: 'wall', ms, posts: first.length, reposts, runs: RUNS, targetMs: TARGET_MS, withinTarget: ms < TARGET_MS };
}

export const wallSuite: BenchSuite = {
  id: 'wall',
  title: `Counting a wall of ${POSTS} posts (findPosts, happy-dom, median of ${RUNS} runs; target < ${TARGET_MS} ms)`,
  run(log) {
    return Promise.resolve([
      measure('wall-count-500', vkAdapter, vkWall(), log),
      measure('wall-count-500-ok', okAdapter, okFeed(), log),
      measure('wall-count-500-telegram', telegramAdapter, telegramChannel(), log),
    ]);
  },
  format(results) {
    const lines = ['| figure | ms | posts | reposts | target |', '|---|---|---|---|---|'];
    for (const r of results) {
      const ms = typeof r.ms === 'number' ? r.ms.toFixed(2) : '?';
      lines.push(`| ${r.name} | ${ms} | ${String(r.posts)} | ${String(r.reposts)} | ${r.withinTarget ? `< ${TARGET_MS} ms` : `OVER ${TARGET_MS} ms`} |`);
    }
    return lines.join('\n');
  },
};
