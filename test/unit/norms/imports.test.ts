import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// The overlay and the composer run these in content scripts, whose bundles must stay free of zod
// (it is big, and MV3 needs it configured). Type-only imports are erased and do not count.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ZOD_FREE = ['utils/norms/counter.ts', 'utils/norms/week.ts', 'utils/norms/text.ts', 'utils/norms/lookup.ts'];

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

/** Every module `file` loads at run time, packages by name, project files by path. */
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

test.each(ZOD_FREE)('%s loads no zod', (file) => {
  const loaded = [...closure(file)];
  expect(loaded.filter((m) => m === 'zod' || m.startsWith('zod/') || m === 'utils/zod.ts' || m === 'utils/norms/schema.ts')).toEqual([]);
});

test('the check sees through to zod where it is loaded', () => {
  expect([...closure('utils/norms/profiles.ts')]).toContain('utils/zod.ts');
});
