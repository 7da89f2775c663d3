import { FNV_OFFSET, fnvStep } from './fnv';
import { isAimed, isBoughGenitive, isDogSex, isHatBlock, isTaleHero, isTitle } from './aim';
import { build, expand, WORD_TRIGGER } from './automaton';
import { startBits, startTrie, sticky, type StartTrie } from './firsts';
import { Flag, isEnglish, scan, wordOf, type Normalised, type Scan } from './normalise';
import { decide, type RuleMatch, type SpamScore } from './policy';
import { insultPhraseRules, insultRules } from './rules/insult';
import { MASKED_FORMS, obsceneRules } from './rules/obscene';
import type { WordRule } from './rules/rule';
import { spamPhraseRules, spamWordRules } from './rules/spam';
import { buildLearnedTable } from './learned';
import { buildSpamTables, findSpamSignals, type SpamSignal } from './spam';
import type { ClassifyOptions, Verdict } from './types';
import { compileOptions, type CompiledOptions } from './wordlist';

/**
 * Bump on any change of rules, word lists or policy: moderation log entries record it, so a
 * decision can always be traced to the rules that made it.
 */
export const RULESET_VERSION = '2026.11.24-31';

// Imported bindings read in loops, copied once: a module loader may turn each read of an import
// into a call (an accessor on the module's exports object).
const LATIN = Flag.Latin;
const LATIN_OR_CYRILLIC = Flag.Latin | Flag.Cyrillic;
const MASKED_WORD = Flag.Masked;

/** Every built-in word rule, in report order. */
export const WORD_RULES: readonly WordRule[] = [...obsceneRules, ...insultRules, ...spamWordRules];

/** Spam phrase rule k sets bit `PHRASE_ANCHOR << k` (bit 0 is {@link WORD_TRIGGER}). */
const PHRASE_ANCHOR = 2;
const SPAM_PHRASES = (1 << spamPhraseRules.length) - 1;
/** Insult phrase rule k sets bit `INSULT_ANCHOR << k`, above the spam phrases. */
const INSULT_ANCHOR = PHRASE_ANCHOR << spamPhraseRules.length;
const AUTOMATON = build([
  ...WORD_RULES.flatMap((r) => expand(r.trigger).map((text) => ({ text, bits: WORD_TRIGGER }))),
  ...spamPhraseRules.flatMap((r, k) => expand(r.anchors).map((text) => ({ text, bits: PHRASE_ANCHOR << k }))),
  ...insultPhraseRules.flatMap((r, k) => expand(r.anchors).map((text) => ({ text, bits: INSULT_ANCHOR << k }))),
]);
const INSULT_PHRASES = ((1 << insultPhraseRules.length) - 1) * INSULT_ANCHOR;
if (1 + spamPhraseRules.length + insultPhraseRules.length > 31) throw new Error('the automaton has 31 bits for phrase rules');
/** The same triggers as one pattern, for the rare other readings of mixed words. */
const TRIGGER_ONE = new RegExp(WORD_RULES.map((r) => `(?:${r.trigger})`).join('|'));

// Other readings recur as often as the words they come from; the answer is cached per reading.
const triggerCache = new Map<string, boolean>();
function hasTrigger(text: string): boolean {
  let hit = triggerCache.get(text);
  if (hit === undefined) {
    hit = TRIGGER_ONE.test(` ${text} `);
    if (triggerCache.size > 20000) triggerCache.clear();
    triggerCache.set(text, hit);
  }
  return hit;
}

/** Full forms for masked words; a masked word that fits one gets that form's rules. */
const MASKED: string[] = Object.values(MASKED_FORMS).join(' ').split(' ');

// Results per word, shared by all calls: the rules are fixed, so a word's rules never change.
const wordCache = new Map<string, readonly WordRule[]>();
const NONE: readonly WordRule[] = [];

function rulesFor(word: string): readonly WordRule[] {
  const hit = wordCache.get(word);
  if (hit) return hit;
  let out: WordRule[] | null = null;
  for (const rule of WORD_RULES) {
    if (rule.word.test(word) && !(rule.except && rule.except.test(word))) (out ??= []).push(rule);
  }
  const result = out ?? NONE;
  if (wordCache.size > 20000) wordCache.clear();
  wordCache.set(word, result);
  return result;
}

/** Letters tried in place of a single hidden letter: masking nearly always hides a vowel. */
const FILLS = 'уиаеоыяюэй';

/**
 * A masked word with one hidden letter ("х*й", "п@здец", "з*лупа", "п*мандяхивать"): the word
 * each vowel would make, if a rule reads that word.
 */
function fillOne(nz: Normalised, t: number): { word: string; rules: readonly WordRule[] } | null {
  const from = nz.tokSkelStart[t]!;
  const to = nz.tokSkelEnd[t]!;
  let hole = -1;
  let letters = 0;
  for (let p = from; p < to; p++) {
    if (nz.skeleton[p] === '*' || nz.wild[p]) {
      if (hole >= 0) return null;
      hole = p;
    } else letters++;
  }
  if (hole < 0 || letters < 2) return null;
  const before = nz.skeleton.slice(from, hole);
  const after = nz.skeleton.slice(hole + 1, to);
  for (const f of FILLS) {
    const word = before + f + after;
    const rules = rulesFor(word).filter((r) => r.category !== 'spam');
    if (rules.length) return { word, rules };
  }
  return null;
}

/** A wildcard pattern for a masked word, tried against {@link MASKED}. */
function maskedPattern(nz: Normalised, t: number): RegExp | null {
  const from = nz.tokSkelStart[t]!;
  const to = nz.tokSkelEnd[t]!;
  let src = '^';
  let letters = 0;
  let stars = 0;
  for (let p = from; p < to; p++) {
    const ch = nz.skeleton[p]!;
    if (ch === '*') {
      let run = 1;
      while (p + 1 < to && nz.skeleton[p + 1] === '*') {
        run++;
        p++;
      }
      stars += run;
      src += `[а-я]{1,${run + 1}}`;
    } else if (nz.wild[p]) {
      src += '[а-я]{1,2}';
      stars++;
    } else {
      letters++;
      src += ch;
    }
  }
  // "**" or "*а*" says nothing; a masked word keeps at least two real letters.
  if (letters < 2 || stars === 0) return null;
  return new RegExp(`${src}$`);
}

/**
 * Stars only at a word's edges are emphasis (Markdown's "**Да**", "*Белый дом*", "**хуй**"), not
 * hidden letters: returns the word inside when the stars wrap it (as many on each side), or when
 * they stand on one side of four letters or more; otherwise null, a mask ("*уй", "бля**", "#иды").
 */
function emphasised(nz: Normalised, t: number): { word: string; wrapped: boolean } | null {
  const from = nz.tokSkelStart[t]!;
  const to = nz.tokSkelEnd[t]!;
  const codes = nz.codes;
  let lead = 0;
  while (from + lead < to && codes[from + lead] === STAR_CODE) lead++;
  let trail = 0;
  while (to - 1 - trail >= from + lead && codes[to - 1 - trail] === STAR_CODE) trail++;
  if (lead + trail === 0) return null;
  for (let p = from + lead; p < to - trail; p++) if (codes[p] === STAR_CODE || nz.wild[p]) return null;
  const letters = to - from - lead - trail;
  if (letters < 2) return null;
  const word = nz.skeleton.slice(from + lead, to - trail);
  if (lead > 0 && trail > 0) return lead === trail ? { word, wrapped: true } : null;
  // One side: a long word, or a short everyday one ("**Да, …" is not "пизда").
  if (letters >= 4) return { word, wrapped: false };
  return SHORT_WORDS.has(word) ? { word, wrapped: true } : null;
}
const STAR_CODE = 42;
const SHORT_WORDS = new Set(
  'да не ну но он она оно они мы вы ты и а в на по за то же ли бы так как что это все уже еще нет вот там тут где кто чем его ее их мне'.split(' '),
);

interface MaskedReading {
  filled: { word: string; rules: readonly WordRule[] } | null;
  pattern: RegExp | null;
  form: string | undefined;
}

/**
 * Masked words recur (spam repeats its "@" and "$" spellings), and reading one means trying ten
 * fillings and a pattern against every masked form: the reading is cached by the word and the
 * places of its masking symbols, which is all it depends on.
 */
const maskedCache = new Map<string, MaskedReading>();

function maskedReading(nz: Normalised, t: number, word: string): MaskedReading {
  let key = word;
  const from = nz.tokSkelStart[t]!;
  for (let p = from; p < nz.tokSkelEnd[t]!; p++) if (nz.wild[p]) key += `|${p - from}`;
  let hit = maskedCache.get(key);
  if (!hit) {
    const pattern = maskedPattern(nz, t);
    hit = { filled: fillOne(nz, t), pattern, form: pattern ? MASKED.find((f) => pattern.test(f)) : undefined };
    if (maskedCache.size > 5000) maskedCache.clear();
    maskedCache.set(key, hit);
  }
  return hit;
}

interface Ctx {
  nz: Scan;
  matches: RuleMatch[];
  options: CompiledOptions;
  spam: SpamSignal[];
}

function addWordMatch(ctx: Ctx, t: number, rule: WordRule, viaRule = rule.id): void {
  const { nz } = ctx;
  const start = nz.tokSrcStart[t]!;
  const end = nz.tokSrcEnd[t]!;
  const term = nz.source.slice(start, end);
  if (rule.category === 'spam') {
    ctx.spam.push({
      rule: viaRule,
      weight: rule.weight ?? 1,
      supporting: rule.supporting,
      keyword: (rule.weight ?? 1) < 2,
      start,
      end,
      reason: rule.reason.replace('{term}', term),
    });
    return;
  }
  const reason = rule.reason.replace('{term}', term);
  ctx.matches.push({ category: rule.category, start, end, term, rule: viaRule, strength: 'strong', reason });
  if (rule.alsoInsult) {
    ctx.matches.push({ category: 'insult', start, end, term, rule: viaRule, strength: 'strong', reason });
  }
}

/** Applies the rules found for a word; returns whether any counted. */
function applyRules(ctx: Ctx, t: number, rules: readonly WordRule[], viaSuffix = ''): boolean {
  let any = false;
  for (const rule of rules) {
    if (rule.aimed && !isAimed(ctx.nz, t)) continue;
    // A masked spelling ("с с*ка") is never about a bough, so only the plain word is spared.
    if (rule.id === 'obscene/suka' && viaSuffix === '' && (isBoughGenitive(ctx.nz, t) || isDogSex(ctx.nz, t))) continue;
    if (rule.id === 'insult/direct' && (isTaleHero(ctx.nz, t) || isHatBlock(ctx.nz, t))) continue;
    if (rule.category === 'insult' && isTitle(ctx.nz, t)) continue;
    // "центр занятости" is a public employer; "удалённой занятости" is an ad's wording.
    if (rule.id === 'spam/employer' && !isJobCentre(ctx.nz, t)) continue;
    addWordMatch(ctx, t, rule, rule.id + viaSuffix);
    any = true;
  }
  return any;
}

const JOB_CENTRE = new Set(['центр', 'центра', 'центре', 'центром', 'центру', 'служба', 'службы', 'службу', 'службе']);

/** Whether an employer word at `t` names one: an abbreviation (МУП, МБОУ), or занятости after центр / служба. */
function isJobCentre(nz: Normalised, t: number): boolean {
  return wordOf(nz, t) !== 'занятости' || (t > 0 && JOB_CENTRE.has(wordOf(nz, t - 1)));
}

function tokenAt(nz: Normalised, pos: number): number {
  // Binary search: the last token whose skeleton start is <= pos.
  let lo = 0;
  let hi = nz.tokenCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (nz.tokSkelStart[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Words already read, by hash: a cached word is looked up without building its string. */
const tokenCache = new Map<number, { word: string; rules: readonly WordRule[] }>();

function rulesForToken(nz: Normalised, t: number): { word: string; rules: readonly WordRule[] } {
  const from = nz.tokSkelStart[t]!;
  const to = nz.tokSkelEnd[t]!;
  let hash = FNV_OFFSET;
  for (let p = from; p < to; p++) hash = fnvStep(hash, nz.codes[p]!);
  const hit = tokenCache.get(hash);
  if (hit && hit.word.length === to - from) {
    let same = true;
    for (let k = 0; k < to - from; k++) {
      if (hit.word.charCodeAt(k) !== nz.codes[from + k]) {
        same = false;
        break;
      }
    }
    if (same) return hit;
  }
  const word = wordOf(nz, t);
  const entry = { word, rules: rulesFor(word) };
  if (tokenCache.size > 20000) tokenCache.clear();
  tokenCache.set(hash, entry);
  return entry;
}

/**
 * Reads every word the scan's automaton found a trigger in and returns a bit set of the spam
 * phrase rules whose anchors were seen (bit k = rule k).
 */
function scanWords(ctx: Ctx): number {
  const { nz, options } = ctx;
  const candidates = nz.candidates;
  for (let k = 0; k < nz.candidateCount; k++) {
    const t = candidates[k]!;
    const { word, rules } = rulesForToken(nz, t);
    if (rules.length === 0 || options.isException(word)) continue;
    const flags = nz.tokFlags[t]!;
    // English words whose transliteration reads as мат: ebay → ебай, other → отхер; the names of
    // Telegram bots (CryptoBot, t.me/…bot) are no "…бот" of abuse.
    if ((flags & LATIN) !== 0 && isForeign(nz, t, flags)) continue;
    if (isInitials(nz, t) || isNumbered(nz, t)) continue;
    applyRules(ctx, t, rules);
  }
  // Other readings of mixed-script and all-Latin words ("hуй", "xyesos").
  for (const alt of nz.alternates) {
    if (hasWordMatch(ctx, alt.token)) continue;
    if (BOT_NAME.test(nz.source.slice(nz.tokSrcStart[alt.token], nz.tokSrcEnd[alt.token])) || isNumbered(nz, alt.token)) continue;
    if (!hasTrigger(alt.text)) continue;
    if (options.isException(alt.text)) continue;
    applyRules(ctx, alt.token, rulesFor(alt.text).filter((r) => r.category !== 'spam'));
  }
  // Masked words ("х*й", "п@здец", "дол***бы") that no rule read as they are.
  for (let t = 0; t < nz.tokenCount; t++) {
    if ((nz.tokFlags[t]! & MASKED_WORD) === 0 || hasWordMatch(ctx, t)) continue;
    const w = wordOf(nz, t);
    if (options.isException(w)) continue;
    const inner = emphasised(nz, t);
    if (inner !== null) {
      // Stars around a word: the word itself is read ("**хуй**"); a word wrapped in them is no mask.
      if (!options.isException(inner.word) && applyRules(ctx, t, rulesFor(inner.word).filter((r) => r.category !== 'spam'))) continue;
      if (inner.wrapped) continue;
    }
    const reading = maskedReading(nz, t, w);
    const { pattern, form } = reading;
    // A star on one side of a long word hides no single letter there ("*Белый" is not "ебелый"),
    // but may hide a first or last one of a masked form ("*издец").
    const filled = inner === null ? reading.filled : null;
    if (filled && !options.isException(filled.word) && applyRules(ctx, t, filled.rules, '+masked')) continue;
    if (!pattern) continue;
    // A masked word reads as the form it fits, so an exception for that form silences it too.
    if (form && !options.isException(form) && applyRules(ctx, t, rulesFor(form), '+masked')) continue;
    for (const { form, category } of options.maskedWords) {
      if (!pattern.test(form) || options.isException(form)) continue;
      const start = nz.tokSrcStart[t]!;
      const end = nz.tokSrcEnd[t]!;
      const term = nz.source.slice(start, end);
      if (category === 'spam') {
        ctx.spam.push({ rule: 'moderator/spam+masked', weight: 2, start, end, reason: `Слово из списка модератора: «${term}».` });
      } else {
        ctx.matches.push({
          category,
          start,
          end,
          term,
          rule: `moderator/${category}+masked`,
          strength: 'strong',
          reason: `Замаскированное слово из списка модератора: «${term}».`,
        });
      }
      break;
    }
  }
  return (nz.found >> 1) & SPAM_PHRASES;
}

// The insult phrases, sticky, and where each can start (see firsts.ts): built at the first
// comment that needs them.
const INSULT_STICKY = insultPhraseRules.map((r) => sticky(r.pattern));
const INSULT_DEPTH = 4;
let insultStarts: StartTrie | null = null;

/**
 * Insult phrases ("закрой рот", "пошёл вон") whose anchors the automaton saw. Each pattern is
 * tried (sticky) only at the spaces before words that can begin it, from the end of its previous
 * match on: the matches a global search over the skeleton finds.
 */
function insultPhrases(ctx: Ctx): void {
  const { nz } = ctx;
  const found = nz.found;
  insultStarts ??= startTrie(
    insultPhraseRules.map((r) => r.pattern),
    INSULT_DEPTH,
  );
  const codes = nz.codes;
  const starts = nz.tokSkelStart;
  let skeleton: string | null = null;
  for (let k = 0; k < insultPhraseRules.length; k++) {
    if ((found & (INSULT_ANCHOR << k)) === 0) continue;
    const rule = insultPhraseRules[k]!;
    const re = INSULT_STICKY[k]!;
    let after = 0;
    for (let t = 0; t < nz.tokenCount; t++) {
      const at = starts[t]! - 1;
      if (at < after) continue;
      if ((startBits(insultStarts, codes, nz.length, starts[t]!, INSULT_DEPTH) & (1 << k)) === 0) continue;
      skeleton ??= nz.skeleton;
      re.lastIndex = at;
      const hit = re.exec(skeleton);
      if (hit === null) continue;
      // A match starts at the space before a word and ends at the end of a word.
      after = at + hit[0].length;
      let last = t;
      while (last + 1 < nz.tokenCount && starts[last + 1]! < after) last++;
      const start = nz.tokSrcStart[t]!;
      const end = nz.tokSrcEnd[last]!;
      const term = nz.source.slice(start, end);
      ctx.matches.push({ category: 'insult', start, end, term, rule: rule.id, strength: 'strong', reason: rule.reason.replace('{term}', term) });
    }
  }
}

/** Two capital initials: "Е.Б." (Елена Борисовна). */
const INITIALS = /^[А-ЯЁ]\.[А-ЯЁ]\.?$/;
const TITLECASE = /^[А-ЯЁ][а-яё]{2,}$/;

/**
 * Whether the word at `t` is a person's initials beside their surname ("Е.Б. Иванова, глава
 * поселения", "Иванова Е.Б."), not letters joined into a word.
 */
function isInitials(nz: Normalised, t: number): boolean {
  const length = nz.tokSrcEnd[t]! - nz.tokSrcStart[t]!;
  if (length < 3 || length > 4 || nz.source.charCodeAt(nz.tokSrcStart[t]! + 1) !== 46) return false;
  const src = nz.source.slice(nz.tokSrcStart[t], nz.tokSrcEnd[t]);
  if (!INITIALS.test(src)) return false;
  const near = (k: number): boolean => k >= 0 && k < nz.tokenCount && TITLECASE.test(nz.source.slice(nz.tokSrcStart[k], nz.tokSrcEnd[k]));
  return near(t - 1) || near(t + 1);
}

/** A number and one letter: a school class, a house, a flat ("3Б класс", "дом 3б", "11в"). */
const NUMBERED = /^\d{1,3}[а-яё]$/i;

/** Whether the word at `t` is a number with one letter after it ("родители 3Б класса"), not "еб" in disguise. */
function isNumbered(nz: Normalised, t: number): boolean {
  const length = nz.tokSrcEnd[t]! - nz.tokSrcStart[t]!;
  return length >= 2 && length <= 4 && NUMBERED.test(nz.source.slice(nz.tokSrcStart[t], nz.tokSrcEnd[t]));
}

/** A Latin word ending in "bot": a Telegram bot's name. */
const BOT_NAME = /bot$/i;

/** Whether a word with Latin letters is English (or a bot's name) rather than a Russian word in disguise. */
function isForeign(nz: Normalised, t: number, flags: number): boolean {
  const src = nz.source.slice(nz.tokSrcStart[t], nz.tokSrcEnd[t]);
  if (BOT_NAME.test(src)) return true;
  return (flags & LATIN_OR_CYRILLIC) === LATIN && isEnglish(src);
}

function hasWordMatch(ctx: Ctx, t: number): boolean {
  const start = ctx.nz.tokSrcStart[t]!;
  for (const m of ctx.matches) if (m.start === start) return true;
  return false;
}

function moderatorWords(ctx: Ctx): void {
  const { nz, options } = ctx;
  for (const { category, pattern } of options.wordPatterns) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    const seen = new Set<number>();
    while ((m = pattern.exec(nz.skeleton)) !== null) {
      const t = tokenAt(nz, m.index + 1);
      pattern.lastIndex = m.index + 1;
      if (seen.has(t)) continue;
      seen.add(t);
      // The contract is "never flagged by any word rule": a moderator's exception overrides
      // the same moderator's word lists too (an exact exception inside a prefix entry).
      if (options.isException(wordOf(nz, t))) continue;
      const start = nz.tokSrcStart[t]!;
      const end = nz.tokSrcEnd[t]!;
      const term = nz.source.slice(start, end);
      if (category === 'spam') {
        ctx.spam.push({ rule: 'moderator/spam', weight: 2, start, end, reason: `Слово из списка модератора: «${term}».` });
      } else if (!ctx.matches.some((x) => x.start === start && x.category === category)) {
        const label = category === 'obscene' ? 'нецензурных слов' : 'оскорблений';
        ctx.matches.push({
          category,
          start,
          end,
          term,
          rule: `moderator/${category}`,
          strength: 'strong',
          reason: `Слово из списка ${label} модератора: «${term}».`,
        });
      }
    }
  }
}

/**
 * Classifies one comment.
 *
 *   classify('Ну п@здец, опять без света')
 *   → { categories: ['obscene'], action: 'delete_and_blacklist',
 *       matches: [{ category: 'obscene', start: 3, end: 10, term: 'п@здец', rule: 'obscene/pizd+masked', … }], … }
 */
export function classify(text: string, options?: ClassifyOptions): Verdict {
  const { matches, spam, scored } = evidence(text, options, true);
  return decide(text, matches, spam, RULESET_VERSION, scored);
}

/**
 * Comments that take the classifier down its paths (links, handles, sums and phones, spam and
 * insult phrases, masked words, English, shouting and emoji, the learned reading): the patterns
 * they run are compiled, and run enough to be compiled to machine code, before a page's comments
 * need them.
 */
const WARM_UP = [
  'Заработок от 5000 руб в день без вложений, пиши в лс или на t.me/job_bot, тел. +7 912 345-67-89 Анна',
  'Подробнее: https://bit.ly/abc и vk . cc / x, почта info@mail.ru, пишите @manager_one',
  'Ты дебил и клоун, закрой рот! Ну п@здец, бл..ь, х у й, pizdec',
  'ВСЕМ ПРИВЕТ!!! 🔥🔥🔥🔥🔥🔥🔥🔥 Розыгрыш iPhone, подпишись на канал, репост и лайк',
  'Earn money online, crypto signals, contact me on whatsapp',
  'Требуются курьеры на склад, оплата 3000 в смену, стабильный доход, гибкий график',
  'Когда починят дорогу на улице Ленина? Звонила на горячую линию 8-800-100-00-00, глава района молчит',
  'Срочно нужен совет юриста, подскажите кто знает, очень нужно',
  'Займ без отказов и проверок, кредит на карту за 5 минут, решение за час',
  'Казино, ставки на спорт, бонус 200% новым игрокам, промокод в профиле',
  'Продам подписчиков и лайки, накрутка просмотров, 1000 подписчиков за 100 руб',
  'Девушки для досуга, интим фото, переходи по ссылке в описании',
  'Инвестиции в крипту, пассивный доход от 30% в месяц, биткоин, USDT, напиши мне',
  'Розыгрыш! Условия: подписаться, поставить лайк, сделать репост. Итоги в пятницу',
  'Ищу партнеров в команду, удаленная работа с телефона, обучение бесплатно, пиши плюс',
  'Иди лечись, пошел вон отсюда, тебе лечиться надо, заткни пасть',
  'Вы все воры и дураки, глава района — клоун, депутаты козлы',
  'Убрать снег во дворе - 2000 на руки, писать в вотсап',
  'Спасибо администрации за ремонт школы! Записаться можно на gosuslugi.ru',
  'ХВАТИТ ВОРОВАТЬ!!! СКОЛЬКО МОЖНО ТЕРПЕТЬ ЭТО БЕЗОБРАЗИЕ В НАШЕМ ГОРОДЕ',
  'Кто потерял кошелек у магазина на Советской, позвоните 89123456789',
];

/**
 * Builds, ahead of the first comment, what the first comments would otherwise wait for: the
 * learned reading's table, the phrase tables, and the patterns the engine compiles on first use
 * (tens of milliseconds in all). A long-lived reader (the background worker) calls it once when it
 * starts; the verdicts are the same with or without it.
 */
export function warmUp(): void {
  buildLearnedTable();
  buildSpamTables();
  for (let pass = 0; pass < 3; pass++) for (const text of WARM_UP) classify(text);
}

/**
 * How far {@link evidence} reads: `all`, what a verdict needs; `words`, the normaliser and the word
 * and phrase rules (obscene language, insults, spam words), without the detectors of links,
 * handles, numbers, spam phrases, layout and the learned reading; `normalise`, the normaliser
 * alone. The benchmark times the parts apart to show where the time goes.
 */
export type EvidenceStage = 'normalise' | 'words' | 'all';

/**
 * The raw evidence behind a verdict (used by classifyThread to add thread signals). `final` says
 * no signal will be added to it: sums and phones, which only support other evidence, are then
 * looked for only when there is evidence they could support.
 */
export function evidence(
  text: string,
  options?: ClassifyOptions,
  final = false,
  stage: EvidenceStage = 'all',
): { matches: RuleMatch[]; spam: SpamSignal[]; scored: SpamScore | null } {
  const compiled = compileOptions(options);
  const nz = scan(text, AUTOMATON);
  const ctx: Ctx = { nz, matches: [], options: compiled, spam: [] };
  if (stage === 'normalise') return { matches: ctx.matches, spam: ctx.spam, scored: null };
  let phrases = 0;
  if (nz.tokenCount > 0) {
    phrases = scanWords(ctx);
    if (nz.found & INSULT_PHRASES) insultPhrases(ctx);
    if (compiled.wordPatterns.length) moderatorWords(ctx);
  }
  const scored = stage === 'all' ? findSpamSignals(nz, compiled, ctx.spam, phrases, final) : null;
  return { matches: ctx.matches, spam: ctx.spam, scored };
}
