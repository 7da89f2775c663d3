/**
 * `npm run bench -- log`: the moderation log at 100,000 entries in a real IndexedDB.
 *
 * Node has no IndexedDB worth measuring (fake-indexeddb is an in-memory model), so the measured
 * code runs in Chromium: test/bench/log-page.ts (the project's own utils/db and utils/export)
 * is bundled with esbuild and evaluated in the built extension's dashboard page, the origin the
 * log lives in. The evaluation goes through the DevTools protocol, which the page's CSP does not
 * govern, so the extension ships no bench code and no test hook. See docs/log.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { EXTENSION_DIR, launchWithExtension, ROOT } from '../../scripts/chromium';
import type { LogBenchResult } from './log-page';
import type { BenchResult, BenchSuite } from './types';

const N = 100_000;
const TARGETS: Record<string, number> = { 'log-insert-100k': 3000, 'log-query': 100, 'log-export-csv-100k': 2000 };

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'test/bench/log-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__normaLogBench',
    platform: 'browser',
    target: 'chrome120',
    alias: { '~': ROOT },
    logLevel: 'silent',
    // Evaluated code's `var` stays in the evaluation's scope: publish the module on the page.
    footer: { js: 'globalThis.__normaLogBench = __normaLogBench;' },
  });
  const code = out.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced nothing');
  return code;
}

/** The built export worker's path in the extension (its file name carries a content hash). */
function exportWorkerUrl(): string {
  const assets = path.join(EXTENSION_DIR, 'assets');
  const file = fs.readdirSync(assets).find((f) => /^export\.worker-.*\.js$/.test(f));
  if (!file) throw new Error(`no export worker in ${assets}`);
  return `/assets/${file}`;
}

export const logSuite: BenchSuite = {
  id: 'log',
  title: 'Moderation log: 100,000 entries in Chromium IndexedDB',
  async run(log) {
    // The page the code runs in is the built extension's: build it when it is not there yet.
    if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      log('building the extension (npx wxt build)…');
      const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      if (built.status !== 0) throw new Error('wxt build failed');
    }
    const code = await bundle();
    const { context, extensionId, close } = await launchWithExtension({ headless: true });
    try {
      const page = await context.newPage();
      page.on('console', (m) => log(`  [page] ${m.text()}`));
      await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
      await page.evaluate(code);
      const r = await page.evaluate(
        ([n, url]) => (globalThis as unknown as { __normaLogBench: { runLogBench(n: number, log: (l: string) => void, url: string): Promise<LogBenchResult> } }).__normaLogBench.runLogBench(n, console.log, url),
        [N, exportWorkerUrl()] as const,
      );
      const chromium = context.browser()?.version() ?? 'Chromium';
      const row = (name: string, ms: number, extra: Record<string, unknown> = {}): BenchResult => ({ name, suite: 'log', ms: Math.round(ms * 10) / 10, ...(TARGETS[name] ? { targetMs: TARGETS[name] } : {}), ...extra, chromium });
      return [
        row('log-insert-100k', r.insertMs, { entries: N }),
        row('log-query-first', r.coldQueryMs, { note: 'the same query, first of a new connection: the whole log read into its copy' }),
        row('log-query', r.queryMs, { matched: r.queryCount, filter: 'one page, last 30 days, deletions, newest first, first 50 rows read' }),
        row('log-query-all', r.queryAllMs, { matched: r.entries }),
        row('log-search-100k', r.searchMs, { matched: r.searchCount }),
        row('log-decision-first', r.firstDecisionMs, { note: "a worker's first decision: its digest of the log read" }),
        row('log-decision', r.decisionMs, { note: 'one decision written into the 100,000 (median of 21)' }),
        row('log-outcome', r.outcomeMs, { note: "the decision's outcome recorded (median of 21)" }),
        row('log-export-csv-100k', r.csvMs, { bytes: r.csvBytes }),
        row('log-export-xlsx-100k', r.xlsxMs, { bytes: r.xlsxBytes }),
        row('log-export-json-100k', r.jsonMs),
        row('log-idb-floor-insert-100k', r.floorInsertMs, { note: 'bare IndexedDB, one record per entry, no index, no library' }),
        row('log-idb-floor-read-100k', r.floorReadMs, { note: 'bare IndexedDB, one getAll of those records' }),
      ];
    } finally {
      await close();
    }
  },
  format(results) {
    const lines = ['| figure | ms | target | note |', '|---|---:|---:|---|'];
    for (const r of results) {
      const target = typeof r.targetMs === 'number' ? `< ${r.targetMs}` : '';
      const ok = typeof r.targetMs === 'number' && typeof r.ms === 'number' ? (r.ms < r.targetMs ? ' ✓' : ' ✗') : '';
      const note = [typeof r.note === 'string' ? r.note : '', r.matched !== undefined ? `${String(r.matched)} matched` : '', typeof r.bytes === 'number' ? `${(r.bytes / 2 ** 20).toFixed(1)} MiB` : ''].filter(Boolean).join(', ');
      lines.push(`| ${r.name} | ${String(r.ms)}${ok} | ${target} | ${note} |`);
    }
    return lines.join('\n');
  },
};
