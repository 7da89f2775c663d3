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

/** Rows as papaparse writes them for a Russian Excel (headers and reports; log rows: {@link csvLine}). */
export function unparse(rows: readonly (readonly string[])[]): string {
  // Quoting every field keeps line breaks and separators inside comment text in their cell.
  return Papa.unparse(rows as string[][], { delimiter: CSV_SEPARATOR, newline: CSV_NEWLINE, quotes: true, header: false, escapeFormulae: FORMULA_START });
}

export function csvHeader(ctx: ExportContext, columns: readonly Column[] = LOG_COLUMNS): string {
  return CSV_BOM + unparse([columns.map((c) => c.header[ctx.lang])]) + CSV_NEWLINE;
}

/** A chunk of rows (each line ends with CRLF), so long exports can be built piece by piece. */
export function csvRows(entries: readonly LogEntry[], ctx: ExportContext, columns: readonly Column[] = LOG_COLUMNS): string {
  return entries.map((e) => csvLine(e, ctx, columns)).join('');
}

/**
 * One cell as {@link unparse} writes it (every cell quoted, quotes doubled, a formula start
 * defused), without papaparse's per-call set-up: a 100,000-row export formats each row alone.
 * A unit test holds it equal to papaparse's output on hostile cells.
 */
function quoted(value: string): string {
  // The first character against FORMULA_START (= + - @ TAB CR), without a regular expression.
  const first = value.charCodeAt(0);
  const safe = first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13 ? `'${value}` : value;
  return `"${safe.includes('"') ? safe.replaceAll('"', '""') : safe}"`;
}

/** One entry's line (with its CRLF), for building a file in an order other than reading order. */
export function csvLine(entry: LogEntry, ctx: ExportContext, columns: readonly Column[] = LOG_COLUMNS): string {
  // Joined from an array, the line is one flat string: cheaper to encode than a chain of `+=`.
  const cells = new Array<string>(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const cell = (columns[i] as Column).value(entry, ctx);
    cells[i] = quoted(cell.kind === 'date' ? formatDateTimeRu(cell.instant, ctx.timeZone) : cell.text);
  }
  return cells.join(CSV_SEPARATOR) + CSV_NEWLINE;
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
