// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';

// The panel asks the worker about the draft: here no draft is typed, so nothing is asked.
vi.mock('~/utils/messages', () => ({ sendMessage: vi.fn(() => new Promise(() => undefined)) }));
// What the panel shows is the e2e tests' (test/e2e/composer.spec.ts); here, where panels go.
vi.mock('~/components/ComposerPanel', () => ({ ComposerPanel: () => null }));

const { startComposer } = await import('~/utils/content/composer');
type Adapter = Parameters<typeof startComposer>[0];

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function adapterCounting(searches: { n: number }): Adapter {
  return {
    composer: {
      editors: (root: ParentNode) => {
        searches.n++;
        return [...root.querySelectorAll('textarea.editor')];
      },
      text: (editor: Element) => (editor as HTMLTextAreaElement).value,
      isRepost: () => false,
      anchor: (editor: Element) => editor,
    },
  } as unknown as Adapter;
}

const PAGE = { network: 'vk', key: 'vk:club1', url: 'https://vk.com/club1' } as unknown as Parameters<typeof startComposer>[1];
const panels = (): number => document.querySelectorAll('norma-composer').length;

/** A page session on the current document, with a fake clock; the searches are counted. */
function start(searches: { n: number }): ReturnType<typeof startComposer> {
  vi.useFakeTimers();
  controller = new AbortController();
  return startComposer(adapterCounting(searches), PAGE, document, 'Europe/Moscow', controller.signal);
}

function addEditor(): void {
  const editor = document.createElement('textarea');
  editor.className = 'editor';
  document.body.append(editor);
}

describe('the composer looks for editors', () => {
  test('at once on the first pass, then at most every 250 ms however many passes come', () => {
    document.body.replaceChildren();
    addEditor();
    const searches = { n: 0 };
    const composer = start(searches);
    composer.afterPass();
    expect(searches.n).toBe(1);
    expect(panels()).toBe(1);
    // A page still arriving: a pass every frame.
    for (let i = 0; i < 12; i++) {
      vi.advanceTimersByTime(16);
      composer.afterPass();
    }
    expect(searches.n).toBeLessThanOrEqual(2);
    vi.advanceTimersByTime(250);
    expect(searches.n).toBeLessThanOrEqual(3);
  });

  test('an editor that appears during a burst of passes gets its panel when the burst is over', () => {
    document.body.replaceChildren();
    const searches = { n: 0 };
    const composer = start(searches);
    composer.afterPass();
    expect(panels()).toBe(0);
    vi.advanceTimersByTime(16);
    addEditor();
    composer.afterPass(); // the pass that follows the editor's arrival, and no pass after it
    expect(panels()).toBe(0);
    vi.advanceTimersByTime(250);
    expect(panels()).toBe(1);
    // Found once: a later search does not add a second panel.
    vi.advanceTimersByTime(300);
    composer.afterPass();
    expect(panels()).toBe(1);
  });

  test('nothing is looked for after the page session ends', () => {
    document.body.replaceChildren();
    const searches = { n: 0 };
    const composer = start(searches);
    composer.afterPass();
    composer.afterPass();
    controller.abort();
    addEditor();
    vi.advanceTimersByTime(1000);
    expect(searches.n).toBe(1);
    expect(panels()).toBe(0);
  });
});
