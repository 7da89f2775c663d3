/**
 * CSV that opens right in a Russian Excel: UTF-8 with a BOM (else Excel reads cp1251), `;` as
 * separator (the Russian list separator), CRLF, dates as `ДД.ММ.ГГГГ ЧЧ:ММ` (read as dates).
 * Comment text is hostile: a cell starting with = + - @ TAB or CR would be run as a formula
 * (CSV injection, OWASP), so such cells get a leading apostrophe and are read as text.
 */
import Papa from 'papaparse';
import type { LogEntry } from '~/utils/db/database';
import { LOG_COLUMNS, type Column, type ExportContext } from './columns';
import { formatDateTimeRu } from './dates';

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

// Papa's own `escapeFormulae: true` pattern ends in `.*$` without the s flag, so it misses a
// multi-line cell like "=HYPERLINK(…)\nтекст": our pattern only looks at the first character.
const FORMULA_START = /^[=+\-@\t\r]/;

function unparse(rows: string[][]): string {
  // Quoting every field keeps line breaks and separators inside comment text in their cell.
  return Papa.unparse(rows, { delimiter: CSV_SEPARATOR, newline: CSV_NEWLINE, quotes: true, header: false, escapeFormulae: FORMULA_START });
}

function row(entry: LogEntry, columns: readonly Column[], ctx: ExportContext): string[] {
  return columns.map((column) => {
    const cell = column.value(entry, ctx);
    return cell.kind === 'date' ? formatDateTimeRu(cell.instant, ctx.timeZone) : cell.text;
  });
}

export function csvHeader(ctx: ExportContext, columns: readonly Column[] = LOG_COLUMNS): string {
  return CSV_BOM + unparse([columns.map((c) => c.header[ctx.lang])]) + CSV_NEWLINE;
}

/** A chunk of rows (each line ends with CRLF), so long exports can be built piece by piece. */
export function csvRows(entries: readonly LogEntry[], ctx: ExportContext, columns: readonly Column[] = LOG_COLUMNS): string {
  if (entries.length === 0) return '';
  return unparse(entries.map((e) => row(e, columns, ctx))) + CSV_NEWLINE;
}

/** One entry's line (with its CRLF), for building a file in an order other than reading order. */
export function csvLine(entry: LogEntry, ctx: ExportContext, columns: readonly Column[] = LOG_COLUMNS): string {
  return unparse([row(entry, columns, ctx)]) + CSV_NEWLINE;
}

/** The whole file for `entries`. */
export function toCsv(entries: readonly LogEntry[], ctx: ExportContext, columns: readonly Column[] = LOG_COLUMNS): string {
  return csvHeader(ctx, columns) + csvRows(entries, ctx, columns);
}

/** Reads a file made by {@link toCsv} back into rows of cells (header first). */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: CSV_SEPARATOR, newline: CSV_NEWLINE, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`CSV: ${parsed.errors[0]?.message ?? 'parse error'} (row ${parsed.errors[0]?.row ?? '?'})`);
  return parsed.data;
}

/** Any table (a report) as CSV for a Russian Excel; numbers are written as they are. */
export function tableToCsv(rows: readonly (readonly (string | number)[])[]): string {
  return CSV_BOM + unparse(rows.map((r) => r.map(String))) + CSV_NEWLINE;
}
