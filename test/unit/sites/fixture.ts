/**
 * Fixture pages parsed by happy-dom, as the adapters see a real page: a Document, no globals.
 * Parsing with DOMParser runs no script of the page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import type { Post, ScanContext } from '~/utils/sites/types';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function loadFixture(path: string, url = 'https://example.org/'): Document {
  const window = new Window({ url });
  const html = readFileSync(`${FIXTURES}${path}`, 'utf8');
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Wednesday 2026-11-18 12:00 in Krasnoyarsk (UTC+7): the reference "now" every built fixture states. */
export const NOW = Date.parse('2026-11-18T12:00:00+07:00');
export const CTX: ScanContext = { now: NOW, timeZone: 'Asia/Krasnoyarsk' };
/** Monday of that week, 00:00 local. */
export const WEEK_START = Date.parse('2026-11-16T00:00:00+07:00');

export const at = (iso: string): number => Date.parse(iso);

/** `[id, published (local ISO), isRepost]` rows, the shape the tables below compare. */
export function rows(posts: readonly Post[]): [string, number | null, boolean][] {
  return posts.map((p) => [p.id, p.publishedAt, p.isRepost]);
}

export function inWeek(posts: readonly Post[], start = WEEK_START, now = NOW): Post[] {
  return posts.filter((p) => p.publishedAt !== null && p.publishedAt >= start && p.publishedAt <= now);
}
