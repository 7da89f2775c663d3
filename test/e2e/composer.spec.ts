import type { Page } from '@playwright/test';
import { readFixture } from '../../scripts/chromium';
import { expect, test } from './harness';

test.use({ fakeNow: new Date('2026-11-18T05:00:00Z'), timezoneId: 'Asia/Krasnoyarsk' });

const VK_WALL = 'https://vk.com/club200000001';
const OK_GROUP = 'https://ok.ru/group/70000012345678';
const PRESS_RELEASE =
  'В рамках реализации мероприятий по благоустройству состоялось заседание рабочей группы. ' +
  'В целях обеспечения повышения качества оказания услуг населению администрацией осуществляется работа по вопросу ремонта дорог.';
const LIVELY = 'Завтра в парке — ярмарка! Приходите с детьми, будут блины и горячий чай.';

async function chooseProfile(page: Page, label: RegExp) {
  const select = page.getByTestId('norma-profile-select');
  const value = await select.locator('option', { hasText: label }).getAttribute('value');
  await select.selectOption(value!);
  await page.getByTestId('norma-profile-save').click();
}

const panel = (page: Page, kind: 'composer' | 'composer-repost') => page.locator(`norma-composer[data-norma-ui="${kind}"]`).getByTestId('norma-composer');

test('VK post form: a press release gets the style findings and the week after publishing', async ({ context, serve }) => {
  await serve([{ url: VK_WALL, html: readFixture('vk/composer-legacy-2022.html') }]);
  const page = await context.newPage();
  await page.goto(VK_WALL);
  await chooseProfile(page, /Новокузнецк/);
  const post = panel(page, 'composer');
  await expect(post).toHaveAttribute('data-state', 'empty');

  await page.locator('#post_field').fill(PRESS_RELEASE);
  await expect(post).toHaveAttribute('data-state', 'checked');
  await expect(post.getByTestId('norma-composer-week')).toHaveText('После публикации: 7 из 7 за неделю — норма выполнена.');
  expect(Number(await post.getAttribute('data-findings'))).toBeGreaterThanOrEqual(4);
  expect(Number(await post.getAttribute('data-clarity'))).toBeLessThanOrEqual(5);
  await expect(post.getByTestId('norma-composer-finding').first()).toContainText('В рамках');

  // Rewritten plainly, the remarks go away as it is typed.
  await page.locator('#post_field').fill(LIVELY);
  await expect(post).toHaveAttribute('data-findings', '0');
  expect(Number(await post.getAttribute('data-clarity'))).toBeGreaterThanOrEqual(8);
});

test('VK share box: a repost over the cap warns, with the clause', async ({ context, serve }) => {
  await serve([{ url: VK_WALL, html: readFixture('vk/composer-legacy-2022.html') }]);
  const page = await context.newPage();
  await page.goto(VK_WALL);
  await chooseProfile(page, /Кузбасс/);
  const repost = panel(page, 'composer-repost');
  await page.locator('#like_share_text').fill('Важно для жителей округа');
  await expect(repost).toHaveAttribute('data-breaks-cap', 'true');
  await expect(repost.getByTestId('norma-composer-week')).toContainText('репостов станет 4 из 7');
  await expect(repost.getByTestId('norma-composer-week')).toContainText('> 25');
  await expect(repost.getByTestId('norma-composer-cap')).toContainText('№ 171');
  // The post form on the same page is an own post: no warning there.
  await page.locator('#post_field').fill(LIVELY);
  await expect(panel(page, 'composer')).toHaveAttribute('data-breaks-cap', 'false');
});

test('a draft holding what the page deletes in comments is flagged before it is published', async ({ context, serve }) => {
  await serve([{ url: VK_WALL, html: readFixture('vk/composer-legacy-2022.html') }]);
  const page = await context.newPage();
  await page.goto(VK_WALL);
  await page.locator('#post_field').fill('Опять эти бл@дские ямы на Садовой');
  const post = panel(page, 'composer');
  await expect(post.getByTestId('norma-composer-violation')).toContainText('мат');
});

test('OK posting form: the week after publishing', async ({ context, serve }) => {
  await serve([{ url: OK_GROUP, html: readFixture('ok/composer-2025.html') }]);
  const page = await context.newPage();
  await page.goto(OK_GROUP);
  await chooseProfile(page, /Новокузнецк/);
  await page.locator('.posting-form [contenteditable="true"]').fill(LIVELY);
  const post = panel(page, 'composer');
  await expect(post.getByTestId('norma-composer-week')).toHaveText('После публикации: 6 из 7 за неделю.');
  await expect(post).toHaveAttribute('data-findings', '0');
});
