import { useEffect, useState } from 'preact/hooks';
import type { LogEntry, NormaDB } from '~/utils/db/database';
import { pendingEntries } from '~/utils/db/log';
import { t } from '~/utils/i18n';
import { decisionName, formatWhen } from './format';

const SHOWN = 1_000;

/** Decisions whose deletion or blocking is not confirmed yet, oldest first: check them on the page. */
export function PendingList({ db, version, pageTitles, onError }: { db: NormaDB; version: number; pageTitles: ReadonlyMap<string, string>; onError: (e: unknown) => void }) {
  const [entries, setEntries] = useState<LogEntry[] | null>(null);
  useEffect(() => {
    pendingEntries(db).then(setEntries, onError);
  }, [db, version, onError]);
  if (!entries) return <p>{t('logLoading')}</p>;
  return (
    <section data-testid="norma-pending" data-count={entries.length}>
      <h2>{t('pendingTitle')}</h2>
      <p class="norma-muted">{t('pendingHint')}</p>
      {entries.length === 0 ? (
        <p>{t('pendingNone')}</p>
      ) : (
        <>
          <p>
            <strong>{t('pendingCount', entries.length)}</strong>
          </p>
          <table class="norma-table">
            <thead>
              <tr>
                <th>{t('colDate')}</th>
                <th>{t('colPage')}</th>
                <th>{t('colAuthor')}</th>
                <th>{t('colText')}</th>
                <th>{t('colDecision')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.slice(0, SHOWN).map((e) => (
                <tr key={e.uid} data-testid="norma-pending-row" data-uid={e.uid}>
                  <td>{formatWhen(e.at)}</td>
                  <td>{pageTitles.get(e.pageKey) ?? e.pageKey}</td>
                  <td>{e.authorName}</td>
                  <td class="norma-cell-text">
                    {e.commentUrl && /^https:\/\//.test(e.commentUrl) ? (
                      <a href={e.commentUrl} target="_blank" rel="noreferrer noopener">
                        {e.text}
                      </a>
                    ) : (
                      e.text
                    )}
                  </td>
                  <td>{decisionName(e.decision)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
