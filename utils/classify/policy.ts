import type { SpamSignal } from './spam';
import type { Action, Category, Match, Verdict } from './types';

/**
 * The action policy.
 *
 * | evidence                                                        | categories | action               |
 * |-----------------------------------------------------------------|------------|----------------------|
 * | any obscene word or insult (incl. moderator words)              | that one   | delete_and_blacklist |
 * | spam score ≥ 4 (e.g. a link + "пиши в лс", income claim + call)  | spam       | delete_and_blacklist |
 * | spam score 2–3 (one strong signal: a foreign link, a shortener,   | spam       | delete               |
 * |   a handle or a mobile number that signs an ad off)               |            |                      |
 * | the learned reading alone (no other signal that weighs anything) | spam       | review               |
 * | spam score 1 (a social-network link, a lone @handle, 2 keywords) | —          | review               |
 * | nothing                                                         | —          | none                 |
 *
 * The spam score adds, per rule, the largest weight that rule found, doubled when a keyword rule
 * found two places or more (five money words are two signals, not five); supporting signals (a mobile number, shouting, an emoji flood, one
 * look-alike letter) count only when a primary signal is present. Keywords of everyday speech
 * ("кредит", "звоните", "бесплатно") need company: one alone is nothing, two of one kind ask for
 * review, two of different kinds of offer (hiring, money, a sale, a call, an adult word) or three
 * make spam; any other primary signal (a link, a phrase, planted Latin letters) counts in full.
 * Some pairs of keywords are an ad and count in full (an offer or a hook with a call, hiring with a
 * promise, a job title with pay by the shift, private messages with a sum: see spamScore); a bare
 * call beside an official addressee ("пишите в прокуратуру") is no call in them.
 */
export const SPAM_DELETE = 2;
export const SPAM_BLACKLIST = 4;

export interface RuleMatch extends Match {
  reason: string;
}

/** Supporting signals of evasion or layout, which count even beside keywords alone. */
export const EVASION: ReadonlySet<string> = new Set(['spam/homoglyph', 'spam/shouting', 'spam/emoji-flood', 'spam/repeated']);

// Rules whose presence the policy asks about, as bits.
const JOB = 1;
const JOB_FORMULA = 2;
const EARNINGS = 4;
const MONEY_AMOUNT = 8;
const INCOME_CLAIM = 16;
const PAY_OFFER = 32;
const SHORT_PAY = 64;
const CONTACT_WORD = 128;
const CONTACT_CALL = 256;
const PROMISE = 512;
const PHONE = 1024;
const JOB_TITLE = 2048;
const HOOK = 4096;
const SALE = 8192;
const PRIVATE = 16384;
const ADDRESSEE = 32768;
const EMPLOYER = 65536;
const SERVICE = 131072;
const OFFER = 262144;

function ruleBit(rule: string): number {
  switch (rule) {
    case 'spam/job':
      return JOB;
    case 'spam/job-formula':
      return JOB_FORMULA;
    case 'spam/earnings':
      return EARNINGS;
    case 'spam/money-amount':
      return MONEY_AMOUNT;
    case 'spam/income-claim':
      return INCOME_CLAIM;
    case 'spam/pay-offer':
      return PAY_OFFER;
    case 'spam/short-pay':
      return SHORT_PAY;
    case 'spam/contact-word':
      return CONTACT_WORD;
    case 'spam/contact-call':
      return CONTACT_CALL;
    case 'spam/promise':
      return PROMISE;
    case 'spam/phone':
      return PHONE;
    case 'spam/job-title':
      return JOB_TITLE;
    case 'spam/hook':
      return HOOK;
    case 'spam/sale':
      return SALE;
    case 'spam/private':
      return PRIVATE;
    case 'spam/addressee':
      return ADDRESSEE;
    case 'spam/employer':
      return EMPLOYER;
    case 'spam/service':
      return SERVICE;
    case 'spam/offer':
      return OFFER;
    default:
      return 0;
  }
}

/** Kinds of offer a keyword belongs to: two of different kinds make an ad (see spamScore). */
const HIRE = 1;
const MONEY = 2;
const COMMERCE = 4;
const CALL = 8;
const ADULT = 16;
const SERVICE_KIND = 32;

function kindOf(rule: string): number {
  switch (rule) {
    case 'spam/job':
    case 'spam/job-formula':
    case 'spam/job-title':
      return HIRE;
    case 'spam/earnings':
    case 'spam/finance':
    case 'spam/promise':
    case 'spam/giveaway':
    case 'spam/hook':
      return MONEY;
    case 'spam/commerce':
    case 'spam/sale':
      return COMMERCE;
    case 'spam/service':
      return SERVICE_KIND;
    case 'spam/contact-word':
    case 'spam/private':
      return CALL;
    case 'spam/adult-word':
      return ADULT;
    default:
      return 0;
  }
}

const NO_SIGNALS: readonly SpamSignal[] = [];

/** Whether `x` lies within a call to write ("пишите в лс"). */
function insideCall(signals: readonly SpamSignal[], x: SpamSignal): boolean {
  for (const y of signals) if (y.rule === 'spam/contact-call' && y.start <= x.start && x.end <= y.end) return true;
  return false;
}

/** Whether some signal of rule `a` overlaps no signal of rule `b`. */
function apart(signals: readonly SpamSignal[], a: string, b: string): boolean {
  for (const x of signals) {
    if (x.rule !== a) continue;
    let overlaps = false;
    for (const y of signals) {
      if (y.rule === b && y.start < x.end && x.start < y.end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) return true;
  }
  return false;
}

/** A text's spam score and the signals counted in it (those shown to the moderator). */
export interface SpamScore {
  score: number;
  counted: readonly SpamSignal[];
  /** The learned reading made the text spam with no rule's point beside it: spam, for review. */
  learnedAlone?: boolean;
}

/**
 * A text's spam score and the signals shown for it. The learned reading (`spam/learned`, added
 * only when the rules' score is below {@link SPAM_DELETE}) makes it exactly that: the model
 * deletes, and only the rules blacklist. With no other signal that weighs anything beside it (not
 * even a phone number or a sum, which alone count nothing) the model's word is a weak signal: the
 * text is spam, and the moderator is asked to review it, not told to delete it ("Срочно требуется донор крови…" reads to the model like a
 * job ad; a person sees at once that it is not).
 */
export function spamScore(signals: readonly SpamSignal[]): SpamScore {
  const rules = rulesScore(signals);
  if (rules.score >= SPAM_DELETE) return rules;
  for (let i = signals.length - 1; i >= 0; i--) {
    if (signals[i]!.rule === LEARNED) return { score: SPAM_DELETE, counted: signals, learnedAlone: !signals.some((s) => s.rule !== LEARNED && s.weight > 0) };
  }
  return rules;
}

const LEARNED = 'spam/learned';

/** Signals against spam, never shown: an official addressee, a public employer, a lost-and-found notice. */
export const COUNTER_RULES: ReadonlySet<string> = new Set(['spam/addressee', 'spam/employer', 'spam/lost']);

function rulesScore(signals: readonly SpamSignal[]): SpamScore {
  // Per rule: the largest weight (the first signal that has it), doubled at most when the rule
  // found two or more places ("ставки … казино"), so that one word repeated five times is not
  // five signals. A comment has a handful of signals: rules are grouped by comparing them, not
  // through a map.
  const n = signals.length;
  let primary = 0;
  let supporting = 0;
  let evasion = 0;
  let strong = false;
  let present = 0;
  let callWeight = 0;
  /** A trade offered in the first person counts only in its pair (see below). */
  let offerWeight = 0;
  let kinds = 0;
  // A public employer's job ad ("МБУ «Благоустройство» требуются дворники, зарплата от 35 000,
  // звоните"): its hiring words are an official page's news, not an ad's (see below).
  let employer = false;
  let addressee = false;
  // A lost-and-found notice ("Пропала собака… кто видел, напишите в личку"): its call to write is
  // a neighbour's, and is not counted.
  let lost = false;
  for (let i = 0; i < n; i++) {
    const rule = signals[i]!.rule;
    if (rule === 'spam/employer') employer = true;
    else if (rule === 'spam/addressee') addressee = true;
    else if (rule === 'spam/lost') lost = true;
  }
  for (let i = 0; i < n; i++) {
    const rule = signals[i]!.rule;
    if (rule === LEARNED || (employer && kindOf(rule) === HIRE)) continue;
    if (lost && (rule === 'spam/contact-call' || rule === 'spam/contact-word' || rule === 'spam/private')) continue;
    let seen = false;
    for (let j = 0; j < i; j++) {
      if (signals[j]!.rule === rule) {
        seen = true;
        break;
      }
    }
    if (seen) continue;
    let s = signals[i]!;
    let places = 1;
    for (let j = i + 1; j < n; j++) {
      const x = signals[j]!;
      if (x.rule !== rule) continue;
      places++;
      if (x.weight > s.weight) s = x;
    }
    present |= ruleBit(rule);
    // One call is one signal: the words of "пишите в лс" (a bare "пишите", "в лс") inside the call
    // are not counted again; apart from it ("Пишите! Подробности в лс") they are.
    if (rule === 'spam/contact-word' || rule === 'spam/private') {
      places = 0;
      for (let j = i; j < n; j++) if (signals[j]!.rule === rule && !insideCall(signals, signals[j]!)) places++;
      if (places === 0) continue;
    }
    // A list of trades ("маникюр, педикюр, наращивание") is one offer, not two.
    const w = places >= 2 && s.keyword && rule !== 'spam/service' && rule !== 'spam/offer' ? s.weight * 2 : s.weight;
    // A mobile number that signs a text off is an ad's (see spam.ts), unless the text names a
    // public employer or an official addressee: then it is their number, and only supports.
    if (rule === 'spam/phone' && !s.supporting && (employer || addressee)) {
      supporting += 1;
      continue;
    }
    if (s.supporting) {
      supporting += w;
      if (EVASION.has(rule)) evasion += w;
    } else {
      primary += w;
      kinds |= kindOf(rule);
      if (rule === 'spam/contact-word') callWeight = w;
      else if (rule === 'spam/offer') offerWeight = w;
      if (!s.keyword) strong = true;
    }
  }
  // Beside an official addressee a call to write is a citizen sending others to complain
  // ("пишите в прокуратуру"): it is not counted.
  if ((present & ADDRESSEE) !== 0) primary -= callWeight;
  // A public employer's job ad ("Требуются водители в МУП «Транспорт», зарплата от 60 000") is an
  // official page's news: its hiring words are not an ad's.
  if ((present & EMPLOYER) !== 0) present &= ~(JOB | JOB_FORMULA | JOB_TITLE);
  // An offer of work or money together with a sum ("нужны люди, 6400 в день") is not everyday speech.
  const offer = (present & (JOB | JOB_FORMULA | EARNINGS | PROMISE)) !== 0;
  const sum = (present & (MONEY_AMOUNT | INCOME_CLAIM)) !== 0;
  // A promise to pay or pay by the day, the shift or the hour, with a sum and a call to write
  // ("Выплаты от 8 000 руб за день, пиши"): not how a citizen quotes a salary ("зарплата 25 тысяч
  // в месяц, пишите в прокуратуру" stays clean). A bare "пишите" beside an official addressee is
  // a citizen sending others to complain ("медсёстрам платят 1500 за смену, пишите губернатору"),
  // not a call: only a call to private messages counts then.
  const paid = (present & (PAY_OFFER | SHORT_PAY)) !== 0;
  const call = (present & (CONTACT_CALL | PRIVATE)) !== 0 || ((present & CONTACT_WORD) !== 0 && (present & ADDRESSEE) === 0);
  if (sum && paid && call) strong = true;
  // "нужны 3 парня, плачу 6000 за пару часов": hiring by the hour or the shift (not "плачу 100
  // рублей в час за парковку": a hiring word or a call to write is needed too).
  const hire = (present & PAY_OFFER) !== 0 && (present & SHORT_PAY) !== 0 && (present & (JOB | JOB_FORMULA | CONTACT_WORD | CONTACT_CALL)) !== 0;
  if ((offer && sum) || hire) strong = true;
  // A hook with pay by a period ("Не пропустите шанс! 15000 за пару дней"); a hook with a price is
  // everyday ("мест мало, билеты по 300 рублей").
  if ((present & HOOK) !== 0 && (present & INCOME_CLAIM) !== 0) strong = true;
  // A hook and a call to write: "Хочешь зарабатывать? Пиши", "нужны люди, пишите в лс", "лёгкая
  // работа, напиши мне" — an offer of work or money with a call, not a citizen's "пишите в
  // прокуратуру" under a complaint about pay (pay and sums are no offer).
  if (call && (present & (EARNINGS | PROMISE | JOB_FORMULA | HOOK | SALE)) !== 0) strong = true;
  // Hiring with a promise ("Нужны люди на склад, оплата высокая", "требуются рабочие, жильё
  // предоставим").
  // The same words may be read by both ("лёгкие деньги", "выплаты каждый день"): a hiring formula
  // apart from the promise is needed.
  if ((present & JOB_FORMULA) !== 0 && (present & PROMISE) !== 0 && apart(signals, 'spam/job-formula', 'spam/promise')) strong = true;
  // Hiring with a promise to pay ("Возьму пару человек, заплачу каждому").
  if ((present & JOB_FORMULA) !== 0 && (present & PAY_OFFER) !== 0) strong = true;
  // A sum and private messages ("Разобрать книги — 4000, обсудим в личке", "от 2500 руб. ЛС"):
  // a citizen quoting a sum asks others to write somewhere public ("пишите в прокуратуру"). A call
  // and private messages apart ("Свяжитесь со мной в ЛС") are one call to write in private.
  if ((present & PRIVATE) !== 0 && (present & (MONEY_AMOUNT | INCOME_CLAIM | SHORT_PAY | CONTACT_WORD)) !== 0) strong = true;
  // Hiring or earnings with a mobile number ("Требуются грузчики без опыта, +7 9…"); a sale or a
  // trade with one ("Ремонт квартир, натяжные потолки, звоните +7 9…"): a private ad.
  if ((present & PHONE) !== 0 && (present & (EARNINGS | JOB_FORMULA | JOB_TITLE | SALE | SERVICE)) !== 0) strong = true;
  // A job title or an ad's task with pay by the day, the shift or the month ("Фасовщики от 7000 в
  // день", "Разгрузка фуры — 5000 за смену"); a sum alone beside a title is not enough ("курьер
  // привёз заказ, 300 рублей").
  if ((present & JOB_TITLE) !== 0 && (present & (SHORT_PAY | PROMISE | EARNINGS)) !== 0) strong = true;
  // A trade offered in the first person with a call to write or a mobile number ("Вывезу мусор,
  // недорого, в лс", "Выкуплю ваш автомобиль, пишите", "Оформлю ОСАГО, 8 9…"); beside an official
  // addressee it is a clinic's or an office's reply ("пишите в регистратуру, запишем").
  if ((present & OFFER) !== 0 && (call || (present & PHONE) !== 0) && (present & (ADDRESSEE | EMPLOYER)) === 0) strong = true;
  if ((present & JOB_TITLE) !== 0 && call && (present & (MONEY_AMOUNT | INCOME_CLAIM)) !== 0) strong = true;
  let score = primary > 0 ? primary + supporting : 0;
  if (!strong) {
    // Keywords alone are everyday speech, and sums or phone numbers beside them add one point at
    // most ("я плачу 100 рублей в час за парковку" is a review); planted Latin letters, shouting
    // or emoji count in full. One point is nothing, two only ask for review, three make spam.
    primary -= offerWeight;
    score = primary + evasion + Math.min(1, supporting - evasion);
    if (score === 1) return { score: 0, counted: NO_SIGNALS };
    // Two keywords of different kinds of offer are an ad ("Работаем с долгами и кредитами.
    // Пишите", "Ищем людей, готовых зарабатывать", "Халтура для всех… В ЛС"): spam. Two of one
    // kind ("ищу работу, кто знает вакансии"), a discount and a call ("занятия бесплатные, пишите
    // в сообщения сообщества": a club's notice), or either beside an official addressee or a
    // public employer only ask for review.
    if (score === 2 && !(primary === 2 && differentKinds(kinds) && (present & (ADDRESSEE | EMPLOYER)) === 0)) score = 1;
  }
  // Shown whenever they decide something: with no primary signal, look-alike letters or shouting
  // beside a phone number still ask for review, and the moderator sees why.
  return { score, counted: primary > 0 || score >= 1 ? signals : NO_SIGNALS };
}

/** Whether `kinds` holds two kinds or more, other than a discount with a call alone. */
function differentKinds(kinds: number): boolean {
  return (kinds & (kinds - 1)) !== 0 && kinds !== (COMMERCE | CALL);
}

const CATEGORY_BIT: Record<Category, number> = { obscene: 1, insult: 2, spam: 4 };

function categoriesOf(bits: number): Category[] {
  const out: Category[] = [];
  if (bits & 1) out.push('obscene');
  if (bits & 2) out.push('insult');
  if (bits & 4) out.push('spam');
  return out;
}

function nothing(ruleset: string): Verdict {
  return { categories: [], action: 'none', matches: [], reasons: [], ruleset };
}

/**
 * The verdict on a comment's evidence. `scored` is `spamScore(spam)` when the caller has it
 * already (see findSpamSignals).
 */
export function decide(text: string, words: readonly RuleMatch[], spam: readonly SpamSignal[], ruleset: string, scored?: SpamScore | null): Verdict {
  if (words.length === 0 && spam.length === 0) return nothing(ruleset);
  const { score, counted, learnedAlone } = scored ?? spamScore(spam);
  // Spam below one point with no word found decides nothing (most comments with a keyword).
  if (words.length === 0 && score < 1) return nothing(ruleset);
  let categories = 0;
  let action: Action = 'none';
  const all: RuleMatch[] = [];
  // Duplicates are found by a linear look over the few matches so far: a comment has a handful,
  // and string keys in a Set cost more than the comparisons.
  for (const m of words) {
    let dup = false;
    for (const x of all) {
      if (x.start === m.start && x.end === m.end && x.category === m.category) {
        dup = true;
        break;
      }
    }
    if (dup) continue;
    all.push(m);
    categories |= CATEGORY_BIT[m.category];
    action = 'delete_and_blacklist';
  }
  const wordCount = all.length;
  if (score >= SPAM_DELETE) categories |= CATEGORY_BIT.spam;
  if (score >= SPAM_BLACKLIST) action = 'delete_and_blacklist';
  else if (score >= SPAM_DELETE) {
    if (action !== 'delete_and_blacklist') action = learnedAlone ? 'review' : 'delete';
  } else if (score >= 1 && action === 'none') action = 'review';
  // Spam evidence is shown when it decides something: spam asserted, or the only finding.
  const showSpam = score >= SPAM_DELETE || (score >= 1 && wordCount === 0);
  if (showSpam) {
    for (const s of counted) {
      // A counter-signal (an official addressee) is no evidence to show.
      if (s.weight === 0) continue;
      let dup = false;
      for (let k = wordCount; k < all.length; k++) {
        const x = all[k]!;
        if (x.start === s.start && x.end === s.end && x.rule === s.rule) {
          dup = true;
          break;
        }
      }
      if (dup) continue;
      all.push({
        category: 'spam',
        start: s.start,
        end: s.end,
        term: text.slice(s.start, s.end),
        rule: s.rule,
        strength: s.weight >= 2 && !s.supporting ? 'strong' : 'weak',
        reason: s.reason,
      });
    }
  }
  // By position, ties in the order found. An insertion sort: a verdict has a few matches, and
  // Array.prototype.sort with a comparator costs more than the comparisons.
  if (all.length > 32) all.sort((a, b) => a.start - b.start || a.end - b.end);
  else {
    for (let i = 1; i < all.length; i++) {
      const m = all[i]!;
      let j = i - 1;
      while (j >= 0 && (all[j]!.start > m.start || (all[j]!.start === m.start && all[j]!.end > m.end))) {
        all[j + 1] = all[j]!;
        j--;
      }
      all[j + 1] = m;
    }
  }
  const matches: Match[] = [];
  const reasons: string[] = [];
  for (const m of all) {
    // Built field by field: an object rest pattern is several times slower here.
    matches.push({ category: m.category, start: m.start, end: m.end, term: m.term, rule: m.rule, strength: m.strength });
    reasons.push(m.reason);
  }
  return { categories: categoriesOf(categories), action, matches, reasons, ruleset };
}
