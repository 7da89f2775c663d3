import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, for reading its sources as text. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The modules `file` imports at run time; type-only imports are erased and do not count. */
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

/** Every module `file` loads at run time: packages by name, project files by path from the root. */
export function loadedModules(file: string, seen = new Set<string>()): Set<string> {
  for (const spec of valueImports(file)) {
    const local = resolveSpec(file, spec);
    const key = local ?? spec;
    if (seen.has(key)) continue;
    seen.add(key);
    if (local !== null) loadedModules(local, seen);
  }
  return seen;
}
