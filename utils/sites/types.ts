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
  /** IANA zone the dates on the page are read in (the profile's region, else the browser's). */
  timeZone: string;
}
