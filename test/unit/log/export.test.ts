import readXlsxFile from 'read-excel-file/universal';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { NormaDB } from '~/utils/db/database';
import { exportEntries, findLogIds, getEntries, type ExportFormat } from '~/utils/db/log';
import { appendEntries, readAllEntries, writeLog } from '~/utils/db/log-store';
import { importLogFile } from '~/utils/db/backup';
import { LOG_COLUMNS, type ExportContext } from '~/utils/export/columns';
import { parseCsv } from '~/utils/export/csv';
import { parseLogFile } from '~/utils/export/json';
import { manyEntries } from './entries';

let db: NormaDB;
let n = 0;
const ctx: ExportContext = { timeZone: 'Europe/Moscow', lang: 'ru', pageTitles: new Map() };
const uidColumn = LOG_COLUMNS.findIndex((c) => c.id === 'uid');

beforeEach(async () => {
  db = new NormaDB(`norma-export-${++n}`);
  await appendEntries(db, manyEntries(200));
});
afterEach(async () => {
  await db.delete();
});

async function uidsOf(format: ExportFormat, blob: Blob): Promise<string[]> {
  if (format === 'csv') return parseCsv(await blob.text()).slice(1).map((r) => r[uidColumn] ?? '');
  if (format === 'json') return parseLogFile(await blob.text()).entries.map((e) => e.uid);
  const [sheet] = await readXlsxFile(await blob.arrayBuffer());
  return (sheet?.data ?? []).slice(1).map((r) => String(r[uidColumn]));
}

// A chunk of 7 makes 200 entries go through the table walk (many wanted) and the fetch by id (few).
describe.each<[string, { decisions?: ('dismiss' | 'delete')[] }]>([
  ['most of the log (table walk)', {}],
  ['a small part (fetched by id)', { decisions: ['dismiss'] }],
])('exporting %s', (_, filter) => {
  test.each<ExportFormat>(['csv', 'xlsx', 'json'])('%s holds exactly the filtered entries in screen order', async (format) => {
    const ids = await findLogIds(db, filter, { field: 'moderator', direction: 'asc' });
    const expected = (await getEntries(db, ids)).map((e) => e.uid);
    const progress: number[] = [];
    const blob = await exportEntries(db, ids, format, ctx, { chunk: 7, onProgress: (done) => progress.push(done) });
    expect(await uidsOf(format, blob)).toEqual(expected);
    expect(progress.at(-1)).toBe(ids.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});

describe('exports', () => {
  test('a JSON export re-imports into another database as the same entries', async () => {
    const ids = await findLogIds(db, {});
    const text = await (await exportEntries(db, ids, 'json', ctx, { description: 'всё' })).text();
    const other = new NormaDB(`norma-export-other-${n}`);
    expect(await importLogFile(other, text)).toEqual({ added: 200, skipped: 0 });
    const strip = ({ id: _id, ...rest }: { id?: number }) => rest;
    const byUid = (a: { uid: string }, b: { uid: string }) => (a.uid < b.uid ? -1 : 1);
    expect((await readAllEntries(other)).sort(byUid).map(strip)).toEqual((await readAllEntries(db)).sort(byUid).map(strip));
    await other.delete();
  });

  test('an entry deleted while exporting is left out, not an empty row', async () => {
    const ids = await findLogIds(db, {});
    await writeLog(db, async (w) => {
      await w.load([0]);
      return w.remove(0, (e) => e.id === ids[3]);
    });
    const rows = parseCsv(await (await exportEntries(db, ids, 'csv', ctx)).text());
    expect(rows).toHaveLength(200);
  });

  test('cancelled: the export stops with an AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(exportEntries(db, await findLogIds(db, {}), 'csv', ctx, { signal: controller.signal })).rejects.toThrow(/отменён/);
  });
});
