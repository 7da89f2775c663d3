/**
 * XLSX of the log, written by write-excel-file (no XLSX code of our own). Dates are real date
 * cells (`ДД.ММ.ГГГГ ЧЧ:ММ`) holding the wall clock of the zone the file names; text is stored as
 * shared strings, so comment text is never taken for a formula.
 */
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/universal';
import type { LogEntry } from '~/utils/db/database';
import { LOG_COLUMNS, type Column, type ExportContext } from './columns';
import { wallClockAsUtc } from './dates';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const XLSX_DATE_FORMAT = 'dd.mm.yyyy hh:mm';
/** Excel refuses longer cells. */
export const XLSX_CELL_MAX = 32_767;

function cellOf(entry: LogEntry, column: Column, ctx: ExportContext): Cell {
  const value = column.value(entry, ctx);
  if (value.kind === 'date') return { value: new Date(wallClockAsUtc(value.instant, ctx.timeZone)), type: Date, format: XLSX_DATE_FORMAT };
  const text = value.text.length > XLSX_CELL_MAX ? value.text.slice(0, XLSX_CELL_MAX) : value.text;
  return text === '' ? null : { value: text, type: String };
}

/** One entry's row of the sheet. */
export function xlsxRow(entry: LogEntry, ctx: ExportContext, columns: readonly Column[] = LOG_COLUMNS): Row {
  return columns.map((column) => cellOf(entry, column, ctx));
}

/** Rows of the sheet for `entries` (no header), so a caller can build them in chunks. */
export function xlsxRows(entries: readonly LogEntry[], ctx: ExportContext, columns: readonly Column[] = LOG_COLUMNS): Row[] {
  return entries.map((entry) => columns.map((column) => cellOf(entry, column, ctx)));
}

export function xlsxHeader(ctx: ExportContext, columns: readonly Column[] = LOG_COLUMNS): Row {
  return columns.map((c) => ({ value: c.header[ctx.lang], type: String, fontWeight: 'bold' }));
}

/** The workbook: one sheet, header row frozen. */
export function xlsxFromRows(rows: readonly Row[], ctx: ExportContext, columns: readonly Column[] = LOG_COLUMNS): Promise<Blob> {
  return writeXlsxFile([xlsxHeader(ctx, columns), ...rows], {
    sheet: ctx.lang === 'ru' ? 'Журнал' : 'Log',
    columns: columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
    dateFormat: XLSX_DATE_FORMAT,
  }).toBlob();
}

export function toXlsx(entries: readonly LogEntry[], ctx: ExportContext, columns: readonly Column[] = LOG_COLUMNS): Promise<Blob> {
  return xlsxFromRows(xlsxRows(entries, ctx, columns), ctx, columns);
}

/** Any table (a report) as XLSX: numbers stay numbers, the title and header rows bold. */
export function tableToXlsx(rows: readonly (readonly (string | number)[])[], sheet: string): Promise<Blob> {
  const data: Row[] = rows.map((r, i) =>
    r.map((v): Cell => (typeof v === 'number' ? { value: v, type: Number } : v === '' ? null : { value: v, type: String, ...(i < 2 ? { fontWeight: 'bold' as const } : {}) })),
  );
  return writeXlsxFile(data, { sheet, columns: rows[0]?.map((_, i) => ({ width: i === 0 ? 36 : 14 })) }).toBlob();
}
