import { FINDING_KINDS, type Finding, type StyleReport } from '~/utils/style';
import { t } from '~/utils/i18n';
import { KIND_LABEL } from './kinds';

const QUOTE_MAX = 90;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat;
}

/** Counts by kind and the findings in text order, each with its hint; a click selects it in the draft. */
export function Findings({ report, onPick }: { report: StyleReport; onPick: (f: Finding) => void }) {
  const { findings, stats } = report;
  if (!findings.length) {
    return (
      <p class="norma-check__clean" data-testid="norma-style-clean">
        {t('checkNoFindings')}
      </p>
    );
  }
  return (
    <section>
      <ul class="norma-check__counts" data-testid="norma-style-counts">
        {FINDING_KINDS.filter((k) => stats.byKind[k] > 0).map((k) => (
          <li key={k} class={`norma-chip norma-chip--${k}`} data-kind={k} data-count={stats.byKind[k]}>
            {t(KIND_LABEL[k])}: {stats.byKind[k]}
          </li>
        ))}
      </ul>
      <h2>{t('checkFindingsTitle', findings.length)}</h2>
      <ol class="norma-check__findings">
        {findings.map((f) => (
          <li key={`${f.start}-${f.end}-${f.kind}`} data-testid="norma-style-finding" data-kind={f.kind} data-severity={f.severity} data-start={f.start} data-end={f.end}>
            <button type="button" class="norma-check__pick" title={t('checkFindingSelect')} onClick={() => onPick(f)}>
              <span class={`norma-chip norma-chip--${f.kind}`}>{f.name}</span> <q>{quote(f.text)}</q>
            </button>
            <div class="norma-check__hint">{f.hint}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
