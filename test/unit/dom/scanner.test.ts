// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { startScanner, type PassStats, type ScanSource } from '~/utils/dom/scanner';

const tick = (ms = 40) => new Promise((resolve) => setTimeout(resolve, ms));
let controller = new AbortController();
afterEach(() => controller.abort());

function wall(n: number): HTMLElement {
  const root = document.createElement('div');
  for (let i = 0; i < n; i++) {
    const item = document.createElement('article');
    item.dataset.id = String(i);
    root.append(item);
  }
  document.body.replaceChildren(root);
  return root;
}

interface Item {
  id: string;
  ready: boolean;
}

function source(root: HTMLElement, log: string[]): ScanSource<Item> {
  return {
    candidates: () => [...root.querySelectorAll('article')],
    read: (el) => ({ id: (el as HTMLElement).dataset.id ?? '', ready: el.hasAttribute('data-ready') || !el.hasAttribute('data-late') }),
    isFinal: (item) => item.ready,
    found: (item) => log.push(item.id),
  };
}

describe('startScanner', () => {
  test('reads every item once, spreading the work over passes of the budget', async () => {
    const root = wall(50);
    const log: string[] = [];
    const passes: PassStats[] = [];
    // A fake clock: every reading of it costs 1 ms, so a 4 ms budget reads a few items a pass.
    let t = 0;
    controller = new AbortController();
    startScanner(root, [source(root, log)], { signal: controller.signal, budgetMs: 4, now: () => t++, onPass: (s) => passes.push(s) });
    for (let i = 0; i < 40 && log.length < 50; i++) await tick(20);
    expect(log).toEqual(Array.from({ length: 50 }, (_, i) => String(i)));
    expect(passes.length).toBeGreaterThan(5);
    expect(Math.max(...passes.map((p) => p.read))).toBeLessThanOrEqual(4);
    expect(passes.at(-1)?.remaining).toBe(0);
  });

  test('an item not final is read again after a later change, a final one never', async () => {
    const root = wall(3);
    root.children[1]!.setAttribute('data-late', '');
    const log: string[] = [];
    controller = new AbortController();
    startScanner(root, [source(root, log)], { signal: controller.signal });
    await tick();
    expect(log).toEqual(['0', '1', '2']);
    root.children[1]!.setAttribute('data-ready', '');
    root.append(document.createElement('section')); // any change
    await tick();
    expect(log).toEqual(['0', '1', '2', '1']);
    root.append(document.createElement('section'));
    await tick();
    expect(log).toEqual(['0', '1', '2', '1']);
  });

  test('items added later are read as they appear, and nothing after abort', async () => {
    const root = wall(2);
    const log: string[] = [];
    controller = new AbortController();
    startScanner(root, [source(root, log)], { signal: controller.signal });
    await tick();
    const more = document.createElement('article');
    more.dataset.id = 'new';
    root.append(more);
    await tick();
    expect(log).toEqual(['0', '1', 'new']);
    controller.abort();
    const late = document.createElement('article');
    late.dataset.id = 'late';
    root.append(late);
    await tick();
    expect(log).not.toContain('late');
  });
});

describe('a page still arriving', () => {
  test('an element not ready yet is left for a later pass, then read once', async () => {
    const root = wall(3);
    const log: string[] = [];
    let ready = false;
    controller = new AbortController();
    const schedule = startScanner(root, [source(root, log)], {
      signal: controller.signal,
      isReady: (el) => ready || (el as HTMLElement).dataset.id !== '2',
    });
    await tick();
    expect(log).toEqual(['0', '1']);
    ready = true;
    schedule();
    await tick();
    expect(log).toEqual(['0', '1', '2']);
    schedule();
    await tick();
    expect(log).toEqual(['0', '1', '2']);
  });
});
