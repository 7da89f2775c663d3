/**
 * `npm run bench` — every benchmark of the project, one report.
 *
 *   npm run bench                 tables for people
 *   npm run bench -- --json       {"date", "machine", "results": [{name, suite, ...}]}
 *   npm run bench -- classify     only the named suites
 *
 * Progress goes to stderr so that `--json` output on stdout stays clean.
 */
import os from 'node:os';
import type { BenchResult, BenchSuite } from './types';
import { suites } from './suites';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const only = args.filter((a) => !a.startsWith('--'));
  const chosen: BenchSuite[] = only.length ? suites.filter((s) => only.includes(s.id)) : suites;
  if (only.length && chosen.length !== only.length) {
    const known = suites.map((s) => s.id).join(', ');
    console.error(`Unknown suite in ${only.join(', ')}; known: ${known}`);
    process.exit(2);
  }
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const results: BenchResult[] = [];
  const human: string[] = [];
  for (const suite of chosen) {
    log(`== ${suite.id}: ${suite.title}`);
    const rows = await suite.run(log);
    results.push(...rows);
    human.push(`## ${suite.title}\n\n${suite.format ? suite.format(rows) : defaultFormat(rows)}`);
  }
  const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  if (json) {
    process.stdout.write(`${JSON.stringify({ date, machine, results }, null, 2)}\n`);
  } else {
    process.stdout.write(`Benchmarks, ${date}, ${machine}\n\n${human.join('\n\n')}\n`);
  }
}

function defaultFormat(rows: BenchResult[]): string {
  return rows
    .map((r) => {
      const fields = Object.entries(r)
        .filter(([k]) => k !== 'name' && k !== 'suite')
        .map(([k, v]) => `${k}=${typeof v === 'number' ? round(v) : JSON.stringify(v)}`)
        .join('  ');
      return `- ${r.name}: ${fields}`;
    })
    .join('\n');
}

export function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
