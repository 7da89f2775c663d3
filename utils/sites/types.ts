/**
 * Site-neutral items the site adapters emit. Rules, norms and the UI only ever see these,
 * never selectors, so every markup generation of every network feeds the same code.
 */

export type Network = 'vk' | 'ok' | 'telegram';

/** An official page (VK community or profile, OK group, Telegram channel). */
export interface PageRef {
  network: Network;
  /** Stable key across reloads and URL spellings: `vk:club123`, `ok:group/5400`, `telegram:durov`. */
  key: string;
  /** Canonical URL of the page. */
  url: string;
}

/** A publication on the wall. */
export interface Post {
  /** Network's own id, unique within the network (`-227142522_3275`, `70000001234567`, `durov/519`). */
  id: string;
  /** Epoch milliseconds, or null when the date could not be read. */
  publishedAt: number | null;
  isRepost: boolean;
  element: Element;
}

export interface CommentAuthor {
  id: string | null;
  name: string;
  url: string | null;
}

/** A comment under a post. */
export interface Comment {
  id: string;
  postId: string | null;
  pageId: string;
  author: CommentAuthor;
  text: string;
  publishedAt: number | null;
  element: Element;
}

/** What the adapter needs to turn what a page shows into instants. */
export interface ScanContext {
  /** "Now", epoch milliseconds (injected for tests). */
  now: number;
  /**
   * IANA zone the page's wall-clock dates are written in. The networks print dates in the
   * viewer's own zone, so this is the browser's zone — not the profile's, which only decides
   * where a week starts.
   */
  timeZone: string;
}

/**
 * One network's reading of its pages. Implementations live in `utils/sites/<network>/adapter.ts`
 * and take every selector from the `selectors.ts` beside them. They only read the DOM they are
 * given (a Document or any element), so tests run them on fixture HTML.
 *
 * Finding and reading are apart: `postElements` / `commentElements` only run selectors (cheap),
 * `readPost` / `readComment` read one element, so the content script can spread the reading over
 * frames and re-read only what changed.
 */
export interface SiteReader {
  network: Network;
  /** The official page a URL shows, or null where there is no wall to read (feed, messages, search). */
  pageFromUrl(url: URL): PageRef | null;
  /**
   * The markup generation recognised under `root` (`react-2025`, `redesign-v3-2024`, `legacy-2022`,
   * `feed-2025`, `tme-s`, …), or null when nothing known is there — the "layout not recognised" state.
   */
  detectGeneration(root: ParentNode): string | null;
  /**
   * The order of the wall in the page: VK and OK put the newest post on top, Telegram's channel
   * preview at the bottom. The far end of the loaded wall is its oldest post (pinned posts sit at
   * the newest end and never fool it). Absent: newest first.
   */
  wallOrder?: 'newest-first' | 'oldest-first';
  /**
   * Whether the URL shows the page's wall from its newest post down (not one post, not a page of
   * older posts). Only then does the oldest post loaded mean nothing newer is missing.
   * Absent: every page URL shows the wall from the top.
   */
  showsWallFromTop?(url: URL): boolean;
  /** Elements under `root` (itself included) that may be posts, in page order; selectors only. */
  postElements(root: ParentNode): Element[];
  /** The post an element is, or null (a repost's quoted original, no id, not a post). */
  readPost(element: Element, ctx: ScanContext): Post | null;
  /** Elements under `root` (itself included) that may be comments, in page order; selectors only. */
  commentElements(root: ParentNode): Element[];
  /** The comment an element is, or null (a deleted stub, no id, not a comment). */
  readComment(element: Element, ctx: ScanContext): Comment | null;
  /** The network's own moderation controls; absent where the extension knows none (Telegram's preview). */
  moderation?: ModerationControls;
  /** The network's post editor; absent where the extension offers no composer panel (Telegram's preview). */
  composer?: ComposerReader;
}

/**
 * The network's own moderation controls around a comment, as the page offers them to its
 * administrators. Each returns null where the page offers no such control (not an admin, an
 * unknown layout): the flag then says so and shows where to do it by hand.
 */
export interface ModerationControls {
  /** The native "delete" control of this comment. */
  deleteControl(comment: Element): HTMLElement | null;
  /** The comment is seen deleted: gone from the page, or replaced by the network's "deleted" stub. */
  isDeleted(comment: Element): boolean;
  /** After a deletion: the native "block the author" control the network offers next to the stub. */
  banControl(comment: Element): HTMLElement | null;
  /** The ban dialog the control opened: where to choose the reason, and how to confirm. */
  banDialog(doc: Document): { reason: HTMLSelectElement | null; confirm: HTMLElement } | null;
  /** The author is seen blacklisted (the dialog's confirmation, or the stub says so). */
  isBanned(comment: Element, doc: Document): boolean;
  /** The network's page where a community's blacklist is edited by hand, or null. */
  blacklistUrl(pageKey: string, comment: Element): string | null;
  /** A link to the comment itself, to find it again. */
  commentUrl(comment: Comment): string | null;
}

/**
 * The network's own post editor, where a press officer writes the page's next publication, and
 * its share dialog, where a repost to the page is written. Recognised by the newest guess of the
 * site's selectors.ts (the networks do not document them).
 */
export interface ComposerReader {
  /** The editors under `root`: the wall's post form, the share dialog's text field. */
  editors(root: ParentNode): Element[];
  /** What is typed in an editor, as text. */
  text(editor: Element): string;
  /** The editor publishes a repost (the share dialog), not an own post. */
  isRepost(editor: Element): boolean;
  /** Where the panel goes: after this element (the editor's form). */
  anchor(editor: Element): Element;
}

/** A reader with the whole-root finders (utils/sites/scan.ts `withFinders`). */
export interface SiteAdapter extends SiteReader {
  /** Posts in the loaded part of the wall, top-level only, each once, in page order. */
  findPosts(root: ParentNode, ctx: ScanContext): Post[];
  /** Comments (replies included) under `root`, each once. Networks without comments return []. */
  findComments(root: ParentNode, ctx: ScanContext): Comment[];
}
