import { render, type VNode } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { browser } from 'wxt/browser';
import ru from '~/public/_locales/ru/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The Russian message of `key` as a browser fills it in: `$NAME$` placeholders, then `$1`… */
function russian(key: string, subs?: string | string[]): string {
  const list = Array.isArray(subs) ? subs : subs === undefined ? [] : [subs];
  const m = (ru as Messages)[key];
  if (!m) return '';
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => (m.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/, (__, k: string) => list[Number(k) - 1] ?? ''));
}

const roots: HTMLElement[] = [];

/**
 * Components in a Russian browser: the fake browser has no i18n, so its messages come from the
 * extension's Russian locale; whatever `mount` rendered is unmounted after each test.
 */
export function useRussianUi(): void {
  beforeEach(() => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(russian);
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('ru');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const root of roots.splice(0)) {
      render(null, root);
      root.remove();
    }
  });
}

/** Renders `node` into a fresh element of the document; returns that element. */
export function mount(node: VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  render(node, root);
  return root;
}
