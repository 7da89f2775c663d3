import type { Page } from '@playwright/test';
import { readFixture } from '../../scripts/chromium';
import { expect, test } from './harness';

// Every fixture is written for this "now": Wednesday 2026-11-18 12:00 in UTC+7.
test.use({ fakeNow: new Date('2026-11-18T05:00:00Z'), timezoneId: 'Asia/Krasnoyarsk' });

const counter = (page: Page) => page.getByTestId('norma-week-counter');

async function chooseProfile(page: Page, label: RegExp) {
  const select = page.getByTestId('norma-profile-select');
  const value = await select.locator('option', { hasText: label }).getAttribute('value');
  await select.selectOption(value!);
  await page.getByTestId('norma-profile-save').click();
}

const walls = [
  { name: 'VK React (desktop)', url: 'https://vk.com/kedrovsk_adm', file: 'vk/react-2025-desktop.html', posts: 7, reposts: 3, found: 11 },
  { name: 'VK React (mobile)', url: 'https://m.vk.com/kedrovsk_adm', file: 'vk/react-2025-mobile.html', posts: 3, reposts: 1, found: 5 },
  { name: 'VK redesignV3', url: 'https://vk.com/club200000001', file: 'vk/redesign-v3-2024.html', posts: 6, reposts: 3, found: 8 },
  { name: 'VK legacy', url: 'https://vk.com/club200000001', file: 'vk/legacy-2022.html', posts: 6, reposts: 3, found: 10 },
  { name: 'OK group feed', url: 'https://ok.ru/group/70000012345678', file: 'ok/feed-2025.html', posts: 5, reposts: 2, found: 10 },
  { name: 'Telegram preview with forwards', url: 'https://t.me/s/kedrovsk_adm', file: 'telegram/tme-s-forwarded.html', posts: 4, reposts: 2, found: 8 },
  { name: 'Telegram real page (durov)', url: 'https://t.me/s/durov', file: 'telegram/t.me-s-durov.html', posts: 0, reposts: 0, found: 20 },
];

for (const wall of walls) {
  test(`${wall.name}: this week's publications and reposts, no norm until a profile is chosen`, async ({ context, serve }) => {
    await serve([{ url: wall.url, html: readFixture(wall.file) }]);
    const page = await context.newPage();
    await page.goto(wall.url);
    await expect(page.getByTestId('norma-overlay')).toHaveAttribute('data-posts', String(wall.found));
    await expect(counter(page)).toHaveAttribute('data-posts', String(wall.posts));
    await expect(counter(page)).toHaveAttribute('data-reposts', String(wall.reposts));
    await expect(counter(page)).toHaveAttribute('data-norm-min', '');
    await expect(counter(page)).toHaveAttribute('data-complete', 'true');
    await expect(counter(page)).toHaveAttribute('data-level', 'none');
    await expect(page.getByTestId('norma-profile-picker')).toBeVisible();
  });
}

test('a chosen profile gives the norm with its clause, and is remembered for the page', async ({ context, serve }) => {
  const wall = walls[0]!;
  await serve([{ url: wall.url, html: readFixture(wall.file) }]);
  const page = await context.newPage();
  await page.goto(wall.url);
  await chooseProfile(page, /Новокузнецк/);
  await expect(counter(page)).toHaveAttribute('data-norm-min', '7');
  await expect(counter(page)).toHaveAttribute('data-level', 'green');
  await expect(page.getByTestId('norma-week-posts')).toHaveText('Публикаций: 7 из 7');
  // The clause is on hover.
  await expect(page.getByTestId('norma-week-posts')).toHaveAttribute('title', /№ 59.*п\. 2\.1/s);

  await page.reload();
  await expect(counter(page)).toHaveAttribute('data-norm-min', '7');
  await expect(page.getByTestId('norma-profile-picker')).toBeHidden();
});

test('reposts over the cap turn the counter amber and cite the clause', async ({ context, serve }) => {
  const wall = walls[0]!;
  await serve([{ url: wall.url, html: readFixture(wall.file) }]);
  const page = await context.newPage();
  await page.goto(wall.url);
  await chooseProfile(page, /Кузбасс/);
  await expect(counter(page)).toHaveAttribute('data-level', 'amber');
  await expect(counter(page)).toHaveAttribute('data-repost-max', '0.25');
  expect(Number(await counter(page).getAttribute('data-repost-share'))).toBeCloseTo(3 / 7, 5);
  await expect(page.getByTestId('norma-week-reposts')).toContainText('Репостов: 3');
  await expect(page.getByTestId('norma-week-reposts')).toHaveAttribute('title', /№ 171/);
  await expect(counter(page)).toContainText('своих публикаций (не репостов) нужно ещё 5');
});

test('the count grows as the wall scrolls, survives a reload, and counts a returning post once', async ({ context, serve }) => {
  // The React wall, first served with only this week's part loaded, as before scrolling.
  const full = readFixture('vk/react-2025-desktop.html');
  await serve([{ url: 'https://vk.com/kedrovsk_adm', html: firstPart(full) }]);
  const page = await context.newPage();
  await page.goto('https://vk.com/kedrovsk_adm');
  await expect(counter(page)).toHaveAttribute('data-complete', 'false');
  await expect(page.getByTestId('norma-week-scroll')).toHaveText('Прокрутите стену вниз, чтобы посчитать всю неделю.');
  const before = Number(await counter(page).getAttribute('data-posts'));
  expect(before).toBeLessThan(7);

  // "Scrolling": the network appends the older posts.
  await page.evaluate((html) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const wall = document.querySelector('[data-testid="post"]')?.parentElement;
    const have = new Set([...document.querySelectorAll('[data-post-id]')].map((e) => e.getAttribute('data-post-id')));
    for (const post of parsed.querySelectorAll('[data-testid="post"][data-post-nesting-lvl="0"]')) {
      if (!have.has(post.getAttribute('data-post-id'))) wall?.append(document.importNode(post, true));
    }
  }, full);
  await expect(counter(page)).toHaveAttribute('data-posts', '7');
  await expect(counter(page)).toHaveAttribute('data-complete', 'true');

  // A post taken off the wall and put back is still one post.
  await page.evaluate(() => {
    const post = document.querySelector('[data-testid="post"][data-post-nesting-lvl="0"]');
    const parent = post?.parentElement;
    post?.remove();
    setTimeout(() => parent?.prepend(post!), 300);
  });
  await page.waitForTimeout(800);
  await expect(counter(page)).toHaveAttribute('data-posts', '7');

  // After a reload only the top is loaded again, but the week was seen whole: still right.
  await page.reload();
  await expect(counter(page)).toHaveAttribute('data-posts', '7');
  await expect(counter(page)).toHaveAttribute('data-complete', 'true');
});

test.describe('a browser in another zone than the region', () => {
  test.use({ timezoneId: 'Europe/Moscow' });

  test('weeks follow the profile\'s zone, not the browser\'s', async ({ context, serve }) => {
    // Legacy VK dates are unix timestamps: one post is Monday 00:10 in UTC+7 = Sunday 20:10 in Moscow.
    await serve([{ url: 'https://vk.com/club200000001', html: readFixture('vk/legacy-2022.html') }]);
    const page = await context.newPage();
    await page.goto('https://vk.com/club200000001');
    await expect(counter(page)).toHaveAttribute('data-posts', '5');
    await chooseProfile(page, /Новокузнецк/);
    await expect(counter(page)).toHaveAttribute('data-posts', '6');
  });
});

test('a page whose markup is not recognised says so in the overlay and the popup', async ({ context, extensionId, serve }) => {
  await serve([{ url: 'https://vk.com/kedrovsk_adm', html: readFixture('vk/unknown-layout.html') }]);
  const page = await context.newPage();
  await page.goto('https://vk.com/kedrovsk_adm');
  await expect(page.getByTestId('norma-overlay')).toHaveAttribute('data-state', 'unrecognised');
  await expect(page.getByTestId('norma-unrecognised')).toContainText('Разметка страницы не распознана');

  const popup = await context.newPage();
  await page.bringToFront();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('norma-popup')).toHaveAttribute('data-state', 'unrecognised');
  await expect(popup.getByRole('alert')).toContainText('Разметка страницы не распознана');
});

test('a page marked as not official hides the overlay until the popup shows it again', async ({ context, extensionId, serve }) => {
  const wall = walls[4]!;
  await serve([{ url: wall.url, html: readFixture(wall.file) }]);
  const page = await context.newPage();
  await page.goto(wall.url);
  await page.getByTestId('norma-not-official').click();
  await expect(page.locator('norma-overlay')).toBeHidden();
  await page.reload();
  await page.waitForTimeout(1000);
  await expect(page.locator('norma-overlay')).toBeHidden();

  const popup = await context.newPage();
  await page.bringToFront();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('norma-show-again').click();
  await expect(page.getByTestId('norma-week-counter')).toBeVisible();
});

/** The wall cut after its first three posts: what a browser shows before the user scrolls. */
function firstPart(html: string): string {
  const doc = html.split(/(?=<div[^>]*data-testid="post"[^>]*data-post-nesting-lvl="0")/);
  return doc.length > 4 ? `${doc.slice(0, 4).join('')}</div></body></html>` : html;
}
