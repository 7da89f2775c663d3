import { defineBackground } from 'wxt/utils/define-background';
import { NormaDB } from '~/utils/db/database';
import { authorSummaries, logDecision, setOutcome } from '~/utils/db/moderation';
import { isQuotaError } from '~/utils/db/quota';
import { overview, recordPage, recordPosts, setPageProfile } from '~/utils/db/records';
import { pageWeek } from '~/utils/db/week';
import { onMessage } from '~/utils/messages';
import { listProfiles } from '~/utils/norms/profiles';
import { classify, classifyThread, warmUp } from '~/utils/classify';
import type { ClassifyOptions } from '~/utils/classify/types';
import { styleDictionaryItem } from '~/components/check/dictionary-store';
import { whatIf } from '~/utils/norms/counter';
import { checkStyle } from '~/utils/style';
import { AuthorKeysSchema, CheckDraftSchema, ClassifyRequestSchema, LogDecisionSchema, LogOutcomeSchema, PageSeenSchema, PostsSeenSchema, SetPageProfileSchema, WeekRequestSchema } from '~/utils/schemas';
import { DEFAULT_MODERATOR, moderatorNameItem, wordListsItem, type WordLists } from '~/utils/settings';

const QUOTA_MESSAGE = 'Нет места для журнала Нормы: выгрузите журнал и удалите старые записи (Журнал → Данные → Хранение).';

/**
 * Owns the extension's IndexedDB. Listeners are registered synchronously at start-up, so a
 * stopped service worker woken by a message still handles it. Every message from a page is
 * parsed with its zod schema before anything is stored.
 */
export default defineBackground(() => {
  const db = new NormaDB();
  /** A full disk is told to the user in words, not swallowed: the sender shows it and does nothing. */
  const writing = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (error) {
      if (isQuotaError(error)) throw new Error(QUOTA_MESSAGE, { cause: error });
      throw error;
    }
  };

  onMessage('pageSeen', async ({ data }) => {
    const page = await recordPage(db, PageSeenSchema.parse(data), Date.now());
    return { profileId: page.profileId, official: page.official };
  });

  onMessage('postsSeen', async ({ data }) => {
    const { posts, ...request } = PostsSeenSchema.parse(data);
    const now = Date.now();
    const { added } = await writing(() => recordPosts(db, request.pageKey, posts, now));
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

  onMessage('classifyComments', async ({ data }) => {
    const { thread, comments } = ClassifyRequestSchema.parse(data);
    // Read for every batch: a page told of new lists must never be judged with the old ones.
    const options = toClassifyOptions(await wordListsItem.getValue());
    return thread ? classifyThread(comments, options) : comments.map((c) => classify(c.text, options));
  });

  onMessage('checkDraft', async ({ data }) => {
    const { text, isRepost, ...page } = CheckDraftSchema.parse(data);
    const [view, dictionary, lists] = await Promise.all([
      pageWeek(db, { ...page, oldestLoadedAt: null, now: Date.now() }),
      styleDictionaryItem.getValue(),
      wordListsItem.getValue(),
    ]);
    const style = checkStyle(text, dictionary);
    return {
      week: whatIf(view.status, { isRepost }),
      style: { ...style, findings: style.findings.slice(0, 100) },
      verdict: classify(text, toClassifyOptions(lists)),
    };
  });

  onMessage('logDecision', async ({ data }) => {
    const decision = LogDecisionSchema.parse(data);
    const moderator = (await moderatorNameItem.getValue()).trim() || DEFAULT_MODERATOR;
    const entry = await writing(() => logDecision(db, decision, moderator, Date.now(), crypto.randomUUID()));
    return { uid: entry.uid };
  });

  onMessage('logOutcome', async ({ data }) => {
    const { uid, outcome, note } = LogOutcomeSchema.parse(data);
    await writing(() => setOutcome(db, uid, outcome, note, Date.now()));
  });

  onMessage('authorHistory', ({ data }) => authorSummaries(db, AuthorKeysSchema.parse(data)));

  onMessage('getOverview', () => overview(db));

  // The classifier's tables and compiled patterns are built while no page waits for them: the
  // first page's comments would otherwise pay for them (a tenth of a second or more). After the
  // listeners, so that a message that woke the worker is not held up by more than this.
  setTimeout(warmUp, 0);
});

/** No lists: the classifier's own precompiled rules, with nothing to look up per comment. */
function toClassifyOptions(lists: WordLists): ClassifyOptions {
  const empty = lists.exceptions.length === 0 && lists.allowDomains.length === 0 && Object.values(lists.words).every((w) => w.length === 0);
  return empty ? {} : { words: lists.words, exceptions: lists.exceptions, allowDomains: lists.allowDomains };
}
