import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// The composer panel runs the check in content scripts, whose bundles stay free of zod and of
// the extension APIs. Type-only imports are erased and do not count.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function valueImports(file: string): string[] {
  const source = readFileSync(resolve(ROOT, file), 'utf8');
  const specs: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gms)) {
    if (m[2] === undefined && m[3] !== undefined) specs.push(m[3]);
  }
  return specs;
}

function resolveSpec(from: string, spec: string): string | null {
  if (spec.startsWith('~/')) return `${spec.slice(2)}.ts`;
  if (spec.startsWith('.')) return `${resolve(ROOT, dirname(from), spec).slice(ROOT.length + 1)}.ts`;
  return null;
}

function closure(file: string, seen = new Set<string>()): Set<string> {
  for (const spec of valueImports(file)) {
    const local = resolveSpec(file, spec);
    const key = local ?? spec;
    if (seen.has(key)) continue;
    seen.add(key);
    if (local !== null) closure(local, seen);
  }
  return seen;
}

test('utils/style (what the composer imports) loads no zod, no packages and nothing outside utils/style', () => {
  const loaded = [...closure('utils/style/index.ts')];
  expect(loaded.length).toBeGreaterThan(5);
  expect(loaded.filter((m) => !m.startsWith('utils/style/'))).toEqual([]);
});

test('the check sees through to zod where it is loaded', () => {
  expect([...closure('utils/style/schema.ts')]).toContain('utils/zod.ts');
});
