import fs from 'node:fs';
import { test as base, type BrowserContext } from '@playwright/test';
import { launchWithExtension, servePages, type Launched, type ServedPage } from '../../scripts/chromium';

interface Options {
  /** Start the browser's clock at this instant (fixtures are written for a fixed "now"). */
  fakeNow: Date | undefined;
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Serve pages as the real sites; returns the list of requests to any other host. */
  serve: (pages: ServedPage[]) => Promise<{ foreignRequests: string[] }>;
}

/** Every e2e test gets its own Chromium with the built extension loaded and a fresh profile. */
export const test = base.extend<Options & Fixtures & { launched: Launched }>({
  fakeNow: [undefined, { option: true }],
  // Playwright's own `locale` and `timezoneId` options set the browser's language and zone.
  launched: async ({ fakeNow, locale, timezoneId }, use) => {
    const launched = await launchWithExtension({ headless: true, clock: fakeNow, timeZone: timezoneId, locale: locale ?? 'ru-RU' });
    await use(launched);
    await launched.close();
    // The fresh profile is not left behind in the temporary directory.
    base.expect(fs.existsSync(launched.userDataDir), `profile ${launched.userDataDir} removed`).toBe(false);
  },
  context: async ({ launched }, use) => use(launched.context),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  serve: async ({ context }, use) => use((pages) => servePages(context, pages)),
});

export const expect = test.expect;
