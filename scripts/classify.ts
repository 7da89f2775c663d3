/**
 * `npm run --silent classify < comments.jsonl > verdicts.jsonl`
 *
 * Input: one comment a line, `{"id": …, "text": "…"}` (other fields are ignored), or a bare text
 * line (its id is then the line number). Output: `{"id", "categories", "action", "matches"}` a
 * line, in input order. A malformed line gets an error on stderr naming its line number; the
 * rest is still processed, and the exit code is 1.
 *
 * Options:
 *   --format table         a readable table for people instead of JSON lines
 *   --words FILE           moderator word lists (docs/classifier.md, "Word lists")
 *   --thread               classify the input as one thread (adds same-text / flooding signals;
 *                          input lines may carry "authorId")
 *   --reasons              add "reasons" (one Russian sentence per match) to each output line
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { classify, classifyThread, parseWordList, RULESET_VERSION, type ClassifyOptions, type Verdict } from '../utils/classify/index';

interface Args {
  format: 'jsonl' | 'table';
  words?: string;
  thread: boolean;
  reasons: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { format: 'jsonl', thread: false, reasons: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format') {
      const v = argv[++i];
      if (v !== 'table' && v !== 'jsonl' && v !== 'json') throw new Error(`--format takes "table" or "jsonl", not "${v ?? ''}"`);
      args.format = v === 'table' ? 'table' : 'jsonl';
    } else if (a === '--format=table') args.format = 'table';
    else if (a === '--words') args.words = argv[++i];
    else if (a === '--thread') args.thread = true;
    else if (a === '--reasons') args.reasons = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]!.replace(/^\/\*\*?/, '').replace(/^ \* ?/gm, '')}\n`);
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return args;
}

interface Input {
  line: number;
  /** As given (a number stays a number); the line number when absent. */
  id: string | number;
  authorId?: string;
  text: string;
}

/** Parses one input line; throws with a message for malformed lines. */
export function parseLine(raw: string, line: number): Input | null {
  const s = raw.replace(/^\uFEFF/, '');
  if (!s.trim()) return null;
  if (!s.trimStart().startsWith('{')) return { line, id: line, text: s };
  let obj: unknown;
  try {
    obj = JSON.parse(s);
  } catch (e) {
    throw new Error(`invalid JSON (${(e as Error).message})`, { cause: e });
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error('expected a JSON object');
  const o = obj as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new Error('"text" must be a string');
  if (o.id !== undefined && typeof o.id !== 'string' && typeof o.id !== 'number') throw new Error('"id" must be a string or a number');
  const authorId = typeof o.authorId === 'string' || typeof o.authorId === 'number' ? String(o.authorId) : undefined;
  return { line, id: o.id === undefined ? line : (o.id as string | number), authorId, text: o.text };
}

function output(input: Input, v: Verdict, args: Args): string {
  const row: Record<string, unknown> = {
    id: input.id,
    categories: v.categories,
    action: v.action,
    matches: v.matches.map(({ category, start, end, term, rule }) => ({ category, start, end, term, rule })),
  };
  if (args.reasons) row.reasons = v.reasons;
  return JSON.stringify(row);
}

function table(rows: { input: Input; verdict: Verdict }[]): string {
  const clip = (s: string, n: number): string => {
    const flat = s.replace(/\s+/g, ' ');
    return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
  };
  const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length));
  const lines = [`ruleset ${RULESET_VERSION}`, ''];
  const head = `${pad('id', 8)} ${pad('action', 20)} ${pad('categories', 22)} ${pad('text', 48)} matches`;
  lines.push(head, '-'.repeat(head.length + 10));
  for (const { input, verdict } of rows) {
    const m = verdict.matches.map((x) => `${x.rule} «${clip(x.term, 24)}»`).join('; ');
    lines.push(`${pad(clip(String(input.id), 8), 8)} ${pad(verdict.action, 20)} ${pad(verdict.categories.join(',') || '—', 22)} ${pad(clip(input.text, 48), 48)} ${m}`);
  }
  const count = (a: string): number => rows.filter((r) => r.verdict.action === a).length;
  lines.push('', `${rows.length} comments: ${count('delete_and_blacklist')} delete and blacklist, ${count('delete')} delete, ${count('review')} review, ${count('none')} clean`);
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`classify: ${(e as Error).message}\n`);
    return 2;
  }
  let options: ClassifyOptions | undefined;
  if (args.words) {
    try {
      options = parseWordList(readFileSync(args.words, 'utf8'));
    } catch (e) {
      process.stderr.write(`classify: ${args.words}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  let failed = false;
  const inputs: Input[] = [];
  const rows: { input: Input; verdict: Verdict }[] = [];
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    let input: Input | null;
    try {
      input = parseLine(raw, line);
    } catch (e) {
      process.stderr.write(`classify: line ${line}: ${(e as Error).message}\n`);
      failed = true;
      continue;
    }
    if (!input) continue;
    if (args.thread) {
      inputs.push(input);
      continue;
    }
    const verdict = classify(input.text, options);
    if (args.format === 'table') rows.push({ input, verdict });
    else process.stdout.write(`${output(input, verdict, args)}\n`);
  }
  if (args.thread) {
    const verdicts = classifyThread(
      inputs.map((i) => ({ id: String(i.id), authorId: i.authorId, text: i.text })),
      options,
    );
    inputs.forEach((input, k) => {
      const verdict = verdicts[k]!;
      if (args.format === 'table') rows.push({ input, verdict });
      else process.stdout.write(`${output(input, verdict, args)}\n`);
    });
  }
  if (args.format === 'table') process.stdout.write(table(rows));
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('scripts/classify.ts')) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`classify: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
