import { defineBackground } from 'wxt/utils/define-background';
import { NormaDB } from '~/utils/db/database';
import { overview, recordPage, recordPosts, setPageProfile } from '~/utils/db/records';
import { pageWeek } from '~/utils/db/week';
import { onMessage } from '~/utils/messages';
import { listProfiles } from '~/utils/norms/profiles';
import { PageSeenSchema, PostsSeenSchema, SetPageProfileSchema, WeekRequestSchema } from '~/utils/schemas';

/**
 * Owns the extension's IndexedDB. Listeners are registered synchronously at start-up, so a
 * stopped service worker woken by a message still handles it. Every message from a page is
 * parsed with its zod schema before anything is stored.
 */
export default defineBackground(() => {
  const db = new NormaDB();

  onMessage('pageSeen', async ({ data }) => {
    const page = await recordPage(db, PageSeenSchema.parse(data), Date.now());
    return { profileId: page.profileId, official: page.official };
  });

  onMessage('postsSeen', async ({ data }) => {
    const { posts, ...request } = PostsSeenSchema.parse(data);
    const now = Date.now();
    const { added } = await recordPosts(db, request.pageKey, posts, now);
    return { added, ...(await pageWeek(db, { ...request, now })) };
  });

  onMessage('getWeek', ({ data }) => pageWeek(db, { ...WeekRequestSchema.parse(data), now: Date.now() }));

  onMessage('setPageProfile', async ({ data }) => {
    const request = SetPageProfileSchema.parse(data);
    await setPageProfile(db, request);
    return pageWeek(db, { pageKey: request.pageKey, network: request.network, timeZone: request.timeZone, oldestLoadedAt: null, now: Date.now() });
  });

  onMessage('listProfiles', () =>
    listProfiles().map((p) => ({ id: p.id, name: p.name, region: p.region, networks: [...p.networks] })),
  );

  onMessage('getOverview', () => overview(db));
});
