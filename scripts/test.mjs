#!/usr/bin/env node
// `npm test`: everything, in the order a failure is cheapest to find — typecheck, lint, unit tests,
// both builds (+ Firefox lint), then the e2e suite in Chromium with the built extension.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

fs.rmSync('test-results', { recursive: true, force: true });
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']],
  ['build (Chrome, MV3)', 'npx', ['wxt', 'build']],
  ['build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['Firefox lint (web-ext)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted', '--no-input']],
  ['e2e (Chromium)', 'npx', ['playwright', 'test']],
];

for (const [name, cmd, args] of steps) {
  if (name.startsWith('e2e') && !fs.existsSync(chromium)) {
    console.error(`\n✖ Chromium not found at ${chromium}.\n  Install it: sudo apt-get install chromium   (or set CHROMIUM_PATH to a Chromium/Chrome binary)`);
    process.exit(1);
  }
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    summary();
    process.exit(result.status || 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
summary();

function summary() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    const unit = JSON.parse(fs.readFileSync('test-results/unit.json', 'utf8'));
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
    skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  } catch {
    /* unit tests did not run */
  }
  try {
    const e2e = JSON.parse(fs.readFileSync('test-results/e2e.json', 'utf8'));
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected;
    skipped += e2e.stats.skipped;
  } catch {
    /* e2e did not run */
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}
