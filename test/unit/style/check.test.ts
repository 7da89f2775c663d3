import { describe, expect, test } from 'vitest';
import { checkStyle, FINDING_KINDS, type FindingKind } from '~/utils/style';
import { offsetsHold } from './helpers';
import { LIVELY_4K, LIVELY_POST, PRESS_RELEASE_4K } from './texts';

/** Where the n-th (from 0) occurrence of `needle` starts. */
function nth(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`no ${needle} #${n}`);
  }
  return at;
}

const FAIR = 'Завтра в парке — ярмарка! Приходите с детьми, будут блины и горячий чай.';

describe('a lively post', () => {
  test.each([
    ['the fair', FAIR],
    ['the skating rink', LIVELY_POST],
    ['fourteen posts in one draft', LIVELY_4K],
    ['thanks', 'Огромное спасибо волонтёрам! Без вас не справились бы.'],
  ])('%s: no findings, both scores at least 8', (_, text) => {
    const report = checkStyle(text);
    expect(report.findings).toEqual([]);
    expect(report.scores.clarity).toBeGreaterThanOrEqual(8);
    expect(report.scores.readability).toBeGreaterThanOrEqual(8);
  });

  test('the fair: counts', () => {
    const { stats } = checkStyle(FAIR);
    expect(stats).toMatchObject({ chars: FAIR.length, words: 12, sentences: 2, paragraphs: 1, syllables: 22 });
    expect(stats.wordsPerSentence).toBe(6);
    expect(stats.penalty).toBe(0);
  });
});

describe('a press release', () => {
  const PRESS =
    'В рамках реализации мероприятий программы в администрации района состоялось заседание комиссии. ' +
    'В ходе заседания было принято решение. В целях обеспечения безопасности граждан данное решение является обязательным.';

  test('is found word by word, at the offsets of the original text', () => {
    // [kind, text, which occurrence of the text]
    const expected: [FindingKind, string, number][] = [
      ['bureaucratese', 'В рамках', 0],
      ['genitive-chain', 'реализации мероприятий программы', 0],
      ['bureaucratese', 'реализации', 0],
      ['bureaucratese', 'мероприятий', 0],
      ['press-release', 'состоялось', 0],
      ['bureaucratese', 'В ходе', 0],
      ['passive', 'было принято', 0],
      ['bureaucratese', 'В целях обеспечения', 0],
      ['genitive-chain', 'обеспечения безопасности граждан', 0],
      ['bureaucratese', 'данное', 0],
      ['bureaucratese', 'является', 0],
    ];
    const report = checkStyle(PRESS);
    const at = expected.map(([kind, text, n]) => {
      const start = nth(PRESS, text, n);
      return { kind, text, start, end: start + text.length };
    });
    expect(report.findings.map(({ kind, text, start, end }) => ({ kind, text, start, end }))).toEqual(at);
    expect(at[0]).toEqual({ kind: 'bureaucratese', text: 'В рамках', start: 0, end: 8 });
    expect(at[4]!.start).toBe(65);
    expect(report.scores.clarity).toBeLessThanOrEqual(4);
  });

  test('of 4,000 characters scores low on both and shows every kind but capitals', () => {
    const report = checkStyle(PRESS_RELEASE_4K);
    expect(PRESS_RELEASE_4K.length).toBeGreaterThanOrEqual(4000);
    expect(report.scores.clarity).toBeLessThanOrEqual(4);
    expect(report.scores.readability).toBeLessThanOrEqual(2);
    for (const kind of FINDING_KINDS) {
      if (kind === 'caps') expect(report.stats.byKind.caps).toBe(0);
      else expect(report.stats.byKind[kind], kind).toBeGreaterThan(0);
    }
    expect(offsetsHold(PRESS_RELEASE_4K, report.findings)).toBe(true);
    expect(report.stats.paragraphs).toBe(1);
  });

  test('is worse than the same news told simply, on both scores', () => {
    const press = checkStyle(PRESS_RELEASE_4K).scores;
    const lively = checkStyle(LIVELY_4K).scores;
    expect(lively.clarity - press.clarity).toBeGreaterThan(5);
    expect(lively.readability - press.readability).toBeGreaterThan(5);
  });
});

test('a water notice told simply beats the official one on both scores', () => {
  const official = checkStyle(
    'Уважаемые жители! В связи с проведением плановых работ по замене водопроводных сетей 25 ноября с 9:00 до 17:00 будет прекращена подача холодной воды по улицам Мира и Советской. Приносим извинения за временные неудобства.',
  );
  const simple = checkStyle('Двадцать пятого ноября с 9:00 до 17:00 не будет холодной воды на улицах Мира и Советской: меняем трубы. Наберите воду заранее. Извините за неудобства!');
  expect(official.findings.map((f) => [f.kind, f.text])).toEqual([
    ['bureaucratese', 'В связи с'],
    ['passive', 'будет прекращена'],
    ['cliche', 'Приносим извинения'],
    ['cliche', 'временные неудобства'],
  ]);
  expect(simple.findings).toEqual([]);
  expect(official.scores.clarity).toBeLessThan(7);
  expect(simple.scores.clarity).toBe(10);
  expect(simple.scores.readability - official.scores.readability).toBeGreaterThan(1);
});

describe('offsets', () => {
  test('are UTF-16 indices into the original: emoji, ё and capitals before a finding', () => {
    const text = '🎉🎉 Ёлка! 🎄 В РАМКАХ праздника осуществлён показ.';
    const report = checkStyle(text);
    expect(report.findings.map((f) => [f.kind, f.text])).toEqual([
      ['bureaucratese', 'В РАМКАХ'],
      ['caps', 'РАМКАХ'],
      ['bureaucratese', 'осуществлён'],
    ]);
    expect(report.findings[0]!.start).toBe(text.indexOf('В РАМКАХ'));
    expect(offsetsHold(text, report.findings)).toBe(true);
  });

  test('findings come in text order, the longer first at the same start', () => {
    const { findings } = checkStyle(PRESS_RELEASE_4K);
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1]!;
      const b = findings[i]!;
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).toBe(true);
    }
  });
});

describe('edge texts', () => {
  test.each([
    ['empty', ''],
    ['spaces and line breaks', '  \n\n \t '],
    ['emoji only', '🎉🎄🎉'],
    ['numbers only', '10:00 — 20:00'],
  ])('%s: no findings, no words, full scores', (_, text) => {
    const report = checkStyle(text);
    expect(report.findings).toEqual([]);
    expect(report.stats.words).toBe(0);
    expect(report.scores).toEqual({ clarity: 10, readability: 10 });
  });

  test('every finding has a name and a hint in Russian and a severity', () => {
    for (const f of checkStyle(PRESS_RELEASE_4K + '\n\nВНИМАНИЕ! ПРИХОДИТЕ ВСЕ').findings) {
      expect(f.name).toMatch(/[а-яё]/i);
      expect(f.hint).toMatch(/[а-яё]/i);
      expect(['high', 'medium', 'low']).toContain(f.severity);
    }
  });
});
