import { describe, expect, test } from 'vitest';
import { LOG_COLUMNS, type ExportContext } from '~/utils/export/columns';
import { CSV_BOM, csvHeader, csvLine, csvRows, parseCsv, toCsv, unparse } from '~/utils/export/csv';
import { entry, manyEntries } from '../log/entries';

const ctx: ExportContext = { timeZone: 'Europe/Moscow', lang: 'ru', pageTitles: new Map([['vk:club1', 'Администрация города']]) };
const col = (id: string) => LOG_COLUMNS.findIndex((c) => c.id === id);

describe('CSV for a Russian Excel', () => {
  test('BOM, semicolons, CRLF, Russian headers', () => {
    const csv = toCsv([entry()], ctx);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`${CSV_BOM}${LOG_COLUMNS.map((c) => `"${c.header.ru}"`).join(';')}`);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
  });

  test('parses back to the same cells, dates as ДД.ММ.ГГГГ ЧЧ:ММ in the zone', () => {
    const rows = parseCsv(toCsv([entry()], ctx));
    expect(rows).toHaveLength(2);
    const [, row] = rows as [string[], string[]];
    expect(row[col('at')]).toBe('05.01.2026 12:00');
    expect(row[col('page')]).toBe('Администрация города');
    expect(row[col('network')]).toBe('ВКонтакте');
    expect(row[col('text')]).toBe('Купите наши услуги недорого');
    expect(row[col('categories')]).toBe('Спам');
    expect(row[col('decision')]).toBe('Удалить');
    expect(row[col('outcome')]).toBe('Выполнено');
    expect(row[col('uid')]).toBe('u-1');
    expect(row).toHaveLength(LOG_COLUMNS.length);
  });

  test('English headers and values in an English UI', () => {
    const rows = parseCsv(toCsv([entry({ decision: 'dismiss' })], { ...ctx, lang: 'en' }));
    expect(rows[0]?.[col('at')]).toBe('Date and time');
    expect(rows[1]?.[col('decision')]).toBe('Not a violation');
  });

  test('text with separators, quotes and line breaks stays in its cell', () => {
    const text = 'a;b "c"\r\nd\ne';
    const rows = parseCsv(toCsv([entry({ text })], ctx));
    expect(rows[1]?.[col('text')]).toBe(text);
  });

  // Hostile text: a cell that Excel would run as a formula is stored as text.
  test.each([
    ['=HYPERLINK("http://evil","x")', true],
    ['+7 999 000-00-00', true],
    ['-2+3', true],
    ['@SUM(A1:A2)', true],
    ['\t=1+1', true],
    ['\r=1+1', true],
    ['=1+1\nвторая строка', true],
    ['Обычный комментарий', false],
    [' =1+1 (после пробела Excel не считает формулой)', false],
    ['1+1=2', false],
    ['', false],
  ])('formula injection: %j neutralised = %s', (text, neutralised) => {
    const cell = parseCsv(toCsv([entry({ text })], ctx))[1]?.[col('text')];
    expect(cell).toBe(neutralised ? `'${text}` : text);
  });

  // Log rows are quoted without papaparse's per-call set-up; they must stay what papaparse writes.
  test.each([
    ['=HYPERLINK("http://evil","x")'],
    ['"quoted" ;; and "" twice'],
    ['-1'],
    ['\t\r\n'],
    ['a;b\r\nc'],
    ['Ёлки "палки"'],
    [''],
  ])('a row with %j is the line papaparse writes', (text) => {
    const e = entry({ text, authorName: text, outcomeNote: text, terms: [text, text] });
    const cells = LOG_COLUMNS.map((c) => {
      const v = c.value(e, ctx);
      return v.kind === 'text' ? v.text : '05.01.2026 12:00';
    });
    expect(csvLine(e, ctx)).toBe(unparse([cells]) + '\r\n');
  });

  test('built in chunks it is the same file', () => {
    const entries = manyEntries(50);
    expect(csvHeader(ctx) + csvRows(entries.slice(0, 20), ctx) + csvRows(entries.slice(20), ctx) + csvRows([], ctx)).toBe(toCsv(entries, ctx));
  });

  test('a broken file is reported, not half read', () => {
    expect(() => parseCsv('"a";"b\r\n')).toThrow(/CSV/);
  });
});
