import type { Comment, Post, ScanContext, SiteAdapter, SiteReader } from './types';

/**
 * Gives a site's reader the whole-root finders. The reader itself is split in two — finding the
 * candidate elements (selectors only, cheap) and reading one element — so the content script can
 * read new elements a few milliseconds at a time, and tests and benchmarks can read a whole page.
 */
export function withFinders(reader: SiteReader): SiteAdapter {
  return {
    ...reader,
    findPosts: (root, ctx) => readAll(reader.postElements(root), (el) => reader.readPost(el, ctx)),
    findComments: (root, ctx) => readAll(reader.commentElements(root), (el) => reader.readComment(el, ctx)),
  };
}

/** Every item once, in page order: the same id met twice (a post shown in a layer too) is one. */
function readAll<T extends Post | Comment>(elements: readonly Element[], read: (element: Element) => T | null): T[] {
  const items: T[] = [];
  const seen = new Set<string>();
  for (const element of elements) {
    const item = read(element);
    if (item === null || seen.has(item.id)) continue;
    seen.add(item.id);
    items.push(item);
  }
  return items;
}

export type { ScanContext };
