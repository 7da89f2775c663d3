import Dexie from 'dexie';
import type { NormaDB, PageRecord } from './database';
import { weekStatus, type WeekStatus } from '~/utils/norms/counter';
import { getProfile, parseProfile } from '~/utils/norms/profiles';
import { CUSTOM_PROFILE_ID, type Profile } from '~/utils/norms/schema';
import { weekOf } from '~/utils/norms/week';
import type { Network } from '~/utils/sites/types';

/** What the overlay shows for a page: the week's status and what the user set on the page. */
export interface WeekView {
  status: WeekStatus;
  profileId: string | null;
  official: boolean | null;
}

/** The page's profile, or null when none is chosen (or a stored custom one no longer parses). */
export function profileOf(page: Pick<PageRecord, 'profileId' | 'customProfile'> | undefined): Profile | null {
  if (!page?.profileId) return null;
  if (page.profileId === CUSTOM_PROFILE_ID) {
    try {
      return page.customProfile ? parseProfile(page.customProfile) : null;
    } catch {
      return null;
    }
  }
  return getProfile(page.profileId) ?? null;
}

/**
 * Extends what is known to be seen whole of a page's wall with what a tab has loaded now:
 * the tab shows every post from `oldestLoadedAt` up to now. Joined with the stored stretch when
 * they touch, so scrolling in one visit and reading the top in the next still counts as whole.
 */
export function extendCoverage(stored: PageRecord['coverage'], oldestLoadedAt: number | null, now: number): PageRecord['coverage'] {
  if (oldestLoadedAt === null) return stored;
  if (stored && stored.to >= oldestLoadedAt) return { from: Math.min(stored.from, oldestLoadedAt), to: now };
  return { from: oldestLoadedAt, to: now };
}

export interface WeekRequest {
  pageKey: string;
  network: Network;
  /** Oldest date of the contiguous wall the tab has loaded (null: nothing dated loaded). */
  oldestLoadedAt: number | null;
  /** The browser's zone, for a page without a profile. */
  timeZone: string;
  now: number;
}

/** Records the tab's coverage and computes the page's week from every post stored for it. */
export async function pageWeek(db: NormaDB, request: WeekRequest): Promise<WeekView> {
  const { pageKey, now } = request;
  return db.transaction('rw', db.pages, db.posts, async () => {
    const page = await db.pages.get(pageKey);
    const coverage = extendCoverage(page?.coverage ?? null, request.oldestLoadedAt, now);
    if (page && coverage !== page.coverage) await db.pages.update(pageKey, { coverage });
    const profile = profileOf(page);
    const week = weekOf(now, profile?.timeZone ?? request.timeZone);
    // This week's posts, and the undated ones (reported, not counted).
    const [dated, all] = await Promise.all([
      db.posts.where('[pageKey+publishedAt]').between([pageKey, week.start], [pageKey, week.end], true, false).toArray(),
      db.posts.where('[pageKey+id]').between([pageKey, Dexie.minKey], [pageKey, Dexie.maxKey]).filter((p) => p.publishedAt === null).toArray(),
    ]);
    const status = weekStatus({
      posts: [...dated, ...all],
      profile,
      now,
      oldestLoadedAt: coverage?.from ?? null,
      fallbackTimeZone: request.timeZone,
      network: request.network,
    });
    return { status, profileId: page?.profileId ?? null, official: page?.official ?? null };
  });
}
