import { startBits, startTrie, sticky, type StartTrie } from './firsts';
import { learnedSignal } from './learned';
import { bufferToString, Flag, wordOf, type Normalised, type TextInfo } from './normalise';
import { EVASION, SPAM_DELETE, spamScore, type SpamScore } from './policy';
import { MESSENGERS, SHORTENERS, SOCIAL, spamPhraseRules } from './rules/spam';
import type { CompiledOptions } from './wordlist';

// Imported bindings read in loops, copied once: a module loader may turn each read of an import
// into a call (an accessor on the module's exports object).
const CYRILLIC_WORD = Flag.Cyrillic;
const HOMOGLYPH = Flag.Homoglyph;
const PHRASE_RULES = spamPhraseRules;

/** Ids of the spam rules that read the original text (links, numbers, layout). */
export const TEXT_RULE_IDS = [
  'spam/messenger',
  'spam/shortener',
  'spam/link',
  'spam/link-social',
  'spam/email',
  'spam/handle',
  'spam/phone',
  'spam/money-amount',
  'spam/income-claim',
  'spam/short-pay',
  'spam/task-pay',
  'spam/english',
  'spam/exotic-letters',
  'spam/homoglyph',
  'spam/shouting',
  'spam/emoji-flood',
  'spam/repeated',
  'spam/learned',
] as const;

/** One piece of spam evidence with its weight (see policy.ts for how weights add up). */
export interface SpamSignal {
  rule: string;
  weight: number;
  start: number;
  end: number;
  reason: string;
  /** Counts only when some other spam signal is present (a phone number, shouting, emoji). */
  supporting?: boolean;
  /** A word of everyday speech ("кредит", "пишите"): alone it is not even worth a review. */
  keyword?: boolean;
}

const TLDS =
  'ru|su|com|net|org|info|biz|shop|store|site|online|top|xyz|club|pro|io|me|cc|ly|link|click|ua|kz|by|uz|tk|ml|ga|gq|' +
  'cf|app|dev|live|fun|space|website|tech|icu|vip|bet|casino|win|money|cash|gl|to|gg|tv|co|uk|de|us|eu|ws|im|ee|la|' +
  'gd|one|world|today|games|email|digital|cloud|best|rest|ink|page|run|buzz|cyou|sbs|mobi|ws|market|agency|ltd|life';

/** Links: scheme or www, bare Latin domains with a known TLD, Cyrillic .рф domains. */
export const URL_RE = new RegExp(
  String.raw`(?:https?:\/\/|www\.)[^\s<>"'«»]+` +
    String.raw`|(?<![\w@.\-])(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+(?:${TLDS})\b(?:\/[^\s<>"'«»]*)?` +
    String.raw`|(?<![\wа-яё.\-])[а-яё0-9\-]+\.(?:рф|рус)(?![а-яё])(?:\/\S*)?`,
  'giu',
);
/** Disguised links: "vk . cc / x", "t точка me", "site(.)ru". */
export const SPACED_URL_RE = new RegExp(
  String.raw`(?<![\w.])([a-z0-9\-]{1,30})\s*(?:\s\.\s?|\.\s|\(\.\)|\[\.\]|\(?\s*(?:точка|dot)\s*\)?)\s*(?:(${TLDS})\b|(рф)(?![\wа-яё])|(ру|ком)(?![\wа-яё]))(?:\s*\/\s*[\w\-]+)?`,
  'giu',
);
/** A spaced or spelled-out dot next to a Latin letter: the only case SPACED_URL_RE can match. */
const SPACED_GATE = /[a-z0-9]\s+\.|\.\s+[a-z0-9]|точка|dot|\(\.\)|\[\.\]/i;
export const EMAIL_RE = /[\w.+-]+@[\w-]+\.[a-z]{2,}/gi;
export const HANDLE_RE = /(?<![\w@.])@[a-z][a-z0-9_]{3,31}\b/gi;
/** A toll-free hotline (8-800…): an organisation's number, which citizens quote ("Звоните в Россети на 8-800-220-0-220"). */
const HOTLINE_RE = /(?<!\d)8[\s(-]*800[\s)-]*\d[\d\s-]{5,9}\d(?!\d)/;
export const PHONE_RE = /(?<!\d)(?:\+7|8|7)[\s(-]*(\d{3})[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/g;
const MONEY = String.raw`(?:k|к|тыс\.?|тысяч[а-я]*|т\.?р\.?|млн)?\s*(?:руб[а-я.]*|р\.?|₽|\$|usdt|usd|долл[а-я]*|бакс[а-я]*|евро|€|грн)?`;
export const INCOME_RE = new RegExp(
  String.raw`(?:\d[\d\s.,]*\s*${MONEY}|\d+\s*%)\s*(?:в|за|\/|per)\s*(?:день|сутки|неделю|нед(?![\wа-яё])|месяц|мес(?![\wа-яё])|час|смену|пару\s+часов|пару\s+дней|\d+\s*час[а-я]*)`,
  'giu',
);
export const AMOUNT_RE = new RegExp(
  String.raw`(?<![\w.])\d[\d\s.,]*\s*(?:k|к|тыс\.?|тысяч[а-я]*|т\.р|руб[а-я.]*|р\.?|₽|\$|usdt|usd|долл[а-я]*|бакс[а-я]*|евро|€)(?![а-яa-z])` +
    String.raw`|(?<=(?:^|\s)(?:от|до|по)\s?)\d[\d\s.,]{2,}\d` +
    // A bare sum after a word of pay ("с оплатой 9500", "выплаты 8 000") or with "каждому", "сразу".
    String.raw`|(?<=(?:оплат|выплат|доход|заработ|зарплат|платеж|плачу|платим|заплачу|заплатим)[а-яё]*\s?)\d[\d\s.,]{2,}\d` +
    String.raw`|\d[\d\s.,]{2,}\d(?=\s*(?:каждому|сразу|на\s+руки))` +
    // A bare sum after a task and before "обсудим в лс", "свяжись в лс" ("сортировка книг 4700 Обсудим в личке").
    String.raw`|(?<=[а-яё]\s?)\d[\d\s.,]{2,}\d(?=\s*(?:обсудим|свяжи(?:сь|тесь)\s+(?:в|со)\s))`,
  'giu',
);
/** A short-period pay claim ("6400 в день", "5 000 за смену", "за пару часов"): job spam's hallmark. */
export const SHORT_INCOME_RE =
  /\d[\d\s.,]*\s*(?:k|к|тыс\S*|руб\S*|р\.?|₽|\$)?\s*(?:в|за|\/)\s*(?:день|сутки|ночь|смену|час|пару\s+часов|несколько\s+часов|\d+\s*час\S*)/giu;
/**
 * The end of a short job ad: a sum of a thousand or more, with a unit, "на руки", "каждому" or
 * "за выполнение" after it, or after a dash or a comma ("Вырыть яму под бассейн - 15.000",
 * "Вынести мусор, 7000 руб", "Почистить рыбу - 8.600 на руки"). Nothing may follow it.
 */
const TASK_SUM_RE =
  /(?:[\s\-–—:,.]|каждому\s+по)\s*(?<!\d[ .])(?:\d{1,3}[ .]\d{3}|\d{4,6})(?:[.,]\d+)?(?:\s*(?:к|тыс\.?|тысяч|т\.?р\.?|руб\.?|рублей|р\.?|₽))?(?:\s*(?:на\s+руки|каждому|на\s+человека|за\s+(?:выполнение|работу|помощь)))?[\s.!)]*$/iu;
/** How a short ad opens: a task (an infinitive, "помощь в …", "работы по …") or, before a sum paid to each, people or days wanted. */
const TASK_OPENER = /^(?:[а-я]{2,}(?:[аяиуыо]ть|[^сн]еть|[^ч]ти|чь)|помощь|работа|работы|подработка|халтура)$/;
const EACH_OPENER = /^(?:люди|пару|деловод|человек|на)$/;
/** Not an opener though it ends like one: nouns and words of everyday speech. */
const NOT_TASK = /^(?:быть|путь|чуть|почти|жить|пусть|нити|сети|пути|идти|прийти|плыть|уметь|иметь|хотеть|сколько)$/;
/**
 * A citizen's report of pay or of public spending, or a question: "дали 5000 на руки", "пенсия -
 * 15.000", "Заменить окна в школе — 200 000", "Отремонтировать дорогу стоит 90 000".
 */
const NOT_AD =
  /получ|плат|пенси|выплат|зарплат|оклад|дали|дают|обещ|депутат|чиновник|стои|бюдж|смет|выдел|потрат|обош|израсход|контракт|тендер|освои|млн|миллион|школ|детск|больниц|поликлиник|администрац|мэри|округ|район|город|сквер|дорог|подъезд|двор|\?/iu;

/**
 * A promise to pay a sum for help, at the end of a request ("Помогите вынести окна, плачу 5500",
 * "Нужна помощь, заплачу 100 евро") or "за помощь" ("Плачу 25000 руб за помощь"). A citizen who
 * says what they pay says for what ("плачу 8000 за отопление").
 */
const PAY_FOR_HELP_RE =
  /(?<![а-яё])(?:за)?пла(?:чу|тим)\s+(?:от\s+|по\s+)?\d[\d\s.,]*(?:к|тыс\S*|т\.?р\.?|руб\S*|р\.?|₽|евро|€|\$|долл\S*)?\s*(?:за\s+помощь|[\s.!)]*$)/iu;
const HELP_ASKED = /помог|помощ|нужн|надо|требу|(?<![а-яё])кто(?![а-яё])/iu;

/** Words only spam uses. */
const ENGLISH_SPAM = [
  'airdrop', 'usdt', 'btc', 'bitcoin', 'forex', 'dm me', 'write to me', 'onlyfans', 'sex', 'sexting', 'fuck', 'nudes',
  'giveaway', 'casino', 'private key', 'web3', 'defi', 'weed', 'coke', 'cocaine', 'mdma', 'meth', 'wts', 't0kens?', 'iptv',
  'text me', 'messages? me', 'send me a pm', 'pm me', 'join my', 'vip channel', 'check my profile',
  'write me', 'make money', 'money online', 'no experience needed', 'crypto tips', 'hot girls', 'profile link', 'followers for',
];
/** Wording of service ads and polite calls: "Our exclusive services… Get in touch". */
const ENGLISH_AD_WORDS = [
  'services', 'exclusive', 'bespoke', 'luxury', 'commission', 'guarantee', 'guaranteed', 'millionaire', 'unforgettable',
  'get in touch', 'reach out', 'contact us', 'join our', 'join us', 'need a (?:long-term )?job', 'job offer',
];
/** Everyday words of money and messengers: "Telegram is now on Wear OS", "a crypto wallet", "please contact me". */
const ENGLISH_TOPIC_WORDS = [
  'crypto', 'trading', 'signals', 'profit', 'earn', 'earning', 'hiring', 'remote', 'investment', 'income', 'salary',
  'whatsapp', 'telegram', 'wallet', 'contact me',
];
/**
 * English spam vocabulary (the telegram set has plenty): words only spam uses (airdrop, usdt,
 * onlyfans, casino, "DM me", "send me a PM"…), the wording of service ads (services, exclusive,
 * "get in touch"…) and everyday words of money and messengers (telegram, crypto, income…). See
 * {@link englishWeight}.
 */
export const ENGLISH_RE = new RegExp(`\\b(?:${[...ENGLISH_SPAM, ...ENGLISH_AD_WORDS, ...ENGLISH_TOPIC_WORDS].join('|')})\\b`, 'gi');
const ENGLISH_AD = new RegExp(`^(?:${ENGLISH_AD_WORDS.join('|')})$`);
const ENGLISH_TOPIC = new RegExp(`^(?:${ENGLISH_TOPIC_WORDS.join('|')})$`);

/**
 * The weight of the English words found: one a word, up to 3. In a Russian text every such word
 * counts. A text with no Russian at all (a Russian page's citizens write Russian) counts one more
 * when it has six English words or more and its words are spam's own (airdrop, onlyfans, "DM
 * me"…) or two of an ad's wording; one of an ad's wording is a review, and everyday words of
 * money and messengers alone ("Telegram is now on Wear OS", "crypto wallet") are nothing, or a
 * review when there are three or more.
 */
function englishWeight(seen: ReadonlySet<string>, text: string): number {
  if (/[а-яё]/iu.test(text)) return Math.min(3, seen.size);
  let ad = 0;
  let topic = 0;
  for (const w of seen) {
    if (ENGLISH_AD.test(w)) ad++;
    else if (ENGLISH_TOPIC.test(w)) topic++;
  }
  if (seen.size === ad + topic && ad < 2) return ad === 1 || topic >= 3 ? 1 : 0;
  const foreign = (text.match(/[a-z]{2,}/gi)?.length ?? 0) >= 6 ? 1 : 0;
  return Math.min(3, seen.size + foreign);
}
const isCyrillic = (c: number): boolean => c >= 0x400 && c <= 0x4ff;
/**
 * A letter of another script (Greek, IPA and small capitals, Cyrillic and Latin extensions,
 * Ethiopic, Canadian syllabics, mathematical letters…): never a typing slip inside a Russian word.
 */
const isExoticLetter = (c: number): boolean =>
  (c >= 0x250 && c < 0x300) || (c >= 0x370 && c < 0x400) || (c >= 0x500 && c < 0x1ab0) || (c >= 0x1d00 && c < 0x1dc0) || c === 0xd835 || (c >= 0xa000 && c < 0xd800);

function hostOf(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\s*(?:\(\.\)|\[\.\]|\(?\s*(?:точка|dot)\s*\)?)\s*/g, '.')
    .replace(/\s+/g, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '')
    .replace(/[.,:;!)]+$/, '');
}

// The number patterns again, sticky: tried only where a number starts, not at every position.
const PHONE_Y = new RegExp(PHONE_RE.source, 'y');
const AMOUNT_Y = new RegExp(AMOUNT_RE.source, 'iuy');
const SHORT_INCOME_Y = new RegExp(SHORT_INCOME_RE.source, 'iuy');
const INCOME_Y = new RegExp(INCOME_RE.source, 'iuy');

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Every pay-claim pattern ends in a period word: a text with none of them cannot match, and most
 * numbers (dates, prices, house numbers) are in such texts, so the two patterns are skipped there.
 */
const PERIOD_GATE = /день|дней|сутк|нед|мес|час|смен|ноч/iu;

/*
 * What may follow a number. Every sum and pay pattern reads a digit, then a run of digits,
 * spaces, dots and commas ([\d\s.,]*, \s*), then a unit, a word or a sign — none of which starts
 * with such a character, so it starts right after the run. A pattern is tried only when the
 * character after the run can begin what it expects there (or, for a bare sum after "от" or a
 * word of pay, when a letter stands before the number). A character's classes are answered by
 * the patterns' own flags (case folding included), once per character code, and remembered.
 */
const IN_RUN = 1; // [\d\s.,]
const SPACE = 2; // \s
const AMOUNT_NEXT = 4; // a unit of AMOUNT_RE, or the first letter of "каждому", "сразу", "на руки"
const SHORT_NEXT = 8; // a unit of SHORT_INCOME_RE, or "в", "за", "/"
const INCOME_NEXT = 16; // a unit of INCOME_RE, "в", "за", "/", "per", or "%"
const LETTER = 32; // [а-яё] as AMOUNT_RE reads it (the last letter of "от", "до", "по" or of a word of pay)
const KNOWN = 128;
const CHAR_CLASSES: readonly [number, RegExp][] = [
  [IN_RUN, /^[\d\s.,]$/u],
  [SPACE, /^\s$/u],
  [AMOUNT_NEXT, /^(?:k|к|т|р|₽|\$|u|д|б|е|€|с|н)$/iu],
  [SHORT_NEXT, /^(?:k|к|т|р|₽|\$|в|з|\/)$/iu],
  [INCOME_NEXT, /^(?:k|к|т|м|р|₽|\$|u|д|б|е|€|г|в|з|\/|p|%)$/iu],
  [LETTER, /^[а-яё]$/iu],
];
const CHAR_CLASS = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = CHAR_CLASS[c]!;
  if (k === 0) {
    k = KNOWN;
    // Half of a character the patterns read whole: it may be anything but a space or a digit.
    if (c >= 0xd800 && c <= 0xdfff) k |= AMOUNT_NEXT | SHORT_NEXT | INCOME_NEXT | LETTER;
    else {
      const ch = String.fromCharCode(c);
      for (const [bit, re] of CHAR_CLASSES) if (re.test(ch)) k |= bit;
    }
    CHAR_CLASS[c] = k;
  }
  return k;
}

/** Phones, sums and pay claims: every pattern starts at a number, so only numbers are visited. */
function numberSignals(text: string, out: SpamSignal[]): void {
  let periods = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const prev = text.charCodeAt(i - 1);
    if (prev >= 48 && prev <= 57) continue; // inside a number
    const from = prev === 43 ? i - 1 : i; // "+7 …"
    let skip = i;
    // A phone starts with "+7", "8" or "7".
    const phone = c === 55 || c === 56 ? stickyAt(PHONE_Y, text, from) : null;
    if (phone) {
      // A mobile number supports other evidence; a landline (a hotline, a reception) is no sign.
      if (phone[1]!.startsWith('9')) {
        const end = from + phone[0].length;
        if (phoneSignsOff(text, from, end)) {
          out.push({ rule: 'spam/phone', weight: 2, start: from, end, reason: `Текст заканчивается номером мобильного телефона: «${phone[0]}».` });
        } else {
          out.push({ rule: 'spam/phone', weight: 1, supporting: true, start: from, end, reason: `Номер мобильного телефона: «${phone[0]}».` });
        }
      }
      skip = from + phone[0].length - 1;
    } else {
      // The run of digits, spaces, dots and commas after the first digit, and what follows it.
      let e = i + 1;
      let lastDigit = i;
      for (; e < n; e++) {
        const d = text.charCodeAt(e);
        if (d >= 48 && d <= 57) lastDigit = e;
        else if (d === 32 || d === 46 || d === 44 || (d >= 9 && d <= 13)) continue;
        else if (d < 128 || (classOf(d) & IN_RUN) === 0) break;
      }
      const next = e < n ? classOf(text.charCodeAt(e)) : 0;
      // A bare sum after "от", "до", "по" or a word of pay ("с оплатой 9500"): four characters
      // or more, with a letter right before it or one space before.
      let bare = false;
      if (lastDigit >= i + 3 && i > 0) {
        const b = classOf(prev);
        bare = (b & LETTER) !== 0 || ((b & SPACE) !== 0 && i > 1 && (classOf(text.charCodeAt(i - 2)) & LETTER) !== 0);
      }
      const amount = (next & AMOUNT_NEXT) !== 0 || bare ? stickyAt(AMOUNT_Y, text, i) : null;
      if (amount) {
        out.push({ rule: 'spam/money-amount', weight: 1, supporting: true, start: i, end: i + amount[0].length, reason: `Сумма денег: «${amount[0].trim()}».` });
      }
      if ((next & (SHORT_NEXT | INCOME_NEXT)) !== 0 && periods < 0) periods = PERIOD_GATE.test(text) ? 1 : 0;
      const short = periods > 0 && (next & SHORT_NEXT) !== 0 ? stickyAt(SHORT_INCOME_Y, text, i) : null;
      if (short) {
        out.push({ rule: 'spam/short-pay', weight: 1, supporting: true, start: i, end: i + short[0].length, reason: `Оплата за день, смену или часы: «${short[0].trim()}».` });
      }
      const income = short ?? (periods > 0 && (next & INCOME_NEXT) !== 0 ? stickyAt(INCOME_Y, text, i) : null);
      if (income) {
        out.push({ rule: 'spam/income-claim', weight: 1, supporting: true, start: i, end: i + income[0].length, reason: `Обещание дохода: «${income[0].trim()}».` });
      }
      // The numbers inside a sum or a claim ("180 000 р/мес", "5000 за 2 часа") are part of it.
      const longest = Math.max(amount ? amount[0].length : 0, income ? income[0].length : 0);
      if (longest > 0) skip = i + longest - 1;
    }
    while (skip + 1 < n && text.charCodeAt(skip + 1) >= 48 && text.charCodeAt(skip + 1) <= 57) skip++;
    i = skip;
  }
}

// The phrase patterns again, sticky, and where each can start (see firsts.ts).
const PHRASE_STICKY = spamPhraseRules.map((r) => sticky(r.pattern));
const START_DEPTH = 6;
/**
 * Reading the patterns into the trie takes a few milliseconds, more than searching a few hundred
 * comments: it is built once that many comments have needed the phrases (a page of comments never
 * waits for it), and until then each pattern is searched for over the skeleton as a whole.
 */
const START_AFTER = 300;
let startTable: StartTrie | null = null;
let phraseTexts = 0;
/**
 * A pattern that never looks behind its start (no lookbehind, `^` or `\b`) matches the same in
 * the skeleton from its first candidate word on as in the whole skeleton: only that part is built.
 */
const TAIL_ONLY = spamPhraseRules.every((r) => !/\(\?<|\^|\\[bB]/.test(r.pattern.source));
const PROMISE = spamPhraseRules.map((r) => r.id === 'spam/promise');

/** Builds the phrases' start table now (see {@link START_AFTER}): for a reader that will see many comments. */
export function buildSpamTables(): void {
  startTable ??= buildStartTable();
}

function buildStartTable(): StartTrie {
  return startTrie(
    spamPhraseRules.map((r) => r.pattern),
    START_DEPTH,
  );
}
let phrasePos = new Int32Array(256);
let phraseMask = new Uint32Array(256);

/**
 * Phrase rules on the skeleton; returns whether a `spam/promise` matched. Every match starts at
 * a space, so each pattern is tried (sticky) only at the spaces whose next characters can begin
 * it, in order, from the end of its previous match on: the same matches as a global search over the whole skeleton, without trying every
 * alternative of every pattern at every word.
 */
function phraseSignals(nz: Normalised, phrases: number, out: SpamSignal[]): boolean {
  if (startTable === null && ++phraseTexts <= START_AFTER) return searchPhrases(nz, phrases, out);
  const START = (startTable ??= buildStartTable());
  const codes = nz.codes;
  const len = nz.length;
  if (phrasePos.length < nz.tokenCount) {
    phrasePos = new Int32Array(nz.tokenCount * 2);
    phraseMask = new Uint32Array(nz.tokenCount * 2);
  }
  const pos = phrasePos;
  const masks = phraseMask;
  let n = 0;
  // The skeleton is ' ' + words joined by ' ' + ' ': the space before each word is every space a
  // match can start at (the last one has nothing after it).
  const starts = nz.tokSkelStart;
  for (let t = 0; t < nz.tokenCount; t++) {
    // Walk the trie along the word's first characters (and on into the next words).
    const m = startBits(START, codes, len, starts[t]!, START_DEPTH) & phrases;
    if (m === 0) continue;
    pos[n] = t;
    masks[n] = m;
    n++;
  }
  if (n === 0) return false;
  // The skeleton from the space before the first candidate on (all of it when a pattern looks behind).
  const base = TAIL_ONLY ? starts[pos[0]!]! - 1 : 0;
  const skeleton = base === 0 ? nz.skeleton : bufferToString(codes, len, base);
  let promise = false;
  const rules = PHRASE_RULES;
  for (let k = 0; k < rules.length; k++) {
    const bit = 1 << k;
    if ((phrases & bit) === 0) continue;
    const re = PHRASE_STICKY[k]!;
    let next = 0;
    for (let j = 0; j < n; j++) {
      const t = pos[j]!;
      const at = starts[t]! - 1;
      if ((masks[j]! & bit) === 0 || at < next) continue;
      re.lastIndex = at - base;
      const m = re.exec(skeleton);
      if (m === null) continue;
      next = at + m[0].length;
      if (PROMISE[k]) promise = true;
      // Every match ends before a space, that is at the end of a word.
      let last = t;
      while (nz.tokSkelEnd[last]! < next) last++;
      const rule = rules[k]!;
      out.push({ rule: rule.id, weight: rule.weight, keyword: rule.weight < 2, start: wordStart(nz, t), end: wordEnd(nz, last), reason: rule.reason });
    }
  }
  return promise;
}

/** The phrase patterns searched for over the whole skeleton: the same matches, no tables needed. */
function searchPhrases(nz: Normalised, phrases: number, out: SpamSignal[]): boolean {
  let promise = false;
  for (let k = 0; k < PHRASE_RULES.length; k++) {
    if ((phrases & (1 << k)) === 0) continue;
    const rule = PHRASE_RULES[k]!;
    for (const m of execAll(rule.pattern, nz.skeleton)) {
      const from = m.index + 1;
      const to = m.index + m[0].length - 1;
      if (PROMISE[k]) promise = true;
      out.push({ rule: rule.id, weight: rule.weight, keyword: rule.weight < 2, start: nz.charStart[from]!, end: nz.charEnd[to]!, reason: rule.reason });
    }
  }
  return promise;
}

const isPlainLetter = (c: number): boolean => c >= 0x410 && c <= 0x44f;

/**
 * Where the first letter of word t starts in the source. A word read on the quick path (only
 * Cyrillic letters) whose source begins with a plain letter starts there: its per-character
 * offsets, which the normaliser writes only on request for all such words at once, are not needed.
 */
function wordStart(nz: Normalised, t: number): number {
  const from = nz.tokSrcStart[t]!;
  if (nz.tokFlags[t] === CYRILLIC_WORD && isPlainLetter(nz.source.charCodeAt(from))) return from;
  return nz.charStart[nz.tokSkelStart[t]!]!;
}

/** Where the last letter of word t ends in the source (see {@link wordStart}). */
function wordEnd(nz: Normalised, t: number): number {
  const to = nz.tokSrcEnd[t]!;
  if (nz.tokFlags[t] === CYRILLIC_WORD && isPlainLetter(nz.source.charCodeAt(to - 1))) return to;
  return nz.charEnd[nz.tokSkelEnd[t]! - 1]!;
}

/** All matches of a global pattern, without String.prototype.matchAll's per-call RegExp clone. */
function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function inList(host: string, list: readonly string[]): boolean {
  for (const d of list) if (host === d || (host.endsWith(d) && host.charCodeAt(host.length - d.length - 1) === 46)) return true;
  return false;
}

function linkSignal(host: string, start: number, end: number, term: string, options: CompiledOptions): SpamSignal | null {
  if (options.isAllowedDomain(host)) return null;
  if (inList(host, MESSENGERS)) return { rule: 'spam/messenger', weight: 3, start, end, reason: `Ссылка на мессенджер: «${term}».` };
  if (inList(host, SHORTENERS)) return { rule: 'spam/shortener', weight: 3, start, end, reason: `Сокращённая ссылка: «${term}».` };
  if (inList(host, SOCIAL)) return { rule: 'spam/link-social', weight: 1, start, end, reason: `Ссылка на соцсеть: «${term}».` };
  return { rule: 'spam/link', weight: 2, start, end, reason: `Ссылка на сторонний сайт: «${term}».` };
}

/**
 * Finds every spam signal of one comment and appends it to `out`. `phrases` has bit k set when
 * the automaton saw an anchor of phrase rule k (the other phrase patterns are skipped). Returns
 * the score of `out` when it has computed it after the last signal was added (the policy then need
 * not compute it again), or null.
 */
export function findSpamSignals(nz: Normalised, options: CompiledOptions, out: SpamSignal[], phrases = -1, final = false): SpamScore | null {
  const text = nz.source;
  const g = nz.info;
  if (g.linkish || (g.latinWord && /точка|dot/i.test(text))) {
    const covered: [number, number][] = [];
    for (const m of execAll(URL_RE, text)) {
      const start = m.index;
      const end = start + m[0].replace(/[.,:;!)]+$/, '').length;
      if (text.charCodeAt(start - 1) === 64) continue; // e-mail domain
      covered.push([start, end]);
      const sig = linkSignal(hostOf(m[0]), start, end, text.slice(start, end), options);
      if (sig) out.push(sig);
    }
    for (const m of SPACED_GATE.test(text) ? execAll(SPACED_URL_RE, text) : []) {
      const start = m.index;
      const end = start + m[0].length;
      let overlaps = false;
      for (const [s, e] of covered) if (start < e && end > s) overlaps = true;
      if (overlaps) continue;
      // "слово . Ru" in prose is rare; require a path, a shortener/messenger host, or "точка".
      const host = hostOf(m[0]);
      if (!/\/|точка|dot|\(\.\)|\[\.\]/i.test(m[0]) && !inList(host, SHORTENERS) && !inList(host, MESSENGERS)) continue;
      const sig = linkSignal(host, start, end, m[0], options);
      if (sig) out.push(sig);
    }
  }
  if (g.at) {
    for (const m of execAll(EMAIL_RE, text)) {
      out.push({ rule: 'spam/email', weight: 1, supporting: true, start: m.index, end: m.index + m[0].length, reason: `Адрес почты: «${m[0]}».` });
    }
    for (const m of execAll(HANDLE_RE, text)) {
      const end = m.index + m[0].length;
      if (handleSignsOff(text, m.index, end, m[0])) {
        out.push({ rule: 'spam/handle', weight: 2, start: m.index, end, reason: `Текст заканчивается ником для связи: «${m[0]}».` });
      } else {
        out.push({ rule: 'spam/handle', weight: 1, start: m.index, end, reason: `Ник в мессенджере: «${m[0]}».` });
      }
    }
  }
  // A hotline counts as an official addressee: a call to it is a citizen's (see policy.ts).
  if (g.digits) {
    const hotline = HOTLINE_RE.exec(text);
    if (hotline) out.push({ rule: 'spam/addressee', weight: 0, keyword: true, start: hotline.index, end: hotline.index + hotline[0].length, reason: 'Номер горячей линии.' });
  }
  // Sums, phones and pay claims only support other evidence (see below): with `final`, they are
  // looked for last, and only when something they could support was found.
  const numbersAt = out.length;
  if (g.digits && !final) numberSignals(text, out);
  // Phrases on the normalised text.
  const promise = phrases !== 0 && phraseSignals(nz, phrases, out);
  // English spam vocabulary.
  if (g.latinWord) {
    const seen = new Set<string>();
    let first: RegExpExecArray | null = null;
    for (const m of execAll(ENGLISH_RE, text)) {
      seen.add(m[0].toLowerCase());
      first ??= m;
    }
    const weight = first ? englishWeight(seen, text) : 0;
    if (first && weight > 0) {
      out.push({
        rule: 'spam/english',
        weight,
        start: first.index!,
        end: first.index! + first[0].length,
        reason: `Английская лексика спама: ${[...seen].join(', ')}.`,
      });
    }
  }
  // Letters of other scripts inside Cyrillic words: never a typing slip.
  if (g.exotic) {
    let exotic = 0;
    let firstExotic = -1;
    for (let i = 1; i < text.length; i++) {
      const a = text.charCodeAt(i - 1);
      const b = text.charCodeAt(i);
      if ((isCyrillic(a) && isExoticLetter(b)) || (isExoticLetter(a) && isCyrillic(b))) {
        exotic++;
        if (firstExotic < 0) firstExotic = i - 1;
      }
    }
    if (exotic >= 2) {
      out.push({
        rule: 'spam/exotic-letters',
        weight: 2,
        start: firstExotic,
        end: firstExotic + 2,
        reason: `Буквы других алфавитов внутри русских слов (${exotic}).`,
      });
    }
  }
  // Look-alike Latin letters planted inside Cyrillic words.
  let homoglyphs = 0;
  let firstH = -1;
  for (let t = 0; g.homoglyphs > 0 && t < nz.tokenCount; t++) {
    if (nz.tokFlags[t]! & HOMOGLYPH) {
      homoglyphs++;
      if (firstH < 0) firstH = t;
    }
  }
  if (homoglyphs > 0) {
    const start = nz.tokSrcStart[firstH]!;
    const end = nz.tokSrcEnd[firstH]!;
    out.push({
      rule: 'spam/homoglyph',
      weight: homoglyphs >= 2 ? 2 : 1,
      supporting: homoglyphs < 2,
      start,
      end,
      reason: `Латинские буквы внутри русских слов (${homoglyphs}), например «${text.slice(start, end)}».`,
    });
  }
  layoutSignals(nz, g, out);
  if (g.digits && nz.tokenCount >= 2) taskPay(nz, out);
  const numbers = g.digits && final && (supportable(out) || endsWithDigit(text));
  if (numbers) addNumbers(text, out, numbersAt);
  // One phrase is one signal: a money word inside a promise ("стабильный доход") is not counted again.
  if (promise) dropMoneyInsidePromise(out);
  // The model reads what the rules did not call spam (see learned.ts); the sums it may then show
  // are looked for as for any other evidence.
  const scored = spamScore(out);
  if (scored.score >= SPAM_DELETE || !learnedSignal(nz, out)) return scored;
  if (g.digits && final && !numbers) addNumbers(text, out, numbersAt);
  return null;
}

function addNumbers(text: string, out: SpamSignal[], at: number): void {
  const numbers: SpamSignal[] = [];
  numberSignals(text, numbers);
  if (numbers.length) out.splice(at, 0, ...numbers);
}

/**
 * A short job ad that opens with the task and ends with the pay ("Вырыть яму под бассейн -
 * 15.000", "Убрать комнату, 5000 руб", "Пару дней - 5000 на руки"): a citizen who quotes a sum
 * says who gets it or asks about it ("медсёстрам платят 1500 за смену", "пенсия - 15.000?").
 */
function taskPay(nz: Normalised, out: SpamSignal[]): void {
  const text = nz.source;
  if (/пла(?:чу|тим)/iu.test(text) && HELP_ASKED.test(text)) {
    const p = PAY_FOR_HELP_RE.exec(text);
    if (p !== null) {
      const end = endOfAd(text, p.index, p.index + p[0].length);
      out.push({ rule: 'spam/task-pay', weight: 2, start: p.index, end, reason: `Просьба о помощи за плату: «${text.slice(p.index, end)}».` });
      return;
    }
  }
  if (nz.tokenCount > 12 || text.charCodeAt(text.length - 1) === 63) return;
  // The first word first: most short texts with a number open with no task.
  const first = wordOf(nz, 0);
  const task = TASK_OPENER.test(first);
  if (NOT_TASK.test(first) || !(task || EACH_OPENER.test(first))) return;
  const m = TASK_SUM_RE.exec(text);
  if (m === null || (!task && !/руки|каждому|человека/iu.test(m[0])) || NOT_AD.test(text)) return;
  const start = m.index + m[0].search(/\S/);
  const end = endOfAd(text, start, text.length);
  out.push({ rule: 'spam/task-pay', weight: 2, start: 0, end, reason: `Короткое объявление: задача и оплата «${text.slice(start, end).replace(/^[-–—:,.\s]+/, '')}».` });
}

/** Nothing but spaces, punctuation, symbols and other handles. */
const TRAILER = /^(?:[\s\p{P}\p{S}\p{Extended_Pictographic}\uFE0F\u200D]|@[a-z][a-z0-9_]{3,31}\b)*$/iu;
/** What comes before a handle that names someone rather than signs an ad off: a question, "и", "кроме", "у". */
const NAMES_SOMEONE = /(?:\?|(?:^|[\s,(])(?:и|или|кроме|у|с|со|к|от|для|про|чем|как|спроси|спросите|спросить|спасибо)\s*)$/iu;
/** A handle of an official account ("@adm_rayon", "@gosuslugi", "@minzdrav_region"). */
const OFFICIAL_HANDLE = /^@(?:mo|mer)_|gov|adm|mfc|minzdrav|gosuslug|region|oblast|kra[iy]|ra[iy]on|uprav|official|press|mvd|mchs|prokur|duma|glava|guber/i;

/**
 * Whether the handle at `start`–`end` signs the text off: an ad ends with where to write ("Узнать
 * больше: @name", "Работаем по всему СНГ @name"), while a citizen names someone at the start of a
 * reply ("@name, а где это?") or in passing ("спросите у @name", "…уже? @name"). A text that is the
 * handle alone, or opens with one, is a reply.
 */
function handleSignsOff(text: string, start: number, end: number, handle: string): boolean {
  if (!TRAILER.test(text.slice(end))) return false;
  const before = text.slice(0, start);
  if (!/[\p{L}\d]/u.test(before) || /^\s*@/.test(text)) return false;
  // Only the last words before the handle matter: a search anchored at the end of a long text
  // would try every position.
  return !NAMES_SOMEONE.test(before.slice(-32).trimEnd()) && !OFFICIAL_HANDLE.test(handle);
}

/**
 * Words of a citizen writing about themselves, asking, or about something lost or found ("прошу
 * перезвонить", "потерялась собака", "отдам котят в добрые руки"): a number after them is theirs,
 * not an ad's.
 */
const PERSONAL = /(?:^|[^а-яё])(?:я|мне|меня|мой|моя|мою|моего|моей|прошу|просим|помогите|потерял\S*|потерян\S*|нашли|нашел|нашла|найден\S*|пропал\S*|пожалуйста|почему|когда|отзовитесь|перезвоните|ответьте|добрые руки)(?=[^а-яё]|$)/iu;

/**
 * A mobile number that ends a text with something written before it, in words that are not a
 * citizen's own ("Вывоз мусора, грузчики. 8-912-…", "Автоподбор, выезд по области. Тел. +7 9…"):
 * an ad signs off with its number, as it does with a handle. A citizen leaving a number asks or
 * writes about themselves ("прошу перезвонить", "мой номер …", "потерялась собака, …").
 */
function phoneSignsOff(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  if (!TRAILER.test(after) && !NAME_TRAILER.test(after)) return false;
  const before = text.slice(0, start);
  return /\p{L}{3}/u.test(before) && !PERSONAL.test(before.toLowerCase().replaceAll('ё', 'е'));
}

/** A first name after the number, and nothing else: "тел 89172345612 Руслан". */
const NAME_TRAILER = /^[\s,.:;—–-]*[А-ЯЁ][а-яё]{2,14}[\s\p{P}\p{S}\p{Extended_Pictographic}\uFE0F\u200D]*$/u;

/** Where an ad that ends at `to` ends without its closing spaces, dots, "!" and ")". */
function endOfAd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /[\s.!)]/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Whether a number may sign the text off, as {@link phoneSignsOff} reads it: the last letter or digit
 * is a digit, or a first name follows the last digit ("… 89121234567 Сергей").
 */
function endsWithDigit(text: string): boolean {
  let named = false;
  // Past closing spaces, signs and emoji, and one name (a few characters at most).
  for (let i = text.length - 1; i >= 0 && i >= text.length - 32; i--) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if ((c | 32) >= 97 && (c | 32) <= 122) return false;
    if (c >= 0x400 && c <= 0x4ff) {
      // A name: lowercase letters after a capital, once.
      if (named) return false;
      while (i > 0 && ((text.charCodeAt(i) >= 0x430 && text.charCodeAt(i) <= 0x44f) || text.charCodeAt(i) === 0x451)) i--;
      const first = text.charCodeAt(i);
      if (!((first >= 0x410 && first <= 0x42f) || first === 0x401)) return false;
      named = true;
    }
  }
  return false;
}

/**
 * Whether sums, phones or pay claims could change the verdict: the policy counts a supporting
 * signal only beside a primary one or beside an evasion signal (planted letters, shouting,
 * emoji, repetition). With neither, a text's score stays below one point whatever its numbers.
 */
function supportable(out: readonly SpamSignal[]): boolean {
  for (const s of out) if (!s.supporting || EVASION.has(s.rule)) return true;
  return false;
}

function dropMoneyInsidePromise(out: SpamSignal[]): void {
  let promises = 0;
  for (const s of out) if (s.rule === 'spam/promise') promises++;
  if (promises === 0) return;
  let w = 0;
  for (const s of out) {
    let inside = false;
    if (s.rule === 'spam/money-word') for (const p of out) if (p.rule === 'spam/promise' && p.start <= s.start && s.end <= p.end) inside = true;
    if (!inside) out[w++] = s;
  }
  out.length = w;
}

// A small reusable hash table for counting distinct words.
const SEEN = new Int32Array(4096);
const STAMP = new Int32Array(4096);
let stamp = 0;

/** Shouting, emoji floods and one phrase repeated over and over. */
function layoutSignals(nz: Normalised, g: TextInfo, out: SpamSignal[]): void {
  const text = nz.source;
  if (g.letters >= 20 && g.upper / g.letters >= 0.7) {
    out.push({ rule: 'spam/shouting', weight: 1, supporting: true, start: 0, end: text.length, reason: 'Текст почти целиком заглавными буквами.' });
  }
  if (g.emoji >= 8 || (g.emoji >= 4 && g.emoji / Math.max(1, g.visible) >= 0.3)) {
    out.push({ rule: 'spam/emoji-flood', weight: 1, supporting: true, start: 0, end: text.length, reason: `Поток эмодзи (${g.emoji}).` });
  }
  const count = nz.tokenCount;
  if (count < 8 || count > 2000) return;
  // Distinct words, approximately: a word's signature is its length and three of its letters
  // (no pass over every letter, no strings). Different words rarely share one, and when they do
  // the count errs low only slightly; repetition spam has a few distinct words in many.
  stamp++;
  let distinct = 0;
  // Past this many distinct words the text is no repetition: most texts stop a third of the way.
  const enough = Math.ceil(count * 0.3) + 1;
  const sk = nz.codes;
  for (let t = 0; t < count && distinct <= enough; t++) {
    const a = nz.tokSkelStart[t]!;
    const b = nz.tokSkelEnd[t]!;
    const h = Math.imul((b - a) * 31 + sk[a]!, 0x01000193) ^ Math.imul(sk[(a + b) >> 1]!, 0x9e3779b1) ^ (sk[b - 1]! << 11);
    let slot = (h >>> 0) & 4095;
    for (;;) {
      if (STAMP[slot] !== stamp) {
        STAMP[slot] = stamp;
        SEEN[slot] = h;
        distinct++;
        break;
      }
      if (SEEN[slot] === h) break;
      slot = (slot + 1) & 4095;
    }
  }
  const ratio = distinct / count;
  if (ratio <= 0.3) {
    const strong = count >= 10 && ratio <= 0.25;
    out.push({
      rule: 'spam/repeated',
      weight: strong ? 2 : 1,
      supporting: !strong,
      start: 0,
      end: text.length,
      reason: 'Одни и те же слова повторяются много раз.',
    });
  }
}
