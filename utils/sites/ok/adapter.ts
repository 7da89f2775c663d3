/**
 * OK (Odnoklassniki): group feeds and topic pages on ok.ru and m.ok.ru.
 *
 *   root ──► OK_FEED.item (+ bare items) ──► own topic link, date, reshare guess ──► Post
 *        └─► no feed: OK_TOPIC date source ──► the topic page's one Post
 *   root ──► OK_COMMENTS[generation].comment ──► seen-params id, author, text, data-time ──► Comment
 *
 * Reads only the DOM it is given; text via textContent, never markup.
 */
import { parseDateAttrOrText, parseNetworkDate } from '~/utils/dates/parse';
import { composerOf, findByText, isDocument, queryAll, queryFirst, selfOrInside } from '~/utils/sites/controls';
import { withFinders } from '~/utils/sites/scan';
import type { Comment, CommentAuthor, ModerationControls, PageRef, Post, ScanContext, SiteAdapter } from '~/utils/sites/types';
import {
  OK_COMMENT_PARTS,
  OK_COMMENTS,
  OK_COMPOSER,
  OK_CONTROLS,
  OK_FEED,
  OK_HOSTS,
  OK_RESERVED_PATHS,
  OK_TOPIC,
  type OkCommentSelectors,
} from './selectors';

const ORIGIN = 'https://ok.ru';
const RE_DIGITS = /^\d+$/;
const RE_ALIAS = /^(?=.*[a-z])[a-z0-9_.]{2,64}$/;
const RE_TOPIC_PATH = /^\/((?:group|profile)\/\d+|[a-z0-9_.]+)\/topic\/(\d+)\/?$/;
const RE_COMMENT_ID = /^[\w.=+/-]{1,128}$/;

export const okAdapter: SiteAdapter = withFinders({
  network: 'ok',
  pageFromUrl,
  detectGeneration,
  wallOrder: 'newest-first',
  showsWallFromTop,
  postElements,
  readPost,
  commentElements,
  readComment,
  moderation: {
    deleteControl: (comment) =>
      (comment.querySelector(OK_CONTROLS.deleteComment) ?? comment.closest('[id^="hook_Block_"]')?.querySelector(OK_CONTROLS.deleteComment) ?? null) as HTMLElement | null,
    isDeleted: (comment) =>
      !comment.isConnected ||
      comment.matches(OK_CONTROLS.deletedComment) ||
      selfOrInside(comment, OK_CONTROLS.deletedStub) !== null ||
      comment.closest('[id^="hook_Block_"]')?.querySelector(OK_CONTROLS.deletedStub) != null,
    banControl: (scope) => {
      const stub = selfOrInside(scope, OK_CONTROLS.deletedStub) ?? scope.closest('[id^="hook_Block_"]')?.querySelector(OK_CONTROLS.deletedStub) ?? null;
      return stub ? findByText(stub, 'a, button, [role="button"]', OK_CONTROLS.banOfferText) : null;
    },
    banDialog: (doc) => {
      const dialog = doc.querySelector(OK_CONTROLS.banDialog);
      const confirm = dialog ? findByText(dialog, 'button, a, [role="button"]', OK_CONTROLS.banConfirmText) : null;
      return dialog && confirm ? { reason: dialog.querySelector<HTMLSelectElement>('select'), confirm } : null;
    },
    isBanned: (scope, doc) => {
      const places = [selfOrInside(scope, OK_CONTROLS.deletedStub), doc.querySelector(OK_CONTROLS.banDialog)];
      return places.some((el) => el != null && OK_CONTROLS.bannedText.test(el.textContent ?? ''));
    },
    // OK keeps a group's blacklist in the group's settings; the page is where to start.
    blacklistUrl: (pageKey) => (pageKey.startsWith('ok:') ? `${ORIGIN}/${pageKey.slice(3)}` : null),
    commentUrl: (comment) => (comment.postId && comment.pageId.startsWith('ok:') ? `${ORIGIN}/${comment.pageId.slice(3)}/topic/${comment.postId}` : null),
  } satisfies ModerationControls,
  composer: composerOf(OK_COMPOSER),
});

function pageFromUrl(url: URL): PageRef | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!OK_HOSTS.has(url.hostname.toLowerCase())) return null;
  const [first, second, ...rest] = url.pathname
    .toLowerCase()
    .split('/')
    .filter((s) => s !== '');
  let name: string;
  let tail: string[];
  if (first === 'group' || first === 'profile') {
    if (second === undefined || !RE_DIGITS.test(second)) return null;
    name = `${first}/${second}`;
    tail = rest;
  } else {
    if (first === undefined || OK_RESERVED_PATHS.has(first) || !RE_ALIAS.test(first)) return null;
    name = first;
    tail = second === undefined ? [] : [second, ...rest];
  }
  // The page itself, its topic list, or one topic of it; other tabs (photos, members) have no wall.
  const isWall =
    tail.length === 0 ||
    (tail.length === 1 && tail[0] === 'topics') ||
    (tail.length === 2 && tail[0] === 'topic' && RE_DIGITS.test(tail[1] ?? ''));
  return isWall ? { network: 'ok', key: `ok:${name}`, url: `${ORIGIN}/${name}` } : null;
}

/** The group's page or its topic list; a topic page shows one post. */
function showsWallFromTop(url: URL): boolean {
  return pageFromUrl(url) !== null && !/\/topic\/\d+\/?$/i.test(url.pathname);
}

function detectGeneration(root: ParentNode): string | null {
  if (feedItems(root).length > 0) return OK_FEED.generation;
  if (queryFirst(root, OK_TOPIC.datePublished) || queryFirst(root, OK_TOPIC.groupAuthor)) return OK_TOPIC.generation;
  for (const g of OK_COMMENTS) if (queryFirst(root, g.comment)) return g.generation;
  return null;
}

/** The feed's items; on a topic page, the topic's own block. */
function postElements(root: ParentNode): Element[] {
  const items = feedItems(root);
  if (items.length > 0) return items;
  const topic = topicScope(root);
  return topic ? [topic] : [];
}

function readPost(element: Element, ctx: ScanContext): Post | null {
  if (element.matches(OK_FEED.item) || element.matches(OK_FEED.bareItem)) return readFeedItem(element, ctx);
  return topicPost(element.ownerDocument ?? element, ctx);
}

/** Wrapped items, plus bare ones whose wrapper is not already among them (the pinned block). */
function feedItems(root: ParentNode): Element[] {
  const items = queryAll(root, OK_FEED.item);
  const wrapped = new Set(items);
  for (const bare of queryAll(root, OK_FEED.bareItem)) {
    const wrapper = bare.closest(OK_FEED.wrapper);
    if (!wrapper || !wrapped.has(wrapper)) items.push(bare);
  }
  return items;
}

function readFeedItem(element: Element, ctx: ScanContext): Post | null {
  const links = element.querySelectorAll(OK_FEED.topicLink);
  const ownLink = outsideReshare(links) ?? links[0] ?? null;
  const topic = topicFromHref(ownLink?.getAttribute('href') ?? null);
  if (topic === null) return null;
  const date = outsideReshare(element.querySelectorAll(OK_FEED.date));
  return {
    id: topic.topicId,
    publishedAt: date ? parseNetworkDate(date.textContent ?? '', ctx) : null,
    isRepost: isReshare(element),
    element,
  };
}

/** The newest guess of SITES.md: a block holding the original, or a header saying who shared it. */
function isReshare(element: Element): boolean {
  if (element.querySelector(OK_FEED.reshare.block)) return true;
  const header = outsideReshare(element.querySelectorAll(OK_FEED.reshare.header));
  return header !== null && OK_FEED.reshare.headerText.test(header.textContent ?? '');
}

/** First element not inside a reshared original, whose link, date and header are the original's. */
function outsideReshare(candidates: NodeListOf<Element>): Element | null {
  for (const c of candidates) if (!c.closest(OK_FEED.reshare.block)) return c;
  return null;
}

function topicPost(root: ParentNode, ctx: ScanContext): Post | null {
  const meta = queryFirst(root, OK_TOPIC.datePublished);
  const author = queryFirst(root, OK_TOPIC.groupAuthor);
  const source = meta ?? author;
  if (!source) return null;
  const element = source.closest(OK_TOPIC.container) ?? source.parentElement;
  if (!element) return null;
  const topic = topicOfPage(root, element);
  if (!topic) return null;
  let publishedAt = meta ? parseNetworkDate(meta.getAttribute('content') ?? '', ctx) : null;
  if (publishedAt === null && author) publishedAt = createTime(author.getAttribute('data'), ctx);
  return { id: topic.topicId, publishedAt, isRepost: isReshare(element), element };
}

/** `group-author[data]` JSON `{"timeInfo": {"createTime": …}}`. */
function createTime(raw: string | null, ctx: ScanContext): number | null {
  const info = field(parseJson(raw), 'timeInfo');
  const time = field(info, 'createTime');
  return typeof time === 'number' || typeof time === 'string' ? parseNetworkDate(time, ctx) : null;
}

interface TopicRef {
  topicId: string;
  /** `ok:group/<gid>` or `ok:<alias>`, as `pageFromUrl` names the page. */
  pageKey: string;
}

function topicFromHref(href: string | null): TopicRef | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, ORIGIN);
  } catch {
    return null;
  }
  if (!OK_HOSTS.has(url.hostname.toLowerCase())) return null;
  const m = RE_TOPIC_PATH.exec(url.pathname.toLowerCase());
  if (!m?.[1] || !m[2]) return null;
  return { topicId: m[2], pageKey: `ok:${m[1]}` };
}

/** The topic a page shows: its microdata URL, else the canonical URL, else its first topic link. */
function topicOfPage(root: ParentNode, scope: Element | null): TopicRef | null {
  const itemUrl = scope ? scope.querySelector(OK_TOPIC.url) : null;
  const fromItem = topicFromHref(itemUrl?.getAttribute('href') ?? itemUrl?.getAttribute('content') ?? null);
  if (fromItem) return fromItem;
  const doc = isDocument(root) ? root : root.ownerDocument;
  const canonical = doc?.querySelector(OK_TOPIC.canonical);
  const fromCanonical = topicFromHref(canonical?.getAttribute('href') ?? canonical?.getAttribute('content') ?? null);
  if (fromCanonical) return fromCanonical;
  return scope ? topicFromHref(scope.querySelector(OK_FEED.topicLink)?.getAttribute('href') ?? null) : null;
}

function commentElements(root: ParentNode): Element[] {
  for (const g of OK_COMMENTS) {
    const elements = queryAll(root, g.comment);
    if (elements.length > 0) return elements;
  }
  return [];
}

function readComment(element: Element, ctx: ScanContext): Comment | null {
  const g = OK_COMMENTS.find((candidate) => element.matches(candidate.comment));
  if (!g) return null;
  if (element.matches(OK_COMMENT_PARTS.deleted) || element.querySelector(OK_COMMENT_PARTS.deleted)) return null;
  const id = commentIdOf(element);
  if (id === null) return null;
  // Comments under a feed item belong to its topic; on a topic page, to the page's topic.
  const item = element.closest(`${OK_FEED.wrapper}, ${OK_FEED.bareItem}`);
  let topic: TopicRef | null = null;
  if (item) topic = topicFromHref(outsideReshare(item.querySelectorAll(OK_FEED.topicLink))?.getAttribute('href') ?? null);
  if (topic === null) {
    const root = element.ownerDocument ?? element;
    topic = topicOfPage(root, topicScope(root));
  }
  const time = element.matches(OK_COMMENT_PARTS.time) ? element : element.querySelector(OK_COMMENT_PARTS.time);
  return {
    id,
    postId: topic?.topicId ?? null,
    // Unknown only on a page with neither a topic link nor a canonical URL.
    pageId: topic?.pageKey ?? '',
    author: authorOf(element, g),
    text: element.querySelector(g.text)?.textContent?.trim() ?? '',
    publishedAt: parseDateAttrOrText(time?.getAttribute('data-time'), element.querySelector(g.dateText)?.textContent, ctx),
    element,
  };
}

function topicScope(root: ParentNode): Element | null {
  const source = queryFirst(root, OK_TOPIC.datePublished) ?? queryFirst(root, OK_TOPIC.groupAuthor);
  return source ? (source.closest(OK_TOPIC.container) ?? source.parentElement) : null;
}

/** `data-seen-params` JSON `data.commentId`, on the comment, inside it, or on its OK block. */
function commentIdOf(element: Element): string | null {
  const holders = [
    element.matches(OK_COMMENT_PARTS.seenParams) ? element : null,
    element.querySelector(OK_COMMENT_PARTS.seenParams),
    element.closest('[id^="hook_Block_"]'),
  ];
  for (const holder of holders) {
    const id = field(field(parseJson(holder?.getAttribute('data-seen-params') ?? null), 'data'), 'commentId');
    if (typeof id === 'string' && RE_COMMENT_ID.test(id)) return id;
    if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id);
  }
  return null;
}

function authorOf(element: Element, g: OkCommentSelectors): CommentAuthor {
  const link = element.querySelector(g.authorLink);
  const name = (link?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const url = okUrl(link?.getAttribute('href') ?? null);
  const profile = url === null ? null : /^\/profile\/(\d+)\/?$/.exec(new URL(url).pathname);
  // An alias is not an id: it can be changed and reused, so it stays only in the URL.
  return { id: profile?.[1] ?? null, name, url };
}

/** Absolute OK URL of an author link, or null: anything off OK (or `javascript:`) is not an author. */
function okUrl(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, ORIGIN);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !OK_HOSTS.has(url.hostname.toLowerCase())) return null;
    return url.href;
  } catch {
    return null;
  }
}

function parseJson(raw: string | null): unknown {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined;
}

