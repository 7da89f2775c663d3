import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseLine } from '../../../scripts/classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function run(input: string, args: string[] = []): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/classify.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('parseLine', () => {
  test('JSON lines and bare text lines', () => {
    expect(parseLine('{"id": 7, "text": "привет"}', 1)).toEqual({ line: 1, id: 7, text: 'привет', authorId: undefined });
    expect(parseLine('просто текст', 3)).toEqual({ line: 3, id: 3, text: 'просто текст' });
    expect(parseLine('   ', 2)).toBeNull();
    expect(() => parseLine('{"id": 1}', 1)).toThrow(/text/);
    expect(() => parseLine('{oops', 1)).toThrow(/JSON/);
  });
});

describe('npm run classify', () => {
  test('verdicts in input order; a malformed line is reported and the rest processed', () => {
    const input = ['{"id": "a", "text": "Ну пиздец"}', '{broken', 'Спасибо за ремонт', '{"id": "c", "text": "Пиши в лс t.me/x"}'].join('\n');
    const r = run(input);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2/);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual(['a', 3, 'c']);
    expect(out[0]).toMatchObject({ categories: ['obscene'], action: 'delete_and_blacklist' });
    expect(Object.keys(out[0]!)).toEqual(['id', 'categories', 'action', 'matches']);
    expect(out[1]).toMatchObject({ categories: [], action: 'none', matches: [] });
    expect(out[2]).toMatchObject({ categories: ['spam'] });
  }, 30000);

  test('exit code 0 on clean input; --format table for people', () => {
    const r = run('{"id": 1, "text": "Ты дебил"}\n', ['--format', 'table']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/delete_and_blacklist/);
    expect(r.stdout).toMatch(/insult\/direct/);
  }, 30000);
});
