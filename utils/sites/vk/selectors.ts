/**
 * Every VK selector, by markup generation, newest first. VK serves its markups side by side, so
 * the adapter tries each in this order and keeps the first that matches.
 *
 * Sources: SITES.md (the project's map of the networks' markup, built from extensions and
 * scrapers that run against the live pages). Each selector is matched by a fixture in
 * `test/fixtures/vk/` — change the fixture together with the selector.
 */

export type VkGenerationId = 'react-2025' | 'redesign-v3-2024' | 'legacy-2022';

export interface VkPostSelectors {
  generation: VkGenerationId;
  /** Top-level posts of the wall. */
  post: string;
  /**
   * Where a post's own markup ends: an element found inside a post belongs to it only if its
   * nearest `scope` ancestor is that post (so a repost's quoted original lends it no date).
   */
  scope: string;
  /** Date element: `time` attribute (unix seconds) where present, else its text. */
  date: string;
  /** Marker of a repost, on the post itself or inside it. */
  repost: string;
}

export interface VkCommentSelectors {
  generation: VkGenerationId;
  /** Comments and thread replies. */
  comment: string;
  /** As for posts: a thread reply nested in its parent comment must not lend it its text. */
  scope: string;
  /** Link whose `href` carries `/wall{owner}_{post}?reply={comment}`. */
  link: string;
  /** Date: `time` attribute where present, else text. */
  date: string;
  authorLink: string;
  /** Name of the author; when null the author link's own text is the name. */
  authorName: string | null;
  text: string;
}

export const VK_POSTS: readonly VkPostSelectors[] = [
  {
    generation: 'react-2025',
    // seen 2026-11 (SITES.md): div on desktop, article on mobile; the quoted original of a
    // repost is a post of its own with nesting level 1, never counted.
    post: '[data-testid="post"][data-post-id][data-post-nesting-lvl="0"]',
    scope: '[data-testid="post"]',
    // seen 2026-11 (SITES.md): relative Russian text ("вчера в 9:15").
    date: 'a[data-testid="post_date_block_preview"]',
    // seen 2026-11 (SITES.md)
    repost: '[data-testid="post"][data-post-nesting-lvl="1"]',
  },
  {
    generation: 'redesign-v3-2024',
    // seen 2024 (SITES.md): `.wl_post` is the same post opened in the post layer.
    // Comments are `._post` too (`.reply._post`), hence `:not(.reply)`.
    post: '._post.post.Post--redesignV3:not(.reply), .wl_post.Post--redesignV3:not(.reply)',
    scope: '._post, .wl_post, .PostCopyQuote--redesignV3, .copy_quote',
    // seen 2024 (SITES.md): the date link as in React; `.rel_date[time]` where the old header survives.
    date: 'a[data-testid="post_date_block_preview"], .rel_date',
    // seen 2024 (SITES.md): three spellings of the quoted original in use at once.
    repost: '.PostCopyQuote--redesignV3, .copy_quote, .copy_post_header',
  },
  {
    generation: 'legacy-2022',
    // seen to 2022 (SITES.md)
    post: '#page_wall_posts ._post.post:not(.reply)',
    scope: '._post, .copy_quote',
    // seen to 2022 (SITES.md): `time` is unix seconds.
    date: 'span.rel_date',
    // seen to 2022 (SITES.md): the repost itself carries the class.
    repost: '.post_copy',
  },
];

export const VK_COMMENTS: readonly VkCommentSelectors[] = [
  {
    generation: 'react-2025',
    // seen 2026-11 (SITES.md): root comments and thread replies, inside the comments layout.
    comment:
      '[data-testid="wall_comments_layout_root"] [data-testid="wall_comments_comment_root"], ' +
      '[data-testid="wall_comments_layout_root"] [data-testid="wall_comments_comment_in_thread"]',
    scope: '[data-testid="wall_comments_comment_root"], [data-testid="wall_comments_comment_in_thread"]',
    // seen 2026-11 (SITES.md): `/wall-OWNER_POST?reply=CID&thread=…`, also the date.
    link: 'a[data-testid="wall_comment_date"][href]',
    date: 'a[data-testid="wall_comment_date"]',
    // seen 2026-11 (SITES.md): href `/id123` or a screen name.
    authorLink: 'a[data-testid="comment-avatar"][href]',
    authorName: '[data-testid="comment-owner"]',
    text: '[data-testid="comment-text"]',
  },
  {
    generation: 'redesign-v3-2024',
    // seen 2024 (SITES.md): element id `post{owner}_{id}`.
    comment: '.reply._post',
    scope: '.reply',
    // Assumed from the legacy footer (not in SITES.md): only a fallback for the post id.
    link: '.reply_date a[href*="reply="]',
    date: '.rel_date',
    authorLink: '.reply_author a.author[data-from-id]',
    authorName: null,
    text: '.wall_reply_text',
  },
  {
    generation: 'legacy-2022',
    // seen to 2022 (SITES.md)
    comment: 'div.reply.reply_dived',
    scope: '.reply',
    // Assumed (not in SITES.md): only a fallback for the post id.
    link: '.reply_date a[href*="reply="]',
    date: '.rel_date',
    authorLink: '.reply_author a.author[data-from-id]',
    authorName: null,
    text: '.wall_reply_text',
  },
];

/** The native moderation controls, for the moderation feature to press rather than imitate. */
export const VK_CONTROLS = {
  // seen to 2022 (SITES.md); not documented publicly for the React layout.
  deleteComment: '.reply_delete_button',
  // seen to 2022 (SITES.md): the community blacklist editor VK links to after a deletion.
  blacklistPath: '/groupsedit.php?act=bl_edit',
  /**
   * Newest guess, unverified (SITES.md: "after deleting, VK offers to block the author"): the
   * stub that replaces a deleted comment (legacy VK's `.dld`), and in it the offer to block,
   * recognised by its words rather than a class that may change.
   */
  deletedStub: '.dld, .reply_deleted',
  banOfferText: /заблокировать|в ч[её]рный список/i,
  /** Newest guess, unverified: VK's modal box with the reason list (`groups.ban` reasons) and its confirm button. */
  banDialog: '.popup_box_container .box_layout, [role="dialog"]',
  banReason: 'select[name="reason"]',
  banConfirmText: /заблокировать|в ч[её]рный список|добавить/i,
  bannedText: /добавлен[а-я]* в ч[её]рный список|заблокирован/i,
} as const;

/**
 * The post editor and the share dialog. Newest guess, unverified (SITES.md does not map them): VK's
 * legacy wall form `#post_field` (a contenteditable in `#submit_post_box`), the React form's
 * contenteditable under `[data-testid="posting_form"]`; the share box `#like_share_text` in
 * `.like_share_wrap`, and the React share dialog `[data-testid="share_dialog"]`.
 */
export const VK_COMPOSER = {
  editor: '#post_field, [data-testid="posting_form"] [contenteditable="true"], #like_share_text, [data-testid="share_dialog"] [contenteditable="true"], [data-testid="share_dialog"] textarea',
  shareDialog: '.like_share_wrap, [data-testid="share_dialog"]',
  form: '#submit_post_box, [data-testid="posting_form"], .like_share_wrap, [data-testid="share_dialog"]',
} as const;

/** Hosts of VK's desktop and mobile sites. */
export const VK_HOSTS: ReadonlySet<string> = new Set(['vk.com', 'www.vk.com', 'm.vk.com', 'vk.ru', 'www.vk.ru', 'm.vk.ru']);

/**
 * First path segments that are VK's own sections, not a page's screen name. Screen names cannot
 * take these, so a wall is never hidden by this list.
 */
export const VK_RESERVED_PATHS: ReadonlySet<string> = new Set([
  'feed', 'im', 'search', 'friends', 'settings', 'groups', 'groups_list', 'audio', 'audios', 'music', 'video', 'videos',
  'clips', 'clip', 'photos', 'albums', 'apps', 'app', 'games', 'market', 'services', 'docs', 'bookmarks', 'fave',
  'notifications', 'support', 'login', 'join', 'restore', 'about', 'blog', 'dev', 'ads', 'pay', 'vkpay', 'gifts',
  'stickers', 'stories', 'discover', 'calls', 'edu', 'legal', 'terms', 'privacy', 'jobs', 'press', 'mail', 'messages',
  'away', 'id', 'club', 'public', 'event', 'wall', 'page', 'pages', 'topic', 'board', 'note', 'notes', 'podcasts',
  'narratives', 'events', 'live', 'mini_apps', 'verify', 'security', 'help', 'feedback', 'memories', 'friends_list',
  'community', 'communities', 'media', 'mvk', 'authors', 'business', 'dating', 'donut', 'shopping', 'payments',
]);
