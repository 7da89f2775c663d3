import type { DraftCheck } from '~/utils/messages';
import { formatCitation } from '~/utils/norms/lookup';
import { advisedDecision, CATEGORY_LABELS } from '~/utils/moderation/verdict';
import { pick, t, uiLanguage } from '~/utils/i18n';

const SHOWN_FINDINGS = 6;

/**
 * The panel under the network's post editor: what publishing does to the week, the style of the
 * draft, and whether it holds what the page deletes in comments. Texts are rendered as text.
 */
export function ComposerPanel({ check, isRepost }: { check: DraftCheck | null; isRepost: boolean }) {
  if (!check) {
    return (
      <aside class="norma-composer" data-testid="norma-composer" data-state="empty">
        <strong>{t('composerTitle')}</strong>
        <p class="norma-muted">{t('composerEmpty')}</p>
      </aside>
    );
  }
  const { week, style, verdict } = check;
  const cap = week.status.citations.find((c) => c.kind === 'repost-share-max');
  const findings = style.findings.slice(0, SHOWN_FINDINGS);
  // What the page would delete in a comment; a weak signal (a review) is not held against a post.
  const deleted = advisedDecision(verdict) ? verdict.categories : [];
  return (
    <aside
      class={`norma-composer${week.breaksCap ? ' norma-composer--warn' : ''}`}
      data-testid="norma-composer"
      data-state="checked"
      data-repost={String(isRepost)}
      data-breaks-cap={String(week.breaksCap)}
      data-findings={String(style.findings.length)}
      data-clarity={String(style.scores.clarity)}
      data-categories={verdict.categories.join(',')}
      data-action={verdict.action}
    >
      <strong>{t('composerTitle')}</strong>
      <p data-testid="norma-composer-week" title={cap?.citation ? t('citationHint', formatCitation(cap.citation)) : undefined}>
        {uiLanguage() === 'en' ? week.messageEn : week.message}
      </p>
      {week.breaksCap && (
        <p class="norma-composer__warn" role="alert" data-testid="norma-composer-cap">
          {t('composerCapBreak')} {cap?.citation ? t('citationHint', formatCitation(cap.citation)) : ''}
        </p>
      )}
      {deleted.length > 0 && (
        <p class="norma-composer__warn" role="alert" data-testid="norma-composer-violation">
          {t('composerViolation', deleted.map((c) => pick(CATEGORY_LABELS[c])).join(', '))}
        </p>
      )}
      <p class="norma-muted" data-testid="norma-composer-scores">
        {t('composerStyle', style.scores.clarity, style.scores.readability)}
      </p>
      {style.findings.length === 0 ? (
        <p>{t('composerNoFindings')}</p>
      ) : (
        <>
          <p>{t('composerFindings', style.findings.length)}</p>
          <ul class="norma-composer__findings">
            {findings.map((f) => (
              <li key={`${f.start}-${f.kind}`} data-testid="norma-composer-finding" data-kind={f.kind}>
                <mark>{f.text.length > 80 ? `${f.text.slice(0, 80)}…` : f.text}</mark> — <strong>{f.name}</strong>: {f.hint}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
