import type { StyleReport } from '~/utils/style';
import { t, uiLanguage } from '~/utils/i18n';

function level(score: number): 'green' | 'amber' | 'red' {
  return score >= 8 ? 'green' : score >= 5 ? 'amber' : 'red';
}

function Score({ id, label, value }: { id: string; label: string; value: number }) {
  const shown = value.toLocaleString(uiLanguage() === 'en' ? 'en-GB' : 'ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div class={`norma-check__score norma-level--${level(value)}`} data-testid={`norma-style-score-${id}`} data-value={value}>
      <div class="norma-check__score-label">{label}</div>
      <div class="norma-check__score-value">{t('checkScoreOf', shown)}</div>
    </div>
  );
}

/** The two scores and the counts they come from. */
export function Scores({ report }: { report: StyleReport }) {
  const { scores, stats } = report;
  return (
    <section class="norma-check__scores" aria-live="polite">
      <div class="norma-check__score-row">
        <Score id="clarity" label={t('checkScoreClarity')} value={scores.clarity} />
        <Score id="readability" label={t('checkScoreReadability')} value={scores.readability} />
      </div>
      <p class="norma-muted" data-testid="norma-style-stats" data-words={stats.words} data-sentences={stats.sentences} data-chars={stats.chars} data-paragraphs={stats.paragraphs}>
        {t('checkStats', stats.words, stats.sentences, stats.paragraphs, stats.chars)}
      </p>
      <p class="norma-muted">{t('checkScoreHelp')}</p>
    </section>
  );
}
