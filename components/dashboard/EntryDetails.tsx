import { useEffect, useState } from 'preact/hooks';
import type { LogEntry, NormaDB } from '~/utils/db/database';
import { authorHistory, getEntries } from '~/utils/db/log';
import { emptyTally, addToTally } from '~/utils/export/report';
import { t } from '~/utils/i18n';
import { categoryName, decisionName, formatWhen, networkLabel, outcomeName } from './format';

/** Only https links are ever stored (zod on import, the site adapters on capture); checked again here. */
const safeHref = (url: string | null): string | null => (url && /^https:\/\//.test(url) ? url : null);

interface Props {
  db: NormaDB;
  id: number;
  pageTitles: ReadonlyMap<string, string>;
  onClose: () => void;
  onShowAuthor: (authorKey: string, name: string) => void;
}

/** One entry in full (the table shows a line of it), and its author's history. */
export function EntryDetails({ db, id, pageTitles, onClose, onShowAuthor }: Props) {
  const [entry, setEntry] = useState<LogEntry | null>(null);
  const [history, setHistory] = useState<LogEntry[] | null>(null);
  useEffect(() => {
    setHistory(null);
    void getEntries(db, [id]).then(([e]) => setEntry(e ?? null));
  }, [db, id]);
  if (!entry) return null;
  const comment = safeHref(entry.commentUrl);
  const author = safeHref(entry.authorUrl);
  const tally = history ? history.reduce((t, e) => (addToTally(t, e), t), emptyTally()) : null;
  return (
    <aside class="norma-details" data-testid="norma-entry" data-uid={entry.uid}>
      <button type="button" class="norma-link-button norma-details__close" onClick={onClose}>
        {t('entryClose')}
      </button>
      <p class="norma-muted">
        {formatWhen(entry.at)} · {networkLabel(entry.network)} · {pageTitles.get(entry.pageKey) ?? entry.pageKey}
      </p>
      <p>
        <strong>{entry.authorName}</strong>
      </p>
      <blockquote class="norma-details__text" data-testid="norma-entry-text">
        {entry.text}
      </blockquote>
      <p>{[entry.categories.map(categoryName).join(', '), decisionName(entry.decision), outcomeName(entry.outcome), entry.moderator].filter(Boolean).join(' · ')}</p>
      {entry.terms.length > 0 && <p class="norma-muted">{t('entryTerms', entry.terms.join(', '))}</p>}
      {entry.outcomeNote && <p class="norma-muted">{t('entryNote', entry.outcomeNote)}</p>}
      <p class="norma-muted">{t('entryRuleset', entry.rulesetVersion)}</p>
      <p class="norma-details__links">
        {comment && (
          <a href={comment} target="_blank" rel="noreferrer noopener">
            {t('entryOpenComment')}
          </a>
        )}
        {author && (
          <a href={author} target="_blank" rel="noreferrer noopener">
            {t('entryOpenAuthor')}
          </a>
        )}
        {entry.authorKey && (
          <button
            type="button"
            class="norma-link-button"
            data-testid="norma-author-history-open"
            onClick={() => void authorHistory(db, entry.authorKey as string).then(setHistory)}
          >
            {t('entryAuthorHistory')}
          </button>
        )}
      </p>
      {history && tally && (
        <section class="norma-author-history" data-testid="norma-author-history" data-count={history.length}>
          <h3>{t('authorHistoryTitle', entry.authorName)}</h3>
          <p>{t('authorHistorySummary', tally.flagged, tally.deleted, tally.blacklisted)}</p>
          <button type="button" class="norma-link-button" onClick={() => onShowAuthor(entry.authorKey as string, entry.authorName)}>
            {t('authorShowInLog')}
          </button>
          <ol class="norma-author-history__list">
            {history.slice(0, 200).map((e) => (
              <li key={e.uid}>
                <span class="norma-muted">{formatWhen(e.at)}</span> {decisionName(e.decision)}: <span>{e.text}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}
