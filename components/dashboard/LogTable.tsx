import { useEffect, useRef, useState } from 'preact/hooks';
import type { LogEntry, NormaDB } from '~/utils/db/database';
import { getEntries, type LogSort, type SortField } from '~/utils/db/log';
import { t, type MessageKey } from '~/utils/i18n';
import { categoryName, decisionName, formatWhen, outcomeName } from './format';
import { useVirtualRows } from './useVirtualRows';

const ROW_HEIGHT = 40;

interface Props {
  db: NormaDB;
  ids: readonly number[];
  /** Changes with the question asked (filter, sort): the table goes back to the top. */
  resetKey: string;
  pageTitles: ReadonlyMap<string, string>;
  selected: number | null;
  onSelect: (id: number) => void;
  sort: LogSort;
  onSort: (sort: LogSort) => void;
}

const COLUMNS: [MessageKey, SortField | null][] = [
  ['colDate', 'at'],
  ['colPage', 'pageKey'],
  ['colAuthor', null],
  ['colText', null],
  ['colCategories', null],
  ['colDecision', 'decision'],
  ['colOutcome', 'outcome'],
  ['colModerator', 'moderator'],
];

/** The log as a table of fixed-height rows; rows are read from the database as they come into view. */
export function LogTable({ db, ids, resetKey, pageTitles, selected, onSelect, sort, onSort }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualRows(ids.length, scrollRef, ROW_HEIGHT);
  const items = virtualizer.getVirtualItems();
  const cache = useRef(new Map<number, LogEntry>());
  const [, setLoaded] = useState(0);

  // The first rows shown while the full list loads are the full list's first rows: the user keeps
  // their place when it arrives. A new question starts from the top.
  useEffect(() => {
    cache.current.clear();
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    const missing = ids.slice(first, last + 1).filter((id) => !cache.current.has(id));
    if (missing.length === 0) return;
    let live = true;
    // A fling passes many ranges in a few frames: read only where the scrolling stops.
    const timer = setTimeout(() => {
      void getEntries(db, missing).then((entries) => {
        if (!live) return;
        for (const e of entries) if (e.id !== undefined) cache.current.set(e.id, e);
        // Keep memory flat however far the user scrolls.
        if (cache.current.size > 2_000) {
          const keep = new Set(ids.slice(Math.max(0, first - 200), last + 200));
          for (const id of cache.current.keys()) if (!keep.has(id)) cache.current.delete(id);
        }
        setLoaded((n) => n + 1);
      });
    }, 30);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [db, ids, first, last]);

  return (
    <div class="norma-log-table" role="table" aria-rowcount={ids.length}>
      <div class="norma-log-row norma-log-row--head" role="row">
        {COLUMNS.map(([label, field]) => {
          const active = field !== null && sort.field === field;
          return (
            <span key={label} role="columnheader" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
              {field === null ? (
                t(label)
              ) : (
                <button
                  type="button"
                  class="norma-sort"
                  data-testid={`norma-sort-${field}`}
                  // A second click on the same column turns the order round; a new column starts newest or A→Z.
                  onClick={() => onSort({ field, direction: active ? (sort.direction === 'asc' ? 'desc' : 'asc') : field === 'at' ? 'desc' : 'asc' })}
                >
                  {t(label)}
                  {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              )}
            </span>
          );
        })}
      </div>
      <div class="norma-log-scroll" ref={scrollRef} data-testid="norma-log-scroll">
        <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
          {items.map((item) => {
            const id = ids[item.index] as number;
            const e = cache.current.get(id);
            return (
              <div
                key={id}
                role="row"
                aria-rowindex={item.index + 1}
                class={`norma-log-row${selected === id ? ' norma-log-row--selected' : ''}${e ? ` norma-log-row--${e.decision}` : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: `${ROW_HEIGHT}px`, transform: `translateY(${item.start}px)` }}
                data-testid="norma-log-row"
                data-uid={e?.uid ?? ''}
                tabIndex={0}
                onClick={() => onSelect(id)}
                onKeyDown={(ev) => {
                  if (ev.key === 'Enter') onSelect(id);
                }}
              >
                {e ? (
                  <>
                    <span role="cell">{formatWhen(e.at)}</span>
                    <span role="cell" title={e.pageKey}>
                      {pageTitles.get(e.pageKey) ?? e.pageKey}
                    </span>
                    <span role="cell">{e.authorName}</span>
                    <span role="cell" class="norma-log-text" title={e.text}>
                      {e.text}
                    </span>
                    <span role="cell">{e.categories.map(categoryName).join(', ')}</span>
                    <span role="cell">{decisionName(e.decision)}</span>
                    <span role="cell" class={`norma-outcome norma-outcome--${e.outcome}`}>
                      {outcomeName(e.outcome)}
                    </span>
                    <span role="cell">{e.moderator}</span>
                  </>
                ) : (
                  <span role="cell" class="norma-muted">
                    {t('logLoading')}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
