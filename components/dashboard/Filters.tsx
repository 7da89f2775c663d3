import type { Decision, Outcome } from '~/utils/db/database';
import type { LogFacets, LogFilter, LogSort, SortField } from '~/utils/db/log';
import { DECISIONS, NETWORKS, OUTCOMES } from '~/utils/export/labels';
import { periodContaining } from '~/utils/export/periods';
import { t } from '~/utils/i18n';
import type { Network } from '~/utils/sites/types';
import { categoryName, decisionName, fromInputDate, inputDate, networkLabel, outcomeName, userTimeZone } from './format';

interface Props {
  facets: LogFacets | null;
  filter: LogFilter;
  sort: LogSort;
  authorName: string | null;
  onFilter: (filter: LogFilter) => void;
  onSort: (sort: LogSort) => void;
}

const DAY = 86_400_000;

function toggle<T>(list: readonly T[] | undefined, value: T, on: boolean): T[] {
  const rest = (list ?? []).filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

function Checks<T extends string>({ name, values, chosen, label, onChange }: { name: string; values: readonly T[]; chosen: readonly T[] | undefined; label: (v: T) => string; onChange: (next: T[]) => void }) {
  return (
    <span class="norma-checks">
      {values.map((v) => (
        <label key={v}>
          <input
            type="checkbox"
            data-testid={`norma-filter-${name}-${v}`}
            checked={chosen?.includes(v) ?? false}
            onChange={(e) => onChange(toggle(chosen, v, (e.currentTarget as HTMLInputElement).checked))}
          />
          {label(v)}
        </label>
      ))}
    </span>
  );
}

const SORTS: { field: SortField; label: () => string }[] = [
  { field: 'at', label: () => t('colDate') },
  { field: 'pageKey', label: () => t('colPage') },
  { field: 'network', label: () => t('colNetwork') },
  { field: 'decision', label: () => t('colDecision') },
  { field: 'outcome', label: () => t('colOutcome') },
  { field: 'moderator', label: () => t('colModerator') },
];

/** The log's filters: every one maps to an index (utils/db/log.ts). */
export function Filters({ facets, filter, sort, authorName, onFilter, onSort }: Props) {
  const set = (patch: Partial<LogFilter>) => onFilter({ ...filter, ...patch });
  const now = Date.now();
  const presets: [string, () => Partial<LogFilter>][] = [
    [t('filterAllTime'), () => ({ from: null, to: null })],
    [t('filterLast7'), () => ({ from: now - 7 * DAY, to: null })],
    [t('filterLast30'), () => ({ from: now - 30 * DAY, to: null })],
    [t('filterThisMonth'), () => ({ from: periodContaining('month', now, userTimeZone()).start, to: null })],
  ];
  return (
    <form class="norma-filters" data-testid="norma-filters" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('filterPeriod')}</legend>
        <label>
          {t('filterFrom')}{' '}
          <input
            type="date"
            data-testid="norma-filter-from"
            value={filter.from != null ? inputDate(filter.from) : ''}
            onChange={(e) => set({ from: fromInputDate((e.currentTarget as HTMLInputElement).value) })}
          />
        </label>{' '}
        <label>
          {t('filterTo')}{' '}
          <input
            type="date"
            data-testid="norma-filter-to"
            value={filter.to != null ? inputDate(filter.to - 1) : ''}
            onChange={(e) => {
              const day = fromInputDate((e.currentTarget as HTMLInputElement).value);
              // "по 31.01" includes the 31st: the period ends at the next day's start.
              set({ to: day === null ? null : new Date(day).setDate(new Date(day).getDate() + 1) });
            }}
          />
        </label>{' '}
        {presets.map(([label, patch]) => (
          <button type="button" class="norma-link-button" key={label} onClick={() => set(patch())}>
            {label}
          </button>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterNetwork')}</legend>
        <Checks<Network> name="network" values={NETWORKS} chosen={filter.networks} label={networkLabel} onChange={(networks) => set({ networks })} />
      </fieldset>
      <label class="norma-filter-select">
        {t('filterPage')}
        <select
          data-testid="norma-filter-page"
          value={filter.pageKeys?.[0] ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            set({ pageKeys: v ? [v] : [] });
          }}
        >
          <option value="">{t('filterAllPages')}</option>
          {facets?.pages.map((p) => (
            <option key={p.key} value={p.key}>
              {p.title || p.key}
            </option>
          ))}
          {facets?.unknownPageKeys.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label class="norma-filter-select">
        {t('filterModerator')}
        <select
          data-testid="norma-filter-moderator"
          value={filter.moderators?.[0] ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            set({ moderators: v ? [v] : [] });
          }}
        >
          <option value="">{t('filterAllModerators')}</option>
          {facets?.moderators.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      {facets && facets.categories.length > 0 && (
        <fieldset>
          <legend>{t('filterCategory')}</legend>
          <Checks name="category" values={facets.categories} chosen={filter.categories} label={categoryName} onChange={(categories) => set({ categories })} />
        </fieldset>
      )}
      <fieldset>
        <legend>{t('filterDecision')}</legend>
        <Checks<Decision> name="decision" values={DECISIONS} chosen={filter.decisions} label={decisionName} onChange={(decisions) => set({ decisions })} />
      </fieldset>
      <fieldset>
        <legend>{t('filterOutcome')}</legend>
        <Checks<Outcome> name="outcome" values={OUTCOMES} chosen={filter.outcomes} label={outcomeName} onChange={(outcomes) => set({ outcomes })} />
      </fieldset>
      {filter.authorKey && (
        <p class="norma-chip" data-testid="norma-filter-author">
          {t('filterAuthor', authorName ?? filter.authorKey)}{' '}
          <button type="button" class="norma-link-button" aria-label={t('filterClearAuthor')} onClick={() => set({ authorKey: null })}>
            ×
          </button>
        </p>
      )}
      <label class="norma-filter-search">
        {t('filterText')}
        <input
          type="search"
          data-testid="norma-filter-text"
          value={filter.text ?? ''}
          onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <label class="norma-filter-select">
        {t('sortBy')}
        <select data-testid="norma-sort-field" value={sort.field} onChange={(e) => onSort({ ...sort, field: (e.currentTarget as HTMLSelectElement).value as SortField })}>
          {SORTS.map((s) => (
            <option key={s.field} value={s.field}>
              {s.label()}
            </option>
          ))}
        </select>
        <select data-testid="norma-sort-direction" value={sort.direction} onChange={(e) => onSort({ ...sort, direction: (e.currentTarget as HTMLSelectElement).value as 'asc' | 'desc' })}>
          <option value="desc">{t('sortDesc')}</option>
          <option value="asc">{t('sortAsc')}</option>
        </select>
      </label>
      <button type="button" class="norma-link-button" data-testid="norma-filter-reset" onClick={() => onFilter({})}>
        {t('filterReset')}
      </button>
    </form>
  );
}
