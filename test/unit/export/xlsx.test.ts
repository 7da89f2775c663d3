import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, test } from 'vitest';
import { LOG_COLUMNS, type ExportContext } from '~/utils/export/columns';
import { toXlsx, XLSX_CELL_MAX } from '~/utils/export/xlsx';
import { entry, manyEntries } from '../log/entries';

const ctx: ExportContext = { timeZone: 'Asia/Novokuznetsk', lang: 'ru', pageTitles: new Map() };
const col = (id: string) => LOG_COLUMNS.findIndex((c) => c.id === id);

async function readBack(blob: Blob) {
  const [sheet] = await readXlsxFile(await blob.arrayBuffer());
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('XLSX, read back with read-excel-file', () => {
  test('header, values, a real date cell holding the zone\'s wall clock', async () => {
    const sheet = await readBack(await toXlsx([entry({ text: '=1+1 «кавычки» & <теги>' })], ctx));
    expect(sheet.sheet).toBe('Журнал');
    const [header, row] = sheet.data as [unknown[], unknown[]];
    expect(header).toEqual(LOG_COLUMNS.map((c) => c.header.ru));
    // 09:00 UTC is 16:00 in Novokuznetsk (UTC+7); the cell is zone-less, so it holds 16:00.
    expect(row[col('at')]).toBeInstanceOf(Date);
    expect((row[col('at')] as Date).toISOString().slice(0, 16)).toBe('2026-01-05T16:00');
    expect(row[col('text')]).toBe('=1+1 «кавычки» & <теги>');
    expect(row[col('page')]).toBe('vk:club1');
    expect(row[col('outcomeNote')]).toBeNull();
  });

  test('every entry is a row, in order', async () => {
    const entries = manyEntries(120);
    const sheet = await readBack(await toXlsx(entries, ctx));
    expect(sheet.data).toHaveLength(121);
    expect(sheet.data.slice(1).map((r) => r[col('uid')])).toEqual(entries.map((e) => e.uid));
  });

  test('text longer than Excel allows is cut to the limit, not refused', async () => {
    const sheet = await readBack(await toXlsx([entry({ text: 'я'.repeat(XLSX_CELL_MAX + 10) })], ctx));
    expect((sheet.data[1]?.[col('text')] as string).length).toBe(XLSX_CELL_MAX);
  });
});
