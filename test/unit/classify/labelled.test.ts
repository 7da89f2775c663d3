import { describe, expect, test } from 'vitest';
import { classify } from '../../../utils/classify';
import { labelledSamples } from './fixtures';

describe('labelled samples (test/fixtures/classify/labelled.tsv)', () => {
  test.each(labelledSamples())('%j %s', (labels, text) => {
    const v = classify(text);
    expect([...v.categories].sort()).toEqual([...labels].sort());
    if (!labels.length) expect(v.action).toBe('none');
    else if (labels.includes('obscene') || labels.includes('insult')) expect(v.action).toBe('delete_and_blacklist');
    else expect(v.action).toMatch(/^delete/);
  });
});
