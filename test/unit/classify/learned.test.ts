import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MODEL_FILE, modelSource, readExamples, train } from '../../../scripts/train-spam';
import { classify } from '../../../utils/classify';
import { featureNames, LEARNED_SPAM, modelWeights, spamProbability } from '../../../utils/classify/learned';
import { normalise, scan } from '../../../utils/classify/normalise';
import { SPAM_MODEL } from '../../../utils/classify/rules/spam-model';

const WEIGHTS = modelWeights();

/** The probability computed the slow way: the features by name, summed from the model's table. */
function byNames(text: string): number {
  let z = SPAM_MODEL.bias;
  for (const f of featureNames(normalise(text))) z += WEIGHTS.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

const TEXTS = [
  'Лёгкий способ разбогатеть, все подробности у меня',
  'Когда уже починят дорогу на Садовой? Третий год обещают',
  'Пропала собака, рыжая, кто видел — пишите',
  'ЗАРАБОТОК ДЛЯ ВСЕХ 💰💰💰 пиши',
  'ok',
  'Продам коляску, почти новая, 5000, пишите в лс',
  'x у й',
  '',
  'Заработок заработок заработок заработок', // a feature counts once
];

describe('the learned spam reading', () => {
  test.each(TEXTS)('the scorer adds up the same features the training reads: %s', (text) => {
    const expected = byNames(text);
    expect(spamProbability(scan(text)).p).toBeCloseTo(expected, 5);
    expect(spamProbability(normalise(text)).p).toBeCloseTo(expected, 5);
  });

  test('features are word beginnings, pairs of word beginnings and the layout', () => {
    const names = featureNames(normalise('Заработок на ДОМУ 💰'));
    expect(names).toEqual(expect.arrayContaining(['w:зараб', 'w:на', 'w:дому', 'b:^ зара', 'b:зара на', 'b:на дому', '#n1', '#emoji']));
    expect(names).toHaveLength(new Set(names).size);
  });

  test('the committed model is what its training data gives, and training is deterministic', () => {
    const examples = readExamples();
    expect(examples.filter((e) => e.spam).length).toBeGreaterThan(1000);
    expect(examples.filter((e) => !e.spam).length).toBeGreaterThan(1000);
    const source = modelSource(train(examples));
    expect(source).toBe(modelSource(train(examples)));
    expect(readFileSync(MODEL_FILE, 'utf8')).toBe(source);
  }, 60_000);

  test('it learns: spam it was trained on scores high, other texts low', () => {
    const examples = readExamples();
    const spam = examples.filter((e) => e.spam);
    const ham = examples.filter((e) => !e.spam);
    const high = (list: typeof examples) => list.filter((e) => spamProbability(scan(e.text)).p >= LEARNED_SPAM).length / list.length;
    expect(high(spam)).toBeGreaterThan(0.6);
    expect(high(ham)).toBeLessThan(0.01);
  });
});

describe('the learned reading in a verdict', () => {
  test('it deletes what the rules only send for review, on its heaviest words, and never blacklists', () => {
    const v = classify('Зaрaботок в день');
    expect(v.categories).toEqual(['spam']);
    expect(v.action).toBe('delete');
    const m = v.matches.find((x) => x.rule === 'spam/learned')!;
    expect(m.term).toBe('Зaрaботок');
    expect('Зaрaботок в день'.slice(m.start, m.end)).toBe(m.term);
    expect(v.reasons.join(' ')).toMatch(/Похоже на рекламу или рассылку по словам «Зaрaботок»/);
    expect(v.reasons.join(' ')).toMatch(/оценка 0,\d\d/);
  });

  test('alone, with nothing else seen, it only asks for review: the text is spam, no deletion is advised', () => {
    // A resident's urgent appeal reads to the model like a job ad; a moderator sees it is not.
    for (const text of ['Срочно требуется донор крови 2 группы, больница №3', 'Нужен хороший стоматолог, посоветуйте срочно']) {
      const v = classify(text);
      expect(v.categories, text).toEqual(['spam']);
      expect(v.action, text).toBe('review');
      expect(v.matches.map((m) => m.rule)).toEqual(['spam/learned']);
    }
    // Beside anything else (here a phone number, which alone counts nothing) it deletes.
    const ad = classify('Автоподбор, +7 902 555-11-22, выезд по области');
    expect(ad.action).toBe('delete');
  });

  test('it is not asked when the rules already call a text spam', () => {
    const v = classify('Заработок от 5000 в день, пиши в лс');
    expect(v.categories).toEqual(['spam']);
    expect(v.matches.map((m) => m.rule)).not.toContain('spam/learned');
  });

  test.each([
    // Counter-signals: a lost-and-found notice, an official addressee, a public employer.
    'Пропала собака, рыжая, кто видел — пишите в личку, вознаграждение',
    'Заработок в день 2000, пишите в прокуратуру',
    // Volunteers and the page's own messages: a public body's notices.
    'Срочно требуются добровольцы на уборку берега, звоните',
    'Набор в кружки ДК открыт, занятия бесплатные, пишите в сообщения сообщества.',
  ])('it does not read: %s', (text) => {
    expect(classify(text).matches.map((m) => m.rule)).not.toContain('spam/learned');
  });

  test('it reads English: a bonus ad is deleted, a visitor\'s request is not', () => {
    const ad = classify('Free bonus for new players, register today');
    expect(ad.matches.map((m) => m.rule)).toContain('spam/learned');
    expect(ad.action).toBe('delete');
    for (const text of [
      'Please contact me about my mother, she lives in your district and needs help',
      'How much does a bus ticket cost now?',
      'Who can I write to about my residence registration? I have been waiting for two weeks',
    ]) {
      const v = classify(text);
      expect(v.categories, text).not.toContain('spam');
    }
  });
});
