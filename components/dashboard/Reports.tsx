import { useEffect, useState } from 'preact/hooks';
import type { NormaDB } from '~/utils/db/database';
import { loadReport } from '~/utils/db/log';
import { periodContaining, shiftPeriod, type Period, type PeriodKind } from '~/utils/export/periods';
import { falseAlarmShare, reportTable, type NormWeeks, type PeriodReport, type Tally } from '~/utils/export/report';
import { t } from '~/utils/i18n';
import { fileName, saveFile } from './exporter';
import { formatWhen, lang, networkLabel, percent, userTimeZone } from './format';

function NormCell({ norm }: { norm: NormWeeks | null }) {
  if (!norm) return <td class="norma-muted">{t('reportNoNorm')}</td>;
  return (
    <td>
      {t('reportNormCell', norm.met, norm.total)}
      {norm.unknown > 0 && <div class="norma-muted">{t('reportNormUnknown', norm.unknown)}</div>}
    </td>
  );
}

function Counts({ tally }: { tally: Tally }) {
  return (
    <>
      <td>{tally.flagged}</td>
      <td>{tally.deleted}</td>
      <td>{tally.blacklisted}</td>
      <td>{tally.falseAlarms}</td>
      <td>{percent(falseAlarmShare(tally))}</td>
      <td>{tally.pending + tally.failed}</td>
    </>
  );
}

/** The month's and the quarter's summary per page: printable and exportable. */
export function Reports({ db, version, onError }: { db: NormaDB; version: number; onError: (e: unknown) => void }) {
  const [period, setPeriod] = useState<Period>(() => periodContaining('month', Date.now(), userTimeZone()));
  const [report, setReport] = useState<PeriodReport | null>(null);
  useEffect(() => {
    setReport(null);
    loadReport(db, period, Date.now()).then(setReport, onError);
  }, [db, period, version, onError]);

  const kind = (k: PeriodKind) => setPeriod(periodContaining(k, Math.min(Date.now(), period.end - 1), userTimeZone()));
  const table = () => (report ? reportTable(report, lang(), networkLabel) : []);
  const base = `report-${period.kind}-${period.year}-${String(period.index).padStart(2, '0')}`;

  return (
    <section class="norma-report" data-testid="norma-report" data-state={report ? 'ready' : 'loading'} data-period={`${period.kind}-${period.year}-${period.index}`}>
      <div class="norma-report__controls norma-no-print">
        <label>
          <input type="radio" name="norma-report-kind" checked={period.kind === 'month'} onChange={() => kind('month')} /> {t('reportMonth')}
        </label>{' '}
        <label>
          <input type="radio" name="norma-report-kind" data-testid="norma-report-quarter" checked={period.kind === 'quarter'} onChange={() => kind('quarter')} /> {t('reportQuarter')}
        </label>{' '}
        <button type="button" class="norma-link-button" data-testid="norma-report-prev" onClick={() => setPeriod(shiftPeriod(period, -1))}>
          {t('reportPrev')}
        </button>{' '}
        <button type="button" class="norma-link-button" data-testid="norma-report-next" onClick={() => setPeriod(shiftPeriod(period, 1))}>
          {t('reportNext')}
        </button>{' '}
        <button type="button" class="norma-button" onClick={() => window.print()}>
          {t('reportPrint')}
        </button>{' '}
        <button type="button" class="norma-button" data-testid="norma-report-csv" disabled={!report} onClick={() =>
            void import('~/utils/export/csv').then(({ tableToCsv }) => saveFile(new Blob([tableToCsv(table())], { type: 'text/csv;charset=utf-8' }), fileName(base, 'csv', new Date(), userTimeZone())), onError)
          }
        >
          {t('exportCsv')}
        </button>{' '}
        <button
          type="button"
          class="norma-button"
          data-testid="norma-report-xlsx"
          disabled={!report}
          onClick={() =>
            void import('~/utils/export/xlsx')
              .then(({ tableToXlsx }) => tableToXlsx(table(), lang() === 'ru' ? 'Сводка' : 'Summary'))
              .then((blob) => saveFile(blob, fileName(base, 'xlsx', new Date(), userTimeZone())), onError)
          }
        >
          {t('exportXlsx')}
        </button>
      </div>
      <h2>{t('reportTitle', period.label[lang()])}</h2>
      {!report && <p>{t('logLoading')}</p>}
      {report && report.pages.length === 0 && <p>{t('reportEmpty')}</p>}
      {report && report.pages.length > 0 && (
        <table class="norma-table norma-report__table">
          <thead>
            <tr>
              <th>{t('colPage')}</th>
              <th>{t('colNetwork')}</th>
              <th>{t('reportColFlagged')}</th>
              <th>{t('reportColDeleted')}</th>
              <th>{t('reportColBlacklisted')}</th>
              <th>{t('reportColFalseAlarms')}</th>
              <th>{t('reportColFalseShare')}</th>
              <th>{t('reportColPending')}</th>
              <th>{t('reportColNorm')}</th>
            </tr>
          </thead>
          <tbody>
            {report.pages.map((p) => (
              <tr key={p.pageKey} data-testid="norma-report-row" data-page-key={p.pageKey}>
                <td>{p.title}</td>
                <td>{networkLabel(p.network)}</td>
                <Counts tally={p} />
                <NormCell norm={p.norm} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="norma-report-total">
              <th>{t('reportTotal')}</th>
              <td />
              <Counts tally={report.totals} />
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      <p class="norma-muted">{t('reportRules')}</p>
      <p class="norma-muted">{t('reportGenerated', formatWhen(Date.now()))}</p>
    </section>
  );
}
