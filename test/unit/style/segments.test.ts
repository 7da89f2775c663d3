import { expect, test } from 'vitest';
import { checkStyle } from '~/utils/style';
import { segmentsOf } from '~/utils/style/segments';
import { PRESS_RELEASE_4K } from './texts';

test('pieces join back into the text, each covered by the findings over it', () => {
  const text = 'В рамках праздника. Ярмарка!';
  const findings = [
    { start: 0, end: 8 },
    { start: 0, end: 19 },
  ];
  expect(segmentsOf(text, findings).map((s) => [s.text, s.findings])).toEqual([
    ['В рамках', [0, 1]],
    [' праздника.', [1]],
    [' Ярмарка!', []],
  ]);
});

test.each([
  ['no findings', 'Просто текст.', []],
  ['empty text', '', []],
  ['a finding out of range is clamped', 'абв', [{ start: 2, end: 10 }]],
])('%s', (_, text, findings) => {
  const pieces = segmentsOf(text, findings);
  expect(pieces.map((p) => p.text).join('')).toBe(text);
  for (const p of pieces) expect(p.end).toBeGreaterThan(p.start);
});

test('a real report: the pieces cover the text exactly, marks where findings are', () => {
  const report = checkStyle(PRESS_RELEASE_4K);
  const pieces = segmentsOf(PRESS_RELEASE_4K, report.findings);
  expect(pieces.map((p) => p.text).join('')).toBe(PRESS_RELEASE_4K);
  for (const p of pieces) {
    for (const j of p.findings) {
      const f = report.findings[j]!;
      expect(f.start <= p.start && p.end <= f.end).toBe(true);
    }
  }
  const marked = pieces.filter((p) => p.findings.some((j) => report.findings[j]!.kind === 'bureaucratese'));
  expect(marked.map((p) => p.text)).toContain('В рамках');
});
