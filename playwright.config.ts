// Let context.on('request') and context.route() see the service worker's requests too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  // Each test starts its own Chromium with the extension; two cores run one at a time best.
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
  // The extension's users browse in Russian; tests that check English set their own locale.
  use: { locale: 'ru-RU' },
});
