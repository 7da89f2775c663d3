/**
 * The "Проверить текст" page in Chromium with the built extension: a pasted press release gets
 * findings and a low score, a lively post a high one and none; typing is checked after a pause;
 * the user's dictionary is stored and applied; the draft is shown as text, never as markup; and
 * nothing leaves the device.
 */
import type { Page } from '@playwright/test';
import { LIVELY_POST, PRESS_RELEASE_4K } from '../unit/style/texts';
import { expect, test } from './harness';

test.use({ locale: 'ru-RU' });

async function openCheck(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/check.html`);
  await expect(page.getByTestId('norma-style-check')).toHaveAttribute('data-state', 'empty');
}

async function score(page: Page, id: 'clarity' | 'readability'): Promise<number> {
  return Number(await page.getByTestId(`norma-style-score-${id}`).getAttribute('data-value'));
}

test('a pasted press release: findings marked in the text, listed with hints, low scores', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openCheck(page, extensionId);
  await expect(page.locator('h1')).toHaveText('Проверить текст');

  await page.getByTestId('norma-style-input').fill(PRESS_RELEASE_4K);
  const root = page.getByTestId('norma-style-check');
  await expect(root).toHaveAttribute('data-state', 'checked');
  expect(Number(await root.getAttribute('data-findings'))).toBeGreaterThan(50);

  expect(await score(page, 'clarity')).toBeLessThanOrEqual(4);
  expect(await score(page, 'readability')).toBeLessThanOrEqual(2);
  await expect(page.getByTestId('norma-style-score-clarity')).toContainText('из 10');

  // The first words are bureaucratese, marked in place and listed with a hint.
  const firstMark = page.getByTestId('norma-style-mark').first();
  await expect(firstMark).toHaveText('В рамках');
  await expect(firstMark).toHaveAttribute('data-kind', 'bureaucratese');
  // The whole draft is one paragraph: the wall comes first, covering it all, then «В рамках».
  await expect(page.getByTestId('norma-style-finding').first()).toHaveAttribute('data-kind', 'wall');
  const first = page.locator('[data-testid="norma-style-finding"][data-kind="bureaucratese"]').first();
  await expect(first).toHaveAttribute('data-start', '0');
  await expect(first).toContainText('Канцелярит');
  await expect(first).toContainText('«на», «во время»');
  await expect(page.locator('[data-testid="norma-style-finding"][data-kind="press-release"]').first()).toContainText('состоялось');
  await expect(page.locator('[data-testid="norma-style-counts"] [data-kind="wall"]')).toHaveAttribute('data-count', '1');

  // The marked copy is the draft, character for character.
  expect(await page.getByTestId('norma-style-text').textContent()).toBe(PRESS_RELEASE_4K);

  // A finding picked in the list is selected in the draft.
  await page.locator('[data-testid="norma-style-finding"][data-kind="press-release"] button').first().click();
  const selected = await page.getByTestId('norma-style-input').evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe('состоялось');
});

test('a lively post: no findings, high scores', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openCheck(page, extensionId);
  await page.getByTestId('norma-style-input').fill(LIVELY_POST);
  await expect(page.getByTestId('norma-style-check')).toHaveAttribute('data-state', 'checked');
  await expect(page.getByTestId('norma-style-check')).toHaveAttribute('data-findings', '0');
  await expect(page.getByTestId('norma-style-clean')).toBeVisible();
  await expect(page.getByTestId('norma-style-mark')).toHaveCount(0);
  expect(await score(page, 'clarity')).toBeGreaterThanOrEqual(8);
  expect(await score(page, 'readability')).toBeGreaterThanOrEqual(8);
  await expect(page.getByTestId('norma-style-stats')).toHaveAttribute('data-words', '44');
});

test('typing is checked after a pause, and the check follows the text', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openCheck(page, extensionId);
  const input = page.getByTestId('norma-style-input');
  const root = page.getByTestId('norma-style-check');
  await input.click();
  await page.keyboard.type('Завтра в парке ярмарка. ', { delay: 20 });
  await expect(root).toHaveAttribute('data-state', 'checked');
  await expect(root).toHaveAttribute('data-findings', '0');

  await page.keyboard.type('В рамках праздника осуществляется продажа блинов.', { delay: 20 });
  await expect(root).toHaveAttribute('data-state', 'checked');
  await expect(page.getByTestId('norma-style-mark')).toHaveText(['В рамках', 'осуществляется']);

  await input.fill('');
  await expect(root).toHaveAttribute('data-state', 'empty');
  await expect(page.getByTestId('norma-style-mark')).toHaveCount(0);
});

test('the draft is shown as text, never as markup', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openCheck(page, extensionId);
  const hostile = 'В рамках <img src=x onerror="document.title=\'pwned\'"> праздника <b>ВНИМАНИЕ</b>';
  await page.getByTestId('norma-style-input').fill(hostile);
  await expect(page.getByTestId('norma-style-check')).toHaveAttribute('data-state', 'checked');
  const marked = page.getByTestId('norma-style-text');
  expect(await marked.textContent()).toBe(hostile);
  await expect(marked.locator('img, b')).toHaveCount(0);
  await expect(page).not.toHaveTitle('pwned');
  await expect(page.getByTestId('norma-style-mark').filter({ hasText: 'ВНИМАНИЕ' })).toHaveAttribute('data-kind', 'caps');
});

test('the user dictionary is stored on the device and applied', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openCheck(page, extensionId);
  const text = 'Завтра в парке — ярмарка! В рамках ярмарки будут блины.';
  await page.getByTestId('norma-style-input').fill(text);
  await expect(page.getByTestId('norma-style-mark')).toHaveText(['В рамках']);

  await page.getByTestId('norma-style-dictionary').locator('summary').click();
  await page.getByTestId('norma-style-dictionary-input').fill('[штамп]\nярмарк* = Назовите, что будет.\n[не отмечать]\nв рамках');
  await page.getByTestId('norma-style-dictionary-save').click();
  await expect(page.getByTestId('norma-style-dictionary-saved')).toContainText('фраз — 1, исключений — 1');
  await expect(page.getByTestId('norma-style-mark')).toHaveText(['ярмарка', 'ярмарки']);
  await expect(page.locator('[data-testid="norma-style-finding"]').first()).toContainText('Назовите, что будет.');

  // A line that is not a phrase is refused with its line number, and nothing is stored.
  await page.getByTestId('norma-style-dictionary-input').fill('[нет такого]\nслово');
  await page.getByTestId('norma-style-dictionary-save').click();
  await expect(page.getByTestId('norma-style-dictionary-errors')).toContainText('Строка 1');

  await page.reload();
  await expect(page.getByTestId('norma-style-dictionary')).toHaveAttribute('data-entries', '2');
  await page.getByTestId('norma-style-input').fill(text);
  await expect(page.getByTestId('norma-style-mark')).toHaveText(['ярмарка', 'ярмарки']);
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' });

  test('the page speaks English; the findings, about Russian text, stay Russian', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/check.html`);
    await expect(page.locator('h1')).toHaveText('Check a text');
    await page.getByTestId('norma-style-input').fill(PRESS_RELEASE_4K);
    await expect(page.getByTestId('norma-style-check')).toHaveAttribute('data-state', 'checked');
    await expect(page.getByTestId('norma-style-score-clarity')).toContainText('of 10');
    await expect(page.locator('[data-testid="norma-style-counts"] [data-kind="bureaucratese"]')).toContainText('Bureaucratese');
    await expect(page.locator('[data-testid="norma-style-finding"][data-kind="bureaucratese"]').first()).toContainText('Канцелярит');
  });
});

test('checking sends nothing anywhere', async ({ context, extensionId }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  await openCheck(page, extensionId);
  await page.getByTestId('norma-style-input').fill(PRESS_RELEASE_4K);
  await expect(page.getByTestId('norma-style-check')).toHaveAttribute('data-state', 'checked');
  await page.getByTestId('norma-style-input').fill(LIVELY_POST);
  await expect(page.getByTestId('norma-style-check')).toHaveAttribute('data-findings', '0');
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
});
