/**
 * Russian messages for what is wrong with an imported file: where (line and column for broken
 * JSON; entry number, its uid and the field for bad data) and what, so a person can find it.
 */
import type { z } from '~/utils/zod';

/** Refused import: `message` is shown to the user as it is. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** Line and column (from 1) of `position` in `text`. */
export function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** JSON.parse with a message that says where the file is broken. */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') throw new ImportError('Файл пустой. Ничего не изменено.');
  try {
    return JSON.parse(text);
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(raw);
    const lineCol = /line (\d+) column (\d+)/.exec(raw);
    // An error at the very end means the text stopped mid-value: a cut-off download or copy.
    if (/end of (JSON )?input/i.test(raw) || (position !== null && Number(position[1]) >= text.trimEnd().length)) {
      throw new ImportError('Файл обрывается на середине: похоже, он обрезан при копировании или загрузке. Ничего не изменено.');
    }
    // V8 names no position when the very first character is wrong ("hello"): that character it is.
    const first = /^\s*/.exec(text)?.[0].length ?? 0;
    const at = lineCol
      ? { line: Number(lineCol[1]), column: Number(lineCol[2]) }
      : position
        ? lineColumn(text, Number(position[1]))
        : /^[{["\d\-tfn]/.test(text.slice(first))
          ? null
          : lineColumn(text, first);
    const where = at ? ` (строка ${at.line}, позиция ${at.column})` : '';
    throw new ImportError(`Файл не является правильным JSON${where}. Ничего не изменено.`);
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'строка',
  number: 'число',
  int: 'целое число',
  boolean: 'да/нет (true/false)',
  array: 'список',
  object: 'объект',
  null: 'null',
  undefined: 'значение',
  nonoptional: 'значение',
};

function typeName(t: unknown): string {
  return typeof t === 'string' ? (TYPE_NAMES[t] ?? t) : 'значение';
}

function received(input: unknown): string {
  if (input === undefined) return 'поля нет';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'список';
  return typeName(typeof input);
}

/** What is wrong, in Russian, for one zod issue; `input` is the value found at the issue's path. */
export function issueText(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? 'поле отсутствует' : `ожидается ${typeName(issue.expected)}, а в файле ${received(input)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `слишком длинный текст (больше ${String(issue.maximum)} знаков)`
        : issue.origin === 'array'
          ? `слишком много элементов (больше ${String(issue.maximum)})`
          : `слишком большое значение (больше ${String(issue.maximum)})`;
    case 'too_small':
      return issue.origin === 'string'
        ? issue.minimum === 1
          ? 'пустой текст'
          : `слишком короткий текст (меньше ${String(issue.minimum)} знаков)`
        : issue.origin === 'array'
          ? `слишком мало элементов (меньше ${String(issue.minimum)})`
          : `слишком маленькое значение (меньше ${String(issue.minimum)})`;
    case 'invalid_format':
      return issue.format === 'url' ? 'нужна ссылка https://' : `неверный формат (${issue.format})`;
    case 'invalid_value':
      return `допустимые значения: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `лишние поля: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'значение не подходит ни под один из допустимых видов';
    case 'not_multiple_of':
      return 'неверное число';
    case 'invalid_key':
    case 'invalid_element':
      return 'неверный элемент';
    case 'custom':
      return issue.message;
  }
}

/**
 * Where an issue is: `path` names the list (`entries`, `tables.log`…) and `describe` turns a list
 * index into words (`запись № 13 (uid …)`).
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  describe: (path: readonly PropertyKey[]) => { where: string; rest: readonly PropertyKey[] },
): string {
  const { where, rest } = describe(issue.path);
  const field = rest.length ? `поле «${rest.map(String).join('.')}»` : '';
  const place = [where, field].filter(Boolean).join(', ');
  return `${place ? `${place}: ` : ''}${issueText(issue, valueAt(data, issue.path))}`;
}

/** The raw value at `path` in parsed JSON (zod's issues do not carry it). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const step of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, step)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  return node;
}

/** At most `limit` issue lines, and how many more there are. */
export function summariseIssues(lines: readonly string[], limit = 5): string {
  const shown = lines.slice(0, limit).map((l) => `• ${l}`);
  if (lines.length > limit) shown.push(`…и ещё ${lines.length - limit}`);
  return shown.join('\n');
}
