import { liveQuery } from 'dexie';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { Charts } from './dashboard/Charts';
import { DataTools } from './dashboard/DataTools';
import { LogView } from './dashboard/LogView';
import { PendingList } from './dashboard/PendingList';
import { Reports } from './dashboard/Reports';
import { networkName } from './network-name';
import type { NormaDB, PageRecord } from '~/utils/db/database';
import { logFacets, type LogFacets } from '~/utils/db/log';
import { logCount } from '~/utils/db/log-store';
import { isQuotaError, requestPersistence } from '~/utils/db/quota';
import { countPosts, overview } from '~/utils/db/records';
import type { Overview } from '~/utils/messages';
import { t, type MessageKey } from '~/utils/i18n';

interface PageRow {
  page: PageRecord;
  posts: number;
}

type Tab = 'log' | 'pending' | 'charts' | 'reports' | 'data' | 'pages';
const TABS: [Tab, MessageKey][] = [
  ['log', 'dashTabLog'],
  ['pending', 'dashTabPending'],
  ['charts', 'dashTabCharts'],
  ['reports', 'dashTabReports'],
  ['data', 'dashTabData'],
  ['pages', 'dashTabPages'],
];

/** The full-tab page: the moderation log, follow-up, charts, reports, data tools and the pages seen. */
export function Dashboard({ db }: { db: NormaDB }) {
  const [tab, setTab] = useState<Tab>('log');
  const [counts, setCounts] = useState<Overview | null>(null);
  const [rows, setRows] = useState<PageRow[] | null>(null);
  const [facets, setFacets] = useState<LogFacets | null>(null);
  const [error, setError] = useState<{ quota: boolean; message: string } | null>(null);
  const [version, setVersion] = useState(0);
  const [stored, setStored] = useState<number | null>(null);

  // Never swallowed: a quota error tells what to do, anything else what happened.
  const onError = useCallback((e: unknown) => {
    console.error(e);
    setError({ quota: isQuotaError(e), message: e instanceof Error ? e.message : String(e) });
  }, []);
  const onChanged = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    // Ask once per visit; an extension with unlimitedStorage is normally granted at once.
    void requestPersistence().catch(onError);
  }, [onError]);

  useEffect(() => {
    void (async () => {
      try {
        const pages = await db.pages.orderBy('lastSeenAt').reverse().toArray();
        const posts = await Promise.all(pages.map((page) => countPosts(db, page.key)));
        setRows(pages.map((page, i) => ({ page, posts: posts[i] ?? 0 })));
        const current = await overview(db);
        setCounts(current);
        setStored(current.log);
        setFacets(await logFacets(db));
      } catch (e) {
        onError(e);
      }
    })();
  }, [db, version, onError]);

  // Entries the background writes while the page is open: offer to show them.
  const [live, setLive] = useState<number | null>(null);
  useEffect(() => {
    const subscription = liveQuery(() => logCount(db)).subscribe({ next: setLive, error: onError });
    return () => subscription.unsubscribe();
  }, [db, onError]);

  const pageTitles = useMemo(() => new Map((facets?.pages ?? []).map((p) => [p.key, p.title || p.key])), [facets]);
  const changedOutside = live !== null && stored !== null && live !== stored;

  return (
    <main class="norma-dashboard" data-testid="norma-dashboard" data-pages={counts?.pages ?? ''} data-posts={counts?.posts ?? ''} data-log={counts?.log ?? ''}>
      <header class="norma-dashboard__head norma-no-print">
        <h1>{t('dashboardTitle')}</h1>
        <p class="norma-muted">{t('dashboardLocalOnly')}</p>
        <nav class="norma-tabs" role="tablist">
          {TABS.map(([id, label]) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} class="norma-tab" data-testid={`norma-tab-${id}`} onClick={() => setTab(id)}>
              {t(label)}
            </button>
          ))}
          {changedOutside && (
            <button type="button" class="norma-link-button" data-testid="norma-log-refresh" onClick={onChanged}>
              {t('logNewEntries')} — {t('logRefresh')}
            </button>
          )}
        </nav>
      </header>
      {error && (
        <p class="norma-warning norma-error" role="alert" data-testid={error.quota ? 'norma-quota-error' : 'norma-error'}>
          {error.quota ? t('errorQuota') : t('errorGeneric', error.message)}{' '}
          <button type="button" class="norma-link-button" onClick={() => setError(null)}>
            {t('errorDismiss')}
          </button>
        </p>
      )}
      {tab === 'log' && <LogView db={db} facets={facets} version={version} onError={onError} />}
      {tab === 'pending' && <PendingList db={db} version={version} pageTitles={pageTitles} onError={onError} />}
      {tab === 'charts' && <Charts db={db} version={version} pageTitles={pageTitles} onError={onError} />}
      {tab === 'reports' && <Reports db={db} version={version} onError={onError} />}
      {tab === 'data' && <DataTools db={db} version={version} onChanged={onChanged} onError={onError} />}
      {/* Rendered even when hidden: a small list, and the page's counts live with it. */}
      <section hidden={tab !== 'pages'} data-testid="norma-pages">
        <h2>{t('dashboardPages')}</h2>
        {rows && rows.length === 0 && <p>{t('dashboardNoPages')}</p>}
        {rows && rows.length > 0 && (
          <table class="norma-table">
            <thead>
              <tr>
                <th>{t('dashboardColPage')}</th>
                <th>{t('dashboardColNetwork')}</th>
                <th>{t('dashboardColPosts')}</th>
                <th>{t('dashboardColLastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ page, posts }) => (
                <tr key={page.key} data-testid="norma-dashboard-page" data-page-key={page.key}>
                  <td>
                    <a href={page.url} target="_blank" rel="noreferrer noopener">
                      {page.title}
                    </a>
                  </td>
                  <td>{networkName(page.network)}</td>
                  <td>{posts}</td>
                  <td>{new Date(page.lastSeenAt).toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
