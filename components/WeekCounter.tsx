import type { WeekStatus } from '~/utils/norms/counter';
import { formatCitation } from '~/utils/norms/lookup';
import { formatPercent } from '~/utils/norms/text';
import { pick, t, uiLanguage } from '~/utils/i18n';

const LEVEL_TEXT = {
  green: 'weekLevelGreen',
  amber: 'weekLevelAmber',
  red: 'weekLevelRed',
  none: 'weekLevelNone',
} as const;

/**
 * This week's publications and reposts against the page's norm. The root carries the numbers as
 * data attributes for tests and tools; each norm line shows its clause on hover.
 */
export function WeekCounter({ status }: { status: WeekStatus }) {
  const lang = uiLanguage();
  const min = status.citations.find((c) => c.kind === 'posts-per-week-min');
  const cap = status.citations.find((c) => c.kind === 'repost-share-max');
  const reasons = lang === 'en' ? status.reasonsEn : status.reasons;
  const hint = (c: typeof min) => (c ? `${pick(c.description)}\n${c.citation ? t('citationHint', formatCitation(c.citation)) : ''}`.trim() : undefined);

  return (
    <div
      class={`norma-week norma-week--${status.level}`}
      data-testid="norma-week-counter"
      data-posts={String(status.posts)}
      data-reposts={String(status.reposts)}
      data-norm-min={status.normMin === null ? '' : String(status.normMin)}
      data-repost-share={String(status.repostShare)}
      data-repost-max={status.repostShareMax === null ? '' : String(status.repostShareMax)}
      data-level={status.level}
      data-complete={String(status.complete)}
      data-days-left={String(status.daysLeft)}
      data-needed-per-day={String(status.neededPerDay)}
    >
      <div class="norma-week__head">
        <span class="norma-week__label">{t('weekTitle', pick(status.weekLabel))}</span>
        <span class={`norma-level norma-level--${status.level}`}>{t(LEVEL_TEXT[status.level])}</span>
      </div>
      <div class="norma-week__line" title={hint(min)} data-testid="norma-week-posts">
        {status.normMin === null ? t('weekPosts', status.posts) : t('weekPostsOfNorm', status.posts, status.normMin)}
      </div>
      <div class="norma-week__line" title={hint(cap)} data-testid="norma-week-reposts">
        {status.repostShareMax === null
          ? t('weekReposts', status.reposts, formatPercent(status.repostShare, lang))
          : t('weekRepostsOfCap', status.reposts, formatPercent(status.repostShare, lang, status.repostShareMax), formatPercent(status.repostShareMax, lang))}
      </div>
      {status.normMin !== null && status.daysLeft > 0 && (
        <div class="norma-week__line norma-muted">
          {t('weekDaysLeft', status.daysLeft)}
          {status.neededPerDay > 0 ? ` · ${t('weekNeededPerDay', status.neededPerDay)}` : ''}
        </div>
      )}
      {!status.complete && (
        <p class="norma-week__scroll" role="status" data-testid="norma-week-scroll">
          {t('weekScrollMore')}
        </p>
      )}
      {reasons.length > 0 && (
        <details class="norma-week__reasons">
          <summary>{reasons[0]}</summary>
          <ul>
            {reasons.slice(1).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
