import { DEMO_PAGES } from '../../scripts/demo/pages';
import { expect, test } from './harness';

const demo = (id: string) => {
  const page = DEMO_PAGES.find((p) => p.id === id);
  if (!page) throw new Error(`no demo page ${id}`);
  return page;
};

test('the overlay appears on the VK demo page and reads its wall', async ({ context, serve }) => {
  await serve(DEMO_PAGES);
  const page = await context.newPage();
  await page.goto(demo('vk').url);
  const overlay = page.getByTestId('norma-overlay');
  await expect(overlay).toHaveAttribute('data-state', 'ok');
  await expect(overlay).toHaveAttribute('data-posts', '9');
  // Lives in a shadow root on a norma- element, so the page's own markup is untouched.
  expect(await page.locator('norma-overlay').count()).toBe(1);
});

test('the popup tells what the extension sees on the current tab', async ({ context, extensionId, serve }) => {
  await serve(DEMO_PAGES);
  const vk = await context.newPage();
  await vk.goto(demo('vk').url);
  await expect(vk.getByTestId('norma-overlay')).toHaveAttribute('data-posts', '9');

  // The popup asks for the active tab of its window: open it in a background tab of that window.
  const popup = await context.newPage();
  await vk.bringToFront();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const status = popup.getByTestId('norma-popup-status');
  await expect(status).toHaveAttribute('data-posts', '9');
  await expect(status).toContainText('ВКонтакте');
  await expect(status).toContainText('vk:club100100100');
  // The posts reach the database a moment after the page shows them: ask again until they have.
  await expect(async () => {
    await popup.reload();
    await expect(popup.getByTestId('norma-popup-stored')).toContainText('публикаций — 9', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
});

test('the popup says so on a page the extension does not serve', async ({ context, extensionId, serve }) => {
  await serve([{ url: 'https://vk.com/feed', html: '<!doctype html><title>Новости</title><p>Лента</p>' }]);
  const feed = await context.newPage();
  await feed.goto('https://vk.com/feed');
  const popup = await context.newPage();
  await feed.bringToFront();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('norma-popup')).toContainText('Здесь нет стены официальной страницы');
  // No wall, no overlay on the page.
  await expect(feed.locator('norma-overlay')).toBeHidden();
});

test('the dashboard lists the pages seen, with their stored publications', async ({ context, extensionId, serve }) => {
  await serve(DEMO_PAGES);
  const vk = await context.newPage();
  await vk.goto(demo('vk').url);
  await expect(vk.getByTestId('norma-overlay')).toHaveAttribute('data-posts', '9');
  await vk.waitForTimeout(800);
  // A reload sees the same posts: they are stored once.
  await vk.reload();
  await expect(vk.getByTestId('norma-overlay')).toHaveAttribute('data-posts', '9');
  await vk.waitForTimeout(800);

  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(dashboard.getByTestId('norma-dashboard')).toHaveAttribute('data-posts', '9');
  const row = dashboard.locator('[data-testid="norma-dashboard-page"][data-page-key="vk:club100100100"]');
  await expect(row).toContainText('Администрация Демонстрационного муниципального округа');
  await expect(row.locator('td').nth(2)).toHaveText('9');
});
