// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '~/components/Dashboard';
import ru from '~/public/_locales/ru/messages.json';
import { NormaDB } from '~/utils/db/database';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The browser's i18n for the Russian messages: placeholders filled as Chromium fills them. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (ru as Messages)[key];
  if (!entry) return '';
  const subs = Array.isArray(substitutions) ? substitutions : substitutions === undefined ? [] : [substitutions];
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return subs[Number(content.slice(1)) - 1] ?? '';
  });
}

let db: NormaDB;
let root: HTMLElement;
let n = 0;

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ru');
  db = new NormaDB(`norma-dashboard-${++n}`);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

async function settle() {
  for (let i = 0; i < 20; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
}

describe('the dashboard shows storage errors, never swallows them', () => {
  test.each<[string, () => unknown, string]>([
    ['a quota error, with what to do', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'norma-quota-error'],
    ['any other error, with its message', () => new Error('диск недоступен'), 'norma-error'],
  ])('%s', async (_, error, testId) => {
    db.pages.orderBy = () => {
      throw error();
    };
    await act(() => render(<Dashboard db={db} />, root));
    await settle();
    const banner = root.querySelector(`[data-testid="${testId}"]`);
    expect(banner).not.toBeNull();
    expect(banner?.getAttribute('role')).toBe('alert');
    expect(banner?.textContent).toContain(testId === 'norma-error' ? 'диск недоступен' : 'Выгрузите журнал');
    expect(root.querySelector(`[data-testid="${testId === 'norma-error' ? 'norma-quota-error' : 'norma-error'}"]`)).toBeNull();
  });

  test('no error: no banner, the counts on the page', async () => {
    await act(() => render(<Dashboard db={db} />, root));
    await settle();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('[data-testid="norma-dashboard"]')?.getAttribute('data-log')).toBe('0');
  });
});
