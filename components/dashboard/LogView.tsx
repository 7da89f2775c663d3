import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { NormaDB } from '~/utils/db/database';
import { DEFAULT_SORT, findLogIds, type ExportFormat, type LogFacets, type LogFilter, type LogSort } from '~/utils/db/log';
import { t } from '~/utils/i18n';
import { EntryDetails } from './EntryDetails';
import { fileName, runExport, saveFile, type ExportProgress } from './exporter';
import { Filters } from './Filters';
import { lang, userTimeZone } from './format';
import { LogTable } from './LogTable';

interface Props {
  db: NormaDB;
  facets: LogFacets | null;
  /** Changes when the log changed (an import, a deletion): the query runs again. */
  version: number;
  onError: (error: unknown) => void;
}

const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', xlsx: 'xlsx', json: 'json' };

/** The log: filters, the virtual table, an entry's details, and export of what is filtered. */
export function LogView({ db, facets, version, onError }: Props) {
  const [filter, setFilter] = useState<LogFilter>({});
  const [sort, setSort] = useState<LogSort>(DEFAULT_SORT);
  const [ids, setIds] = useState<number[] | null>(null);
  const [searching, setSearching] = useState<{ done: number; total: number } | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [authorName, setAuthorName] = useState<string | null>(null);
  const [exporting, setExporting] = useState<{ format: ExportFormat; progress: ExportProgress | null; controller: AbortController } | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const pageTitles = useMemo(() => new Map((facets?.pages ?? []).map((p) => [p.key, p.title || p.key])), [facets]);
  const query = useRef<AbortController | null>(null);

  useEffect(() => {
    query.current?.abort();
    const controller = new AbortController();
    query.current = controller;
    // Typing in the search box: wait for a pause before searching.
    const timer = setTimeout(() => {
      setSearching(null);
      findLogIds(db, filter, sort, { signal: controller.signal, onProgress: (done, total) => !controller.signal.aborted && setSearching({ done, total }) })
        .then((found) => {
          if (controller.signal.aborted) return;
          setSearching(null);
          setIds(found);
        })
        .catch((e: unknown) => {
          if (!controller.signal.aborted) onError(e);
        });
    }, filter.text ? 250 : 0);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [db, filter, sort, version, onError]);

  async function exportAs(format: ExportFormat) {
    const controller = new AbortController();
    setExported(null);
    setExporting({ format, progress: null, controller });
    try {
      const timeZone = userTimeZone();
      const { blob, count } = await runExport(
        { dbName: db.name, format, ids: ids ?? [], timeZone, lang: lang(), pageTitles: [...pageTitles], description: describe(filter, authorName) },
        (progress) => setExporting((x) => (x ? { ...x, progress } : x)),
        controller.signal,
      );
      if (count === 0) setExported(t('exportNothing'));
      else {
        const name = fileName('log', EXTENSIONS[format], new Date(), timeZone);
        saveFile(blob, name);
        setExported(t('exportDone', name));
      }
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) onError(e);
    } finally {
      setExporting(null);
    }
  }

  const state = ids === null || searching ? 'loading' : 'ready';
  const resetKey = JSON.stringify([filter, sort, version]);
  return (
    <section class="norma-log" data-testid="norma-log" data-state={state} data-total={ids ? ids.length : ''}>
      <Filters
        facets={facets}
        filter={filter}
        sort={sort}
        authorName={authorName}
        onFilter={(f) => {
          setFilter(f);
          if (!f.authorKey) setAuthorName(null);
        }}
        onSort={setSort}
      />
      <div class="norma-log__bar">
        <strong data-testid="norma-log-total">{ids ? t('logTotal', ids.length) : t('logLoading')}</strong>
        {searching && <span class="norma-muted">{t('logSearching', searching.done, searching.total)}</span>}
        <span class="norma-log__exports">
          {(['csv', 'xlsx', 'json'] as const).map((format) => (
            <button
              key={format}
              type="button"
              class="norma-button"
              data-testid={`norma-export-${format}`}
              disabled={exporting !== null || !ids?.length}
              onClick={() => void exportAs(format)}
            >
              {t(format === 'csv' ? 'exportCsv' : format === 'xlsx' ? 'exportXlsx' : 'exportJson')}
            </button>
          ))}
        </span>
      </div>
      {exporting && (
        <p class="norma-progress" data-testid="norma-export-progress" role="status">
          <progress max={exporting.progress?.total || 1} value={exporting.progress?.done ?? 0} />{' '}
          {exporting.progress?.phase === 'packing' ? t('exportPacking') : t('exportProgress', exporting.progress?.done ?? 0, exporting.progress?.total ?? 0)}{' '}
          <button type="button" class="norma-link-button" onClick={() => exporting.controller.abort()}>
            {t('exportCancel')}
          </button>
        </p>
      )}
      {exported && (
        <p class="norma-muted" data-testid="norma-export-done" role="status">
          {exported} {t('exportTimeZone', userTimeZone())}
        </p>
      )}
      {ids && ids.length === 0 && <p data-testid="norma-log-empty">{facets?.newest == null ? t('logNoEntries') : t('logEmpty')}</p>}
      <div class="norma-log__body">
        {ids && ids.length > 0 && <LogTable db={db} ids={ids} resetKey={resetKey} pageTitles={pageTitles} selected={selected} onSelect={setSelected} sort={sort} onSort={setSort} />}
        {selected !== null && (
          <EntryDetails
            db={db}
            id={selected}
            pageTitles={pageTitles}
            onClose={() => setSelected(null)}
            onShowAuthor={(authorKey, name) => {
              setAuthorName(name);
              setFilter({ ...filter, authorKey });
            }}
          />
        )}
      </div>
    </section>
  );
}

/** The filter in words, written into a JSON export for whoever reads it later. */
function describe(filter: LogFilter, authorName: string | null): string {
  const parts: string[] = [];
  if (filter.from != null) parts.push(`с ${new Date(filter.from).toISOString()}`);
  if (filter.to != null) parts.push(`до ${new Date(filter.to).toISOString()}`);
  for (const [name, list] of [
    ['соцсети', filter.networks],
    ['страницы', filter.pageKeys],
    ['категории', filter.categories],
    ['решения', filter.decisions],
    ['исполнение', filter.outcomes],
    ['модераторы', filter.moderators],
  ] as const) {
    if (list?.length) parts.push(`${name}: ${list.join(', ')}`);
  }
  if (filter.authorKey) parts.push(`автор: ${authorName ?? filter.authorKey}`);
  if (filter.text) parts.push(`текст: «${filter.text}»`);
  return parts.length ? parts.join('; ') : 'весь журнал';
}
