import { defineBackground } from 'wxt/utils/define-background';
import { NormaDB } from '~/utils/db/database';
import { overview, recordPage, recordPosts } from '~/utils/db/records';
import { onMessage } from '~/utils/messages';
import { PageSeenSchema, PostsSeenSchema } from '~/utils/schemas';

/**
 * Owns the extension's IndexedDB. Listeners are registered synchronously at start-up, so a
 * stopped service worker woken by a message still handles it.
 */
export default defineBackground(() => {
  const db = new NormaDB();

  onMessage('pageSeen', async ({ data }) => {
    const page = await recordPage(db, PageSeenSchema.parse(data), Date.now());
    return { profileId: page.profileId, official: page.official };
  });

  onMessage('postsSeen', async ({ data }) => {
    const { pageKey, posts } = PostsSeenSchema.parse(data);
    return recordPosts(db, pageKey, posts, Date.now());
  });

  onMessage('getOverview', () => overview(db));
});
