/**
 * Comment moderation on a page:
 *
 *   scanner ──► readComment ──► background: classifyComments (on the device, in the extension's
 *               worker, so the classifier never loads into pages) ──► data-norma-verdict on the comment
 *                                   │ flagged?
 *                                   └──► <norma-flag> after the comment (shadow root, Preact)
 *   thread settles ──► classifyComments per post, as a thread (repeated text, floods) ──► flags updated
 *   decision ──► background: logDecision (pending) ──► the network's own control ──► seen done?
 *            ──► background: logOutcome (done / failed)
 */
import { h, render } from 'preact';
import { Flag, type FlagState } from '~/components/Flag';
import flagCss from '~/components/flag.css?inline';
import type { Action, Verdict } from '~/utils/classify/types';
import type { Decision } from '~/utils/db/database';
import type { AuthorSummary } from '~/utils/db/moderation';
import { banAuthor, deleteComment } from '~/utils/content/actions';
import { shadowHost } from '~/utils/content/shadow';
import { sendMessage } from '~/utils/messages';
import { authorKey, verdictAttribute, vkBanReason } from '~/utils/moderation/verdict';
import { addException, wordListsItem } from '~/utils/settings';
import type { Comment, PageRef, SiteAdapter } from '~/utils/sites/types';
import { taskScheduler } from '~/utils/dom/batched-observer';
import type { ScanSource } from '~/utils/dom/scanner';

interface Entry {
  comment: Comment;
  element: Element;
  /** Null until the background has judged the comment. */
  verdict: Verdict | null;
  author: string | null;
  host: HTMLElement | null;
  container: HTMLElement | null;
  state: FlagState;
  exceptionAdded: string | null;
  /** Counted among the page's flagged comments. */
  counted: boolean;
  /** In the queue of flags to build. */
  queued: boolean;
  /** Watched until it comes near the screen. */
  watched: boolean;
}

export interface ModerationSummary {
  comments: number;
  flagged: number;
  handled: number;
}

export interface Moderation {
  source: ScanSource<Comment>;
  /** After each scanner pass: ask the log about new authors, schedule the thread check. */
  afterPass(): void;
  summary(): ModerationSummary;
}

const SEVERITY: Record<Action, number> = { none: 0, review: 1, delete: 2, delete_and_blacklist: 3 };
const THREAD_DELAY_MS = 400;
const HISTORY_DELAY_MS = 200;
/** Comments read are sent for judging together: up to this many, after this short wait. */
const CLASSIFY_BATCH = 250;
const CLASSIFY_DELAY_MS = 16;
/** Milliseconds of flag building a task may take, and the longest a built flag waits to be shown. */
const MOUNT_BUDGET_MS = 4;
const INSERT_EVERY_MS = 150;

export function startModeration(adapter: SiteAdapter, page: PageRef, doc: Document, timeZone: string, signal: AbortSignal, onChange: () => void): Moderation {
  const win = doc.defaultView ?? window;
  const entries = new Map<Element, Entry>();
  const histories = new Map<string, AuthorSummary | null>();
  const askedAuthors = new Set<string>();
  let threadTimer = 0;
  let classifyTimer = 0;
  /** Comments read but not judged yet, sent to the background in batches. */
  const unjudged: Entry[] = [];
  let threadDirty = false;
  let handled = 0;
  let flaggedCount = 0;
  let historyTimer = 0;
  /** Authors of newly flagged comments, to ask the log about after the pass. */
  let newAuthors: string[] = [];

  // Word lists apply at once: every comment not yet acted on is judged again (the background reads the lists).
  const unwatch = wordListsItem.watch(() => reclassifyAll());
  signal.addEventListener('abort', () => {
    unwatch();
    win.clearTimeout(threadTimer);
    win.clearTimeout(historyTimer);
    win.clearTimeout(classifyTimer);
  });

  function reclassifyAll(): void {
    if (signal.aborted) return;
    for (const entry of entries.values()) if (entry.state.kind === 'idle' && !unjudged.includes(entry)) unjudged.push(entry);
    judgeSoon();
  }

  function judgeSoon(): void {
    if (classifyTimer === 0) classifyTimer = win.setTimeout(judge, CLASSIFY_DELAY_MS);
  }

  /** Sends what was read for judging, in batches; a failed batch is tried again. */
  function judge(): void {
    classifyTimer = 0;
    if (signal.aborted || unjudged.length === 0) return;
    const batch = unjudged.splice(0, CLASSIFY_BATCH);
    if (unjudged.length > 0) judgeSoon();
    sendMessage('classifyComments', { thread: false, comments: batch.map((e) => ({ id: e.comment.id, authorId: e.author, text: e.comment.text })) }).then(
      (verdicts) => {
        batch.forEach((entry, i) => {
          const verdict = verdicts[i];
          if (!verdict || (entry.state.kind !== 'idle' && entry.verdict)) return;
          entry.verdict = verdict;
          show(entry);
        });
        scheduleThread();
        onChange();
      },
      () => {
        unjudged.push(...batch);
        if (!signal.aborted) classifyTimer = win.setTimeout(judge, 1000);
      },
    );
  }

  function show(entry: Entry): void {
    if (!entry.verdict) return;
    entry.element.setAttribute('data-norma-verdict', verdictAttribute(entry.verdict));
    const flagged = entry.verdict.action !== 'none';
    if (flagged !== entry.counted) {
      flaggedCount += flagged ? 1 : -1;
      entry.counted = flagged;
      if (flagged && entry.author && !askedAuthors.has(entry.author)) newAuthors.push(entry.author);
    }
    if (!flagged && entry.host && entry.state.kind === 'idle') {
      render(null, entry.container!);
      entry.host.remove();
      entry.host = entry.container = null;
      return;
    }
    if (!flagged) return;
    if (entry.host) draw(entry);
    else if (!entry.watched) {
      // The flag is built when its comment comes near the screen: a long page costs only what is seen.
      entry.watched = true;
      nearScreen.observe(entry.element);
    }
  }

  const nearScreen = new win.IntersectionObserver(
    (records) => {
      for (const record of records) {
        if (!record.isIntersecting) continue;
        nearScreen.unobserve(record.target);
        const entry = entries.get(record.target);
        if (entry && !entry.host && !entry.queued) {
          entry.queued = true;
          toMount.push(entry);
        }
      }
      if (toMount.length > 0) mountSoon();
    },
    // Two screens ahead and behind: flags are ready before the moderator scrolls to them.
    { rootMargin: '200% 0px' },
  );
  signal.addEventListener('abort', () => nearScreen.disconnect());

  /**
   * New flags are built off the page, a few milliseconds at a time, and put in place together:
   * the page lays itself out once for a burst of flags, not once a frame while they arrive.
   */
  const toMount: Entry[] = [];
  const built: Entry[] = [];
  let lastInsert = 0;
  const mountSoon = taskScheduler(buildFlags, signal);
  function buildFlags(): void {
    const started = win.performance.now();
    while (toMount.length > 0 && win.performance.now() - started < MOUNT_BUDGET_MS) {
      const entry = toMount.shift()!;
      entry.queued = false;
      if (entry.host || !entry.verdict || entry.verdict.action === 'none' || !entry.element.isConnected) continue;
      mount(entry);
      draw(entry);
      built.push(entry);
    }
    const now = win.performance.now();
    if (toMount.length === 0 || now - lastInsert > INSERT_EVERY_MS) {
      lastInsert = now;
      for (const entry of built.splice(0)) {
        if (entry.element.isConnected) entry.element.insertAdjacentElement('afterend', entry.host!);
      }
    }
    if (toMount.length > 0) mountSoon();
  }

  function mount(entry: Entry): void {
    const { host, container } = shadowHost(doc, 'norma-flag', flagCss);
    host.setAttribute('data-norma-comment', entry.comment.id);
    entry.host = host;
    entry.container = container;
  }

  function draw(entry: Entry): void {
    if (!entry.container || !entry.verdict) return;
    const controls = adapter.moderation;
    render(
      h(Flag, {
        text: entry.comment.text,
        verdict: entry.verdict,
        history: entry.author ? (histories.get(entry.author) ?? null) : null,
        state: entry.state,
        commentUrl: controls?.commentUrl(entry.comment) ?? null,
        blacklistUrl: controls?.blacklistUrl(page.key, entry.element) ?? null,
        exceptionAdded: entry.exceptionAdded,
        onDecide: (decision) => void decide(entry, decision),
        onAddException: (term) => {
          void addException(term).then(() => {
            entry.exceptionAdded = term;
            draw(entry);
          });
        },
      }),
      entry.container,
    );
  }

  function setState(entry: Entry, state: FlagState): void {
    const wasHandled = entry.state.kind === 'done' || entry.state.kind === 'ban-manual';
    entry.state = state;
    const isHandled = state.kind === 'done' || state.kind === 'ban-manual';
    handled += Number(isHandled) - Number(wasHandled);
    draw(entry);
    onChange();
  }

  async function decide(entry: Entry, decision: Decision): Promise<void> {
    const verdict = entry.verdict;
    if (entry.state.kind === 'working' || !verdict) return;
    setState(entry, { kind: 'working', decision });
    const controls = adapter.moderation;
    let uid: string;
    try {
      ({ uid } = await sendMessage('logDecision', {
        network: page.network,
        pageKey: page.key,
        postId: entry.comment.postId,
        commentId: entry.comment.id,
        commentUrl: controls?.commentUrl(entry.comment) ?? null,
        authorKey: entry.author,
        author: entry.comment.author,
        text: entry.comment.text,
        categories: verdict.categories,
        terms: [...new Set(verdict.matches.map((m) => m.term))].slice(0, 100),
        rulesetVersion: verdict.ruleset,
        decision,
      }));
    } catch (error) {
      // Not logged, not done: a decision is never carried out without its record.
      setState(entry, { kind: 'log-error', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (entry.author) {
      // The next look at this author asks the log again, now with this decision.
      histories.delete(entry.author);
      askedAuthors.delete(entry.author);
    }
    if (decision === 'dismiss') return setState(entry, { kind: 'done', decision });

    const outcome = (result: 'done' | 'failed', note: string | null) => sendMessage('logOutcome', { uid, outcome: result, note }).catch(() => undefined);
    if (!controls || !controls.deleteControl(entry.element)) {
      await outcome('failed', 'На странице нет кнопки удаления: удалите вручную.');
      return setState(entry, { kind: 'no-control', decision });
    }
    const scope = entry.element.parentElement ?? doc.body;
    const deleted = await deleteComment(controls, entry.element, doc);
    if (!deleted.ok) {
      await outcome('failed', 'Сеть не подтвердила удаление.');
      return setState(entry, { kind: 'not-confirmed', decision });
    }
    if (decision === 'delete') {
      await outcome('done', null);
      return setState(entry, { kind: 'done', decision });
    }
    const banned = await banAuthor(controls, entry.element.isConnected ? entry.element : scope, doc, vkBanReason(verdict.categories));
    if (banned.ok) {
      await outcome('done', null);
      return setState(entry, { kind: 'done', decision });
    }
    await outcome('failed', 'Комментарий удалён; автора нужно внести в чёрный список вручную.');
    setState(entry, { kind: 'ban-manual' });
  }

  /** Repeated texts and floods need the whole thread: checked once the thread stops growing. */
  function scheduleThread(): void {
    threadDirty = true;
    win.clearTimeout(threadTimer);
    threadTimer = win.setTimeout(runThreads, THREAD_DELAY_MS);
  }

  function runThreads(): void {
    if (!threadDirty || signal.aborted) return;
    threadDirty = false;
    const byPost = new Map<string, Entry[]>();
    for (const entry of entries.values()) {
      const key = entry.comment.postId ?? '';
      const list = byPost.get(key) ?? [];
      list.push(entry);
      byPost.set(key, list);
    }
    const threads = [...byPost.values()].filter((list) => list.length > 1);
    for (const thread of threads) {
      sendMessage('classifyComments', { thread: true, comments: thread.map((e) => ({ id: e.comment.id, authorId: e.author, text: e.comment.text })) }).then(
        (verdicts) => {
          thread.forEach((entry, i) => {
            const v = verdicts[i];
            if (v && entry.verdict && entry.state.kind === 'idle' && SEVERITY[v.action] > SEVERITY[entry.verdict.action]) {
              entry.verdict = v;
              show(entry);
            }
          });
          onChange();
        },
        () => undefined,
      );
    }
  }

  function askHistories(): void {
    const keys = [...new Set(newAuthors)].filter((k) => !askedAuthors.has(k));
    newAuthors = [];
    if (keys.length === 0) return;
    for (const key of keys) askedAuthors.add(key);
    sendMessage('authorHistory', keys).then(
      (found) => {
        const asked = new Set(keys);
        for (const key of keys) histories.set(key, found[key] ?? null);
        for (const entry of entries.values()) if (entry.host && entry.author && asked.has(entry.author)) draw(entry);
      },
      () => keys.forEach((k) => askedAuthors.delete(k)),
    );
  }

  const source: ScanSource<Comment> = {
    candidates: () => adapter.commentElements(doc),
    read: (element) => adapter.readComment(element, { now: Date.now(), timeZone }),
    found: (comment, element) => {
      const entry: Entry = {
        comment,
        element,
        verdict: null,
        author: authorKey(page.network, comment.author),
        host: null,
        container: null,
        state: { kind: 'idle' },
        exceptionAdded: null,
        counted: false,
        queued: false,
        watched: false,
      };
      entries.set(element, entry);
      unjudged.push(entry);
      judgeSoon();
    },
  };

  return {
    source,
    afterPass: () => {
      // Asked in one message for the authors of a whole burst of passes.
      if (newAuthors.length > 0 && historyTimer === 0) {
        historyTimer = win.setTimeout(() => {
          historyTimer = 0;
          askHistories();
        }, HISTORY_DELAY_MS);
      }
    },
    summary: () => ({ comments: entries.size, flagged: flaggedCount, handled }),
  };
}
