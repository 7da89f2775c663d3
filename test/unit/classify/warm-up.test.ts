import { describe, expect, test, vi } from 'vitest';
import type * as Classify from '../../../utils/classify';
import { innocentComments, labelledSamples } from './fixtures';

type Classifier = typeof Classify;

/** A fresh copy of the classifier: its tables and counters as a new worker has them. */
async function fresh(): Promise<Classifier> {
  vi.resetModules();
  return import('../../../utils/classify');
}

describe('warmUp', () => {
  const texts = [...labelledSamples().map(([, text]) => text), ...innocentComments()];

  test('changes no verdict: the tables it builds early read as the ones built on demand', async () => {
    // Cold, the first comments are searched for phrases without the start table (see spam.ts), the
    // rest with it; warmed, all of them with it.
    const cold = await fresh();
    const expected = texts.map((t) => cold.classify(t));
    const warm = await fresh();
    warm.warmUp();
    expect(texts.map((t) => warm.classify(t))).toEqual(expected);
  });

  test('may be called again, and after comments were read', async () => {
    const c = await fresh();
    const before = c.classify('Заработок от 5000 в день, пиши в лс');
    c.warmUp();
    c.warmUp();
    expect(c.classify('Заработок от 5000 в день, пиши в лс')).toEqual(before);
  });
});
