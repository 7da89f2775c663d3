import { describe, expect, test } from 'vitest';
import { classify, RULESET_VERSION } from '../../../utils/classify';
import { evidence, WORD_RULES } from '../../../utils/classify/classify';
import { decide } from '../../../utils/classify/policy';
import { normalise, scan, type Normalised } from '../../../utils/classify/normalise';
import { innocentComments, labelledSamples } from './fixtures';

/**
 * The classifier reads comments through the quick pass (plain Cyrillic words without per-character
 * offsets, the trigger automaton stepping as the skeleton is written); `normalise` is the full pass,
 * character by character. Both must read every text the same way, offsets included.
 */
function view(n: Normalised): unknown {
  const len = n.length;
  const tokens = n.tokenCount;
  return {
    skeleton: n.skeleton,
    codes: [...n.codes.slice(0, len)],
    charStart: [...n.charStart.slice(0, len)],
    charEnd: [...n.charEnd.slice(0, len)],
    wild: [...n.wild.slice(0, len)],
    info: n.info,
    alternates: n.alternates,
    words: [n.tokSkelStart, n.tokSkelEnd, n.tokSrcStart, n.tokSrcEnd, n.tokFlags, n.tokPunctBefore].map((a) => [...a.slice(0, tokens)]),
  };
}

const TRICKY = [
  'Ну П@@ЗДЕЦ, х у й!',
  'неее ты тоже ебнутая, ваше ммнение нееее ввввважно',
  'еее ЕЕЕ Еее переебать неебический',
  'Хyйня Cкидка зaрaботок нa дому, пишитe',
  'hуй pizdec blyad xyesos ebay other',
  '3.14здец, 3,14дорасы и 3.14 рубля, id12345 2x3 6ля п3дц',
  'х.у.й х_у_й пи-пи-пиздец дура-дурой кто-нибудь конец.Начало',
  'бл..ь бл@дь п%зда х*й дол***бы с с*ка бл!ть сука!',
  'п и з д е ц, х у й н я, а я в шоке, пппп и з',
  'пи\u200bз\u00adдец и\u0306ог йи\u0306й',
  'пιздец 𝐱𝐲й ｘｙй Нʏжны пᴀᴘтнᴇᴘы',
  '[id123|Мудак Иванов], привет; [club5|x]]',
  'Пиши в лс: t.me/abc, доход от 3000 в день +7 912 345-67-89 user@example.com @user_name',
  'Итоги 2024. Здесь: vk . cc / abc, site (.) ru, пример.рф',
  'ХУУУУЙ БЛЯЯЯ МУДАААК',
];

/** Deterministic variants of real comments: masks, look-alikes, digits, spacing, repeats. */
function variants(texts: readonly string[]): string[] {
  const pool = ['*', '@', '$', '!', '.', '..', '-', '_', '/', '\u200b', '\u0306', '3.14', '0', '6', 'x', 'y', 'a', 'H', ' ', 'ё', 'Ё', 'і', 'ее', 'еее', ' х у й ', 'ο', '𝐱', '[id1|Имя]', '😀', 'https://t.me/x', '01.02.2024'];
  let seed = 7;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  return texts.map((t) => {
    const chars = [...t];
    for (let k = 0; k < 3; k++) {
      const at = next(chars.length + 1);
      if (next(2)) chars.splice(at, 0, pool[next(pool.length)]!);
      else if (at < chars.length) chars.splice(at, 0, chars[at]!.repeat(1 + next(3)));
    }
    return chars.join('');
  });
}

describe('the quick pass reads texts as the full pass does', () => {
  const real = [...innocentComments(), ...labelledSamples().map(([, text]) => text)];
  test.each(TRICKY)('%s', (text) => {
    expect(view(scan(text))).toEqual(view(normalise(text)));
  });

  test('every fixture comment and a variant of each', () => {
    for (const text of [...real, ...variants(real), ...variants(TRICKY)]) {
      expect(view(scan(text)), text).toEqual(view(normalise(text)));
    }
  });
});

describe('links next to dates and prices', () => {
  // A date or a price puts a dot next to a digit; the link patterns run only where a link can be.
  test.each([
    ['Встреча 01.02.2024, подробности site (.) ru/x', ['spam/link']],
    ['Встреча 01.02.2024 на https://localhost/x', ['spam/link']],
    ['Цена 3.5 млн, пишите www.1x', ['spam/contact-word', 'spam/link']],
    ['Собрание 12.00. Сайт: example.com', ['spam/link']],
    ['Итоги 2024. Здесь: vk . cc / abc', ['spam/shortener']],
    ['пример.рф и 1.5', ['spam/link']],
    ['Запись 01.02. Подробно на t.me/x', ['spam/messenger']],
    ['Собрание 01.02.2024 в 12.00, цена 3.5 тыс.', []],
  ])('%s', (text, rules) => {
    expect(classify(text).matches.map((m) => m.rule)).toEqual(rules);
  });
});

describe('sums and phones are looked for only when they can count', () => {
  // classify() skips the number patterns when no signal they could support was found; the verdict
  // must be the one the full evidence gives.
  const full = (text: string) => {
    const { matches, spam } = evidence(text);
    return decide(text, matches, spam, RULESET_VERSION);
  };
  const NUMBERS = [
    'Зарплата 25 000 в месяц, пишите в прокуратуру',
    'ЗВОНИТЕ +7 912 345-67-89 ПО ВСЕМ ВОПРОСАМ БЛАГОУСТРОЙСТВА',
    '🔥🔥🔥🔥 5000 в день 🔥🔥🔥🔥',
    'Нужны люди, 6400 в день',
    'Зaрaботок 3000 в день',
    'плачу 5000 за 2 часа',
    'Автобус 105 ходит раз в 40 минут, 2024 год',
    'кредит 15к на карту',
    'раз раз раз раз раз раз раз раз раз раз 5000 руб',
  ];
  test.each(NUMBERS)('%s', (text) => {
    expect(classify(text)).toEqual(full(text));
  });

  test('every fixture comment and a variant of each', () => {
    const real = [...innocentComments(), ...labelledSamples().map(([, text]) => text)];
    for (const text of [...real, ...variants(real), ...variants(NUMBERS)]) expect(classify(text), text).toEqual(full(text));
  });

  test('numbers still count beside evasion or a keyword', () => {
    // Shouting or an emoji flood alone is nothing; a sum or a phone beside it asks for review.
    expect(classify('🔥🔥🔥🔥 в день 🔥🔥🔥🔥').action).toBe('none');
    expect(classify('🔥🔥🔥🔥 5000 в день 🔥🔥🔥🔥').action).toBe('review');
    expect(classify('ПО ВСЕМ ВОПРОСАМ БЛАГОУСТРОЙСТВА +7 912 345-67-89 ВСЕГДА').action).toBe('review');
    expect(classify('Зaрaботок у депутатов в день').action).toBe('review');
    expect(classify('Зaрaботок 3000 в день').matches.map((m) => m.rule)).toEqual(['spam/earnings', 'spam/homoglyph', 'spam/short-pay', 'spam/income-claim']);
  });
});

describe('the parts the benchmark times apart read as the whole does', () => {
  const SPAM_WORDS = WORD_RULES.filter((r) => r.category === 'spam').map((r) => r.id);
  const real = [...innocentComments(), ...labelledSamples().map(([, text]) => text)];

  test('words: the same word matches, and no spam detector beyond the words', () => {
    for (const text of real) {
      const whole = evidence(text, undefined, true);
      const words = evidence(text, undefined, true, 'words');
      expect(words.matches, text).toEqual(whole.matches);
      expect(words.scored, text).toBeNull();
      // Spam words are read with the other words; links, phones and phrases are not looked for.
      for (const s of words.spam) expect(SPAM_WORDS, text).toContain(s.rule.split('+')[0]);
    }
    expect(evidence('Пишите в лс, заработок от 5000 в день: t.me/xxx', undefined, true).spam.map((s) => s.rule)).toContain('spam/messenger');
    expect(evidence('Пишите в лс, заработок от 5000 в день: t.me/xxx', undefined, true, 'words').spam.map((s) => s.rule)).not.toContain('spam/messenger');
  });

  test('normalise: nothing but the reading', () => {
    for (const text of ['Ну п@здец, опять без света', 'ты дебил', 'Пишите в лс: t.me/xxx']) {
      expect(evidence(text, undefined, true, 'normalise')).toEqual({ matches: [], spam: [], scored: null });
    }
  });
});
