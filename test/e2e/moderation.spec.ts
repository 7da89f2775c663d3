import type { Page } from '@playwright/test';
import { readFixture } from '../../scripts/chromium';
import { expect, test } from './harness';
import { withNativeControls } from './native-controls';

test.use({ fakeNow: new Date('2026-11-18T05:00:00Z'), timezoneId: 'Asia/Krasnoyarsk' });

const VK_WALL = 'https://vk.com/club200000001';
const VK_POST = 'https://vk.com/wall-200000001_3306';
const OK_TOPIC = 'https://ok.ru/kedrovskrayon/topic/157000000000106';

const vkComment = (page: Page, id: string) => page.locator(`[id="post-200000001_${id}"]`);
const flagOf = (page: Page, commentId: string) => page.locator(`norma-flag[data-norma-comment="${commentId}"]`).getByTestId('norma-flag');

async function openDashboardLog(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(page.getByTestId('norma-log')).toBeVisible();
}

test('every VK comment is checked and flagged right, with the matches highlighted', async ({ context, serve }) => {
  await serve([{ url: VK_WALL, html: withNativeControls(readFixture('vk/legacy-2022.html'), 'vk') }]);
  const page = await context.newPage();
  await page.goto(VK_WALL);
  await expect(vkComment(page, '3340')).toHaveAttribute('data-norma-verdict', 'clean');
  await expect(vkComment(page, '3341')).toHaveAttribute('data-norma-verdict', 'clean');
  await expect(vkComment(page, '3342')).toHaveAttribute('data-norma-verdict', /insult/);
  await expect(vkComment(page, '3343')).toHaveAttribute('data-norma-verdict', /spam/);
  await expect(vkComment(page, '3345')).toHaveAttribute('data-norma-verdict', /obscene/);

  const obscene = flagOf(page, '-200000001_3345');
  await expect(obscene.getByTestId('norma-flag-category')).toContainText(['мат']);
  await expect(obscene.getByTestId('norma-flag-match').first()).toHaveText(/п\*здец|ох\*\*ли/);
  await expect(page.locator('norma-flag[data-norma-comment="-200000001_3340"]')).toHaveCount(0);
  await expect(page.getByTestId('norma-overlay')).toHaveAttribute('data-flagged', /^[3-9]$/);
});

test('"Удалить" deletes through the page\'s own control, and the log says done', async ({ context, extensionId, serve }) => {
  await serve([{ url: VK_WALL, html: withNativeControls(readFixture('vk/legacy-2022.html'), 'vk') }]);
  const page = await context.newPage();
  await page.goto(VK_WALL);
  const flag = flagOf(page, '-200000001_3345');
  await flag.getByTestId('norma-flag-delete').click();
  await expect(flag).toHaveAttribute('data-state', 'done');
  await expect(vkComment(page, '3345')).toHaveCount(0);
  await expect(page.locator('.dld')).toContainText('Комментарий удалён');
  await expect(page.getByTestId('norma-overlay')).toHaveAttribute('data-handled', '1');

  const dashboard = await context.newPage();
  await openDashboardLog(dashboard, extensionId);
  const row = dashboard.getByTestId('norma-log-row').first();
  await expect(row).toContainText('Сергей К.');
  await expect(row).toContainText(/удал/i);
  await row.click();
  await expect(dashboard.getByTestId('norma-entry-text')).toContainText('п*здец какой-то');
  await expect(dashboard.getByTestId('norma-entry')).toContainText(/выполнено|done/i);
});

test('"Удалить и в чёрный список" deletes, then blocks the author with VK\'s reason code', async ({ context, serve }) => {
  await serve([{ url: VK_WALL, html: withNativeControls(readFixture('vk/legacy-2022.html'), 'vk') }]);
  const page = await context.newPage();
  await page.goto(VK_WALL);
  const flag = flagOf(page, '-200000001_3342');
  await flag.getByTestId('norma-flag-blacklist').click();
  await expect(flag).toHaveAttribute('data-state', 'done');
  await expect(flag.getByTestId('norma-flag-outcome')).toHaveText('Комментарий удалён, автор в чёрном списке.');
  // 2 = verbal abuse, VK's reason code for an insult.
  expect(await page.evaluate(() => (window as unknown as { __normaBans: string[] }).__normaBans)).toEqual(['2']);
});

test('keyboard: N on a focused flag marks it "Не нарушение", logged, with an exception on offer', async ({ context, serve }) => {
  await serve([{ url: VK_WALL, html: withNativeControls(readFixture('vk/legacy-2022.html'), 'vk') }]);
  const page = await context.newPage();
  await page.goto(VK_WALL);
  const flag = flagOf(page, '-200000001_3342');
  await flag.focus();
  await page.keyboard.press('KeyN');
  await expect(flag).toHaveAttribute('data-state', 'done');
  await expect(vkComment(page, '3342')).toHaveCount(1);
  await expect(flag.getByTestId('norma-flag-add-exception').first()).toBeVisible();
});

test('a repeat offender shows the count and the last decision from the log', async ({ context, serve }) => {
  await serve([{ url: VK_WALL, html: withNativeControls(readFixture('vk/legacy-2022.html'), 'vk') }]);
  const page = await context.newPage();
  await page.goto(VK_WALL);
  await flagOf(page, '-200000001_3345').getByTestId('norma-flag-dismiss').click();
  await expect(flagOf(page, '-200000001_3345')).toHaveAttribute('data-state', 'done');
  await page.reload();
  const history = flagOf(page, '-200000001_3345').getByTestId('norma-flag-history');
  await expect(history).toHaveAttribute('data-count', '1');
  await expect(history).toContainText('не нарушение');
});

test('where the page offers no delete control, the flag says so and the log keeps the decision as failed', async ({ context, extensionId, serve }) => {
  await serve([{ url: VK_POST, html: readFixture('vk/react-2025-post.html') }]);
  const page = await context.newPage();
  await page.goto(VK_POST);
  // Pinned to one comment: more flags may appear above it while threads are judged.
  const first = page.locator('norma-flag').filter({ has: page.getByTestId('norma-flag-category') }).first();
  const commentId = await first.getAttribute('data-norma-comment');
  expect(commentId).toBeTruthy();
  const flag = flagOf(page, commentId!);
  await flag.getByTestId('norma-flag-delete').click();
  await expect(flag).toHaveAttribute('data-state', 'no-control');
  await expect(flag.getByTestId('norma-flag-outcome')).toContainText('нет кнопки удаления');

  const dashboard = await context.newPage();
  await openDashboardLog(dashboard, extensionId);
  await dashboard.getByTestId('norma-log-row').first().click();
  await expect(dashboard.getByTestId('norma-entry')).toContainText('Не удалось');
  await expect(dashboard.getByTestId('norma-entry')).toContainText('нет кнопки удаления');
});

test('OK: delete through the native control; blacklist not offered → the flag says where to do it', async ({ context, serve }) => {
  await serve([{ url: OK_TOPIC, html: withNativeControls(readFixture('ok/topic-older.html'), 'ok') }]);
  const page = await context.newPage();
  await page.goto(OK_TOPIC);
  const obscene = flagOf(page, '7000000000204');
  await expect(obscene).toHaveAttribute('data-categories', /obscene/);
  await obscene.getByTestId('norma-flag-blacklist').click();
  await expect(obscene).toHaveAttribute('data-state', 'ban-manual');
  await expect(obscene.getByTestId('norma-flag-outcome')).toContainText('Заблокировать автора отсюда не удалось');
  await expect(obscene.getByTestId('norma-flag-blacklist-link')).toHaveAttribute('href', 'https://ok.ru/kedrovskrayon');
  await expect(page.locator('.comments_i.__deleted')).toHaveCount(2);
});

test.describe('hostile input', () => {
  // The last field: whether a comment carrying a payload is itself flagged (then its flag shows the payload).
  for (const [name, url, file, payloadFlagged] of [
    ['VK', VK_WALL, 'vk/legacy-2022.html', true],
    ['VK React', VK_POST, 'vk/react-2025-post.html', false],
    ['OK', OK_TOPIC, 'ok/topic-older.html', true],
  ] as const) {
    test(`${name}: payloads in comments, names and links never execute; the page's own markup is untouched`, async ({ context, serve }) => {
      const html = readFixture(file);
      await serve([{ url, html }]);
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(url);
      await expect(page.getByTestId('norma-overlay')).toHaveAttribute('data-comments', /^[1-9]/);
      await expect(page.getByTestId('norma-flag').first()).toBeVisible();
      await page.waitForTimeout(500);
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => document.title)).not.toContain('pwned');
      // The page as served, and as it is now less what the extension added: the same markup.
      const same = await page.evaluate((served) => {
        const strip = (root: Element) => {
          root.querySelectorAll('norma-flag, norma-overlay').forEach((e) => e.remove());
          root.querySelectorAll('[data-norma-verdict]').forEach((e) => e.removeAttribute('data-norma-verdict'));
          return root.innerHTML;
        };
        const now = document.body.cloneNode(true) as Element;
        const original = new DOMParser().parseFromString(served, 'text/html').body;
        return strip(now) === strip(original);
      }, html);
      expect(same).toBe(true);
      // Payloads are shown in the flags as the text they are.
      if (payloadFlagged) {
        const quotes = await page.getByTestId('norma-flag-quote').allTextContents();
        expect(quotes.join(' ')).toMatch(/<script>|<img|<svg/);
      }
    });
  }
});

test('a tab closed while the network has not answered leaves a pending entry for follow-up', async ({ context, extensionId, serve }) => {
  // The control is there, but nothing answers the click (no imitation wired): the deletion stays unconfirmed.
  await serve([{ url: VK_WALL, html: readFixture('vk/legacy-2022.html') }]);
  const page = await context.newPage();
  await page.goto(VK_WALL);
  const flag = flagOf(page, '-200000001_3345');
  await flag.getByTestId('norma-flag-delete').click();
  await expect(flag).toHaveAttribute('data-state', 'working');
  await page.waitForTimeout(500);
  await page.close();

  const dashboard = await context.newPage();
  await openDashboardLog(dashboard, extensionId);
  await dashboard.getByTestId('norma-tab-pending').click();
  await expect(dashboard.getByTestId('norma-pending-row')).toHaveCount(1);
  await expect(dashboard.getByTestId('norma-pending-row')).toContainText('Сергей К.');
});
