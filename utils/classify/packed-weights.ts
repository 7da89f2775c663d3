/**
 * How the learned reading's word weights are stored (`rules/spam-model.ts`): a name's letters are
 * most of a model's bytes, and sorted names share their beginnings ("w:зараб", "w:заран",
 * "w:зарег"), so each name is written as what it adds to the one before.
 *
 * The packed form is a list of lines; each line holds entries one after another, and an entry is
 *
 *   <one digit: letters shared with the previous name> <the rest of the name> <weight in hundredths> ;
 *
 * "0w:зараб215;6н-40;5ег12;" is w:зараб 2.15, w:заран −0.40, w:зарег 0.12. A name never holds a
 * digit, a minus or ";" (the skeleton spells digits as letters), so an entry reads unambiguously.
 * Lines begin where a name's first three characters change, so that a retrained model's diff
 * shows which words moved; the sharing runs on across lines.
 */

/** At most this many letters are shared (one digit). */
const MAX_SHARED = 9;
const MINUS = 45;

const isWeightStart = (c: number): boolean => c === MINUS || (c >= 48 && c <= 57);

/** Packs weights (each a whole number of hundredths) by name, in the order of their names. */
export function packWeights(weights: Readonly<Record<string, number>>): string[] {
  const names = Object.keys(weights).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines: string[] = [];
  let line = '';
  let prev = '';
  for (const name of names) {
    if (/[\d;-]/.test(name) || name === '') throw new Error(`packed weights: the name "${name}" cannot be packed`);
    const hundredths = Math.round(weights[name]! * 100);
    if (Math.abs(hundredths / 100 - weights[name]!) > 1e-9) throw new Error(`packed weights: ${name} is not in hundredths`);
    let shared = 0;
    while (shared < MAX_SHARED && shared < prev.length && shared < name.length && prev[shared] === name[shared]) shared++;
    if (line !== '' && prev.slice(0, 3) !== name.slice(0, 3)) {
      lines.push(line);
      line = '';
    }
    line += `${shared}${name.slice(shared)}${hundredths};`;
    prev = name;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Reads packed weights back: name → weight. Throws on a malformed entry. */
export function unpackWeights(lines: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  let prev = '';
  for (const s of lines) {
    let i = 0;
    while (i < s.length) {
      const shared = s.charCodeAt(i) - 48;
      if (shared < 0 || shared > MAX_SHARED || shared > prev.length) throw new Error(`packed weights: a bad entry at "${s.slice(i, i + 16)}"`);
      let j = i + 1;
      while (j < s.length && !isWeightStart(s.charCodeAt(j))) j++;
      const end = s.indexOf(';', j);
      const hundredths = end > j ? Number(s.slice(j, end)) : NaN;
      if (j === i + 1 || !Number.isInteger(hundredths)) throw new Error(`packed weights: a bad entry at "${s.slice(i, i + 16)}"`);
      const name = prev.slice(0, shared) + s.slice(i + 1, j);
      out.set(name, hundredths / 100);
      prev = name;
      i = end + 1;
    }
  }
  return out;
}
