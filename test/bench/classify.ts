/**
 * `npm run bench -- classify`: this classifier against the npm libraries that claim Russian
 * support, in one process, on one corpus.
 *
 * Quality: precision / recall / F1 per category and per labelled set. The sets come from
 * ../shared/data (never copied into the project) and from the project's own fixtures. The two
 * real-comment sets and both rudetoxifier files are split deterministically by an FNV-1a hash of
 * the item's id (or text) into `tune` (70 %, rules were written looking at these) and `held-out`
 * (30 %, never looked at while writing rules). Headline figures are held-out ones.
 *
 * Speed: every library classifies the same corpus (all real comments of every set); one warm-up
 * pass, then timed passes; the median pass gives comments/s and MB/s (UTF-8 bytes). Every library
 * runs as it ships: the peers from their packages, this classifier from its esbuild bundle. Two
 * parts of this classifier are timed in the same turns, to show where its time goes: the normaliser
 * alone (`norma-stage-normalise`) and the normaliser with the word and phrase rules of obscene
 * language and insults, without the spam detectors (`norma-stage-words`; see classify-stages.ts).
 *
 * Size: the minified bundle of utils/classify/index.ts, as a content script would ship it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Profanity } from '@2toad/profanity';
import BadWordsNext from 'bad-words-next';
import ru from 'bad-words-next/lib/ru';
import ruLat from 'bad-words-next/lib/ru_lat';
import { Filter } from 'glin-profanity';
import leo from 'leo-profanity';
import { classify } from '../../utils/classify/index';
import type { stages } from './classify-stages';
import type { BenchResult, BenchSuite } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../..');
export const DATA = process.env.NORMA_DATA ?? resolve(ROOT, '../shared/data');
const FIXTURES = join(ROOT, 'test/fixtures/classify');

// ---------------------------------------------------------------------------------------------
// Labelled sets

export type Label = 'obscene' | 'insult' | 'spam' | 'toxic';
export const LABELS: Label[] = ['obscene', 'insult', 'spam', 'toxic'];

export interface Item {
  text: string;
  /** Labels known to be true. */
  labels: Set<Label>;
}

export interface LabelledSet {
  name: string;
  /** Which labels this set can score (others are unknown, not negative). */
  scored: Label[];
  heldOut: boolean;
  note: string;
  items: Item[];
}

/** FNV-1a 32-bit over UTF-8: the deterministic split. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const isHeldOut = (id: string): boolean => fnv1a(id) % 10 < 3;

/**
 * A field of the VK set as its writer quoted it: 166 comments (those with a quotation mark) are
 * wrapped in quotes with inner quotes doubled, CSV-style, in a file of tab-separated fields. The
 * comment itself is what is inside ("[id1|Имя], …" is a reply, as on the page).
 */
export function unquoteField(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
}

function withToxic(labels: Set<Label>): Set<Label> {
  if (labels.has('obscene') || labels.has('insult')) labels.add('toxic');
  return labels;
}

function parseTsvLabels(text: string, file: string): Item[] {
  const items: Item[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`${file}: no tab in "${line}"`);
    const labels = line.slice(0, tab).trim();
    const set = new Set<Label>(labels === 'clean' ? [] : (labels.split(',') as Label[]));
    items.push({ text: line.slice(tab + 1), labels: withToxic(set) });
  }
  return items;
}

/** A small CSV reader for the telegram file (quoted fields, doubled quotes, newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The telegram set is anonymised ("[LINK]", "[PHONE]"); every library gets the same neutral
 * surface form back, so that a link is still a link.
 */
export function restorePlaceholders(s: string): string {
  return s
    .replaceAll('[LINK]', 'https://example.com/p')
    .replaceAll('[USERNAME]', '@user_name')
    .replaceAll('[PHONE]', '+7 912 345-67-89')
    .replaceAll('[CURRENCY]', 'руб')
    .replaceAll('[TIME]', '12:00')
    .replaceAll('[DATE]', '01.02.2024')
    .replaceAll('[HASHTAG]', '#тег')
    .replaceAll('[EMAIL]', 'user@example.com')
    .replaceAll('[TBL]', '');
}

/** Roots of мат as spelled in a dictionary (the lexicon is unmasked, so a plain test is exact). */
const OBSCENE_ROOT =
  /ху[йеёяюи]|п[иеёы]зд|(?:^|[аеёиоуыэюяъь\s-])[её]б|бля[дт]|^бля$|хер|муд[ао]|пид[оа]р|залуп|г[ао]нд[оа]н|шлюх|^сук|манд/;
/** Euphemisms and innocent stems that the root test above would otherwise count (грёбаный, заколебать, хлебать). */
const NOT_OBSCENE = /колеб|гр[её]б|хл[её]б|скр[её]б|мандра|мандат|мандарин/;

/** Deterministic distortions of a word: masking, look-alikes, spacing, repeats. */
export function distort(word: string, seed: number): string {
  const kind = seed % 5;
  const chars = [...word];
  const vowels = new Set([...'аеёиоуыэюя']);
  const lookalike: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', к: 'k', м: 'm' };
  if (kind === 0) {
    // Mask one inner vowel: х*й, п*здец.
    const idx = chars.findIndex((c, i) => i > 0 && i < chars.length - 1 && vowels.has(c));
    if (idx > 0) chars[idx] = '*';
    return chars.join('');
  }
  if (kind === 1) return chars.map((c) => lookalike[c] ?? c).join('');
  if (kind === 2) return chars.join(' ');
  if (kind === 3) return chars.map((c, i) => (i === 1 ? c.repeat(4) : c)).join('').toUpperCase();
  return chars.join('.');
}

/** The labelled sets; `tune` also loads the tune halves of the rudetoxifier files (for rule work). */
export function loadSets(tuneLexicon = false): LabelledSet[] {
  const sets: LabelledSet[] = [];
  const dev = join(DATA, 'comments-dev.tsv');
  if (existsSync(dev)) {
    sets.push({
      name: 'dev',
      scored: LABELS,
      heldOut: false,
      note: 'hand-labelled traps (shared/data/comments-dev.tsv); rules were tuned on it',
      items: parseTsvLabels(readFileSync(dev, 'utf8'), dev),
    });
  }
  const own = join(FIXTURES, 'labelled.tsv');
  if (existsSync(own)) {
    sets.push({
      name: 'fixtures',
      scored: LABELS,
      heldOut: false,
      note: "project's own labelled samples and innocent traps (test/fixtures/classify); written with the rules",
      items: [
        ...parseTsvLabels(readFileSync(own, 'utf8'), own),
        ...readFileSync(join(FIXTURES, 'innocent.txt'), 'utf8')
          .split('\n')
          .filter((l) => l.trim() && !l.startsWith('#'))
          .map((text) => ({ text, labels: new Set<Label>() })),
      ],
    });
  }
  const insults = join(FIXTURES, 'insult-heldout.tsv');
  if (existsSync(insults)) {
    sets.push({
      name: 'insult-heldout',
      scored: ['insult'],
      heldOut: true,
      note: '150 held-out VK comments hand-labelled for insults before measuring (test/fixtures/classify/insult-heldout.tsv)',
      items: readFileSync(insults, 'utf8')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'))
        .map((l) => {
          const [label, , ...text] = l.split('\t');
          return { text: text.join('\t'), labels: new Set<Label>(label === 'insult' ? ['insult'] : []) };
        }),
    });
  }
  const vk = join(DATA, 'vk-distorted-toxicity/russian_distorted_toxicity.tsv');
  if (existsSync(vk)) {
    const tune: Item[] = [];
    const held: Item[] = [];
    const heldDistorted: Item[] = [];
    const lines = readFileSync(vk, 'utf8').split('\n').slice(1);
    for (const line of lines) {
      if (!line.trim()) continue;
      const [id, , field, distortion, toxicity] = line.split('\t');
      const item: Item = { text: unquoteField(field ?? ''), labels: new Set<Label>(toxicity === '1' ? ['toxic'] : []) };
      if (isHeldOut(`vk:${id}`)) {
        held.push(item);
        if (distortion === '1') heldDistorted.push(item);
      } else tune.push(item);
    }
    const note = '3,000 VK comments labelled toxic / not toxic (MIT); toxic = obscene or insult';
    sets.push({ name: 'vk-tune', scored: ['toxic'], heldOut: false, note, items: tune });
    sets.push({ name: 'vk-heldout', scored: ['toxic'], heldOut: true, note, items: held });
    sets.push({
      name: 'vk-heldout-distorted',
      scored: ['toxic'],
      heldOut: true,
      note: 'the held-out VK comments the authors marked as distorted (masked spellings)',
      items: heldDistorted,
    });
  }
  const lex = join(DATA, 'rudetoxifier/MAT_FINAL_with_unigram_inflections.txt');
  if (existsSync(lex)) {
    const held: Item[] = [];
    const masked: Item[] = [];
    for (const raw of readFileSync(lex, 'utf8').split('\n')) {
      const w = raw.trim().toLowerCase();
      if (!w || isHeldOut(`lex:${w}`) === tuneLexicon) continue;
      const obscene = OBSCENE_ROOT.test(w) && !NOT_OBSCENE.test(w);
      held.push({ text: w, labels: new Set<Label>(obscene ? ['obscene', 'toxic'] : ['toxic']) });
      if (obscene && !w.includes(' ')) masked.push({ text: distort(w, fnv1a(w)), labels: new Set<Label>(['obscene', 'toxic']) });
    }
    const note = 'rudetoxifier lexicon of inflected rude and obscene forms (MIT), held-out 30 %; positives only';
    const part = tuneLexicon ? 'tune' : 'heldout';
    sets.push({ name: `lexicon-${part}`, scored: ['obscene', 'toxic'], heldOut: !tuneLexicon, note, items: held });
    sets.push({
      name: `lexicon-${part}-masked`,
      scored: ['obscene'],
      heldOut: !tuneLexicon,
      note: 'the same obscene forms, each distorted once (х*й, look-alike Latin, spaced, stretched CAPS, dotted)',
      items: masked,
    });
  }
  const toxic = join(DATA, 'rudetoxifier/ru_test_10k_toxic');
  if (existsSync(toxic)) {
    const items = readFileSync(toxic, 'utf8')
      .split('\n')
      .filter((l) => l.trim() && isHeldOut(`tox:${l}`) !== tuneLexicon)
      .map((text) => ({ text, labels: new Set<Label>(['toxic']) }));
    sets.push({
      name: tuneLexicon ? 'toxic10k-tune' : 'toxic10k-heldout',
      scored: ['toxic'],
      heldOut: !tuneLexicon,
      note: 'rudetoxifier 10k toxic sentences (MIT), held-out 30 %; positives only',
      items,
    });
  }
  const tg = join(DATA, 'telegram-spam-ru/telegram_spam_ru.csv');
  if (existsSync(tg)) {
    const tune: Item[] = [];
    const held: Item[] = [];
    for (const [label, message] of parseCsv(readFileSync(tg, 'utf8')).slice(1)) {
      if (message === undefined) continue;
      const item: Item = { text: restorePlaceholders(message), labels: new Set<Label>(label === '1' ? ['spam'] : []) };
      (isHeldOut(`tg:${message}`) ? held : tune).push(item);
    }
    const note = '16.5k Telegram chat messages, spam / not spam (GPL, evaluated in place, never copied)';
    sets.push({ name: 'telegram-tune', scored: ['spam'], heldOut: false, note, items: tune });
    sets.push({ name: 'telegram-heldout', scored: ['spam'], heldOut: true, note, items: held });
  }
  return sets;
}

// ---------------------------------------------------------------------------------------------
// Classifiers under test

export interface Contender {
  name: string;
  /** Labels it can produce; others are not scored for it. */
  can: Label[];
  /** How its output was mapped, for the docs. */
  mapping: string;
  run(text: string): Set<Label>;
}

/**
 * `classifyImpl`: the classifier to measure — by default the source module; the benchmark passes
 * the bundled build, which is what the extension runs (see {@link bundledClassify}).
 */
export function contenders(classifyImpl: typeof classify = classify): Contender[] {
  const bw = new BadWordsNext({ data: ru });
  bw.add(ruLat);
  leo.loadDictionary('ru');
  const toad = new Profanity({ languages: ['ru'], unicodeWordBoundaries: true });
  const glin = new Filter({ languages: ['russian'], detectLeetspeak: true, leetspeakLevel: 'moderate', normalizeUnicode: true });
  const profanity = (hit: boolean): Set<Label> => new Set<Label>(hit ? ['obscene', 'toxic'] : []);
  const binary = 'one "profane" flag, scored as obscene and as toxic';
  return [
    {
      name: 'norma',
      can: LABELS,
      mapping: 'categories as returned; toxic = obscene or insult',
      run: (text) => {
        const v = classifyImpl(text);
        return withToxic(new Set<Label>(v.categories));
      },
    },
    { name: 'bad-words-next', can: ['obscene', 'toxic'], mapping: `check() with the ru and ru_lat dictionaries; ${binary}`, run: (t) => profanity(bw.check(t)) },
    { name: 'leo-profanity', can: ['obscene', 'toxic'], mapping: `check() after loadDictionary('ru'); ${binary}`, run: (t) => profanity(leo.check(t)) },
    {
      name: '@2toad/profanity',
      can: ['obscene', 'toxic'],
      mapping: `exists() with languages ['ru'], unicodeWordBoundaries: true; ${binary}`,
      run: (t) => profanity(toad.exists(t)),
    },
    {
      name: 'glin-profanity',
      can: ['obscene', 'toxic'],
      mapping: `isProfane() with languages ['russian'], leetspeak (moderate) and Unicode normalisation; ${binary}`,
      run: (t) => profanity(glin.isProfane(t)),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Scoring

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

function score(tp: number, fp: number, fn: number, tn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : tp + fp + fn ? 0 : null;
  return { tp, fp, fn, tn, precision, recall, f1 };
}

export function evaluate(c: Contender, set: LabelledSet): Partial<Record<Label, Score>> {
  const out: Partial<Record<Label, Score>> = {};
  const labels = set.scored.filter((l) => c.can.includes(l));
  const counts = labels.map(() => [0, 0, 0, 0]);
  for (const item of set.items) {
    const got = c.run(item.text);
    labels.forEach((l, i) => {
      const want = item.labels.has(l);
      const has = got.has(l);
      const k = want ? (has ? 0 : 2) : has ? 1 : 3;
      counts[i]![k]!++;
    });
  }
  labels.forEach((l, i) => {
    const [tp, fp, fn, tn] = counts[i]!;
    out[l] = score(tp!, fp!, fn!, tn!);
  });
  return out;
}

/** The held-out set that gives each headline figure. */
export const HEADLINE: Record<Label, string> = {
  obscene: 'lexicon-heldout-masked',
  insult: 'insult-heldout',
  spam: 'telegram-heldout',
  toxic: 'vk-heldout',
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The classifier's public module: what the extension bundles. */
const CLASSIFY_ENTRY = join(ROOT, 'utils/classify/index.ts');

async function bundleSize(): Promise<{ bytes: number; utf8Bytes: number; gzipBytes: number }> {
  const esbuild = await import('esbuild');
  const build = async (charset: 'ascii' | 'utf8'): Promise<Uint8Array> => {
    const result = await esbuild.build({
      entryPoints: [CLASSIFY_ENTRY],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      charset,
    });
    return result.outputFiles[0]!.contents;
  };
  const ascii = await build('ascii');
  const utf8 = await build('utf8');
  return { bytes: ascii.byteLength, utf8Bytes: utf8.byteLength, gzipBytes: gzipSync(ascii).byteLength };
}

/**
 * The classifier as the extension ships it: `utils/classify/index.ts` bundled by esbuild into one
 * module (as WXT bundles a content script), written to a temporary file and imported. The peers are
 * measured as their packages ship them, so this one is too: the source loaded file by file through
 * the benchmark's TypeScript loader runs slower (each imported constant read in a loop may become
 * a property lookup on another module).
 */
async function bundledClassify(): Promise<typeof classify> {
  return (await bundled<{ classify: typeof classify }>(CLASSIFY_ENTRY)).classify;
}

/** The classifier's parts (see classify-stages.ts), bundled the same way. */
async function bundledStages(): Promise<typeof stages> {
  return (await bundled<{ stages: typeof stages }>(join(here, 'classify-stages.ts'))).stages;
}

/** `entry` bundled by esbuild into one module at `file`, as the extension's build bundles it. */
async function writeBundle(entry: string, file: string): Promise<void> {
  const esbuild = await import('esbuild');
  await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile: file, logLevel: 'silent' });
}

async function bundled<T>(entry: string): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'norma-classify-'));
  try {
    const file = join(dir, 'classify.mjs');
    await writeBundle(entry, file);
    return (await import(pathToFileURL(file).href)) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many fresh processes each first-comments figure takes the median of. */
const FIRST_RUNS = 7;
/** The first comments a fresh reader is timed on: a long page's worth. */
const FIRST_COUNT = 1000;

/**
 * The first comments after start-up, each run in a fresh Node process with the bundled module
 * imported (not timed): `classify-first-1000-cold` classifies them at once; `…-warm` first calls
 * `warmUp()` (not timed), as the background worker does when it starts. The difference is what the
 * first page of comments no longer waits for: tables, and the patterns the engine compiles on first
 * use. The comments are spread over the corpus (every 7,919th, wrapping), as a page mixes them.
 */
async function firstComments(corpus: string[], log: (line: string) => void): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'norma-first-'));
  try {
    const bundle = join(dir, 'classify.mjs');
    await writeBundle(CLASSIFY_ENTRY, bundle);
    const sample = Array.from({ length: Math.min(FIRST_COUNT, corpus.length) }, (_, i) => corpus[(i * 7919) % corpus.length]!);
    const texts = join(dir, 'texts.json');
    writeFileSync(texts, JSON.stringify(sample));
    const script = `
      import { readFileSync } from 'node:fs';
      const texts = JSON.parse(readFileSync(${JSON.stringify(texts)}, 'utf8'));
      const { classify, warmUp } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
      if (process.argv[1] === 'warm') warmUp();
      const t0 = performance.now();
      let sink = 0;
      for (const t of texts) sink += classify(t).matches.length;
      process.stdout.write(JSON.stringify({ ms: performance.now() - t0, sink }));`;
    const rows: BenchResult[] = [];
    for (const mode of ['cold', 'warm'] as const) {
      const ms: number[] = [];
      for (let r = 0; r < FIRST_RUNS; r++) {
        const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, mode], { encoding: 'utf8' });
        ms.push((JSON.parse(out) as { ms: number }).ms);
      }
      const name = `classify-first-${sample.length}-${mode}`;
      rows.push({ name, suite: 'classify', ms: Math.round(median(ms) * 10) / 10, comments: sample.length, runs: FIRST_RUNS, min: Math.round(Math.min(...ms) * 10) / 10, max: Math.round(Math.max(...ms) * 10) / 10 });
      log(`${name}: median ${median(ms).toFixed(1)} ms of ${FIRST_RUNS} fresh processes (${ms.map((x) => x.toFixed(0)).join(', ')})`);
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round3 = (n: number | null): number | null => (n === null ? null : Math.round(n * 1000) / 1000);

export const classifySuite: BenchSuite = {
  id: 'classify',
  title: 'Comment classifier: norma vs npm profanity libraries (Russian)',
  async run(log) {
    const sets = loadSets();
    if (!sets.length) {
      log(`no data under ${DATA}; only the bundle size is measured`);
    }
    // Each comment as a string of its own, as a page or a message gives it: the sets are read as
    // slices of multi-megabyte files, and reading a slice character by character costs a
    // character-level classifier 10–25 % more than reading a string of its own (the peers lower-case
    // the text first, which makes a fresh string anyway).
    const corpus = sets
      .filter((s) => !s.name.startsWith('lexicon') && s.name !== 'vk-heldout-distorted' && s.name !== 'insult-heldout')
      .flatMap((s) => s.items.map((i) => Buffer.from(i.text, 'utf8').toString('utf8')));
    const corpusBytes = corpus.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
    log('norma: the bundled build (esbuild, one module, as the extension ships it), in this process');
    log(`corpus: ${corpus.length} comments, ${(corpusBytes / 1e6).toFixed(2)} MB; sets: ${sets.map((s) => `${s.name} (${s.items.length})`).join(', ')}`);
    const rows: BenchResult[] = [];
    const passes = Number(process.env.BENCH_PASSES ?? 5);
    const all = contenders(await bundledClassify());
    // The classifier's parts, timed in the same turns: where its time goes (they give no verdict).
    const parts = Object.entries(await bundledStages()).map(([stage, run]) => ({ name: `norma-stage-${stage}`, run }));
    const timed = [...all.map((c) => ({ name: c.name, run: (t: string) => c.run(t).size })), ...parts];
    // Speed: one warm-up pass each, then timed passes taken in turns (pass 1 of every library,
    // then pass 2, …) so that a change of load on the machine hits all of them alike; the median
    // pass of each counts.
    let sink = 0;
    for (const c of timed) for (const t of corpus) sink += c.run(t);
    const times = new Map<string, number[]>(timed.map((c) => [c.name, []]));
    for (let p = 0; p < passes && corpus.length; p++) {
      for (const c of timed) {
        const t0 = process.hrtime.bigint();
        for (const t of corpus) sink += c.run(t);
        times.get(c.name)!.push(Number(process.hrtime.bigint() - t0) / 1e9);
      }
      log(`pass ${p + 1}/${passes}: ${timed.map((c) => `${c.name} ${Math.round(times.get(c.name)![p]! * 1000)} ms`).join(', ')}`);
    }
    for (const c of all) {
      const secs = corpus.length ? median(times.get(c.name)!) : NaN;
      const perSet: Record<string, Partial<Record<Label, Score>>> = {};
      for (const s of sets) perSet[s.name] = evaluate(c, s);
      const pick = (metric: 'f1' | 'precision' | 'recall'): Partial<Record<Label, number | null>> => {
        const o: Partial<Record<Label, number | null>> = {};
        for (const l of LABELS) o[l] = c.can.includes(l) ? round3(perSet[HEADLINE[l]]?.[l]?.[metric] ?? null) : null;
        return o;
      };
      rows.push({
        name: c.name,
        suite: 'classify',
        ms: Math.round(secs * 1000),
        commentsPerSec: Math.round(corpus.length / secs),
        mbPerSec: Math.round((corpusBytes / 1e6 / secs) * 100) / 100,
        f1: pick('f1'),
        precision: pick('precision'),
        recall: pick('recall'),
        sets: Object.fromEntries(
          Object.entries(perSet).map(([name, byLabel]) => [
            name,
            Object.fromEntries(
              Object.entries(byLabel).map(([l, s]) => [l, { ...s, precision: round3(s.precision), recall: round3(s.recall), f1: round3(s.f1) }]),
            ),
          ]),
        ),
        corpusComments: corpus.length,
        mapping: c.mapping,
        checksum: sink,
      });
      log(`${c.name}: ${(secs * 1000).toFixed(0)} ms a pass (median of ${passes}); held-out F1 ${JSON.stringify(pick('f1'))}`);
    }
    const whole = corpus.length ? median(times.get('norma')!) : NaN;
    for (const c of parts) {
      const secs = corpus.length ? median(times.get(c.name)!) : NaN;
      rows.push({
        name: c.name,
        suite: 'classify',
        stage: true,
        ms: Math.round(secs * 1000),
        commentsPerSec: Math.round(corpus.length / secs),
        mbPerSec: Math.round((corpusBytes / 1e6 / secs) * 100) / 100,
        shareOfNorma: Math.round((secs / whole) * 1000) / 1000,
        corpusComments: corpus.length,
      });
      log(`${c.name}: ${(secs * 1000).toFixed(0)} ms a pass (median of ${passes}), ${Math.round((secs / whole) * 100)} % of norma's`);
    }
    if (corpus.length) rows.push(...(await firstComments(corpus, log)));
    const size = await bundleSize();
    rows.push({ name: 'classify-bundle', suite: 'classify', ...size });
    log(`classify-bundle: ${size.bytes} bytes minified (${size.utf8Bytes} as UTF-8), ${size.gzipBytes} gzipped`);
    return rows;
  },
  format(rows) {
    const people = rows.filter((r) => r.name !== 'classify-bundle' && r.stage !== true && !r.name.startsWith('classify-first-'));
    const first = rows.filter((r) => r.name.startsWith('classify-first-'));
    const parts = rows.filter((r) => r.stage === true);
    const f = (n: unknown): string => (typeof n === 'number' ? n.toFixed(3) : '—');
    const f2 = (n: unknown): string => (typeof n === 'number' ? n.toFixed(1) : '—');
    const out: string[] = [];
    out.push('Speed (one core, same corpus, median of timed passes):', '');
    out.push('| classifier | comments/s | MB/s |', '|---|---:|---:|');
    for (const r of people) out.push(`| ${r.name} | ${String(r.commentsPerSec)} | ${f2(r.mbPerSec)} |`);
    if (parts.length) {
      out.push('', "Where norma's time goes: its parts timed alone in the same turns (normalise: the normaliser; words: the normaliser with the word and phrase rules of obscene language and insults, no spam detector):", '');
      out.push('| part | comments/s | MB/s | share of norma |', '|---|---:|---:|---:|');
      for (const r of parts) out.push(`| ${r.name} | ${String(r.commentsPerSec)} | ${f2(r.mbPerSec)} | ${typeof r.shareOfNorma === 'number' ? `${Math.round(r.shareOfNorma * 100)} %` : '—'} |`);
    }
    out.push('', 'Headline F1 (held-out unless noted): obscene on lexicon-heldout-masked, insult on insult-heldout (150 hand-labelled VK comments), spam on telegram-heldout, toxic on vk-heldout:', '');
    out.push('| classifier | obscene | insult | spam | toxic |', '|---|---:|---:|---:|---:|');
    for (const r of people) {
      const f1 = r.f1 as Record<Label, number | null>;
      out.push(`| ${r.name} | ${f(f1.obscene)} | ${f(f1.insult)} | ${f(f1.spam)} | ${f(f1.toxic)} |`);
    }
    const setNames = Object.keys((people[0]?.sets as object | undefined) ?? {});
    out.push('', 'Per set: precision / recall / F1 (— where the classifier cannot produce the label):', '');
    out.push(`| set | label | ${people.map((r) => r.name).join(' | ')} |`, `|---|---|${people.map(() => '---').join('|')}|`);
    for (const set of setNames) {
      const labels = new Set<string>();
      for (const r of people) for (const l of Object.keys((r.sets as Record<string, object>)[set] ?? {})) labels.add(l);
      for (const l of LABELS.filter((x) => labels.has(x))) {
        const cells = people.map((r) => {
          const s = (r.sets as Record<string, Record<string, Score>>)[set]?.[l];
          return s ? `${f(s.precision)} / ${f(s.recall)} / **${f(s.f1)}**` : '—';
        });
        out.push(`| ${set} | ${l} | ${cells.join(' | ')} |`);
      }
    }
    if (first.length) {
      out.push('', 'The first comments after start-up, each run a fresh process (median; cold: at once; warm: after warmUp(), as the background worker starts):', '');
      out.push('| figure | ms | range |', '|---|---:|---:|');
      for (const r of first) out.push(`| ${r.name} | ${String(r.ms)} | ${String(r.min)}–${String(r.max)} |`);
    }
    const b = rows.find((r) => r.name === 'classify-bundle');
    if (b) out.push('', `classify-bundle: ${String(b.bytes)} bytes minified (${String(b.utf8Bytes)} with UTF-8 output, ${String(b.gzipBytes)} gzipped).`);
    return out.join('\n');
  },
};
