import { ALPHABET_SIZE, SYMBOL } from './automaton';

/**
 * Where a phrase pattern can start. Every phrase pattern begins with a space (a word boundary of
 * the skeleton) followed by words; {@link firstPairs} reads the pattern's source and returns the
 * triples of skeleton symbols that can follow that space. A pattern is then tried (sticky) only at
 * the spaces followed by such a triple, instead of being searched for over the whole skeleton.
 *
 * The analysis over-approximates and never under-approximates: `\S`, `.`, `\w`, `\d` and any
 * class it does not read stand for every symbol, lookarounds match nothing (as if absent), and a
 * pattern that could end sooner allows any symbol after its end. Syntax it does not know
 * makes it give up (`null`: try every space), so a new pattern is at worst as slow as before.
 */

/** How many characters after the space the table looks at. */
export const DEPTH = 3;
/** A prefix of at most {@link DEPTH} characters; {@link ANY} stands for every symbol. */
type Prefixes = Set<string>;
const ANY = '\u0000';

class Unsupported extends Error {}

function concat(a: Prefixes, b: Prefixes): Prefixes {
  const out: Prefixes = new Set();
  for (const x of a) {
    if (x.length >= DEPTH) out.add(x);
    else for (const y of b) out.add((x + y).slice(0, DEPTH));
  }
  return out;
}

function union(a: Prefixes, b: Prefixes): Prefixes {
  const out = new Set(a);
  for (const y of b) out.add(y);
  return out;
}

function repeat(x: Prefixes, min: number, max: number): Prefixes {
  let acc: Prefixes = new Set(['']);
  for (let i = 0; i < min && i <= DEPTH; i++) acc = concat(acc, x);
  // Past DEPTH characters nothing new can appear: DEPTH more optional rounds cover every prefix.
  let result = acc;
  for (let i = min; i < max && i <= min + DEPTH; i++) {
    acc = concat(acc, x);
    result = union(result, acc);
  }
  return result;
}

function parse(src: string): Prefixes {
  let pos = 0;
  const peek = (): string | undefined => src[pos];
  function alternation(): Prefixes {
    let out = sequence();
    while (peek() === '|') {
      pos++;
      out = union(out, sequence());
    }
    return out;
  }
  function sequence(): Prefixes {
    let acc: Prefixes = new Set(['']);
    while (pos < src.length && peek() !== '|' && peek() !== ')') {
      let atom = atomAt();
      atom = quantified(atom);
      acc = concat(acc, atom);
    }
    return acc;
  }
  function quantified(atom: Prefixes): Prefixes {
    const ch = peek();
    let min: number;
    let max: number;
    if (ch === '?') [min, max] = [0, 1];
    else if (ch === '*') [min, max] = [0, Infinity];
    else if (ch === '+') [min, max] = [1, Infinity];
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(pos));
      if (!m) throw new Unsupported('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      pos += m[0].length - 1;
    } else return atom;
    pos++;
    if (peek() === '?') pos++; // lazy: the same strings
    return repeat(atom, min, max);
  }
  function atomAt(): Prefixes {
    const ch = src[pos]!;
    if (ch === '(') {
      let zeroWidth = false;
      if (src.startsWith('(?:', pos)) pos += 3;
      else if (src.startsWith('(?=', pos) || src.startsWith('(?!', pos)) {
        pos += 3;
        zeroWidth = true;
      } else if (src.startsWith('(?<=', pos) || src.startsWith('(?<!', pos)) {
        pos += 4;
        zeroWidth = true;
      } else if (src[pos + 1] === '?') throw new Unsupported('group');
      else pos += 1;
      const inner = alternation();
      if (peek() !== ')') throw new Unsupported('unclosed group');
      pos++;
      return zeroWidth ? new Set(['']) : inner;
    }
    if (ch === '[') {
      const close = src.indexOf(']', pos + 1);
      if (close < 0) throw new Unsupported('class');
      const body = src.slice(pos + 1, close);
      pos = close + 1;
      if (body === '' || /[\\^\-[]/.test(body)) return new Set([ANY]);
      return new Set([...body]);
    }
    if (ch === '\\') {
      const e = src[pos + 1];
      pos += 2;
      if (e === undefined) throw new Unsupported('escape');
      if (e === 's') return new Set([' ']);
      if (/[A-Za-z0-9]/.test(e)) {
        if ('SDWdwb'.includes(e)) return e === 'b' ? new Set(['']) : new Set([ANY]);
        throw new Unsupported(`\\${e}`);
      }
      return new Set([e]);
    }
    if (ch === '^' || ch === '$') {
      pos++;
      return new Set(['']);
    }
    pos++;
    if (ch === '.') return new Set([ANY]);
    if ('*+?{}|)'.includes(ch)) throw new Unsupported(ch);
    return new Set([ch]);
  }
  const result = alternation();
  if (pos !== src.length) throw new Unsupported('trailing');
  return result;
}

const symbolsOf = (ch: string | undefined): number[] =>
  ch === undefined || ch === ANY ? Array.from({ length: ALPHABET_SIZE }, (_, k) => k) : [SYMBOL[ch.charCodeAt(0)]!];

/** The index of the skeleton symbols a, b, c in a {@link firstTriples} table. */
export const tripleIndex = (a: number, b: number, c: number): number => (a * ALPHABET_SIZE + b) * ALPHABET_SIZE + c;

/**
 * For a pattern that starts with a space: a table over {@link tripleIndex} of the symbols of the
 * three skeleton characters after that space, 1 where a match may start there. `null` when the
 * pattern does not start with a space, has flags other than `g`, or syntax the analysis does
 * not read.
 */
export function firstTriples(pattern: RegExp): Uint8Array | null {
  if (pattern.flags.replace('g', '') !== '' || !pattern.source.startsWith(' ')) return null;
  let prefixes: Prefixes;
  try {
    prefixes = parse(pattern.source.slice(1));
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const table = new Uint8Array(ALPHABET_SIZE * ALPHABET_SIZE * ALPHABET_SIZE);
  for (const p of prefixes) {
    for (const a of symbolsOf(p[0])) for (const b of symbolsOf(p[1])) for (const c of symbolsOf(p[2])) table[tripleIndex(a, b, c)] = 1;
  }
  return table;
}
