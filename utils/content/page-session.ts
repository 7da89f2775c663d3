/**
 * The content script's one loop, the same on every network:
 *
 *   location ──► adapter.pageFromUrl ──► page?   (none: overlay hidden, popup says so)
 *                                          │
 *   DOM mutations ──► observeBatched ──► scan() once a frame, outside the observer callback
 *                                          │  adapter.findPosts / findComments (site-neutral items)
 *                                          ├──► overlay (shadow root, Preact)
 *                                          └──► background: pageSeen, postsSeen (stored in IndexedDB)
 *
 * A page the adapter should understand but where it recognises no known markup shows the
 * "layout not recognised" state after a grace period, never silence.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay } from '~/components/Overlay';
import overlayCss from '~/components/overlay.css?inline';
import { observeBatched } from '~/utils/dom/batched-observer';
import { onMessage, sendMessage, type PageStatus, type PostSeen } from '~/utils/messages';
import type { PageRef, SiteAdapter } from '~/utils/sites/types';

/** How long a wall may take to render before an empty page counts as "not recognised". */
const RECOGNITION_GRACE_MS = 2500;

export async function runOnPage(ctx: ContentScriptContext, adapter: SiteAdapter, doc: Document = document): Promise<void> {
  const win = doc.defaultView ?? window;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let status: PageStatus = emptyStatus(adapter, null, doc);
  let session: AbortController | null = null;

  const ui = await createShadowRootUi<HTMLElement>(ctx, {
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
  });
  ui.mount();
  ui.shadowHost.setAttribute('data-norma-ui', 'overlay');

  const draw = (): void => {
    const container = ui.mounted;
    if (!container) return;
    ui.shadowHost.hidden = status.page === null;
    render(h(Overlay, { status }), container);
  };

  onMessage('getPageStatus', () => status);

  const startSession = (): void => {
    session?.abort();
    const controller = new AbortController();
    session = controller;
    const { signal } = controller;
    ctx.onInvalidated(() => controller.abort());

    const page = adapter.pageFromUrl(new URL(win.location.href));
    status = emptyStatus(adapter, page, doc);
    draw();
    if (!page) return;

    const startedAt = Date.now();
    const stored = new Map<string, PostSeen>();
    let unsent: PostSeen[] = [];
    let sendTimer = 0;

    void sendMessage('pageSeen', { page, title: doc.title.slice(0, 500) }).catch(reportError);

    const flushPosts = (): void => {
      if (signal.aborted || unsent.length === 0) return;
      const batch = unsent;
      unsent = [];
      void sendMessage('postsSeen', { pageKey: page.key, posts: batch }).catch((error: unknown) => {
        // Keep the batch: it goes again with the next one, or on a retry.
        unsent.push(...batch);
        reportError(error);
        if (!signal.aborted) sendTimer = win.setTimeout(flushPosts, 2000);
      });
    };

    const scan = (): void => {
      const ctxScan = { now: Date.now(), timeZone };
      const posts = adapter.findPosts(doc, ctxScan);
      const comments = adapter.findComments(doc, ctxScan);
      const generation = adapter.detectGeneration(doc);
      for (const post of posts) {
        const seen: PostSeen = { id: post.id, publishedAt: post.publishedAt, isRepost: post.isRepost };
        const before = stored.get(post.id);
        if (!before || before.publishedAt !== seen.publishedAt || before.isRepost !== seen.isRepost) {
          stored.set(post.id, seen);
          unsent.push(seen);
        }
      }
      if (unsent.length) {
        win.clearTimeout(sendTimer);
        sendTimer = win.setTimeout(flushPosts, 300);
      }
      const reposts = [...stored.values()].filter((p) => p.isRepost).length;
      status = {
        ...status,
        title: doc.title,
        generation,
        unrecognised: generation === null && Date.now() - startedAt >= RECOGNITION_GRACE_MS,
        posts: stored.size,
        reposts,
        comments: comments.length,
      };
      draw();
    };

    const schedule = observeBatched(doc.body, scan, { signal });
    schedule();
    // Re-check once the grace period is over, so a silent page turns into a visible warning.
    const graceTimer = win.setTimeout(schedule, RECOGNITION_GRACE_MS + 50);
    signal.addEventListener('abort', () => {
      win.clearTimeout(graceTimer);
      win.clearTimeout(sendTimer);
      flushPosts();
    });
  };

  ctx.addEventListener(win, 'wxt:locationchange', startSession);
  startSession();
}

function emptyStatus(adapter: SiteAdapter, page: PageRef | null, doc: Document): PageStatus {
  return { network: adapter.network, page, title: doc.title, generation: null, unrecognised: false, posts: 0, reposts: 0, comments: 0 };
}

function reportError(error: unknown): void {
  // The background may be restarting; the next scan sends again what was not stored.
  console.warn('[Норма]', error);
}
