import type { Verdict } from '~/utils/classify/types';
import type { AuthorSummary } from '~/utils/db/moderation';
import type { Decision } from '~/utils/db/database';
import { advisedDecision, CATEGORY_LABELS, highlightSegments, VK_BAN_REASON_LABELS, vkBanReason } from '~/utils/moderation/verdict';
import { pick, t } from '~/utils/i18n';

export type FlagState =
  | { kind: 'idle' }
  | { kind: 'working'; decision: Decision }
  | { kind: 'done'; decision: Decision }
  | { kind: 'no-control'; decision: Decision }
  | { kind: 'not-confirmed'; decision: Decision }
  | { kind: 'ban-manual' }
  | { kind: 'log-error'; message: string };

export interface FlagProps {
  text: string;
  verdict: Verdict;
  history: AuthorSummary | null;
  state: FlagState;
  commentUrl: string | null;
  blacklistUrl: string | null;
  exceptionAdded: string | null;
  onDecide: (decision: Decision) => void;
  onAddException: (term: string) => void;
}

const DECISION_TEXT = { delete: 'decisionDelete', delete_and_blacklist: 'decisionBlacklist', dismiss: 'decisionDismiss' } as const;
/** Keys work whatever the keyboard layout: they are read by position (`KeyD`), not by letter. */
const SHORTCUTS: Record<string, Decision> = { KeyD: 'delete', KeyB: 'delete_and_blacklist', KeyN: 'dismiss' };
const MAX_QUOTE = 700;

/**
 * The flag next to a flagged comment: what was found (highlighted in the comment's own text,
 * rendered as text only), why, the author's past, and the three decisions.
 */
export function Flag(props: FlagProps) {
  const { verdict, state } = props;
  const busy = state.kind === 'working';
  const settled = state.kind === 'done' || state.kind === 'ban-manual';
  const quote = props.text.length > MAX_QUOTE ? props.text.slice(0, MAX_QUOTE) : props.text;
  const segments = highlightSegments(quote, verdict.matches);
  const reasons = [...new Set(verdict.reasons)];
  const reason = vkBanReason(verdict.categories);
  const terms = [...new Set(verdict.matches.filter((m) => m.rule !== 'spam/link').map((m) => m.term.toLowerCase()))].slice(0, 3);
  // The classifier's advice: a clear violation names its decision; a weak signal asks for a look.
  const recommended = advisedDecision(verdict);
  const advice = (decision: Decision, key: string) => (recommended === decision ? { 'data-recommended': 'true', title: `${t('flagRecommended')} · ${key}` } : { title: key });

  const onKeyDown = (e: KeyboardEvent) => {
    const decision = SHORTCUTS[e.code];
    if (!decision || e.ctrlKey || e.metaKey || e.altKey || busy || settled) return;
    e.preventDefault();
    props.onDecide(decision);
  };

  return (
    <div
      class={`norma-flag norma-flag--${state.kind}`}
      tabIndex={0}
      role="group"
      aria-label={t('flagShortcuts')}
      data-testid="norma-flag"
      data-state={state.kind}
      data-categories={verdict.categories.join(',')}
      data-action={verdict.action}
      onKeyDown={onKeyDown}
    >
      <div class="norma-flag__head">
        {verdict.action === 'review' && (
          <span class="norma-chip norma-chip--review" data-testid="norma-flag-review" title={t('flagReviewHint')}>
            {t('flagReview')}
          </span>
        )}
        {verdict.categories.map((c) => (
          <span key={c} class={`norma-chip norma-chip--${c}`} data-testid="norma-flag-category">
            {pick(CATEGORY_LABELS[c])}
          </span>
        ))}
        {props.history && (
          <span class="norma-flag__history" data-testid="norma-flag-history" data-count={props.history.count}>
            {t('flagRepeat', props.history.count, t(DECISION_TEXT[props.history.lastDecision]), new Date(props.history.lastAt).toLocaleDateString())}
          </span>
        )}
      </div>
      <p class="norma-flag__quote" data-testid="norma-flag-quote">
        {segments.map((s, i) =>
          s.category ? (
            <mark key={i} class={`norma-mark norma-mark--${s.category}`} data-testid="norma-flag-match">
              {s.text}
            </mark>
          ) : (
            s.text
          ),
        )}
        {quote.length < props.text.length ? '…' : ''}
      </p>
      <ul class="norma-flag__reasons">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {!settled && (
        <div class="norma-flag__actions">
          <button type="button" class="norma-btn norma-btn--danger" disabled={busy} onClick={() => props.onDecide('delete')} data-testid="norma-flag-delete" {...advice('delete', 'D')}>
            {t('flagDelete')}
          </button>
          <button type="button" class="norma-btn norma-btn--danger" disabled={busy} onClick={() => props.onDecide('delete_and_blacklist')} data-testid="norma-flag-blacklist" {...advice('delete_and_blacklist', 'B')}>
            {t('flagDeleteBlacklist')}
          </button>
          <button type="button" class="norma-btn" disabled={busy} onClick={() => props.onDecide('dismiss')} data-testid="norma-flag-dismiss" title="N">
            {t('flagDismiss')}
          </button>
        </div>
      )}
      <FlagOutcome {...props} reasonLabel={pick(VK_BAN_REASON_LABELS[reason])} />
      {state.kind === 'done' && state.decision === 'dismiss' && terms.length > 0 && (
        <div class="norma-flag__exceptions">
          {props.exceptionAdded ? (
            <span data-testid="norma-flag-exception-added">{t('flagExceptionAdded', props.exceptionAdded)}</span>
          ) : (
            terms.map((term) => (
              <button key={term} type="button" class="norma-link" onClick={() => props.onAddException(term)} data-testid="norma-flag-add-exception">
                {t('flagAddException', term)}
              </button>
            ))
          )}
        </div>
      )}
    </div>
  );
}

function FlagOutcome(props: FlagProps & { reasonLabel: string }) {
  const { state } = props;
  switch (state.kind) {
    case 'idle':
      return null;
    case 'working':
      return <p class="norma-flag__status" role="status">{t('flagWorking')}</p>;
    case 'done':
      return (
        <p class="norma-flag__status norma-flag__status--ok" role="status" data-testid="norma-flag-outcome">
          {t(state.decision === 'dismiss' ? 'flagDismissed' : state.decision === 'delete' ? 'flagDeleted' : 'flagDeletedBanned')}
        </p>
      );
    case 'no-control':
      return (
        <p class="norma-flag__status norma-flag__status--warn" role="alert" data-testid="norma-flag-outcome">
          {t('flagNoControl')}{' '}
          {props.commentUrl ? (
            <a href={props.commentUrl} target="_blank" rel="noreferrer noopener">
              {t('flagOpenComment')}
            </a>
          ) : null}
          {state.decision === 'delete_and_blacklist' && <BanManual {...props} />}
        </p>
      );
    case 'not-confirmed':
      return (
        <p class="norma-flag__status norma-flag__status--warn" role="alert" data-testid="norma-flag-outcome">
          {t('flagNotConfirmed')}
        </p>
      );
    case 'ban-manual':
      return (
        <p class="norma-flag__status norma-flag__status--warn" role="alert" data-testid="norma-flag-outcome">
          {t('flagDeleted')} <BanManual {...props} />
        </p>
      );
    case 'log-error':
      return (
        <p class="norma-flag__status norma-flag__status--warn" role="alert" data-testid="norma-flag-outcome">
          {t('flagLogError', state.message)}
        </p>
      );
  }
}

function BanManual(props: FlagProps & { reasonLabel: string }) {
  return (
    <span class="norma-flag__ban">
      {' '}
      {t('flagBanManual', props.reasonLabel)} {t('flagBanWhere')}
      {props.blacklistUrl && (
        <>
          {' — '}
          <a href={props.blacklistUrl} target="_blank" rel="noreferrer noopener" data-testid="norma-flag-blacklist-link">
            {t('flagOpenBlacklist')}
          </a>
        </>
      )}
    </span>
  );
}
