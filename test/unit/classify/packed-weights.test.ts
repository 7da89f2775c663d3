import { describe, expect, test } from 'vitest';
import { modelWeights } from '../../../utils/classify/learned';
import { packWeights, unpackWeights } from '../../../utils/classify/packed-weights';

describe('packed weights', () => {
  test('names are written as what they add to the one before, weights in hundredths', () => {
    const lines = packWeights({ 'w:зарег': 0.12, 'w:зараб': 2.15, 'w:заран': -0.4 });
    expect(lines).toEqual(['0w:зараб215;6н-40;5ег12;']);
    expect(Object.fromEntries(unpackWeights(lines))).toEqual({ 'w:зараб': 2.15, 'w:заран': -0.4, 'w:зарег': 0.12 });
  });

  test('a line begins where the first three characters change, and the sharing runs on across lines', () => {
    const weights = { 'b:^ а': -2.65, 'b:^ авар': -0.63, 'b:а в': 0.5, 'w:а': 1, 'w:аб': -1 };
    const lines = packWeights(weights);
    expect(lines).toEqual(['0b:^ а-265;5вар-63;', '2а в50;', '0w:а100;3б-100;']);
    expect(Object.fromEntries(unpackWeights(lines))).toEqual(weights);
  });

  test('the committed model packs back to the same weights', () => {
    const all = modelWeights();
    const words = Object.fromEntries([...all].filter(([name]) => !name.startsWith('#')));
    expect(Object.keys(words).length).toBeGreaterThan(1000);
    expect(Object.fromEntries(unpackWeights(packWeights(words)))).toEqual(words);
    expect(all.get('#emoji')).toBeGreaterThan(0);
  });

  test.each([
    ['a name with a digit', { 'w:a1': 1 }],
    ['a name with a minus', { 'w:a-b': 1 }],
    ['a name with ";"', { 'w:a;b': 1 }],
    ['a weight finer than hundredths', { 'w:а': 0.125 }],
  ])('refuses what it cannot write back: %s', (_, weights) => {
    expect(() => packWeights(weights)).toThrow(/packed weights/);
  });

  test.each([
    ['no weight', ['0w:а;']],
    ['no name', ['0-12;']],
    ['no ";"', ['0w:а12']],
    ['more letters shared than the previous name has', ['0w:а12;5б3;']],
    ['no count of shared letters', ['w:а12;']],
  ])('refuses a malformed entry: %s', (_, lines) => {
    expect(() => unpackWeights(lines)).toThrow(/packed weights/);
  });
});
