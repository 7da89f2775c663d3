import { readFixture } from '../../scripts/chromium';
import { expect, test } from './harness';

test.use({ fakeNow: new Date('2026-11-18T05:00:00Z'), timezoneId: 'Asia/Krasnoyarsk' });

const VK_WALL = 'https://vk.com/club200000001';

test('word lists saved in the settings apply at once to an open page', async ({ context, extensionId, serve }) => {
  await serve([{ url: VK_WALL, html: readFixture('vk/legacy-2022.html') }]);
  const page = await context.newPage();
  await page.goto(VK_WALL);
  const clean = page.locator('[id="post-200000001_3340"]');
  await expect(clean).toHaveAttribute('data-norma-verdict', 'clean');

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  // "почистили" is in that comment: as a moderator's insult word, it flags it.
  await settings.getByTestId('norma-settings-insult').fill('почистил*');
  await settings.getByTestId('norma-settings-save').click();
  await expect(settings.getByTestId('norma-settings-message')).toHaveText('Сохранено и применено.');
  await expect(clean).toHaveAttribute('data-norma-verdict', 'insult');

  // An exception wins over every word rule, at once too.
  await settings.getByTestId('norma-settings-exceptions').fill('почистили');
  await settings.getByTestId('norma-settings-save').click();
  await expect(clean).toHaveAttribute('data-norma-verdict', 'clean');
});

test('a malformed list is refused with the reason, and nothing is saved', async ({ context, extensionId }) => {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByTestId('norma-settings-allowDomains').fill('not a domain');
  await settings.getByTestId('norma-settings-save').click();
  await expect(settings.getByTestId('norma-settings-message')).toContainText('Не сохранено');
  await settings.reload();
  await expect(settings.getByTestId('norma-settings-allowDomains')).toHaveValue('');
});

test.describe('an English-speaking browser', () => {
  test.use({ locale: 'en-US' });

  test('the extension speaks English there', async ({ context, extensionId, serve }) => {
    await serve([{ url: VK_WALL, html: readFixture('vk/legacy-2022.html') }]);
    const page = await context.newPage();
    await page.goto(VK_WALL);
    await expect(page.getByTestId('norma-week-counter')).toContainText('Publications: 6');
    await expect(page.getByTestId('norma-flag').first()).toContainText('Not a violation');
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(settings.getByRole('heading', { level: 1 })).toHaveText('Norma — settings');
  });
});
