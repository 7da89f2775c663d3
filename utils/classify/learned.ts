/**
 * A learned reading of spam, beside the rules: logistic regression over the skeleton's words —
 * each word's first five letters and each pair of neighbouring words' first four — and a few
 * facts of the text's layout (length, emoji, shouting).
 *
 * The weights are data (`rules/spam-model.ts`), trained by `scripts/train-spam.ts` on texts the
 * project may ship (`test/fixtures/classify/train/`); see docs/classifier.md. The rules stay the
 * first reader: the model is asked only about a text the rules did not call spam, and its word
 * weights say which words to show the moderator.
 */
import { FNV_OFFSET, fnvStep } from './fnv';
import type { Normalised } from './normalise';
import { unpackWeights } from './packed-weights';
import { COUNTER_RULES } from './policy';
import type { SpamSignal } from './spam';
import { SPAM_MODEL } from './rules/spam-model';

/** Letters of a word read as a word feature, and of each word of a pair. */
export const WORD_LETTERS = 5;
export const PAIR_LETTERS = 4;

const SPACE = 32;
const fold = fnvStep;

function foldString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = fold(h, s.charCodeAt(i));
  return h;
}

/** The hash of a feature's name, as the scorer computes it from the skeleton's codes. */
export function featureHash(name: string): number {
  return foldString(FNV_OFFSET, name);
}

const WORD_SEED = featureHash('w:');
const PAIR_SEED = featureHash('b:');
const START = '^';

/** The layout facts by name: a text has one length in words (`#n0`–`#n4`), and emoji or shouting. */
const LAYOUT = ['#n0', '#n1', '#n2', '#n3', '#n4', '#emoji', '#emoji3', '#caps'];

/** The layout facts a text has, as a bit set over {@link LAYOUT}. */
function layoutBits(nz: Normalised): number {
  const g = nz.info;
  const n = nz.tokenCount;
  let bits = 1 << (n < 3 ? 0 : n < 8 ? 1 : n < 20 ? 2 : n < 50 ? 3 : 4);
  if (g.emoji > 0) bits |= 1 << 5;
  if (g.emoji >= 3) bits |= 1 << 6;
  if (g.letters >= 12 && g.upper * 2 > g.letters) bits |= 1 << 7;
  return bits;
}

/**
 * Every feature of a text by name, each once ("w:зараб", "b:пиши лс", "#emoji"): what the
 * training reads. {@link spamProbability} computes the same from the codes without strings.
 */
export function featureNames(nz: Normalised): string[] {
  const out = new Set<string>();
  const sk = nz.skeleton;
  let prev = START;
  for (let t = 0; t < nz.tokenCount; t++) {
    const word = sk.slice(nz.tokSkelStart[t]!, nz.tokSkelEnd[t]!);
    out.add(`w:${word.slice(0, WORD_LETTERS)}`);
    const head = word.slice(0, PAIR_LETTERS);
    out.add(`b:${prev} ${head}`);
    prev = head;
  }
  const bits = layoutBits(nz);
  LAYOUT.forEach((name, i) => bits & (1 << i) && out.add(name));
  return [...out];
}

/** An open-addressing table of the weights by feature hash, built once. */
interface Table {
  mask: number;
  keys: Int32Array;
  used: Uint8Array;
  weights: Float32Array;
  /** The text each slot was last counted for: a feature counts once per text. */
  stamp: Int32Array;
  /** The weights of {@link LAYOUT} (0 where the model has none). */
  layout: Float32Array;
}

let table: Table | null = null;
let textNo = 0;

/** The model's weights by feature name (the layout's and the unpacked words'). */
export function modelWeights(): Map<string, number> {
  const out = unpackWeights(SPAM_MODEL.words);
  for (const [name, w] of Object.entries(SPAM_MODEL.layout)) out.set(name, w);
  return out;
}

function buildTable(): Table {
  const entries = unpackWeights(SPAM_MODEL.words);
  let size = 1;
  while (size < entries.size * 2) size <<= 1;
  const t: Table = {
    mask: size - 1,
    keys: new Int32Array(size),
    used: new Uint8Array(size),
    weights: new Float32Array(size),
    stamp: new Int32Array(size),
    layout: Float32Array.from(LAYOUT, (name) => SPAM_MODEL.layout[name] ?? 0),
  };
  for (const [name, w] of entries) {
    const h = featureHash(name);
    let i = h & t.mask;
    while (t.used[i] && t.keys[i] !== h) i = (i + 1) & t.mask;
    if (t.used[i]) throw new Error(`spam model: two features hash alike (${name})`);
    t.used[i] = 1;
    t.keys[i] = h;
    t.weights[i] = w;
  }
  return t;
}

/** Builds the weights' table now rather than on the first text the model reads. */
export function buildLearnedTable(): void {
  table ??= buildTable();
}

function slotOf(t: Table, h: number): number {
  let i = h & t.mask;
  while (t.used[i]) {
    if (t.keys[i] === h) return i;
    i = (i + 1) & t.mask;
  }
  return -1;
}

export interface LearnedReading {
  /** The model's probability that the text is spam. */
  p: number;
  /** The words that weigh most toward spam, by token index, heaviest first (at most three). */
  words: number[];
}

/** The model's reading of a text. */
export function spamProbability(nz: Normalised): LearnedReading {
  const t = (table ??= buildTable());
  const stampNo = ++textNo;
  const codes = nz.codes;
  let z = SPAM_MODEL.bias;
  // The three heaviest words (a word's own weight and its pair with the word before).
  const top = [-1, -1, -1];
  const topW = [0, 0, 0];
  let prevStart = -1;
  let prevEnd = -1;
  for (let k = 0; k < nz.tokenCount; k++) {
    const s = nz.tokSkelStart[k]!;
    const e = nz.tokSkelEnd[k]!;
    let h = WORD_SEED;
    const we = Math.min(e, s + WORD_LETTERS);
    for (let i = s; i < we; i++) h = fold(h, codes[i]!);
    let own = 0;
    let slot = slotOf(t, h);
    if (slot >= 0 && t.stamp[slot] !== stampNo) {
      t.stamp[slot] = stampNo;
      own += t.weights[slot]!;
    }
    h = PAIR_SEED;
    if (prevStart < 0) h = fold(h, START.charCodeAt(0));
    else for (let i = prevStart; i < prevEnd; i++) h = fold(h, codes[i]!);
    h = fold(h, SPACE);
    const pe = Math.min(e, s + PAIR_LETTERS);
    for (let i = s; i < pe; i++) h = fold(h, codes[i]!);
    slot = slotOf(t, h);
    if (slot >= 0 && t.stamp[slot] !== stampNo) {
      t.stamp[slot] = stampNo;
      own += t.weights[slot]!;
    }
    z += own;
    prevStart = s;
    prevEnd = pe;
    if (own > topW[2]!) {
      let j = 2;
      while (j > 0 && own > topW[j - 1]!) {
        topW[j] = topW[j - 1]!;
        top[j] = top[j - 1]!;
        j--;
      }
      topW[j] = own;
      top[j] = k;
    }
  }
  const bits = layoutBits(nz);
  for (let i = 0; i < LAYOUT.length; i++) if (bits & (1 << i)) z += t.layout[i]!;
  return { p: 1 / (1 + Math.exp(-z)), words: top.filter((k) => k >= 0) };
}

/**
 * The probability from which the model's reading alone makes a text spam. Chosen on the
 * Telegram tune split and the project's trap comments with the rules in place
 * (docs/classifier.md): below it the model begins to delete residents' remarks ("Стабильный доход
 * только у чиновников" scores 0.81) and questions.
 */
export const LEARNED_SPAM = 0.85;

/**
 * Texts the model does not read, whatever their words: a call for volunteers, or one to write
 * to the page itself ("пишите в сообщения сообщества") — a public body's notices, which share
 * an ad's words and which the rules weigh on their own.
 */
const NOT_READ = / (?:добровол|волонтер|собществ)/;

/**
 * Adds the model's reading to a text's spam signals when it is sure (see {@link LEARNED_SPAM}),
 * shown on the words that weigh most; says whether it did. The policy reads it as enough to
 * delete, never to blacklist (policy.ts). English and other Latin-script texts are read too: the
 * skeleton spells them in Cyrillic letters, and the training has spam and residents' messages
 * in those languages.
 */
export function learnedSignal(nz: Normalised, out: SpamSignal[]): boolean {
  if (nz.tokenCount === 0) return false;
  // Counter-signals (an official addressee, a public employer, a lost-and-found notice): the model cannot weigh them.
  for (const s of out) if (COUNTER_RULES.has(s.rule)) return false;
  const { p, words } = spamProbability(nz);
  if (p < LEARNED_SPAM || words.length === 0 || NOT_READ.test(nz.skeleton)) return false;
  const text = nz.source;
  const first = words[0]!;
  const terms = words.map((t) => `«${text.slice(nz.tokSrcStart[t]!, nz.tokSrcEnd[t]!)}»`).join(', ');
  out.push({
    rule: 'spam/learned',
    weight: 2,
    start: nz.tokSrcStart[first]!,
    end: nz.tokSrcEnd[first]!,
    reason: `Похоже на рекламу или рассылку по словам ${terms} (оценка ${p.toFixed(2).replace('.', ',')}).`,
  });
  return true;
}
