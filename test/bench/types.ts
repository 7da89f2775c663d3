/** One row of the project's benchmark report. Extra numeric or object fields are allowed. */
export interface BenchResult {
  /** The figure's name as the issue gives it (`norma`, `wall-count-500`, `log-query`, …). */
  name: string;
  /** Which suite produced it (`classify`, `norms`, `log`, …). */
  suite: string;
  ms?: number;
  [field: string]: unknown;
}

export interface BenchSuite {
  /** Short id, also accepted on the command line to run only this suite: `npm run bench -- classify`. */
  id: string;
  /** One line for people. */
  title: string;
  run(log: (line: string) => void): Promise<BenchResult[]>;
  /** Optional human-readable table of the suite's results. */
  format?(results: BenchResult[]): string;
}
