/**
 * Chromium with the built extension loaded, and pages served *as* the real sites
 * (https://vk.com/…, https://ok.ru/…, https://t.me/s/…) from local files — shared by the e2e
 * tests and `npm start`, so the demo is exactly what the tests check.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Route } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');

export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}. Install Debian's package (sudo apt-get install chromium) ` +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  return candidate;
}

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
}

export interface LaunchOptions {
  headless: boolean;
  /**
   * Run the whole browser (pages, content scripts, the service worker) with its clock starting at
   * this instant, through libfaketime (Debian package `faketime`): fixture pages are written for
   * a fixed "now", and no JavaScript-level clock reaches an extension's isolated world.
   */
  clock?: Date;
  /** The browser's time zone (TZ), e.g. to test a moderator in another zone than the region. */
  timeZone?: string;
  /** Keep the profile between runs (npm start); otherwise a fresh temporary profile, removed when the browser closes. */
  userDataDir?: string;
  locale?: string;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser and removes its profile when it was a temporary one. */
  close: () => Promise<void>;
}

export async function launchWithExtension(options: LaunchOptions): Promise<Launched> {
  assertBuilt();
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'norma-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless,
    locale: options.locale ?? 'ru-RU',
    viewport: { width: 1280, height: 860 },
    // Chromium on Linux takes its UI language (and so the extension's) from the environment.
    env: {
      ...process.env,
      LANGUAGE: languageOf(options.locale ?? 'ru-RU'),
      LANG: `${(options.locale ?? 'ru-RU').replace('-', '_')}.UTF-8`,
      ...(options.timeZone ? { TZ: options.timeZone } : {}),
      ...(options.clock ? fakeClock(options.clock) : {}),
    },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${options.locale ?? 'ru-RU'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // A temporary profile (some megabytes) goes with its browser, once the browser has exited.
  const close = async (): Promise<void> => {
    await context.close();
    if (!options.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
  return { context, extensionId, userDataDir, close };
}

const FAKETIME_LIBS = ['/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/faketime/libfaketime.so.1'];

function fakeClock(at: Date): Record<string, string> {
  const lib = FAKETIME_LIBS.find((f) => fs.existsSync(f));
  if (!lib) throw new Error('libfaketime not found: install Debian\'s package (sudo apt-get install faketime).');
  // An offset from the real clock (time keeps running), independent of the browser's TZ.
  const offset = Math.round((at.getTime() - Date.now()) / 1000);
  // Monotonic clocks are shifted too: left real, Chromium's start-up stalls for about a minute.
  return { LD_PRELOAD: lib, FAKETIME: `${offset >= 0 ? '+' : ''}${offset}` };
}

function languageOf(locale: string): string {
  return locale.split('-')[0] ?? 'ru';
}

/** A page served as if from a real site: the URL the browser shows, and the HTML it gets. */
export interface ServedPage {
  url: string;
  html: string | (() => string);
}

const SERVED_ORIGINS = ['https://vk.com', 'https://m.vk.com', 'https://vk.ru', 'https://m.vk.ru', 'https://ok.ru', 'https://m.ok.ru', 'https://t.me'];

/**
 * Serves `pages` at their URLs. Anything else on the served origins answers 404; any other
 * host is aborted (this machine has no network, and the pages must not depend on one) and
 * recorded in the returned list, so tests can prove what was asked for.
 */
export async function servePages(context: BrowserContext, pages: ServedPage[]): Promise<{ foreignRequests: string[] }> {
  const byUrl = new Map(pages.map((p) => [normalise(p.url), p]));
  const foreignRequests: string[] = [];
  await context.route('**/*', async (route: Route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const page = byUrl.get(normalise(url));
    if (page) {
      const html = typeof page.html === 'function' ? page.html() : page.html;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    if (SERVED_ORIGINS.some((origin) => url.startsWith(`${origin}/`))) {
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    }
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  return { foreignRequests };
}

function normalise(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.toString();
}

export function readFixture(relative: string): string {
  return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', relative), 'utf8');
}
