/**
 * VK: walls of communities and profiles on vk.com, vk.ru and their mobile sites.
 *
 *   root ──► VK_POSTS[generation].post (one querySelectorAll, newest generation first)
 *              └─► readPost: own date element, repost marker ──► Post
 *   root ──► VK_COMMENTS[generation].comment ──► readComment: own link/author/text/date ──► Comment
 *
 * Reads only the DOM it is given; text via textContent, never markup.
 */
import { parseDateAttrOrText } from '~/utils/dates/parse';
import { withFinders } from '~/utils/sites/scan';
import type { Comment, CommentAuthor, PageRef, Post, ScanContext, SiteAdapter } from '~/utils/sites/types';
import { composerOf, findByText, queryAll, queryFirst, selfOrInside } from '../controls';
import type { ModerationControls } from '../types';
import { VK_COMMENTS, VK_COMPOSER, VK_CONTROLS, VK_HOSTS, VK_POSTS, VK_RESERVED_PATHS, type VkCommentSelectors } from './selectors';

const ORIGIN = 'https://vk.com';
const RE_POST_ID = /^-?\d+_\d+$/;
const RE_ELEMENT_ID = /^post(-?\d+_\d+)$/;
const RE_WALL_PATH = /^\/wall(-?\d+)_(\d+)$/;
const RE_COMMUNITY = /^(?:club|public|event)(\d+)$/;
const RE_PROFILE = /^id(\d+)$/;
const RE_WALL_SEGMENT = /^wall(-?\d+)(?:_\d+)?$/;
/** `photo-1_2`, `video123_4`, `app5`, `topic-1_2`…: VK objects, not pages with a wall. */
const RE_OBJECT = /^(?:photo|video|audio|album|albums|topic|board|app|note|doc|market|product|clip|story|poll|podcast|playlist|narrative|page|wiki|videos|photos|audios|tag|write|im)-?\d/;
const RE_SCREEN_NAME = /^(?=.*[a-z])[a-z0-9_.]{2,32}$/;

export const vkAdapter: SiteAdapter = withFinders({
  network: 'vk',
  pageFromUrl,
  detectGeneration,
  wallOrder: 'newest-first',
  showsWallFromTop,
  postElements: (root) => firstGeneration(root, VK_POSTS.map((g) => g.post)),
  readPost,
  commentElements: (root) => firstGeneration(root, VK_COMMENTS.map((g) => g.comment)),
  readComment,
  moderation: {
    deleteControl: (comment) => {
      const g = VK_COMMENTS.find((candidate) => comment.matches(candidate.comment));
      return g ? (ownFirst(comment, VK_CONTROLS.deleteComment, g.scope) as HTMLElement | null) : null;
    },
    isDeleted: (comment) => !comment.isConnected || selfOrInside(comment, VK_CONTROLS.deletedStub) !== null,
    banControl: (scope) => {
      const stub = selfOrInside(scope, VK_CONTROLS.deletedStub);
      return stub ? findByText(stub, 'a, button, [role="button"]', VK_CONTROLS.banOfferText) : null;
    },
    banDialog: (doc) => {
      const dialog = doc.querySelector(VK_CONTROLS.banDialog);
      const confirm = dialog ? findByText(dialog, 'button, a, [role="button"]', VK_CONTROLS.banConfirmText) : null;
      return dialog && confirm ? { reason: dialog.querySelector<HTMLSelectElement>(VK_CONTROLS.banReason), confirm } : null;
    },
    isBanned: (scope, doc) => {
      const places = [selfOrInside(scope, VK_CONTROLS.deletedStub), doc.querySelector(VK_CONTROLS.banDialog)];
      return places.some((el) => el !== null && VK_CONTROLS.bannedText.test(el.textContent ?? ''));
    },
    blacklistUrl: (pageKey) => {
      const community = /^vk:club(\d+)$/.exec(pageKey);
      return community ? `${ORIGIN}${VK_CONTROLS.blacklistPath}&id=${community[1]}` : null;
    },
    commentUrl: (comment) => {
      const reply = comment.id.slice(comment.id.indexOf('_') + 1);
      return comment.postId && /^\d+$/.test(reply) ? `${ORIGIN}/wall${comment.postId}?reply=${reply}` : null;
    },
  } satisfies ModerationControls,
  composer: composerOf(VK_COMPOSER),
});

function pageFromUrl(url: URL): PageRef | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!VK_HOSTS.has(url.hostname.toLowerCase())) return null;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  if (segments.length !== 1 || segments[0] === undefined) return null;
  let name: string;
  try {
    name = decodeURIComponent(segments[0]).toLowerCase();
  } catch {
    return null;
  }
  const key = pageName(name);
  return key === null ? null : { network: 'vk', key: `vk:${key}`, url: `${ORIGIN}/${key}` };
}

/**
 * The community or profile page, or its `/wall-123` list, without `offset` (a page of older
 * posts). A `?w=wall-…` layer leaves the wall beneath it as it was; `/wall-123_45` is one post.
 */
function showsWallFromTop(url: URL): boolean {
  if (pageFromUrl(url) === null || url.searchParams.has('offset')) return false;
  return !/^\/wall-?\d+_\d+\/?$/.test(url.pathname);
}

/** `club123` for every spelling of a community, `id123` for a profile, else the screen name. */
function pageName(segment: string): string | null {
  const community = RE_COMMUNITY.exec(segment);
  if (community) return `club${community[1]}`;
  if (RE_PROFILE.test(segment)) return segment;
  const wall = RE_WALL_SEGMENT.exec(segment);
  if (wall?.[1] !== undefined) return ownerName(wall[1]);
  // `away.php`, `groupsedit.php`…: VK's scripts, which a dotted screen name could otherwise pass for.
  if (segment.endsWith('.php') || VK_RESERVED_PATHS.has(segment) || RE_OBJECT.test(segment) || !RE_SCREEN_NAME.test(segment)) return null;
  return segment;
}

/** Negative owners are communities, positive ones people (VK API convention). */
function ownerName(owner: string): string {
  return owner.startsWith('-') ? `club${owner.slice(1)}` : `id${owner}`;
}

function detectGeneration(root: ParentNode): string | null {
  for (const g of VK_POSTS) if (queryFirst(root, g.post)) return g.generation;
  for (const g of VK_COMMENTS) if (queryFirst(root, g.comment)) return g.generation;
  return null;
}

/** The elements of the newest generation present under `root`. */
function firstGeneration(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const elements = queryAll(root, selector);
    if (elements.length > 0) return elements;
  }
  return [];
}

function readPost(element: Element, ctx: ScanContext): Post | null {
  const g = VK_POSTS.find((candidate) => element.matches(candidate.post));
  // A post inside another one is the quoted original of a repost.
  if (!g || element.parentElement?.closest(g.post)) return null;
  const id = postIdOf(element);
  if (id === null) return null;
  const date = ownFirst(element, g.date, g.scope);
  return {
    id,
    publishedAt: date ? parseDateAttrOrText(date.getAttribute('time'), date.textContent, ctx) : null,
    isRepost: element.matches(g.repost) || element.querySelector(g.repost) !== null,
    element,
  };
}

function postIdOf(element: Element): string | null {
  const data = element.getAttribute('data-post-id');
  if (data !== null && RE_POST_ID.test(data)) return data;
  const fromId = RE_ELEMENT_ID.exec(element.id);
  return fromId?.[1] ?? null;
}

function readComment(element: Element, ctx: ScanContext): Comment | null {
  const g = VK_COMMENTS.find((candidate) => element.matches(candidate.comment));
  if (!g) return null;
  const link = wallLink(ownFirst(element, g.link, g.scope));
  // React comments are named only by their link; the older ones by the element id.
  const id = link?.commentId ?? postIdOf(element);
  if (id === null) return null;
  const owner = id.slice(0, id.indexOf('_'));
  const postSelector = VK_POSTS.find((p) => p.generation === g.generation)?.post ?? null;
  const post = postSelector ? element.closest(postSelector) : null;
  const postId = link?.postId ?? (post ? postIdOf(post) : null);
  const date = ownFirst(element, g.date, g.scope);
  return {
    id,
    postId,
    pageId: `vk:${ownerName(owner)}`,
    author: authorOf(element, g),
    text: ownFirst(element, g.text, g.scope)?.textContent?.trim() ?? '',
    publishedAt: date ? parseDateAttrOrText(date.getAttribute('time'), date.textContent, ctx) : null,
    element,
  };
}

interface WallLink {
  postId: string;
  commentId: string | null;
}

/** `/wall-1_2?reply=3&thread=4` → post `-1_2`, comment `-1_3`. */
function wallLink(a: Element | null): WallLink | null {
  const href = a?.getAttribute('href');
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, ORIGIN);
  } catch {
    return null;
  }
  const m = RE_WALL_PATH.exec(url.pathname);
  if (!m) return null;
  const reply = url.searchParams.get('reply');
  return {
    postId: `${m[1]}_${m[2]}`,
    commentId: reply !== null && /^\d+$/.test(reply) ? `${m[1]}_${reply}` : null,
  };
}

function authorOf(element: Element, g: VkCommentSelectors): CommentAuthor {
  const link = ownFirst(element, g.authorLink, g.scope);
  const nameElement = g.authorName === null ? link : ownFirst(element, g.authorName, g.scope);
  const name = (nameElement?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const url = vkUrl(link?.getAttribute('href') ?? null);
  const fromId = link?.getAttribute('data-from-id') ?? null;
  let id: string | null = fromId !== null && /^-?\d+$/.test(fromId) ? fromId : null;
  if (id === null && url !== null) {
    const segment = new URL(url).pathname.slice(1).toLowerCase();
    const profile = RE_PROFILE.exec(segment);
    const community = RE_COMMUNITY.exec(segment);
    // A screen name is not an id: it can be changed and reused, so it stays only in the URL.
    id = profile ? (profile[1] ?? null) : community ? `-${community[1] ?? ''}` : null;
  }
  return { id, name, url };
}

/** Absolute VK URL of an author link, or null: anything off VK (or `javascript:`) is not an author. */
function vkUrl(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, ORIGIN);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !VK_HOSTS.has(url.hostname.toLowerCase())) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** First match inside `owner` that is not inside a nested item of the same kind. */
function ownFirst(owner: Element, selector: string, scope: string): Element | null {
  for (const candidate of owner.querySelectorAll(selector)) {
    if (candidate.closest(scope) === owner) return candidate;
  }
  return null;
}
