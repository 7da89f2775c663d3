import Dexie from 'dexie';
import type { NormaDB, PageRecord } from './database';
import { logCount } from './log-store';
import type { Overview, PageSeen, PostSeen, SetPageProfile } from '~/utils/messages';
import { customProfile as buildCustomProfile, getProfile } from '~/utils/norms/profiles';
import { CUSTOM_PROFILE_ID, type CustomProfileInput, type Profile } from '~/utils/norms/schema';

/** Remembers a page; keeps what the user set on it (profile, official) and when it was first seen. */
export async function recordPage(db: NormaDB, seen: PageSeen, now: number): Promise<PageRecord> {
  return db.transaction('rw', db.pages, async () => {
    const old = await db.pages.get(seen.page.key);
    const record: PageRecord = {
      key: seen.page.key,
      network: seen.page.network,
      url: seen.page.url,
      title: seen.title || old?.title || seen.page.key,
      profileId: old?.profileId ?? null,
      customProfile: old?.customProfile ?? null,
      coverage: old?.coverage ?? null,
      official: old?.official ?? null,
      firstSeenAt: old?.firstSeenAt ?? now,
      lastSeenAt: now,
    };
    await db.pages.put(record);
    return record;
  });
}

/**
 * Stores the posts seen on a page's wall. A post is one row per page and id however often it
 * is seen (scrolled past again, reloaded, gone and back); a date read later fills one unknown.
 */
export async function recordPosts(db: NormaDB, pageKey: string, posts: readonly PostSeen[], now: number): Promise<{ added: number }> {
  const unique = new Map<string, PostSeen>();
  for (const post of posts) unique.set(post.id, post);
  if (unique.size === 0) return { added: 0 };
  return db.transaction('rw', db.posts, async () => {
    const keys = [...unique.keys()].map((id): [string, string] => [pageKey, id]);
    const existing = await db.posts.bulkGet(keys);
    let added = 0;
    const rows = [...unique.values()].map((post, i) => {
      const old = existing[i];
      if (!old) added += 1;
      return {
        pageKey,
        id: post.id,
        publishedAt: post.publishedAt ?? old?.publishedAt ?? null,
        isRepost: post.isRepost,
        firstSeenAt: old?.firstSeenAt ?? now,
        lastSeenAt: now,
      };
    });
    await db.posts.bulkPut(rows);
    return { added };
  });
}

export async function overview(db: NormaDB): Promise<Overview> {
  const [pages, posts, log, authors] = await Promise.all([db.pages.count(), db.posts.count(), logCount(db), db.authors.count()]);
  return { pages, posts, log, authors };
}

/** Posts stored for one page, dated or not. */
export function countPosts(db: NormaDB, pageKey: string): Promise<number> {
  return db.posts.where('[pageKey+id]').between([pageKey, Dexie.minKey], [pageKey, Dexie.maxKey]).count();
}

/**
 * Sets the page's regulation profile (or clears it) and whether it is official. A custom
 * profile is validated before it is stored; an unknown profile id is refused.
 */
export async function setPageProfile(db: NormaDB, request: SetPageProfile): Promise<void> {
  let customProfile: Profile | null = null;
  if (request.profileId === CUSTOM_PROFILE_ID) customProfile = buildCustomProfile(request.custom as CustomProfileInput);
  else if (request.profileId !== null && !getProfile(request.profileId)) throw new Error(`Неизвестный профиль: ${request.profileId}`);
  const updated = await db.pages.update(request.pageKey, { profileId: request.profileId, customProfile, official: request.official });
  if (updated === 0) throw new Error(`Страница ${request.pageKey} ещё не открывалась`);
}
