import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../fixtures/classify/', import.meta.url));

/** Innocent comments (test/fixtures/classify/innocent.txt). */
export function innocentComments(): string[] {
  return readFileSync(`${dir}innocent.txt`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
}

/** Labelled samples (test/fixtures/classify/labelled.tsv): [labels, text]. */
export function labelledSamples(): [string[], string][] {
  return readFileSync(`${dir}labelled.tsv`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [labels, text] = l.split('\t') as [string, string];
      return [labels === 'clean' ? [] : labels.split(','), text];
    });
}
