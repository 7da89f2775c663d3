import { checkStyle, type Finding, type FindingKind, type StyleOptions } from '~/utils/style';

/** Findings as `[kind, text]`, in text order: what a table row states. */
export function found(text: string, options?: StyleOptions): [FindingKind, string][] {
  return checkStyle(text, options).findings.map((f) => [f.kind, f.text]);
}

/** Findings of one kind, as the text found. */
export function foundOf(kind: FindingKind, text: string, options?: StyleOptions): string[] {
  return checkStyle(text, options)
    .findings.filter((f) => f.kind === kind)
    .map((f) => f.text);
}

/** Every finding's offsets point at its text in the original. */
export function offsetsHold(text: string, findings: readonly Finding[]): boolean {
  return findings.every((f) => f.start >= 0 && f.end <= text.length && f.start < f.end && text.slice(f.start, f.end) === f.text);
}
