/**
 * The content script's one loop, the same on every network:
 *
 *   location ──► adapter.pageFromUrl ──► page?   (none: overlay hidden, popup says so)
 *                                          │
 *   DOM mutations ──► startScanner ──► a pass once a frame, outside the observer callback, ≤ 4 ms:
 *                                          │  adapter.postElements → readPost, commentElements → readComment
 *                                          ├──► background: postsSeen ──► IndexedDB ──► WeekView
 *                                          └──► overlay (shadow root, Preact): week vs norm
 *
 * A page the adapter should understand but where it recognises no known markup shows the
 * "layout not recognised" state after a grace period, never silence.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_PLACEMENT, Overlay, type PanelPlacement } from '~/components/Overlay';
import overlayCss from '~/components/overlay.css?inline';
import type { CustomNumbers } from '~/components/ProfilePicker';
import { frameScheduler } from '~/utils/dom/batched-observer';
import { startScanner, type ScanSource } from '~/utils/dom/scanner';
import { onMessage, sendMessage, type PageStatus, type PostSeen, type ProfileChoice, type WeekView } from '~/utils/messages';
import type { PageRef, Post, SiteAdapter } from '~/utils/sites/types';
import { startComposer } from '~/utils/content/composer';
import { startModeration } from '~/utils/content/moderation';

/** How long a wall may take to render before an empty page counts as "not recognised". */
const RECOGNITION_GRACE_MS = 2500;
/** The overlay's figures follow a busy page at most this often. */
const DRAW_EVERY_MS = 200;
/** Posts found are sent in batches, at most this often. */
const SEND_DELAY_MS = 300;

const placementItem = storage.defineItem<PanelPlacement>('local:overlayPlacement', { fallback: DEFAULT_PLACEMENT });

export async function runOnPage(ctx: ContentScriptContext, adapter: SiteAdapter, doc: Document = document): Promise<void> {
  const win = doc.defaultView ?? window;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let status: PageStatus = emptyStatus(adapter, null, doc);
  let week: WeekView | null = null;
  let profiles: ProfileChoice[] | null = null;
  let session: Session | null = null;
  let placement = DEFAULT_PLACEMENT;
  // The panel is built while the page is already being read: reading waits for nothing.
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  const bodyReady = domReady(doc);
  void Promise.all([
    placementItem.getValue(),
    bodyReady.then(() =>
      createShadowRootUi<HTMLElement>(ctx, {
      name: 'norma-overlay',
      css: overlayCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount: (container) => container,
        onRemove: (container) => {
          if (container) render(null, container);
        },
      }),
    ),
  ]).then(([stored, created]) => {
    placement = stored;
    ui = created;
    ui.mount();
    ui.shadowHost.setAttribute('data-norma-ui', 'overlay');
    draw();
  }, reportError);

  const draw = (): void => {
    const container = ui?.mounted;
    if (!ui || !container) return;
    ui.shadowHost.hidden = status.page === null || status.official === false;
    render(
      h(Overlay, {
        status,
        week,
        profiles,
        browserZone: timeZone,
        placement,
        onPlacement: (next) => {
          placement = next;
          void placementItem.setValue(next);
        },
        onChooseProfile: (profileId, custom) => void session?.setProfile(profileId, custom, true),
        onNotOfficial: () => void session?.setProfile(null, undefined, false),
        onWantProfiles: () => {
          void sendMessage('listProfiles').then((list) => {
            profiles = list;
            draw();
          }, reportError);
        },
      }),
      container,
    );
  };

  interface Session {
    setProfile(profileId: string | null, custom: CustomNumbers | undefined, official: boolean | null): Promise<void>;
    refresh(): Promise<void>;
  }

  onMessage('getPageStatus', () => ({ ...status, week }));
  onMessage('pageChanged', () => session?.refresh());

  const startSession = (signal: AbortSignal): void => {
    const url = new URL(win.location.href);
    const page = adapter.pageFromUrl(url);
    status = emptyStatus(adapter, page, doc);
    week = null;
    draw();
    if (!page) {
      session = null;
      return;
    }
    session = startPageSession(page, url, signal);
  };

  const startPageSession = (page: PageRef, url: URL, signal: AbortSignal): Session => {
    const startedAt = Date.now();
    const stored = new Map<string, PostSeen>();
    let unsent: PostSeen[] = [];
    let sentOldest: number | null = null;
    let oldestLoadedAt: number | null = null;
    let sendTimer = 0;
    // Only a wall read from its newest post tells that nothing between its oldest post and now is missing.
    const fromTop = adapter.showsWallFromTop?.(url) ?? true;
    const request = () => ({ pageKey: page.key, network: page.network, timeZone, oldestLoadedAt: fromTop ? oldestLoadedAt : null });

    const composer = startComposer(adapter, page, doc, timeZone, signal);
    const show = (view: WeekView): void => {
      if (signal.aborted) return;
      week = view;
      status = { ...status, official: view.official };
      draw();
      composer.weekChanged();
    };

    const flushPosts = (): void => {
      if (signal.aborted) return;
      const batch = unsent;
      unsent = [];
      sentOldest = oldestLoadedAt;
      sendMessage('postsSeen', { ...request(), posts: batch }).then(show, (error: unknown) => {
        // Keep the batch: it goes again with the next one, or on a retry.
        unsent.push(...batch);
        sentOldest = null;
        reportError(error);
        if (!signal.aborted) sendTimer = win.setTimeout(flushPosts, 2000);
      });
    };

    // What the wall shows now, in page order (the candidates of the last pass) and as read.
    let postElements: Element[] = [];
    const readPosts = new WeakMap<Element, PostSeen>();
    const scanCtx = () => ({ now: Date.now(), timeZone });

    const postSource: ScanSource<Post> = {
      candidates: () => (postElements = adapter.postElements(doc)),
      read: (element) => adapter.readPost(element, scanCtx()),
      // A post whose date has not rendered yet is read again after the next change.
      isFinal: (post) => post.publishedAt !== null,
      found: (post, element) => {
        postsChanged = true;
        const seen: PostSeen = { id: post.id, publishedAt: post.publishedAt, isRepost: post.isRepost };
        readPosts.set(element, seen);
        const before = stored.get(post.id);
        if (!before || before.publishedAt !== seen.publishedAt || before.isRepost !== seen.isRepost) {
          stored.set(post.id, { ...seen, publishedAt: seen.publishedAt ?? before?.publishedAt ?? null });
          unsent.push(seen);
        }
      },
    };
    const moderation = startModeration(adapter, page, doc, timeZone, signal, () => afterPass());

    let postsChanged = false;
    const afterPass = (): void => {
      if (postsChanged) {
        postsChanged = false;
        const farEnd = oldestEnd(wallDates(postElements, readPosts), adapter.wallOrder ?? 'newest-first');
        if (farEnd !== null) oldestLoadedAt = oldestLoadedAt === null ? farEnd : Math.min(oldestLoadedAt, farEnd);
      }
      if (unsent.length > 0 || (oldestLoadedAt !== sentOldest && stored.size > 0)) {
        win.clearTimeout(sendTimer);
        sendTimer = win.setTimeout(flushPosts, SEND_DELAY_MS);
      }
      requestDraw();
    };
    // The overlay follows the page at most once a frame and, while a burst of work goes on, every
    // DRAW_EVERY_MS: each redraw of the panel costs the page a layout and a paint.
    let lastDraw = 0;
    let drawTimer = 0;
    const requestDraw = (): void => {
      const wait = lastDraw + DRAW_EVERY_MS - Date.now();
      if (wait <= 0) drawNow();
      else if (drawTimer === 0) drawTimer = win.setTimeout(() => ((drawTimer = 0), drawNow()), wait);
    };
    const drawNow = frameScheduler(
      win,
      () => {
        lastDraw = Date.now();
        let reposts = 0;
        for (const p of stored.values()) if (p.isRepost) reposts++;
        const generation = adapter.detectGeneration(doc);
        const { comments, flagged, handled } = moderation.summary();
        status = {
          ...status,
          title: doc.title,
          generation,
          unrecognised: generation === null && Date.now() - startedAt >= RECOGNITION_GRACE_MS,
          posts: stored.size,
          reposts,
          comments,
          flagged,
          handled,
        };
        draw();
      },
      { signal },
    );

    // The title is known once the page's head has been read.
    void domReady(doc)
      .then(() => sendMessage('pageSeen', { page, title: doc.title.slice(0, 500) }))
      .then(() => sendMessage('getWeek', request()))
      .then(show, reportError);

    // Started at document_start, the scanner reads the page while it is still arriving.
    const schedule = startScanner(doc.documentElement, [postSource, moderation.source], {
      signal,
      isReady: (element) => doc.readyState !== 'loading' || closedByParser(element),
      // The flags the extension inserts are not the page changing.
      ignore: (node) => node.nodeName.startsWith('NORMA-'),
      onPass: () => {
        moderation.afterPass();
        composer.afterPass();
        afterPass();
      },
    });
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => schedule(), { once: true, signal });
    // Re-check once the grace period is over, so a silent page turns into a visible warning.
    const graceTimer = win.setTimeout(schedule, RECOGNITION_GRACE_MS + 50);
    signal.addEventListener('abort', () => {
      win.clearTimeout(graceTimer);
      win.clearTimeout(sendTimer);
      win.clearTimeout(drawTimer);
    });

    return {
      async setProfile(profileId, custom, official) {
        try {
          show(await sendMessage('setPageProfile', { pageKey: page.key, network: page.network, timeZone, profileId, custom, official }));
        } catch (error) {
          reportError(error);
        }
      },
      async refresh() {
        try {
          show(await sendMessage('getWeek', request()));
        } catch (error) {
          reportError(error);
        }
      },
    };
  };

  // Single-page sites (VK, OK) change pages without reloading: each location is a new session.
  let current: AbortController | null = null;
  const restart = (): void => {
    current?.abort();
    current = new AbortController();
    startSession(current.signal);
  };
  ctx.onInvalidated(() => current?.abort());
  ctx.addEventListener(win, 'wxt:locationchange', restart);
  restart();
}

/** Resolves once the page's markup has been read (at once when it already has). */
function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * The HTML parser builds in document order: once something follows an element or one of its
 * ancestors, the element's own content is complete.
 */
function closedByParser(element: Element): boolean {
  for (let node: Node | null = element; node && node.nodeType === 1; node = node.parentNode) {
    if (node.nextSibling) return true;
  }
  return false;
}

/** The wall's dates in page order, each post once: a post shown again (VK's post layer) keeps its first place. */
function wallDates(elements: readonly Element[], read: WeakMap<Element, PostSeen>): (number | null)[] {
  const ids = new Set<string>();
  const dates: (number | null)[] = [];
  for (const element of elements) {
    const post = read.get(element);
    if (!post || ids.has(post.id)) continue;
    ids.add(post.id);
    dates.push(post.publishedAt);
  }
  return dates;
}

/** The date of the dated post at the wall's old end (a pinned post sits at the new end). */
function oldestEnd(dates: readonly (number | null)[], order: 'newest-first' | 'oldest-first'): number | null {
  const n = dates.length;
  for (let i = 0; i < n; i++) {
    const at = dates[order === 'newest-first' ? n - 1 - i : i];
    if (at != null) return at;
  }
  return null;
}

function emptyStatus(adapter: SiteAdapter, page: PageRef | null, doc: Document): PageStatus {
  return { network: adapter.network, page, title: doc.title, generation: null, unrecognised: false, posts: 0, reposts: 0, comments: 0, flagged: 0, handled: 0, official: null };
}

function reportError(error: unknown): void {
  // The background may be restarting; the next scan sends again what was not stored.
  console.warn('[Норма]', error);
}
