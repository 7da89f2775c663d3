/**
 * Every OK (Odnoklassniki) selector, by markup generation, newest first.
 *
 * Source: SITES.md (the project's map of the networks' markup, built from extensions and
 * scrapers that run against the live pages). Each selector is matched by a fixture in
 * `test/fixtures/ok/` — change the fixture together with the selector.
 */

export type OkGenerationId = 'feed-2025' | 'topic-2025' | 'comments-2025' | 'comments-older';

/** A group's feed: the wall whose publications the norms count. */
export const OK_FEED = {
  generation: 'feed-2025' as OkGenerationId,
  // seen 2026-11 (SITES.md): the wrapper of each feed item.
  item: '.feed-list .feed-w',
  // seen 2026-11 (SITES.md): the item itself, also met without its wrapper (the pinned block).
  bareItem: 'div.feed.h-mod[data-seen-params]',
  wrapper: '.feed-w',
  // seen 2026-11 (SITES.md): `/group/<gid>/topic/<tid>` or `/<alias>/topic/<tid>` — the post id.
  topicLink: 'a[href*="/topic/"]',
  // seen 2026-11 (SITES.md): "12:30" today, "вчера", "5 марта", "5 мар 2023".
  date: 'div.feed_date',
  // seen 2026-11 (SITES.md)
  text: '.media-text_cnt_tx',
  /**
   * Newest guess, unverified: OK's reshare markup is not documented publicly (SITES.md). A
   * reshared item is taken to carry the original in a block of its own, and/or a header saying
   * who shared it ("поделился", "поделилась"). Only the header is read for the word, so a post
   * whose text says "жители поделились фото" is not a reshare.
   */
  reshare: {
    block: '.media-reshare, .feed_reshare',
    header: '.feed_h',
    headerText: /поделил(?:ся|ась|ось|ись)/i,
  },
} as const;

/** A topic page `/group/<gid>/topic/<tid>`: one publication and its comments. */
export const OK_TOPIC = {
  generation: 'topic-2025' as OkGenerationId,
  // seen 2026-11 (SITES.md): ISO 8601.
  datePublished: 'meta[itemprop="datePublished"][content]',
  // seen 2026-11 (SITES.md): JSON, `timeInfo.createTime` (a timestamp).
  groupAuthor: 'group-author[data]',
  /** The topic's own block: its microdata scope, else the OK block wrapping it. */
  container: '[itemscope], [id^="hook_Block_"]',
  /** The topic's URL, where microdata names it; else the page's canonical URL. */
  url: '[itemprop="url"]',
  canonical: 'link[rel="canonical"][href], meta[property="og:url"][content]',
} as const;

export interface OkCommentSelectors {
  generation: OkGenerationId;
  comment: string;
  authorLink: string;
  text: string;
  /** Date text, read when no `data-time` attribute is there. */
  dateText: string;
}

export const OK_COMMENTS: readonly OkCommentSelectors[] = [
  {
    generation: 'comments-2025',
    // seen 2026-11 (SITES.md)
    comment: 'div.comments_lst div.comments_current',
    // seen 2026-11 (SITES.md): the newer author link first; the older one still appears in it.
    authorLink: 'a.comments_current__header__main__author__name, a.comments_author-name',
    text: 'span.js-text-full',
    dateText: 'span.comments_current__footer__main__date',
  },
  {
    generation: 'comments-older',
    // seen 2026-11 (SITES.md): every comment in an OK block of its own.
    comment: '.comments_lst_cnt > div[id^="hook_Block_"] .comments_i',
    authorLink: 'a.comments_author-name',
    text: 'div.comments_text, span.js-text-full',
    dateText: 'span.comments_current__footer__main__date',
  },
];

/** Shared by both comment markups. */
export const OK_COMMENT_PARTS = {
  // seen 2026-11 (SITES.md): JSON, `data.commentId`.
  seenParams: '[data-seen-params]',
  // seen 2026-11 (SITES.md): seconds or milliseconds.
  time: '[data-time]',
  // seen 2026-11 (SITES.md): the comment this one answers.
  replyTarget: 'span[data-rid]',
  // seen 2026-11 (SITES.md): a comment deleted a moment ago stays as a stub until reload.
  deleted: '.__deleted, .delete-stub_info',
} as const;

/** The native moderation controls, for the moderation feature to press rather than imitate. */
export const OK_CONTROLS = {
  // seen 2026-11 (SITES.md)
  deleteComment: '.comments_controls-t a.comments_remove',
  deletedStub: '.delete-stub_info',
  undoDelete: 'a.delete-stub_cancel',
  deletedComment: '.comments_i.__deleted',
  /** Newest guess, unverified (SITES.md: OK's blacklist is not documented publicly): an offer to block next to the stub. */
  banOfferText: /заблокировать|в ч[её]рный список/i,
  banDialog: '[role="dialog"], .modal-new_cnt',
  banConfirmText: /заблокировать|в ч[её]рный список|добавить/i,
  bannedText: /добавлен[а-я]* в ч[её]рный список|заблокирован/i,
} as const;

/**
 * The post editor and the reshare dialog. Newest guess, unverified (SITES.md does not map them):
 * the group's posting form `.posting-form` with its contenteditable text, and the reshare dialog
 * `.reshare-dialog` with its comment field.
 */
export const OK_COMPOSER = {
  editor: '.posting-form [contenteditable="true"], .posting-form textarea, .reshare-dialog [contenteditable="true"], .reshare-dialog textarea',
  shareDialog: '.reshare-dialog',
  form: '.posting-form, .reshare-dialog',
} as const;

export const OK_HOSTS: ReadonlySet<string> = new Set(['ok.ru', 'www.ok.ru', 'm.ok.ru']);

/** First path segments that are OK's own sections, not a group's alias. */
export const OK_RESERVED_PATHS: ReadonlySet<string> = new Set([
  'feed', 'messages', 'friends', 'music', 'video', 'games', 'game', 'search', 'settings', 'notifications',
  'discussions', 'guests', 'marks', 'gifts', 'groups', 'photos', 'apps', 'app', 'live', 'dk', 'online', 'bookmarks',
  'payments', 'help', 'about', 'privacy', 'regulations', 'mobile', 'login', 'logout', 'shop', 'market', 'events',
  'holidays', 'cdn', 'res', 'dating', 'clips', 'stream', 'vitrine', 'mall', 'subscriptions', 'wiki', 'news', 'profile',
  'group', 'main', 'hobby', 'services', 'ads', 'business', 'legal', 'moments', 'inbox', 'web-api', 'download',
]);
