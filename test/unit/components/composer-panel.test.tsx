// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ComposerPanel } from '~/components/ComposerPanel';
import ru from '~/public/_locales/ru/messages.json';
import { classify } from '~/utils/classify';
import type { DraftCheck } from '~/utils/messages';
import { checkStyle } from '~/utils/style/check';

let root: HTMLElement | null = null;
// The fake browser has no i18n: the Russian messages, placeholders filled in order.
beforeEach(() => {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => {
    const list = Array.isArray(subs) ? subs : subs === undefined ? [] : [subs];
    const m = (ru as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)[key];
    if (!m) return '';
    return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/, (__, k: string) => list[Number(k) - 1] ?? '');
    });
  });
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('ru');
});
afterEach(() => {
  vi.restoreAllMocks();
  if (root) render(null, root);
  root?.remove();
  root = null;
});

/** The panel for a draft, with a week that breaks nothing (the week's own tests are elsewhere). */
function panel(text: string): HTMLElement {
  const check = {
    week: { status: { citations: [] }, breaksCap: false, message: 'После публикации: 4 из 7 за неделю', messageEn: '' },
    style: checkStyle(text),
    verdict: classify(text),
  } as unknown as DraftCheck;
  root = document.createElement('div');
  document.body.append(root);
  render(<ComposerPanel check={check} isRepost={false} />, root);
  return root.querySelector('[data-testid="norma-composer"]') as HTMLElement;
}

describe('the composer panel on the classifier', () => {
  test('what the page deletes in comments is named as a violation of the post', () => {
    const el = panel('Подробности у меня в лс, заработок от 5000 в день');
    expect(el.getAttribute('data-action')).toMatch(/^delete/);
    expect(el.querySelector('[data-testid="norma-composer-violation"]')?.textContent).toContain('спам');
  });

  test('a weak signal (spam on the learned reading alone, for review) is not held against a post', () => {
    const el = panel('Срочно требуется донор крови 2 группы, больница №3');
    expect(el.getAttribute('data-categories')).toBe('spam');
    expect(el.getAttribute('data-action')).toBe('review');
    expect(el.querySelector('[data-testid="norma-composer-violation"]')).toBeNull();
  });

  test('a clean post has no violation', () => {
    const el = panel('В субботу в парке пройдёт субботник, приглашаем жителей');
    expect(el.getAttribute('data-action')).toBe('none');
    expect(el.querySelector('[data-testid="norma-composer-violation"]')).toBeNull();
  });
});
