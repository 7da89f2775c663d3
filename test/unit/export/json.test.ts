import { describe, expect, test } from 'vitest';
import { ImportError } from '~/utils/export/errors';
import { LOG_FILE_FORMAT, parseLogFile, portable, toLogJson } from '~/utils/export/json';
import { entry, manyEntries } from '../log/entries';

const NOW = new Date('2026-11-23T10:00:00Z');

describe('log JSON: versioned, lossless', () => {
  test('round trip gives the same entries (the local id left out)', () => {
    const entries = manyEntries(40).map((e, i) => ({ ...e, id: i + 1, outcomeNote: i % 2 ? 'заметка "с кавычками"\n' : null }));
    const file = parseLogFile(toLogJson(entries, 'Все записи', NOW));
    expect(file.format).toBe(LOG_FILE_FORMAT);
    expect(file.count).toBe(40);
    expect(file.exportedAt).toBe(NOW.toISOString());
    expect(file.entries).toEqual(entries.map(portable));
    expect(file.entries[0]).not.toHaveProperty('id');
  });

  test('an empty export is a valid file', () => {
    expect(parseLogFile(toLogJson([], '', NOW)).entries).toEqual([]);
  });

  test('one entry a line, so an error line points at one entry', () => {
    const text = toLogJson(manyEntries(3), '', NOW);
    expect(text.split('\n')).toHaveLength(6);
  });

  test('unicode, emoji and lone surrogates survive', () => {
    const e = entry({ text: 'Привет 👋 \u0000 \ud800 конец' });
    expect(parseLogFile(toLogJson([e], '', NOW)).entries[0]?.text).toBe(e.text);
  });

  test('a refused file throws ImportError', () => {
    expect(() => parseLogFile('{')).toThrow(ImportError);
  });
});
