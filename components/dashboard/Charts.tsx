import type { Chart as ChartType } from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NormaDB } from '~/utils/db/database';
import { entriesBetween } from '~/utils/db/log';
import { NO_CATEGORY, perPage, weeklySeries, type PageTally, type WeeklySeries } from '~/utils/export/stats';
import { t } from '~/utils/i18n';
import { shiftWeek, weekOf } from '~/utils/norms/week';
import { categoryName, formatWeek, userTimeZone } from './format';

const PALETTE = ['#2a5885', '#c0392b', '#8e44ad', '#d68910', '#16a085', '#7f8c8d'];

/** Chart.js, loaded when the charts are first shown: the log view does not pay for it. */
async function loadChart(): Promise<typeof ChartType> {
  const { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip } = await import('chart.js');
  Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
  return Chart;
}

interface Data {
  series: WeeklySeries;
  pages: PageTally[];
}

/** Flagged and deleted per week by category, per page, and the share of false alarms over time. */
export function Charts({ db, version, pageTitles, onError }: { db: NormaDB; version: number; pageTitles: ReadonlyMap<string, string>; onError: (e: unknown) => void }) {
  const [weeks, setWeeks] = useState(12);
  const [data, setData] = useState<Data | null>(null);
  const weekly = useRef<HTMLCanvasElement>(null);
  const pages = useRef<HTMLCanvasElement>(null);
  const falseAlarms = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const zone = userTimeZone();
    const now = Date.now();
    const from = shiftWeek(weekOf(now, zone), -(weeks - 1)).start;
    setData(null);
    entriesBetween(db, from, now + 1)
      .then((entries) => setData({ series: weeklySeries(entries, from, now + 1, zone), pages: perPage(entries) }))
      .catch(onError);
  }, [db, weeks, version, onError]);

  useEffect(() => {
    if (!data) return;
    const charts: ChartType[] = [];
    let live = true;
    void loadChart().then((Chart) => {
      if (!live) return;
      const labels = data.series.weeks.map(formatWeek);
      const categories = [...data.series.flagged.keys()];
      const name = (c: string) => (c === NO_CATEGORY ? t('chartsNoCategory') : categoryName(c));
      if (weekly.current) {
        charts.push(
          new Chart(weekly.current, {
            type: 'bar',
            data: {
              labels,
              datasets: categories.flatMap((c, i) => [
                { label: `${t('chartsFlagged')}: ${name(c)}`, data: data.series.flagged.get(c) ?? [], stack: 'flagged', backgroundColor: PALETTE[i % PALETTE.length] },
                { label: `${t('chartsDeleted')}: ${name(c)}`, data: data.series.deleted.get(c) ?? [], stack: 'deleted', backgroundColor: `${PALETTE[i % PALETTE.length]}88` },
              ]),
            },
            options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
          }),
        );
      }
      if (pages.current) {
        const top = data.pages.slice(0, 15);
        charts.push(
          new Chart(pages.current, {
            type: 'bar',
            data: {
              labels: top.map((p) => pageTitles.get(p.pageKey) ?? p.pageKey),
              datasets: [
                { label: t('chartsFlagged'), data: top.map((p) => p.flagged), backgroundColor: PALETTE[0] },
                { label: t('chartsDeleted'), data: top.map((p) => p.deleted), backgroundColor: PALETTE[1] },
                { label: t('chartsFalseAlarmsSeries'), data: top.map((p) => p.falseAlarms), backgroundColor: PALETTE[5] },
              ],
            },
            options: { animation: false, indexAxis: 'y', responsive: true, maintainAspectRatio: false },
          }),
        );
      }
      if (falseAlarms.current) {
        charts.push(
          new Chart(falseAlarms.current, {
            type: 'line',
            data: {
              labels,
              datasets: [{ label: t('chartsFalseAlarmsSeries'), data: data.series.falseAlarmShare.map((s) => (s === null ? null : Math.round(s * 1000) / 10)), borderColor: PALETTE[2], spanGaps: true }],
            },
            options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v} %` } } } },
          }),
        );
      }
    }, onError);
    return () => {
      live = false;
      for (const c of charts) c.destroy();
    };
  }, [data, pageTitles, onError]);

  const empty = data !== null && data.pages.length === 0;
  return (
    <section class="norma-charts" data-testid="norma-charts" data-state={data ? 'ready' : 'loading'} data-weeks={data?.series.weeks.length ?? ''}>
      <label>
        {t('chartsWeeks')}{' '}
        <select value={weeks} onChange={(e) => setWeeks(Number((e.currentTarget as HTMLSelectElement).value))}>
          {[4, 12, 26, 52].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      {!data && <p>{t('logLoading')}</p>}
      {empty && <p>{t('chartsNoData')}</p>}
      {data && !empty && (
        <>
          <h3>{t('chartsByCategory')}</h3>
          <div class="norma-chart">
            <canvas ref={weekly} data-testid="norma-chart-weekly" />
          </div>
          <h3>{t('chartsPerPage')}</h3>
          <div class="norma-chart">
            <canvas ref={pages} data-testid="norma-chart-pages" />
          </div>
          <h3>{t('chartsFalseAlarms')}</h3>
          <div class="norma-chart">
            <canvas ref={falseAlarms} data-testid="norma-chart-false-alarms" />
          </div>
        </>
      )}
    </section>
  );
}
