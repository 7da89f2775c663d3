import { expect, test } from 'vitest';
import { loadedModules } from '../module-graph';

// The overlay and the composer run these in content scripts, whose bundles must stay free of zod
// (it is big, and MV3 needs it configured). Type-only imports are erased and do not count.
const ZOD_FREE = ['utils/norms/counter.ts', 'utils/norms/week.ts', 'utils/norms/text.ts', 'utils/norms/lookup.ts'];

test.each(ZOD_FREE)('%s loads no zod', (file) => {
  const loaded = [...loadedModules(file)];
  expect(loaded.filter((m) => m === 'zod' || m.startsWith('zod/') || m === 'utils/zod.ts' || m === 'utils/norms/schema.ts')).toEqual([]);
});

test('the check sees through to zod where it is loaded', () => {
  expect([...loadedModules('utils/norms/profiles.ts')]).toContain('utils/zod.ts');
});
