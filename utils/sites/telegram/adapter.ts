/**
 * Telegram: the public channel preview `t.me/s/<channel>`.
 *
 *   root ──► TME_S.post (one querySelectorAll) ──► own time[datetime], forwarded marker ──► Post
 *
 * The preview shows no comments.
 */
import { parseNetworkDate } from '~/utils/dates/parse';
import { queryAll, queryFirst } from '~/utils/sites/controls';
import { withFinders } from '~/utils/sites/scan';
import type { PageRef, Post, ScanContext, SiteAdapter } from '~/utils/sites/types';
import { TELEGRAM_HOSTS, TME_S } from './selectors';

/** Public usernames: 5–32 characters, a letter first; a few old ones are 4. */
const RE_CHANNEL = /^[a-z][a-z0-9_]{3,31}$/i;
const RE_POST_ID = /^[a-z][a-z0-9_]{3,31}\/\d+$/i;

export const telegramAdapter: SiteAdapter = withFinders({
  network: 'telegram',
  pageFromUrl,
  detectGeneration,
  // The preview lists a channel oldest first; its newest post is at the bottom.
  wallOrder: 'oldest-first',
  showsWallFromTop,
  postElements: (root) => queryAll(root, TME_S.post),
  readPost,
  // The preview shows no comments.
  commentElements: () => [],
  readComment: () => null,
});

function pageFromUrl(url: URL): PageRef | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!TELEGRAM_HOSTS.has(url.hostname.toLowerCase())) return null;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  // `/s/<channel>` is the wall; `/s/<channel>/<post>` the same wall scrolled to a post.
  if (segments[0] !== 's' || segments.length < 2 || segments.length > 3) return null;
  const channel = segments[1] ?? '';
  if (!RE_CHANNEL.test(channel) || (segments[2] !== undefined && !/^\d+$/.test(segments[2]))) return null;
  const name = channel.toLowerCase();
  return { network: 'telegram', key: `telegram:${name}`, url: `https://t.me/s/${name}` };
}

/**
 * `t.me/s/<channel>` alone shows the latest posts; `?before=N` is a page of older ones,
 * `?after=N`, `?q=` and `/s/<channel>/<post>` a slice around something else.
 */
function showsWallFromTop(url: URL): boolean {
  if (pageFromUrl(url) === null) return false;
  if (['before', 'after', 'q'].some((p) => url.searchParams.has(p))) return false;
  return url.pathname.split('/').filter((s) => s !== '').length === 2;
}

function detectGeneration(root: ParentNode): string | null {
  return queryFirst(root, TME_S.post) ? TME_S.generation : null;
}

function readPost(element: Element, ctx: ScanContext): Post | null {
  const id = element.getAttribute('data-post') ?? '';
  if (!RE_POST_ID.test(id)) return null;
  const datetime = element.querySelector(TME_S.date)?.getAttribute('datetime') ?? null;
  return {
    id,
    publishedAt: datetime === null ? null : parseNetworkDate(datetime, ctx),
    isRepost: element.querySelector(TME_S.forwarded) !== null,
    element,
  };
}

