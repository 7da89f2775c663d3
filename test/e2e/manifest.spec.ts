import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../../scripts/chromium';
import { SERVED_MATCHES } from '../../utils/sites/hosts';

// Least privilege, checked on what is actually shipped.
for (const target of ['chrome-mv3', 'firefox-mv2']) {
  test(`${target} manifest asks only for what features use`, () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, '.output', target, 'manifest.json'), 'utf8'));
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/"\*:\/\/\*\/\*"|"https?:\/\/\*\/\*"/);

    const permissions: string[] = manifest.permissions ?? [];
    const hosts: string[] = target === 'chrome-mv3' ? manifest.host_permissions : permissions.filter((p) => p.includes('://'));
    expect(permissions.filter((p) => !p.includes('://')).sort()).toEqual(['storage', 'unlimitedStorage']);
    expect([...hosts].sort()).toEqual([...SERVED_MATCHES].sort());

    for (const script of manifest.content_scripts ?? []) {
      for (const match of script.matches) expect(SERVED_MATCHES).toContain(match);
    }
    // Nothing of the extension is exposed to pages (the overlay's CSS is bundled into its script).
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    // No remote code: only packaged scripts, and the default extension CSP.
    expect(text).not.toMatch(/https?:\/\/[^"]*\.js/);
    if (manifest.content_security_policy) expect(JSON.stringify(manifest.content_security_policy)).not.toMatch(/https?:|unsafe-eval/);
    expect(manifest.default_locale).toBe('ru');
  });
}
