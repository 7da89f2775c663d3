import { ALPHABET_SIZE, SYMBOL } from './automaton';

/**
 * Where a phrase pattern can start. Every phrase pattern begins with a space (a word boundary of
 * the skeleton) followed by words; {@link startTrie} reads the patterns' sources and builds a trie
 * of the first characters each can match after that space. A pattern is then tried (sticky) only
 * at the spaces whose next characters lead to it in the trie, instead of being searched for over
 * the whole skeleton.
 *
 * The analysis over-approximates and never under-approximates: `\S`, `.`, `\w`, `\d` and any
 * class it does not read stand for every symbol (and the prefix stops there: anything may
 * follow), lookarounds match nothing (as if absent), and a pattern that could end sooner accepts
 * whatever follows. Syntax it does not know makes it give up on that pattern (tried at every
 * space), so a new pattern is at worst as slow as before.
 */

/** "Any symbol": a prefix ends at it. */
const ANY = '\u0000';

class Unsupported extends Error {}

type Node =
  | { t: 'lit'; ch: string }
  | { t: 'set'; chars: string[] }
  | { t: 'any' }
  | { t: 'empty' }
  | { t: 'alt'; alts: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number };

/** The pattern's source as a tree (only what the phrase patterns use). */
function parse(src: string): Node[] {
  let pos = 0;
  // Character codes, not one-character strings: a Cyrillic character string is a new string each time.
  const at = (p: number): number => src.charCodeAt(p);
  const BAR = 0x7c;
  const CLOSE = 0x29;
  function alternation(): Node[][] {
    const alts = [sequence()];
    while (at(pos) === BAR) {
      pos++;
      alts.push(sequence());
    }
    return alts;
  }
  function sequence(): Node[] {
    const seq: Node[] = [];
    while (pos < src.length && at(pos) !== BAR && at(pos) !== CLOSE) seq.push(quantified(atom()));
    return seq;
  }
  function quantified(node: Node): Node {
    const ch = at(pos);
    let min: number;
    let max: number;
    if (ch === 0x3f /* ? */) [min, max] = [0, 1];
    else if (ch === 0x2a /* * */) [min, max] = [0, Infinity];
    else if (ch === 0x2b /* + */) [min, max] = [1, Infinity];
    else if (ch === 0x7b /* { */) {
      const close = src.indexOf('}', pos);
      const m = close < 0 ? null : /^\{(\d+)(,(\d*))?\}$/.exec(src.slice(pos, close + 1));
      if (!m) throw new Unsupported('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      pos = close;
    } else return node;
    pos++;
    if (at(pos) === 0x3f) pos++; // lazy: the same strings
    return { t: 'rep', node, min, max };
  }
  function atom(): Node {
    const ch = at(pos);
    if (ch === 0x28 /* ( */) {
      let zeroWidth = false;
      if (src.startsWith('(?:', pos)) pos += 3;
      else if (src.startsWith('(?=', pos) || src.startsWith('(?!', pos)) {
        pos += 3;
        zeroWidth = true;
      } else if (src.startsWith('(?<=', pos) || src.startsWith('(?<!', pos)) {
        pos += 4;
        zeroWidth = true;
      } else if (at(pos + 1) === 0x3f) throw new Unsupported('group');
      else pos += 1;
      const alts = alternation();
      if (at(pos) !== CLOSE) throw new Unsupported('unclosed group');
      pos++;
      return zeroWidth ? { t: 'empty' } : { t: 'alt', alts };
    }
    if (ch === 0x5b /* [ */) {
      const close = src.indexOf(']', pos + 1);
      if (close < 0) throw new Unsupported('class');
      const body = src.slice(pos + 1, close);
      pos = close + 1;
      if (body === '' || /[\\^\-[]/.test(body)) return { t: 'any' };
      return { t: 'set', chars: [...body] };
    }
    if (ch === 0x5c /* \ */) {
      const e = src[pos + 1];
      pos += 2;
      if (e === undefined) throw new Unsupported('escape');
      if (e === 's') return { t: 'lit', ch: ' ' };
      if (/[A-Za-z0-9]/.test(e)) {
        if (e === 'b' || e === 'B') return { t: 'empty' };
        if ('SDWdw'.includes(e)) return { t: 'any' };
        throw new Unsupported(`\\${e}`);
      }
      return { t: 'lit', ch: e };
    }
    pos++;
    if (ch === 0x5e /* ^ */ || ch === 0x24 /* $ */) return { t: 'empty' };
    if (ch === 0x2e /* . */) return { t: 'any' };
    if (ch === 0x2a || ch === 0x2b || ch === 0x3f || ch === 0x7b || ch === 0x7d || ch === BAR || ch === CLOSE) throw new Unsupported(String.fromCharCode(ch));
    return { t: 'lit', ch: String.fromCharCode(ch) };
  }
  const seq = sequence();
  if (pos !== src.length) throw new Unsupported('trailing');
  return seq;
}

type Rest = (need: number, out: Set<string>, prefix: string) => void;

/**
 * Adds to `out` every `prefix` + p where p is a prefix (at most `need` characters, or ending in
 * ANY) of what `seq[i…]` followed by `rest` matches. Only as much of the pattern is read as the
 * prefixes need: the tail of a long phrase is never visited.
 */
function prefixes(seq: Node[], i: number, need: number, rest: Rest, out: Set<string>, prefix: string): void {
  if (need === 0) {
    out.add(prefix);
    return;
  }
  if (i === seq.length) {
    rest(need, out, prefix);
    return;
  }
  const node = seq[i]!;
  const next: Rest = (n, o, p) => prefixes(seq, i + 1, n, rest, o, p);
  switch (node.t) {
    case 'lit':
      next(need - 1, out, prefix + node.ch);
      return;
    case 'set':
      for (const ch of node.chars) next(need - 1, out, prefix + ch);
      return;
    case 'any':
      out.add(prefix + ANY);
      return;
    case 'empty':
      next(need, out, prefix);
      return;
    case 'alt':
      for (const alt of node.alts) prefixes(alt, 0, need, next, out, prefix);
      return;
    case 'rep': {
      // Past `need` characters more rounds add nothing new (a round that reads nothing adds nothing).
      const max = Math.min(node.max, node.min + need);
      const rounds = (done: number): Rest => (n, o, p) => {
        if (n === 0) {
          o.add(p);
          return;
        }
        if (done >= node.min) next(n, o, p);
        if (done < max) prefixes([node.node], 0, n, rounds(done + 1), o, p);
      };
      rounds(0)(need, out, prefix);
      return;
    }
  }
}

/**
 * Where phrase patterns can start, as a trie over skeleton symbols: walk it from the space before
 * a word along the next characters (at most `depth`), OR-ing `accept` of every node reached; bit
 * k of the result is set when pattern k may match at that space. Node 0 is the root;
 * `next[node * ALPHABET_SIZE + symbol]` is the child, 0 for none.
 */
export interface StartTrie {
  next: Uint16Array;
  /** One bit per pattern: at most 32 patterns. */
  accept: Uint32Array;
}

export function startTrie(patterns: readonly RegExp[], depth: number): StartTrie {
  let next = new Uint16Array(ALPHABET_SIZE * 256);
  if (patterns.length > 32) throw new Error('a start trie has 32 bits for patterns');
  let accept = new Uint32Array(256);
  let nodes = 1;
  const add = (literal: string, bit: number): void => {
    let node = 0;
    for (let k = 0; k < literal.length; k++) {
      const slot = node * ALPHABET_SIZE + SYMBOL[literal.charCodeAt(k)]!;
      let child = next[slot]!;
      if (child === 0) {
        if (nodes === accept.length) {
          if (nodes > 0x7fff) throw new Error('start trie too large');
          const grownNext = new Uint16Array(next.length * 2);
          grownNext.set(next);
          next = grownNext;
          const grownAccept = new Uint32Array(accept.length * 2);
          grownAccept.set(accept);
          accept = grownAccept;
        }
        child = nodes++;
        next[slot] = child;
      }
      node = child;
    }
    accept[node]! |= bit;
  };
  const end: Rest = (_n, o, p) => o.add(p);
  patterns.forEach((pattern, k) => {
    let found: Set<string> | null = new Set();
    if (pattern.flags.replace('g', '') !== '' || !pattern.source.startsWith(' ')) found = null;
    else {
      try {
        prefixes(parse(pattern.source.slice(1)), 0, depth, end, found, '');
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        found = null;
      }
    }
    if (!found) add('', 1 << k);
    else for (const p of found) add(p.endsWith(ANY) ? p.slice(0, -1) : p, 1 << k);
  });
  return { next: next.slice(0, nodes * ALPHABET_SIZE), accept: accept.slice(0, nodes) };
}

/**
 * The bits of the patterns that may begin at skeleton position `from` (a word's first letter,
 * after its space): the accept bits of every node reached walking `trie` along at most `depth` of
 * `codes[from, len)`.
 */
export function startBits(trie: StartTrie, codes: Uint16Array, len: number, from: number, depth: number): number {
  const { next, accept } = trie;
  let bits = accept[0]!;
  let node = 0;
  for (let q = from, stop = Math.min(len, from + depth); q < stop; q++) {
    node = next[node * ALPHABET_SIZE + SYMBOL[codes[q]!]!]!;
    if (node === 0) break;
    bits |= accept[node]!;
  }
  return bits;
}

/** A phrase pattern made sticky (tried at one place) instead of global. */
export const sticky = (pattern: RegExp): RegExp => new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
