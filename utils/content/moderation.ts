/**
 * Comment moderation on a page:
 *
 *   scanner ──► readComment ──► classify (on the device) ──► data-norma-verdict on the comment
 *                                   │ flagged?
 *                                   └──► <norma-flag> after the comment (shadow root, Preact)
 *   thread settles ──► classifyThread per post (repeated text, floods) ──► flags updated
 *   decision ──► background: logDecision (pending) ──► the network's own control ──► seen done?
 *            ──► background: logOutcome (done / failed)
 */
import { h, render } from 'preact';
import { Flag, type FlagState } from '~/components/Flag';
import flagCss from '~/components/flag.css?inline';
import { classify, classifyThread } from '~/utils/classify';
import type { Action, ClassifyOptions, Verdict } from '~/utils/classify/types';
import type { Decision } from '~/utils/db/database';
import type { AuthorSummary } from '~/utils/db/moderation';
import { banAuthor, deleteComment } from '~/utils/content/actions';
import { sendMessage } from '~/utils/messages';
import { authorKey, verdictAttribute, vkBanReason } from '~/utils/moderation/verdict';
import { addException, wordListsItem, type WordLists } from '~/utils/settings';
import type { Comment, PageRef, SiteAdapter } from '~/utils/sites/types';
import type { ScanSource } from '~/utils/dom/scanner';

interface Entry {
  comment: Comment;
  element: Element;
  verdict: Verdict;
  author: string | null;
  host: HTMLElement | null;
  container: HTMLElement | null;
  state: FlagState;
  exceptionAdded: string | null;
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
/** Events that must not reach the page's own handlers from inside a flag. */
const ISOLATED_EVENTS = ['click', 'mousedown', 'mouseup', 'keydown', 'keyup', 'keypress', 'input', 'focusin'];
const THREAD_DELAY_MS = 400;

export function startModeration(adapter: SiteAdapter, page: PageRef, doc: Document, signal: AbortSignal, onChange: () => void): Moderation {
  const win = doc.defaultView ?? window;
  const entries = new Map<Element, Entry>();
  const histories = new Map<string, AuthorSummary | null>();
  const askedAuthors = new Set<string>();
  let options: ClassifyOptions = {};
  let threadTimer = 0;
  let threadDirty = false;
  let handled = 0;

  const applyLists = (lists: WordLists) => {
    options = { words: lists.words, exceptions: lists.exceptions, allowDomains: lists.allowDomains };
  };
  // Word lists apply at once: every comment not yet acted on is checked again.
  void wordListsItem.getValue().then((lists) => {
    applyLists(lists);
    reclassifyAll();
  });
  const unwatch = wordListsItem.watch((lists) => {
    applyLists(lists);
    reclassifyAll();
  });
  signal.addEventListener('abort', () => {
    unwatch();
    win.clearTimeout(threadTimer);
  });

  function reclassifyAll(): void {
    if (signal.aborted) return;
    for (const entry of entries.values()) {
      if (entry.state.kind !== 'idle') continue;
      entry.verdict = classify(entry.comment.text, options);
      show(entry);
    }
    scheduleThread();
    onChange();
  }

  function show(entry: Entry): void {
    entry.element.setAttribute('data-norma-verdict', verdictAttribute(entry.verdict));
    const flagged = entry.verdict.action !== 'none';
    if (!flagged && entry.host && entry.state.kind === 'idle') {
      render(null, entry.container!);
      entry.host.remove();
      entry.host = entry.container = null;
      return;
    }
    if (!flagged) return;
    if (!entry.host) mount(entry);
    draw(entry);
  }

  function mount(entry: Entry): void {
    const host = doc.createElement('norma-flag');
    host.setAttribute('data-norma-comment', entry.comment.id);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = flagCss;
    const container = doc.createElement('div');
    shadow.append(style, container);
    for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
    entry.element.insertAdjacentElement('afterend', host);
    entry.host = host;
    entry.container = container;
  }

  function draw(entry: Entry): void {
    if (!entry.container) return;
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
    if (entry.state.kind === 'working') return;
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
        categories: entry.verdict.categories,
        terms: [...new Set(entry.verdict.matches.map((m) => m.term))].slice(0, 100),
        rulesetVersion: entry.verdict.ruleset,
        decision,
      }));
    } catch (error) {
      // Not logged, not done: a decision is never carried out without its record.
      setState(entry, { kind: 'log-error', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (entry.author) histories.delete(entry.author);
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
    const banned = await banAuthor(controls, entry.element.isConnected ? entry.element : scope, doc, vkBanReason(entry.verdict.categories));
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
    // One thread a task, so a long page never blocks the tab.
    const next = (): void => {
      const thread = threads.shift();
      if (!thread || signal.aborted) return onChange();
      const verdicts = classifyThread(thread.map((e) => ({ id: e.comment.id, authorId: e.author, text: e.comment.text })), options);
      thread.forEach((entry, i) => {
        const v = verdicts[i];
        if (v && entry.state.kind === 'idle' && SEVERITY[v.action] > SEVERITY[entry.verdict.action]) {
          entry.verdict = v;
          show(entry);
        }
      });
      win.setTimeout(next, 0);
    };
    next();
  }

  function askHistories(): void {
    const keys: string[] = [];
    for (const entry of entries.values()) {
      if (entry.author && entry.verdict.action !== 'none' && !askedAuthors.has(entry.author)) {
        askedAuthors.add(entry.author);
        keys.push(entry.author);
      }
    }
    if (keys.length === 0) return;
    sendMessage('authorHistory', keys).then((found) => {
      for (const key of keys) histories.set(key, found[key] ?? null);
      for (const entry of entries.values()) if (entry.author && keys.includes(entry.author)) draw(entry);
    }, () => keys.forEach((k) => askedAuthors.delete(k)));
  }

  const source: ScanSource<Comment> = {
    candidates: () => adapter.commentElements(doc),
    read: (element) => adapter.readComment(element, { now: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    found: (comment, element) => {
      const entry: Entry = {
        comment,
        element,
        verdict: classify(comment.text, options),
        author: authorKey(page.network, comment.author),
        host: null,
        container: null,
        state: { kind: 'idle' },
        exceptionAdded: null,
      };
      entries.set(element, entry);
      show(entry);
      scheduleThread();
    },
  };

  return {
    source,
    afterPass: askHistories,
    summary: () => {
      let flagged = 0;
      for (const e of entries.values()) if (e.verdict.action !== 'none') flagged++;
      return { comments: entries.size, flagged, handled };
    },
  };
}
