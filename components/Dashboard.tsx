import { useEffect, useState } from 'preact/hooks';
import { networkName } from './network-name';
import type { NormaDB, PageRecord } from '~/utils/db/database';
import { countPosts, overview } from '~/utils/db/records';
import type { Overview } from '~/utils/messages';
import { t } from '~/utils/i18n';

interface PageRow {
  page: PageRecord;
  posts: number;
}

/** The full-tab page: what the extension keeps on this device. */
export function Dashboard({ db }: { db: NormaDB }) {
  const [counts, setCounts] = useState<Overview | null>(null);
  const [rows, setRows] = useState<PageRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      try {
        const pages = await db.pages.orderBy('lastSeenAt').reverse().toArray();
        const posts = await Promise.all(pages.map((page) => countPosts(db, page.key)));
        setRows(pages.map((page, i) => ({ page, posts: posts[i] ?? 0 })));
        setCounts(await overview(db));
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    })();
  }, [db]);

  return (
    <main class="norma-dashboard" data-testid="norma-dashboard" data-pages={counts?.pages ?? ''} data-posts={counts?.posts ?? ''} data-log={counts?.log ?? ''}>
      <h1>{t('dashboardTitle')}</h1>
      <p class="norma-muted">{t('dashboardLocalOnly')}</p>
      {error && (
        <p class="norma-warning" role="alert">
          {t('errorGeneric', error)}
        </p>
      )}
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
    </main>
  );
}
