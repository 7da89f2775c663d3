import { expect, test } from 'vitest';
import { loadedModules } from '../module-graph';

// The composer panel runs the check in content scripts, whose bundles stay free of zod and of
// the extension APIs. Type-only imports are erased and do not count.

test('utils/style (what the composer imports) loads no zod, no packages and nothing outside utils/style', () => {
  const loaded = [...loadedModules('utils/style/index.ts')];
  expect(loaded.length).toBeGreaterThan(5);
  expect(loaded.filter((m) => !m.startsWith('utils/style/'))).toEqual([]);
});

test('the check sees through to zod where it is loaded', () => {
  expect([...loadedModules('utils/style/schema.ts')]).toContain('utils/zod.ts');
});
