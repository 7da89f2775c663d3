/**
 * The panel under the network's post editor (and its share dialog):
 *
 *   scanner pass ──► (at most every 250 ms) composer.editors(page) ──► a <norma-composer> after each new editor's form
 *   typing (input) ──► 300 ms after the last key ──► background: checkDraft ──► the panel
 *
 * The draft goes to the extension's own worker only (norms, style, classifier); never off the device.
 */
import { h, render } from 'preact';
import { ComposerPanel } from '~/components/ComposerPanel';
import composerCss from '~/components/composer.css?inline';
import { shadowHost } from '~/utils/content/shadow';
import { sendMessage, type DraftCheck } from '~/utils/messages';
import type { PageRef, SiteAdapter } from '~/utils/sites/types';

const TYPING_PAUSE_MS = 300;
/**
 * The editors are looked for at most this often: the search walks the whole page, and a page
 * that is still arriving has a scanner pass every frame. An editor the moderator opens gets its
 * panel within this time.
 */
const SEARCH_EVERY_MS = 250;

export interface Composer {
  /** After a scanner pass: panels for editors that appeared. */
  afterPass(): void;
  /** The page's week changed (posts stored, profile chosen): check the drafts again. */
  weekChanged(): void;
}

export function startComposer(adapter: SiteAdapter, page: PageRef, doc: Document, timeZone: string, signal: AbortSignal): Composer {
  const reader = adapter.composer;
  const win = doc.defaultView ?? window;
  const watched = new WeakSet<Element>();
  const recheck = new Set<() => void>();
  if (!reader) return { afterPass: () => undefined, weekChanged: () => undefined };

  const watch = (editor: Element): void => {
    watched.add(editor);
    const isRepost = reader.isRepost(editor);
    const { host, container } = shadowHost(doc, 'norma-composer', composerCss);
    host.setAttribute('data-norma-ui', isRepost ? 'composer-repost' : 'composer');
    reader.anchor(editor).insertAdjacentElement('afterend', host);
    let check: DraftCheck | null = null;
    let timer = 0;
    let asked = 0;
    const draw = () => render(h(ComposerPanel, { check, isRepost }), container);
    const run = (): void => {
      const text = reader.text(editor).trim();
      const ticket = ++asked;
      if (!text) {
        check = null;
        return draw();
      }
      sendMessage('checkDraft', { pageKey: page.key, network: page.network, timeZone, text: text.slice(0, 20_000), isRepost }).then((result) => {
        // Only the answer to the latest text counts: an older, slower one is dropped.
        if (ticket !== asked || signal.aborted) return;
        check = result;
        draw();
      }, () => undefined);
    };
    const onInput = (): void => {
      win.clearTimeout(timer);
      timer = win.setTimeout(run, TYPING_PAUSE_MS);
    };
    editor.addEventListener('input', onInput);
    recheck.add(run);
    signal.addEventListener('abort', () => {
      recheck.delete(run);
      win.clearTimeout(timer);
      editor.removeEventListener('input', onInput);
      render(null, container);
      host.remove();
    });
    draw();
    run();
  };

  let lastSearch = -Infinity;
  let searchTimer = 0;
  const search = (): void => {
    searchTimer = 0;
    if (signal.aborted) return;
    lastSearch = win.performance.now();
    for (const editor of reader.editors(doc)) if (!watched.has(editor)) watch(editor);
  };
  signal.addEventListener('abort', () => win.clearTimeout(searchTimer));

  return {
    afterPass: () => {
      if (searchTimer !== 0) return;
      const wait = lastSearch + SEARCH_EVERY_MS - win.performance.now();
      if (wait <= 0) search();
      else searchTimer = win.setTimeout(search, wait);
    },
    weekChanged: () => recheck.forEach((run) => run()),
  };
}
