#!/usr/bin/env node
// `npm start`: on a fresh clone, install what is missing, build, and open Chromium with the
// extension on bundled demo pages of a VK community, an OK group and a Telegram channel.
//   npm start                 headed when a display exists
//   npm start -- --headless   prints what the extension found on each page, saves screenshots
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const args = process.argv.slice(2);
const run = (cmd, cmdArgs, options = {}) => {
  console.log(`▶ ${cmd} ${cmdArgs.join(' ')}`);
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`✖ ${cmd} ${cmdArgs.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
};

// 1. Dependencies (npm ci on a fresh clone; nothing when they are already there).
if (!fs.existsSync('node_modules/.package-lock.json')) run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=warn']);

// 2. Chromium: Debian's package (the only browser this project downloads nothing for).
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missingRussian = !process.env.CHROMIUM_PATH && fs.existsSync('/usr/lib/chromium') && !fs.existsSync('/usr/lib/chromium/locales/ru.pak');
if (!fs.existsSync(chromium) || missingRussian) {
  const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (canApt) {
    run('apt-get', ['update', '-qq']);
    // chromium-l10n: the Russian UI locale, so the extension speaks Russian as for its users.
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'chromium-l10n'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else if (missingRussian) {
    console.warn('Chromium has no Russian UI locale: the extension will speak English. Install it: sudo apt-get install chromium-l10n');
  } else {
    console.error(`✖ Chromium not found at ${chromium}.\n  Install it: sudo apt-get install chromium   (or set CHROMIUM_PATH to a Chromium/Chrome binary)`);
    process.exit(1);
  }
}

// 3. Build, then 4. the demo.
run('npx', ['wxt', 'build']);
const headless = args.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
if (headless && !args.includes('--headless')) console.log('No display found: running headless.');
run('npx', ['tsx', 'scripts/demo.ts', ...(headless ? ['--headless'] : [])]);
