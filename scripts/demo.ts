/**
 * The demo behind `npm start`: Chromium with the built extension on the bundled demo pages.
 * Headed, it leaves the browser open for you; with --headless it prints what the extension
 * found on each page and saves a screenshot of each to demo-screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension, ROOT, servePages } from './chromium';
import { DEMO_PAGES } from './demo/pages';

const headless = process.argv.includes('--headless');

async function main(): Promise<void> {
  const { context, extensionId, close } = await launchWithExtension({
    headless,
    // Headed runs keep their profile, so what the extension stored is still there next time.
    userDataDir: headless ? undefined : path.join(ROOT, '.cache', 'demo-profile'),
  });
  await servePages(context, DEMO_PAGES);
  console.log(`Норма loaded (extension id ${extensionId}).`);

  const shots = path.join(ROOT, 'demo-screenshots');
  if (headless) fs.mkdirSync(shots, { recursive: true });

  const blank = context.pages()[0];
  for (const demo of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(demo.url);
    if (!headless) continue;
    const overlay = page.getByTestId('norma-overlay');
    await overlay.waitFor({ state: 'visible', timeout: 15_000 });
    // Give the batched scan a moment to settle after the last mutation.
    await page.waitForTimeout(500);
    // Choose the page's regulation profile as a press officer would, so the norm shows.
    const select = page.getByTestId('norma-profile-select');
    if (await select.isVisible().catch(() => false)) {
      const value = await select.locator('option', { hasText: demo.profile }).getAttribute('value');
      if (value) {
        await select.selectOption(value);
        await page.getByTestId('norma-profile-save').click();
        await page.getByTestId('norma-profile-picker').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined);
      }
    }
    const read = async (name: string) => (await overlay.getAttribute(name)) ?? '';
    const week = page.getByTestId('norma-week-counter');
    const weekRead = async (name: string) => (await week.getAttribute(name)) ?? '';
    const state = await read('data-state');
    console.log(
      `\n${demo.title} — ${demo.url}\n` +
        `  state: ${state === 'ok' ? 'recognised' : state}, markup: ${await read('data-generation') || '—'}\n` +
        `  publications found: ${await read('data-posts')} (reposts ${await read('data-reposts')}), comments: ${await read('data-comments')}, flagged: ${await read('data-flagged')}\n` +
        `  this week: ${await weekRead('data-posts')} publications${(await weekRead('data-norm-min')) ? ` of ${await weekRead('data-norm-min')}` : ''}, ` +
        `reposts ${await weekRead('data-reposts')}, level ${await weekRead('data-level')} (profile: ${demo.profile})`,
    );
    const file = path.join(shots, `${demo.id}.png`);
    await page.screenshot({ path: file });
    console.log(`  screenshot: ${path.relative(ROOT, file)}`);
  }

  if (headless) {
    await close();
    return;
  }
  await blank?.close().catch(() => undefined);
  console.log('\nChromium is open with the demo pages. Close the browser window to finish.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
