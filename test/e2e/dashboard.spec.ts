/**
 * The dashboard in Chromium with the built extension: the log is filled through its own JSON
 * import (no test hook ships in the extension), filtered, exported, and the files read back.
 */
import fs from 'node:fs';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

// Russian UI (the extension speaks the browser's language) and a fixed zone for the dates.
test.use({ locale: 'ru-RU', timezoneId: 'Europe/Moscow' });

const DAY = 86_400_000;
const NOW = Date.now();
const HOSTILE = '=HYPERLINK("https://evil.example","жми") <img src=x onerror="document.title=\'pwned\'">';

interface Entry {
  uid: string;
  at: number;
  moderator: string;
  network: 'vk' | 'ok' | 'telegram';
  pageKey: string;
  postId: string | null;
  commentId: string;
  commentUrl: string | null;
  authorKey: string | null;
  authorName: string;
  authorUrl: string | null;
  text: string;
  categories: string[];
  terms: string[];
  rulesetVersion: string;
  decision: 'delete' | 'delete_and_blacklist' | 'dismiss';
  outcome: 'pending' | 'done' | 'failed';
  outcomeNote: string | null;
  updatedAt: number;
}

/** 300 entries over the last 150 days: three pages, three decisions, one hostile text. */
function entries(): Entry[] {
  return Array.from({ length: 300 }, (_, i) => {
    const at = NOW - i * (DAY / 2) - 60_000;
    return {
      uid: `e2e-${i}`,
      at,
      moderator: ['Иванова', 'Петров'][i % 2]!,
      network: 'vk',
      pageKey: `vk:club${i % 3}`,
      postId: `-1_${i}`,
      commentId: `c${i}`,
      commentUrl: `https://vk.com/wall-1_${i}?reply=${i}`,
      authorKey: `vk:id${i % 10}`,
      authorName: `Автор ${i % 10}`,
      authorUrl: `https://vk.com/id${i % 10}`,
      text: i === 7 ? HOSTILE : i % 5 === 0 ? `Ёлки-палки, купите слонов №${i}` : `Комментарий №${i}`,
      categories: [['spam'], ['insult'], ['obscene']][i % 3]!,
      terms: [],
      rulesetVersion: '2026.1',
      decision: (['delete', 'delete_and_blacklist', 'dismiss'] as const)[i % 3]!,
      outcome: i % 4 === 0 ? 'pending' : 'done',
      outcomeNote: null,
      updatedAt: at,
    };
  });
}

function logFile(list: Entry[]): string {
  return JSON.stringify({ format: 'norma-log', version: 1, exportedAt: new Date(NOW).toISOString(), description: 'e2e', count: list.length, entries: list });
}

async function importFile(page: Page, name: string, text: string) {
  await page.getByTestId('norma-tab-data').click();
  await page.getByTestId('norma-import-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return fs.readFileSync(await file.path());
}

test('import, filter, export CSV/XLSX/JSON and read them back', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const all = entries();
  await importFile(page, 'log.json', logFile(all));
  await expect(page.getByTestId('norma-import-result')).toContainText('Добавлено записей: 300; уже были: 0');

  await page.getByTestId('norma-tab-log').click();
  const log = page.getByTestId('norma-log');
  await expect(log).toHaveAttribute('data-total', '300');
  await expect(page.getByTestId('norma-dashboard')).toHaveAttribute('data-log', '300');
  // Virtual scrolling: far fewer rows in the DOM than entries.
  const rendered = await page.getByTestId('norma-log-row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);

  // Hostile text is text: no element made from it, the title untouched.
  await page.getByTestId('norma-filter-text').fill('HYPERLINK');
  await expect(log).toHaveAttribute('data-total', '1');
  await expect(page.getByTestId('norma-log-row').first()).toContainText('<img src=x');
  expect(await page.locator('.norma-log-table img').count()).toBe(0);
  expect(await page.title()).not.toBe('pwned');

  // A page and a decision, and a word in the text (ё = е, any case).
  await page.getByTestId('norma-filter-text').fill('');
  await page.getByTestId('norma-filter-page').selectOption('vk:club1');
  await page.getByTestId('norma-filter-decision-delete_and_blacklist').check();
  const expected = all.filter((e) => e.pageKey === 'vk:club1' && e.decision === 'delete_and_blacklist');
  await expect(log).toHaveAttribute('data-total', String(expected.length));
  await page.getByTestId('norma-filter-text').fill('ЕЛКИ');
  const withText = expected.filter((e) => e.text.startsWith('Ёлки'));
  await expect(log).toHaveAttribute('data-total', String(withText.length));
  await page.getByTestId('norma-filter-text').fill('');
  await expect(log).toHaveAttribute('data-total', String(expected.length));

  // CSV for a Russian Excel, read back.
  const csv = (await download(page, 'norma-export-csv')).toString('utf8');
  await expect(page.getByTestId('norma-export-done')).toContainText('norma-log-');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('\r\n');
  const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(rows[0]?.[0]).toBe('Дата и время');
  expect(rows).toHaveLength(expected.length + 1);
  const uidColumn = rows[0]!.indexOf('Идентификатор записи');
  expect(new Set(rows.slice(1).map((r) => r[uidColumn]))).toEqual(new Set(expected.map((e) => e.uid)));
  expect(rows.slice(1).every((r) => /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/.test(r[0] ?? ''))).toBe(true);
  // Newest first, as on screen.
  expect(rows[1]?.[uidColumn]).toBe(expected[0]?.uid);

  // XLSX, read back with the library's reader.
  const xlsx = await download(page, 'norma-export-xlsx');
  const [sheet] = await readXlsxFile(xlsx);
  expect(sheet?.data).toHaveLength(expected.length + 1);
  expect(sheet?.data[1]?.[0]).toBeInstanceOf(Date);

  // JSON: re-importing it adds nothing.
  const json = (await download(page, 'norma-export-json')).toString('utf8');
  expect(JSON.parse(json).entries).toHaveLength(expected.length);
  await importFile(page, 'again.json', json);
  await expect(page.getByTestId('norma-import-result')).toContainText(`Добавлено записей: 0; уже были: ${expected.length}`);
});

test('a hostile export is neutralised in CSV', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await importFile(page, 'log.json', logFile(entries().slice(0, 10)));
  await expect(page.getByTestId('norma-import-result')).toContainText('Добавлено записей: 10');
  await page.getByTestId('norma-tab-log').click();
  await page.getByTestId('norma-filter-text').fill('HYPERLINK');
  await expect(page.getByTestId('norma-log')).toHaveAttribute('data-total', '1');
  const csv = (await download(page, 'norma-export-csv')).toString('utf8');
  const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
  const text = rows[1]?.[rows[0]!.indexOf('Текст комментария')];
  expect(text).toBe(`'${HOSTILE}`);
});

test('a malformed file is refused with a message and changes nothing', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await importFile(page, 'log.json', logFile(entries().slice(0, 5)));
  await expect(page.getByTestId('norma-import-result')).toContainText('Добавлено записей: 5');
  const bad = entries().slice(5, 10);
  (bad[3] as unknown as Record<string, unknown>).decision = 'ban';
  await importFile(page, 'bad.json', logFile(bad));
  await expect(page.getByTestId('norma-import-error')).toContainText('запись № 4 (uid «e2e-8»), поле «decision»');
  await importFile(page, 'cut.json', logFile(bad).slice(0, 500));
  await expect(page.getByTestId('norma-import-error')).toContainText('обрывается');
  await page.getByTestId('norma-tab-log').click();
  await expect(page.getByTestId('norma-log')).toHaveAttribute('data-total', '5');
});

test('follow-up, author history, charts, report and retention', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const all = entries();
  await importFile(page, 'log.json', logFile(all));
  await expect(page.getByTestId('norma-import-result')).toContainText('Добавлено записей: 300');

  await page.getByTestId('norma-tab-pending').click();
  await expect(page.getByTestId('norma-pending')).toHaveAttribute('data-count', String(all.filter((e) => e.outcome === 'pending').length));

  await page.getByTestId('norma-tab-log').click();
  // Sorting from the column header: oldest first, then back to newest first.
  await expect(page.getByTestId('norma-log-row').first()).toHaveAttribute('data-uid', 'e2e-0');
  await page.getByTestId('norma-sort-at').click();
  await expect(page.getByTestId('norma-log-row').first()).toHaveAttribute('data-uid', 'e2e-299');
  await page.getByTestId('norma-sort-at').click();
  await expect(page.getByTestId('norma-log-row').first()).toHaveAttribute('data-uid', 'e2e-0');
  await page.getByTestId('norma-log-row').first().click();
  await page.getByTestId('norma-author-history-open').click();
  await expect(page.getByTestId('norma-author-history')).toHaveAttribute('data-count', '30');

  await page.getByTestId('norma-tab-charts').click();
  await expect(page.getByTestId('norma-charts')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('norma-chart-weekly')).toBeVisible();
  await expect(page.getByTestId('norma-chart-false-alarms')).toBeVisible();

  await page.getByTestId('norma-tab-reports').click();
  await expect(page.getByTestId('norma-report')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('norma-report-row')).toHaveCount(3);
  const csv = (await download(page, 'norma-report-csv')).toString('utf8');
  expect(csv.split('\r\n')[1]).toContain('Отмечено');

  await page.getByTestId('norma-tab-data').click();
  await page.getByTestId('norma-retention-months').selectOption('3');
  const older = all.filter((e) => e.at < NOW - 92 * DAY).length;
  const count = page.getByTestId('norma-retention-count');
  await expect(count).toHaveAttribute('data-count', /\d+/);
  const shown = Number(await count.getAttribute('data-count'));
  expect(Math.abs(shown - older)).toBeLessThanOrEqual(8);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('norma-retention-delete').click();
  await expect(page.getByTestId('norma-retention-done')).toContainText(`Удалено записей: ${shown}`);
  await expect(page.getByTestId('norma-dashboard')).toHaveAttribute('data-log', String(300 - shown));
});

test('a backup restores everything after entries were deleted', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await importFile(page, 'log.json', logFile(entries()));
  await expect(page.getByTestId('norma-import-result')).toContainText('Добавлено записей: 300');
  const backup = await download(page, 'norma-backup');
  expect(JSON.parse(backup.toString('utf8')).tables.log).toHaveLength(300);

  // 300 entries half a day apart span 150 days: three months' retention deletes the older ones.
  await page.getByTestId('norma-retention-months').selectOption('3');
  const count = page.getByTestId('norma-retention-count');
  await expect(count).toHaveAttribute('data-count', /^[1-9]\d*$/);
  const deleted = Number(await count.getAttribute('data-count'));
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('norma-retention-delete').click();
  await expect(page.getByTestId('norma-dashboard')).toHaveAttribute('data-log', String(300 - deleted));

  const restoreDialog = page.waitForEvent('dialog');
  await page.getByTestId('norma-restore-input').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  const dialog = await restoreDialog;
  expect(dialog.message()).toContain('записей журнала — 300');
  await dialog.accept();
  await expect(page.getByTestId('norma-restore-done')).toContainText('записей журнала — 300');
  await expect(page.getByTestId('norma-dashboard')).toHaveAttribute('data-log', '300');
});
