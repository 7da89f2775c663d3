import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classify, classifyThread, RULE_IDS, WORD_RULES } from '../../../utils/classify';
import { AIM_VOCABULARY } from '../../../utils/classify/aim';
import { insultPhraseRules } from '../../../utils/classify/rules/insult';
import { spamPhraseRules } from '../../../utils/classify/rules/spam';

/**
 * Keeps the rule registry honest: every rule id is documented in docs/classifier.md and has an
 * example here that makes it fire. A new rule without both fails this test.
 */
const EXAMPLES: Record<string, string> = {
  'obscene/huy': 'нахуя',
  'obscene/pizd': 'пиздец',
  'obscene/eb': 'заебали',
  'obscene/eb-phonetic': 'заипали',
  'obscene/ept': 'ёпта',
  'obscene/blya': 'блять',
  'obscene/mudak': 'мудила',
  'obscene/pidor': 'пидорас',
  'obscene/gondon': 'гандон',
  'obscene/zalupa': 'залупа',
  'obscene/shlyuha': 'шлюхи',
  'obscene/suka': 'сука',
  'obscene/suchka': 'ах ты сучка',
  'obscene/her': 'херня',
  'obscene/manda': 'манда',
  'insult/direct': 'Это мразь',
  'insult/obscene-noun': 'долбоёб',
  'insult/slur': 'хохлы',
  'insult/aimed': 'ты тупой',
  'insult/put-down': 'закрой рот',
  'spam/earnings': 'Заработок без вложений, пиши в лс',
  'spam/money-word': 'Доход 100 долларов в день, пиши в лс',
  'spam/finance': 'Кредит и займ за 5 минут, пишите',
  'spam/gambling': 'Казино: фриспины за регистрацию',
  'spam/adult-word': 'Интим услуги, пиши в лс',
  'spam/giveaway': 'Розыгрыш! Промокод на бонус, пишите в лс',
  'spam/drugs': 'Мефедрон, закладчик нужен, пиши',
  'spam/documents': 'Сделаем права всех категорий без сдачи экзаменов',
  'spam/followers': 'Накрутка подписчиков, пиши в лс',
  'spam/job': 'Вакансия: халтура на вечер, пиши в лс',
  'spam/pay': 'Халтура, оплата 5000 сразу, пиши в лс',
  'spam/pay-offer': 'Нужны 4 парня, плачу 5000 руб за 2 часа',
  'spam/short-pay': 'Нужны 4 парня, плачу 5000 руб за 2 часа',
  'spam/task-pay': 'Вырыть яму под бассейн - 15.000',
  'spam/adult-service': 'Эскорт, пиши',
  'spam/contact-word': 'Продаю аккаунты недорого, пишите',
  'spam/commerce': 'Продаю аккаунты недорого, пишите',
  'spam/contact-call': 'Подробности в профиле, пиши в лс',
  'spam/finance-offer': 'Помогу закрыть кредиты, пишите в лс',
  'spam/scheme': 'Есть серая тема, пиши в лс',
  'spam/adult': 'Приму у себя, пиши в лс',
  'spam/followers-sale': 'Продаю подписчиков, пиши в лс',
  'spam/job-formula': 'Нужны люди без опыта, пиши в лс',
  'spam/promise': 'Стабильный доход, деньги сразу, пиши в лс',
  'spam/job-title': 'Фасовщики на склад, 6500 за смену',
  'spam/sale': 'Продам велосипед, пишите',
  'spam/service': 'Клининг: мойка окон, химчистка диванов, пишите в лс',
  'spam/offer': 'Вывезу старую мебель и мусор, пишите',
  'spam/free': 'Бесплатно, только сегодня, пишите в лс',
  'spam/private': 'Разобрать архив, 4000 руб, обсудим в личке',
  'spam/hook': 'Заинтересовало? Пиши!',
  'spam/messenger': 'Заходи t.me/dohod',
  'spam/shortener': 'Смотри bit.ly/abc',
  'spam/link': 'Скидки на sale-mega.shop, пиши в лс',
  'spam/link-social': 'Пиши в лс, vk.com/id1',
  'spam/email': 'Пиши в лс или на mail@example.com',
  'spam/handle': 'Пишите @manager_bot',
  'spam/phone': 'Кредит без проверки, звони 89991234567',
  'spam/money-amount': 'Халтура, плачу 5000 руб, пиши в лс',
  'spam/income-claim': 'Доход от 3000 в день, пиши в лс',
  'spam/english': 'Crypto trading signals, DM me',
  'spam/exotic-letters': 'Нʏжны пᴀᴘтнᴇᴘы, пиши',
  'spam/homoglyph': 'Зaрaботок нa дому',
  'spam/shouting': 'ЗАРАБОТОК ДЛЯ ВСЕХ БЕЗ ВЛОЖЕНИЙ, ПИШИ В ЛС',
  'spam/emoji-flood': 'Заработок 💰💰💰💰💰💰💰💰 пиши в лс',
  'spam/repeated': 'купи слона купи слона купи слона купи слона купи слона купи слона',
  'spam/learned': 'Зaрaботок в день',
};

const THREAD = ['thread/duplicate', 'thread/repeat', 'thread/flood'];
const MODERATOR = ['moderator/obscene', 'moderator/insult', 'moderator/spam'];
/** Counter-signals: never shown as a match; their effect is tested here. */
const COUNTER = ['spam/addressee', 'spam/employer', 'spam/lost'];

describe('rule registry', () => {
  const docs = readFileSync(new URL('../../../docs/classifier.md', import.meta.url), 'utf8');

  test.each([...RULE_IDS])('%s is documented in docs/classifier.md', (id) => {
    expect(docs).toContain(`\`${id}\``);
  });

  test.each(Object.entries(EXAMPLES))('%s fires on its example', (id, text) => {
    expect(classify(text).matches.map((m) => m.rule.replace('+masked', ''))).toContain(id);
  });

  test('every rule has an example or a dedicated test', () => {
    const covered = new Set([...Object.keys(EXAMPLES), ...THREAD, ...MODERATOR, ...COUNTER]);
    expect(RULE_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  test('an official addressee turns a bare call into a complaint', () => {
    expect(classify('Платят 1500 за смену, пишите').categories).toEqual(['spam']);
    const v = classify('Платят 1500 за смену, пишите губернатору');
    expect(v.categories).toEqual([]);
    expect(v.matches.map((m) => m.rule)).not.toContain('spam/addressee');
    // A call to private messages still counts, and the addressee is never shown.
    const p = classify('Плачу 1500 за смену, пиши в лс, администрации не говори');
    expect(p.categories).toEqual(['spam']);
    expect(p.matches.map((m) => m.rule)).not.toContain('spam/addressee');
  });

  test("a public employer's job ad is news, not an ad", () => {
    expect(classify('Требуются водители, зарплата от 60 000, тел. 8 912 345-67-89').categories).toEqual(['spam']);
    const v = classify('Требуются водители в МУП «Транспорт», зарплата от 60 000, тел. 8 912 345-67-89');
    expect(v.categories).toEqual([]);
    expect(v.matches.map((m) => m.rule)).not.toContain('spam/employer');
  });

  test('thread rules fire', () => {
    const text = 'Одинаковый длинный текст от разных авторов, читайте';
    const v = classifyThread([
      { id: '1', authorId: 'a', text },
      { id: '2', authorId: 'b', text },
      { id: '3', authorId: 'a', text },
      ...Array.from({ length: 5 }, (_, i) => ({ id: `x${i}`, authorId: 'a', text: ['раз', 'два', 'три', 'четыре', 'пять'][i]! })),
    ]);
    const rules = new Set(v.flatMap((x) => x.matches.map((m) => m.rule)));
    for (const id of THREAD) expect(rules).toContain(id);
  });

  test('moderator rules fire', () => {
    const options = { words: { obscene: ['срань'], insult: ['бюрократ*'], spam: ['промо*'] } };
    const rules = ['срань', 'бюрократы', 'промокод и пиши в лс'].flatMap((t) => classify(t, options).matches.map((m) => m.rule));
    for (const id of MODERATOR) expect(rules).toContain(id);
  });
});

describe('rules are written as the skeleton reads', () => {
  // The normaliser collapses a doubled letter ("ссылка" is read as "сылка"; only a double е stays),
  // so a trigger, an anchor, a word or a phrase spelled with one could never match.
  const DOUBLED = /([а-дж-яё])\1/;
  const sources = [
    ...WORD_RULES.flatMap((r) => [[`${r.id} trigger`, r.trigger], [`${r.id} word`, r.word.source]]),
    ...[...spamPhraseRules, ...insultPhraseRules].flatMap((r) => [[`${r.id} anchors`, r.anchors], [`${r.id} pattern`, r.pattern.source]]),
  ] as [string, string][];
  test.each(sources)('%s has no doubled letter', (_, source) => expect(source.match(DOUBLED)?.[0]).toBeUndefined());
  // The words aim.ts reads around an insult ("Комунальщики как тараканы"): a set's words and a pattern's source.
  test.each(AIM_VOCABULARY.map((v, i) => [i, v instanceof RegExp ? v.source : [...v].join(' ')] as const))(
    'aim vocabulary %i has no doubled letter',
    (_, source) => expect(source.match(DOUBLED)?.[0]).toBeUndefined(),
  );
});
