import { DEMO_PAGES } from '../../scripts/demo/pages';
import { expect, test } from './harness';

test('the extension makes no request to any host other than the page\'s own', async ({ context, extensionId, serve }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const { foreignRequests } = await serve(DEMO_PAGES);

  // The demo pages load nothing from elsewhere, so every request seen is the page's or the extension's.
  for (const demo of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(demo.url);
    await expect(page.getByTestId('norma-overlay')).toHaveAttribute('data-state', 'ok');
    await page.waitForTimeout(800); // let the batched scan send its posts to the background
    await page.close();
  }
  const ui = await context.newPage();
  await ui.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(ui.getByTestId('norma-dashboard')).toHaveAttribute('data-pages', '3');
  await ui.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(ui.getByTestId('norma-popup')).toBeVisible();

  expect(foreignRequests).toEqual([]);
  const allowed = new Set(DEMO_PAGES.map((p) => new URL(p.url).origin));
  const outside = requests.filter((url) => !url.startsWith(`chrome-extension://${extensionId}/`) && !allowed.has(new URL(url).origin));
  expect(outside).toEqual([]);
  expect(requests.length).toBeGreaterThan(DEMO_PAGES.length);
});
