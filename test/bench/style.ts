/**
 * `npm run bench -- style`: the style check on a 4,000-character draft, the figure the composer
 * needs to run it on every (debounced) keystroke; target < 10 ms.
 *
 * Drafts: the unit tests' press release of about 4,000 characters (one paragraph, dozens of
 * findings: the slow case) and lively posts of about the same length (no findings), plus five
 * press releases in a row (20,000 characters) to show the time grows with the text, not faster.
 * Each figure is the median of many runs after a warm-up; the first call with new options
 * (compiling the dictionary with a user's additions) is timed apart.
 */
import { checkStyle, createStyleChecker, type StyleChecker, type StyleOptions } from '../../utils/style/index';
import { LIVELY_4K, PRESS_RELEASE_4K } from '../unit/style/texts';
import type { BenchResult, BenchSuite } from './types';

const WARMUP = 100;
const RUNS = 1000;
const TARGET_MS = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function measure(name: string, check: StyleChecker, text: string, log: (line: string) => void): BenchResult {
  const report = check(text);
  for (let i = 0; i < WARMUP; i++) check(text);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    check(text);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  const p95 = percentile(times, 95);
  log(`${name}: median ${ms.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms of ${RUNS} runs; ${text.length} chars, ${report.findings.length} findings`);
  return {
    name,
    suite: 'style',
    ms,
    p95,
    runs: RUNS,
    chars: text.length,
    findings: report.findings.length,
    clarity: report.scores.clarity,
    readability: report.scores.readability,
    targetMs: TARGET_MS,
    withinTarget: ms < TARGET_MS,
  };
}

/** A bench that checks wrong measures nothing: the drafts must score as the unit tests say. */
function assertSane(): void {
  const press = checkStyle(PRESS_RELEASE_4K);
  const lively = checkStyle(LIVELY_4K);
  if (press.scores.clarity > 4 || press.findings.length < 50) throw new Error(`press release scored ${press.scores.clarity} with ${press.findings.length} findings`);
  if (lively.findings.length !== 0 || lively.scores.clarity < 8) throw new Error(`lively draft has ${lively.findings.length} findings`);
}

function compileTime(log: (line: string) => void): BenchResult {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    // Distinct options each time, as when the user edits the dictionary: nothing cached.
    const options: StyleOptions = {
      extra: Array.from({ length: 50 }, (_, j) => ({ phrase: `слово${i}x${j}*`, kind: 'cliche' as const, hint: 'Проверка.' })),
      ignore: [`фраза${i}`],
    };
    const t0 = performance.now();
    createStyleChecker(options);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  log(`style-compile-50-extra: median ${ms.toFixed(3)} ms (built-in dictionary + 50 user phrases)`);
  return { name: 'style-compile-50-extra', suite: 'style', ms, runs: times.length };
}

export const styleSuite: BenchSuite = {
  id: 'style',
  title: `Style check of a draft (checkStyle, median of ${RUNS} runs; target < ${TARGET_MS} ms for 4,000 characters)`,
  run(log) {
    assertSane();
    const check = createStyleChecker();
    return Promise.resolve([
      measure('style-check-4k', check, PRESS_RELEASE_4K, log),
      measure('style-check-4k-lively', check, LIVELY_4K, log),
      measure('style-check-20k', check, Array.from({ length: 5 }, () => PRESS_RELEASE_4K).join('\n\n'), log),
      compileTime(log),
    ]);
  },
  format(results) {
    const lines = ['| figure | ms (median) | p95 | chars | findings | clarity | readability |', '|---|---|---|---|---|---|---|'];
    for (const r of results) {
      const n = (v: unknown, d = 3): string => (typeof v === 'number' ? v.toFixed(d) : '—');
      lines.push(`| ${r.name} | ${n(r.ms)} | ${n(r.p95)} | ${String(r.chars ?? '—')} | ${String(r.findings ?? '—')} | ${n(r.clarity, 1)} | ${n(r.readability, 1)} |`);
    }
    return lines.join('\n');
  },
};
