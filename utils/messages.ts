/**
 * Every message between the content scripts, the extension pages and the background. The
 * receiving side checks the data with the schemas in ./schemas.ts; this file carries only types,
 * so the content scripts stay small.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Overview, PageSeen, PageStatus, PostsSeen } from '~/utils/schemas';

export type { Overview, PageSeen, PageStatus, PostSeen, PostsSeen } from '~/utils/schemas';

interface ProtocolMap {
  /** content → background: this page is open; answers the page's stored record. */
  pageSeen(data: PageSeen): { profileId: string | null; official: boolean | null };
  /** content → background: posts found on the wall; answers how many were new. */
  postsSeen(data: PostsSeen): { added: number };
  /** popup/dashboard → background: counts of what is stored. */
  getOverview(): Overview;
  /** popup → content script of a tab: what do you see? */
  getPageStatus(): PageStatus;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
