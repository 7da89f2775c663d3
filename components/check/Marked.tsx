import type { ComponentChild } from 'preact';
import { BLOCK_KINDS, segmentsOf, type Finding, type Severity } from '~/utils/style';

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * The draft with its findings marked. The draft is the user's text: it is only ever rendered as
 * text children of `<mark>` and `<span>`, never parsed as markup.
 */
export function Marked({ text, findings, onPick }: { text: string; findings: readonly Finding[]; onPick: (f: Finding) => void }) {
  const children: ComponentChild[] = [];
  for (const seg of segmentsOf(text, findings)) {
    const covering = seg.findings.map((j) => findings[j]!);
    const inline = covering.filter((f) => !BLOCK_KINDS.has(f.kind)).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const block = covering.filter((f) => BLOCK_KINDS.has(f.kind));
    const title = covering.map((f) => `${f.name}: ${f.hint}`).join('\n');
    const main = inline[0];
    if (main) {
      children.push(
        <mark
          key={seg.start}
          class={`norma-mark norma-mark--${main.kind}${block.length ? ' norma-mark--in-block' : ''}`}
          data-testid="norma-style-mark"
          data-kind={main.kind}
          data-kinds={[...new Set(covering.map((f) => f.kind))].join(' ')}
          title={title}
          onClick={() => onPick(main)}
        >
          {seg.text}
        </mark>,
      );
    } else if (block.length) {
      children.push(
        <span key={seg.start} class={block.map((f) => `norma-block norma-block--${f.kind}`).join(' ')} data-kinds={block.map((f) => f.kind).join(' ')} title={title}>
          {seg.text}
        </span>,
      );
    } else {
      children.push(seg.text);
    }
  }
  return (
    <div class="norma-check__marked" data-testid="norma-style-text">
      {children}
    </div>
  );
}
