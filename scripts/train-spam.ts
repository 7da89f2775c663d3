/**
 * Trains the learned spam reading (utils/classify/learned.ts) and writes its weights to
 * utils/classify/rules/spam-model.ts.
 *
 *   npm run train:spam            retrain and write the model
 *   npm run train:spam -- --check retrain and fail if the committed model differs
 *   npm run train:spam -- --list  print the committed model's features, one a line
 *
 * It reads only what the project ships: test/fixtures/classify/train/ (spam-*.txt and ham-*.txt,
 * one text a line) and the labelled fixtures (labelled.tsv, innocent.txt). Logistic regression,
 * AdaGrad, a fixed order of examples: the same files give the same weights on every machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { featureNames, modelWeights } from '../utils/classify/learned';
import { packWeights } from '../utils/classify/packed-weights';
import { normalise } from '../utils/classify/normalise';
import { innocentComments, labelledSamples } from '../test/unit/classify/fixtures';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'classify');
export const TRAIN_DIR = path.join(FIXTURES, 'train');
export const MODEL_FILE = path.join(ROOT, 'utils', 'classify', 'rules', 'spam-model.ts');

export const SETTINGS = {
  /** Passes over the examples. */
  epochs: 8,
  learningRate: 0.2,
  l2: 1e-6,
  /** A feature is learned only when at least this many training texts have it. */
  minTexts: 5,
  /** Weights nearer to zero than this are dropped from the model. */
  prune: 0.25,
  /**
   * Spam weighs this much of the ham in total: most texts on an official page are not spam, and
   * a model trained on equal shares deletes residents' words too readily.
   */
  spamShare: 0.4,
};

export interface Example {
  text: string;
  spam: boolean;
}

/** The training texts, in a fixed order: the files by name, their lines in order. */
export function readExamples(): Example[] {
  const out: Example[] = [];
  const lines = (file: string): string[] =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  for (const name of fs.readdirSync(TRAIN_DIR).sort()) {
    const spam = name.startsWith('spam-');
    if (!spam && !name.startsWith('ham-')) continue;
    for (const text of lines(path.join(TRAIN_DIR, name))) out.push({ text, spam });
  }
  for (const [labels, text] of labelledSamples()) out.push({ text, spam: labels.includes('spam') });
  for (const text of innocentComments()) out.push({ text, spam: false });
  return out;
}

export interface Model {
  bias: number;
  weights: Record<string, number>;
  texts: { spam: number; ham: number };
}

/** A deterministic shuffle (Park–Miller). */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 48271) % 2147483647;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

export function train(examples: readonly Example[], settings = SETTINGS): Model {
  const ids = new Map<string, number>();
  const docs = examples.map(({ text, spam }) => ({
    x: featureNames(normalise(text)).map((f) => {
      let id = ids.get(f);
      if (id === undefined) ids.set(f, (id = ids.size));
      return id;
    }),
    y: spam ? 1 : 0,
  }));
  const df = new Int32Array(ids.size);
  for (const d of docs) for (const j of d.x) df[j]!++;
  const BIAS = ids.size;
  for (const d of docs) d.x = [...d.x.filter((j) => df[j]! >= settings.minTexts), BIAS];
  const spam = docs.filter((d) => d.y).length;
  const ham = docs.length - spam;
  // Spam weighs a fixed share of the ham in total, however many of each there are.
  const spamWeight = (ham / Math.max(1, spam)) * settings.spamShare;
  const w = new Float64Array(ids.size + 1);
  const g2 = new Float64Array(ids.size + 1).fill(1e-8);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const i of shuffled(docs.length, 1 + epoch)) {
      const { x, y } = docs[i]!;
      let z = 0;
      for (const j of x) z += w[j]!;
      const grad = (1 / (1 + Math.exp(-z)) - y) * (y ? spamWeight : 1);
      for (const j of x) {
        const g = grad + settings.l2 * w[j]!;
        g2[j]! += g * g;
        w[j]! -= (settings.learningRate * g) / Math.sqrt(g2[j]!);
      }
    }
  }
  const weights: Record<string, number> = {};
  const names = [...ids.keys()];
  const kept = names
    .map((name, j) => [name, Math.round(w[j]! * 100) / 100] as const)
    .filter(([name, x]) => df[ids.get(name)!]! >= settings.minTexts && Math.abs(x) >= settings.prune)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [name, x] of kept) weights[name] = x;
  return { bias: Math.round(w[BIAS]! * 100) / 100, weights, texts: { spam, ham } };
}

export function modelSource(model: Model): string {
  const layout: Record<string, number> = {};
  const words: Record<string, number> = {};
  for (const [name, w] of Object.entries(model.weights)) (name.startsWith('#') ? layout : words)[name] = w;
  const layoutLines = Object.entries(layout).map(([name, w]) => `    ${JSON.stringify(name)}: ${w},`);
  const packed = packWeights(words).map((line) => `    ${JSON.stringify(line)},`);
  return `// Generated by scripts/train-spam.ts from test/fixtures/classify/train/ and the labelled
// fixtures (${model.texts.spam} spam texts, ${model.texts.ham} others). Do not edit: retrain with \`npm run train:spam\`.
// Features: "w:" a word's first letters, "b:" a pair of words' first letters ("^" begins a
// text), "#" the layout; see utils/classify/learned.ts. The word features are packed (each name
// as what it adds to the one before, its weight in hundredths): see utils/classify/packed-weights.ts;
// \`npm run train:spam -- --list\` prints them one a line.
export const SPAM_MODEL: { bias: number; layout: Readonly<Record<string, number>>; words: readonly string[] } = {
  bias: ${model.bias},
  layout: {
${layoutLines.join('\n')}
  },
  words: [
${packed.join('\n')}
  ],
};
`;
}

function main(): void {
  if (process.argv.includes('--list')) {
    // The committed model, one feature a line, heaviest toward spam first.
    const lines = [...modelWeights()].sort((a, b) => b[1] - a[1]).map(([name, w]) => `${w.toFixed(2).padStart(6)}  ${name}\n`);
    process.stdout.on('error', () => process.exit(0)); // a reader that stops early (| head)
    process.stdout.write(lines.join(''));
    return;
  }
  const model = train(readExamples());
  const source = modelSource(model);
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(MODEL_FILE) ? fs.readFileSync(MODEL_FILE, 'utf8') : '';
    if (committed !== source) {
      console.error(`${path.relative(ROOT, MODEL_FILE)} is not what the training data gives: run "npm run train:spam".`);
      process.exit(1);
    }
    console.log('The spam model matches its training data.');
    return;
  }
  fs.writeFileSync(MODEL_FILE, source);
  console.log(
    `Wrote ${path.relative(ROOT, MODEL_FILE)}: ${Object.keys(model.weights).length} features, ` +
      `from ${model.texts.spam} spam texts and ${model.texts.ham} others.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
