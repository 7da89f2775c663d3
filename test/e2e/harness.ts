import { test as base, type BrowserContext } from '@playwright/test';
import { launchWithExtension, servePages, type ServedPage } from '../../scripts/chromium';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Serve pages as the real sites; returns the list of requests to any other host. */
  serve: (pages: ServedPage[]) => Promise<{ foreignRequests: string[] }>;
}

/** Every e2e test gets its own Chromium with the built extension loaded and a fresh profile. */
export const test = base.extend<Fixtures & { launched: { context: BrowserContext; extensionId: string } }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  launched: async ({}, use) => {
    const launched = await launchWithExtension({ headless: true });
    await use(launched);
    await launched.context.close();
  },
  context: async ({ launched }, use) => use(launched.context),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  serve: async ({ context }, use) => use((pages) => servePages(context, pages)),
});

export const expect = test.expect;
