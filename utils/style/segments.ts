/**
 * The text cut where findings start and end, for highlighting: each piece knows which findings
 * cover it. Callers render pieces as text (never as markup: the text is the user's).
 */
import type { Finding, FindingKind } from './types';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Indices into the findings, in their order. */
  findings: number[];
}

/** Kinds that cover whole sentences or paragraphs: shown under the words, not as marks. */
export const BLOCK_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>(['long-sentence', 'wall']);

export function segmentsOf(text: string, findings: readonly Pick<Finding, 'start' | 'end'>[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const f of findings) {
    cuts.add(Math.max(0, Math.min(text.length, f.start)));
    cuts.add(Math.max(0, Math.min(text.length, f.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const start = points[i - 1]!;
    const end = points[i]!;
    if (end <= start) continue;
    const covering: number[] = [];
    findings.forEach((f, j) => {
      if (f.start <= start && f.end >= end) covering.push(j);
    });
    out.push({ start, end, text: text.slice(start, end), findings: covering });
  }
  return out;
}
