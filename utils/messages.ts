/**
 * Every message between the content scripts, the extension pages and the background. The
 * receiving side checks the data with the schemas in ./schemas.ts; this file carries only types,
 * so the content scripts stay small.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AuthorSummary } from '~/utils/db/moderation';
import type { WeekView } from '~/utils/db/week';
import type { Localized } from '~/utils/norms/text';
import type { Verdict } from '~/utils/classify/types';
import type { WhatIf } from '~/utils/norms/counter';
import type { StyleReport } from '~/utils/style/types';
import type { CheckDraft, ClassifyRequest, LogDecision, LogOutcome, Overview, PageSeen, PageStatus, PostsSeen, SetPageProfile, WeekRequest } from '~/utils/schemas';

export type { LogDecision, LogOutcome, Overview, PageSeen, PageStatus, PostSeen, PostsSeen, SetPageProfile, WeekRequest } from '~/utils/schemas';
export type { AuthorSummary } from '~/utils/db/moderation';
export type { WeekView } from '~/utils/db/week';

/** What the composer panel shows for a draft. */
export interface DraftCheck {
  /** The week after publishing it; null when the page has no stored week yet. */
  week: WhatIf;
  style: StyleReport;
  /** The classifier on the draft: an official post must not contain what the page deletes. */
  verdict: Verdict;
}

/** A profile as the picker shows it. */
export interface ProfileChoice {
  id: string;
  name: Localized;
  region: Localized | null;
  networks: string[];
}

interface ProtocolMap {
  /** content → background: this page is open; answers the page's stored record. */
  pageSeen(data: PageSeen): { profileId: string | null; official: boolean | null };
  /** content → background: posts found on the wall; answers the page's week with them counted. */
  postsSeen(data: PostsSeen): WeekView & { added: number };
  /** content → background: the page's week as stored. */
  getWeek(data: WeekRequest): WeekView;
  /** content/popup → background: the user chose a profile for the page, or said it is not official. */
  setPageProfile(data: SetPageProfile): WeekView;
  /** The regulation profiles to choose from. */
  listProfiles(): ProfileChoice[];
  /** content → background: judge these comments (the classifier runs in the worker, never in pages); verdicts in order. */
  classifyComments(data: ClassifyRequest): Verdict[];
  /** content → background: check a draft typed in the network's post editor. */
  checkDraft(data: CheckDraft): DraftCheck;
  /** content → background: a moderator's decision, logged before the network is touched; answers its uid. */
  logDecision(data: LogDecision): { uid: string };
  /** content → background: what the page showed after the action. */
  logOutcome(data: LogOutcome): void;
  /** content → background: past decisions on these authors (repeat offenders). */
  authorHistory(keys: string[]): Record<string, AuthorSummary>;
  /** popup/dashboard → background: counts of what is stored. */
  getOverview(): Overview;
  /** popup → content script of a tab: what do you see? */
  getPageStatus(): PageStatus & { week: WeekView | null };
  /** popup → content script: the page's settings changed elsewhere, read them again. */
  pageChanged(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
