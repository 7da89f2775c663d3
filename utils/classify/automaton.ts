/**
 * An Aho–Corasick automaton over the skeleton's alphabet (а–я, space, `*`): every trigger of
 * every word rule and every anchor of the spam phrases is found in one pass over the skeleton's
 * character codes, one table lookup per character, no strings built.
 *
 * Triggers are written as small regular-expression fragments (`ху[йеяюил]`, ` (?:дебил|идиот)`);
 * {@link expand} turns such a fragment into the literal strings it stands for. Only literals,
 * `[…]` classes, `(?:…|…)` groups, `|` and `?` are allowed — enough for stems, and checked.
 */

/** Expands a fragment into every literal string it matches. Throws on unsupported syntax. */
export function expand(fragment: string): string[] {
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`trigger "${fragment}": ${why} at ${pos}`);
  };
  function alternation(): string[] {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (fragment[pos] === '|') pos++;
      else return out;
    }
  }
  function sequence(): string[] {
    let acc = [''];
    while (pos < fragment.length && fragment[pos] !== '|' && fragment[pos] !== ')') {
      let options: string[];
      const ch = fragment[pos]!;
      if (ch === '(') {
        if (fragment.slice(pos, pos + 3) !== '(?:') fail('only (?:…) groups');
        pos += 3;
        options = alternation();
        if (fragment[pos] !== ')') fail('unclosed group');
        pos++;
      } else if (ch === '[') {
        const close = fragment.indexOf(']', pos);
        if (close < 0) fail('unclosed class');
        const body = fragment.slice(pos + 1, close);
        if (/[\\^-]/.test(body)) fail('only plain classes');
        options = [...body];
        pos = close + 1;
      } else if ('\\.*+{}^$'.includes(ch)) {
        options = fail(`unsupported "${ch}"`);
      } else {
        options = [ch];
        pos++;
      }
      if (fragment[pos] === '?') {
        options = ['', ...options];
        pos++;
      }
      const next: string[] = [];
      for (const a of acc) for (const o of options) next.push(a + o);
      acc = next;
      if (acc.length > 20000) fail('too many expansions');
    }
    return acc;
  }
  const result = alternation();
  if (pos !== fragment.length) fail('unexpected ")"');
  return result;
}

const ALPHABET = ' *абвгдежзийклмнопрстуфхцчшщъыьэюя';
const SIZE = ALPHABET.length;

/** Symbol index of each UTF-16 code (0 = space and anything else). */
export const SYMBOL = new Uint8Array(0x10000);
for (let k = 0; k < SIZE; k++) SYMBOL[ALPHABET.charCodeAt(k)] = k;

export interface Automaton {
  /**
   * `delta[state + symbol]`: the next state (a complete DFA). States are stored premultiplied by
   * the alphabet size, so a step is one addition and one load; breadth-first order keeps the
   * states near the root, which every word walks through, in a few cache lines.
   */
  delta: Uint16Array | Int32Array;
  /** States from this one on (premultiplied) have output bits; states before it have none. */
  firstOut: number;
  /** Output bits of a state `s >= firstOut` at `out[s - firstOut]`, including those reached through failure links. */
  out: Uint32Array;
}

/** Output bit of word-rule triggers; other bits are the caller's (phrase anchors). */
export const WORD_TRIGGER = 1;

/** Builds the automaton; each pattern carries output bits (1 = word trigger, 2 = phrase anchor, …). */
export function build(patterns: readonly { text: string; bits: number }[]): Automaton {
  const goto: Map<number, number>[] = [new Map()];
  const outs: number[] = [0];
  for (const { text, bits } of patterns) {
    let s = 0;
    for (const ch of text) {
      const sym = SYMBOL[ch.charCodeAt(0)]!;
      if (sym === 0 && ch !== ' ') throw new Error(`pattern "${text}" has "${ch}" outside the skeleton alphabet`);
      let next = goto[s]!.get(sym);
      if (next === undefined) {
        next = goto.length;
        goto.push(new Map());
        outs.push(0);
        goto[s]!.set(sym, next);
      }
      s = next;
    }
    outs[s]! |= bits;
  }
  const states = goto.length;
  const delta = new Int32Array(states * SIZE);
  const fail = new Int32Array(states);
  const out = new Uint32Array(states);
  const queue: number[] = [];
  for (let sym = 0; sym < SIZE; sym++) {
    const next = goto[0]!.get(sym);
    if (next !== undefined) {
      delta[sym] = next;
      fail[next] = 0;
      queue.push(next);
    }
  }
  out[0] = outs[0]!;
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    out[s] = outs[s]! | out[fail[s]!]!;
    for (let sym = 0; sym < SIZE; sym++) {
      const next = goto[s]!.get(sym);
      if (next !== undefined) {
        fail[next] = delta[fail[s]! * SIZE + sym]!;
        delta[s * SIZE + sym] = next;
        queue.push(next);
      } else {
        delta[s * SIZE + sym] = delta[fail[s]! * SIZE + sym]!;
      }
    }
  }
  // Renumber: the root first, then the states without output in breadth-first order, then the
  // states with output (so "has output" is one comparison).
  const order = [0, ...queue.filter((s) => out[s] === 0), ...queue.filter((s) => out[s] !== 0)];
  if (out[0] !== 0) order.splice(0, order.length, 0, ...queue);
  const index = new Int32Array(states);
  order.forEach((s, k) => (index[s] = k));
  const firstOutIndex = out[0] !== 0 ? 0 : order.findIndex((s) => out[s] !== 0) < 0 ? states : order.findIndex((s) => out[s] !== 0);
  const packed = states * SIZE <= 0xffff ? new Uint16Array(states * SIZE) : new Int32Array(states * SIZE);
  const packedOut = new Uint32Array(Math.max(1, (states - firstOutIndex) * SIZE));
  for (let k = 0; k < states; k++) {
    const s = order[k]!;
    for (let sym = 0; sym < SIZE; sym++) packed[k * SIZE + sym] = index[delta[s * SIZE + sym]!]! * SIZE;
    if (k >= firstOutIndex) packedOut[(k - firstOutIndex) * SIZE] = out[s]!;
  }
  return { delta: packed, firstOut: firstOutIndex * SIZE, out: packedOut };
}

/** An automaton with no patterns: stepping it finds nothing (for callers that only normalise). */
export const EMPTY_AUTOMATON: Automaton = build([]);

export const ALPHABET_SIZE = SIZE;
/** Symbol of a lowercase Cyrillic letter `c` (а–я): `c - CYRILLIC_BASE`. */
export const CYRILLIC_BASE = 0x430 - 2;
