import type { SpamSignal } from './spam';
import type { Action, Category, Match, Verdict } from './types';
import { ACTIONS } from './types';

/**
 * The action policy.
 *
 * | evidence                                                        | categories | action               |
 * |-----------------------------------------------------------------|------------|----------------------|
 * | any obscene word or insult (incl. moderator words)              | that one   | delete_and_blacklist |
 * | spam score ≥ 4 (e.g. a link + "пиши в лс", income claim + call)  | spam       | delete_and_blacklist |
 * | spam score 2–3 (one strong signal: a foreign link, a shortener)  | spam       | delete               |
 * | spam score 1 (a social-network link, a lone @handle, 2 keywords) | —          | review               |
 * | nothing                                                         | —          | none                 |
 *
 * The spam score adds, per rule, the largest weight that rule found, doubled when a keyword rule
 * found two places or more (five money words are two signals, not five); supporting signals (a mobile number, shouting, an emoji flood, one
 * look-alike letter) count only when a primary signal is present. Keywords of everyday speech
 * ("кредит", "звоните", "бесплатно") need company: one alone is nothing, two ask for review,
 * three make spam; any other primary signal (a link, a phrase, planted Latin letters) counts in full.
 */
export const SPAM_DELETE = 2;
export const SPAM_BLACKLIST = 4;

export interface RuleMatch extends Match {
  reason: string;
}

/** Supporting signals of evasion or layout, which count even beside keywords alone. */
const EVASION = new Set(['spam/homoglyph', 'spam/shouting', 'spam/emoji-flood', 'spam/repeated']);

export function spamScore(signals: readonly SpamSignal[]): { score: number; counted: SpamSignal[] } {
  // Per rule: the largest weight, doubled at most when the rule found two or more places
  // ("ставки … казино"), so that one word repeated five times is not five signals.
  const byRule = new Map<string, { s: SpamSignal; places: number }>();
  for (const s of signals) {
    const prev = byRule.get(s.rule);
    if (!prev) byRule.set(s.rule, { s, places: 1 });
    else {
      prev.places++;
      if (s.weight > prev.s.weight) prev.s = s;
    }
  }
  let primary = 0;
  let supporting = 0;
  let evasion = 0;
  let strong = false;
  for (const { s, places } of byRule.values()) {
    const w = places >= 2 && s.keyword ? s.weight * 2 : s.weight;
    if (s.supporting) {
      supporting += w;
      if (EVASION.has(s.rule)) evasion += w;
    } else {
      primary += w;
      if (!s.keyword) strong = true;
    }
  }
  // An offer of work or money together with a sum ("нужны люди, 6400 в день") is not everyday speech.
  const offer = byRule.has('spam/job') || byRule.has('spam/job-formula') || byRule.has('spam/earnings');
  const sum = byRule.has('spam/money-amount') || byRule.has('spam/income-claim');
  // A promise to pay or pay by the day, the shift or the hour, with a sum and a call to write
  // ("Выплаты от 8 000 руб за день, пиши"): not how a citizen quotes a salary ("зарплата 25 тысяч
  // в месяц, пишите в прокуратуру" stays clean).
  const paid = byRule.has('spam/pay-offer') || byRule.has('spam/short-pay');
  const call = byRule.has('spam/contact-word') || byRule.has('spam/contact-call');
  if (sum && paid && call) strong = true;
  // "нужны 3 парня, плачу 6000 за пару часов": hiring by the hour or the shift (not "плачу 100
  // рублей в час за парковку": a hiring word or a call to write is needed too).
  const hire =
    byRule.has('spam/pay-offer') &&
    byRule.has('spam/short-pay') &&
    (byRule.has('spam/job') || byRule.has('spam/job-formula') || byRule.has('spam/contact-word') || byRule.has('spam/contact-call'));
  if ((offer && sum) || hire) strong = true;
  let score = primary > 0 ? primary + supporting : 0;
  if (!strong) {
    // Keywords alone are everyday speech, and sums or phone numbers beside them add one point at
    // most ("я плачу 100 рублей в час за парковку" is a review); planted Latin letters, shouting
    // or emoji count in full. One point is nothing, two only ask for review, three make spam.
    score = primary + evasion + Math.min(1, supporting - evasion);
    if (score === 1) return { score: 0, counted: [] };
    if (score === 2) score = 1;
  }
  return { score, counted: primary > 0 ? signals.slice() : [] };
}

function maxAction(a: Action, b: Action): Action {
  return ACTIONS.indexOf(a) >= ACTIONS.indexOf(b) ? a : b;
}

export function decide(text: string, words: readonly RuleMatch[], spam: readonly SpamSignal[], ruleset: string): Verdict {
  if (words.length === 0 && spam.length === 0) return { categories: [], action: 'none', matches: [], reasons: [], ruleset };
  const categories = new Set<Category>();
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
    categories.add(m.category);
    action = 'delete_and_blacklist';
  }
  const wordCount = all.length;
  const { score, counted } = spamScore(spam);
  if (score >= SPAM_DELETE) categories.add('spam');
  if (score >= SPAM_BLACKLIST) action = maxAction(action, 'delete_and_blacklist');
  else if (score >= SPAM_DELETE) action = maxAction(action, 'delete');
  else if (score >= 1) action = maxAction(action, 'review');
  // Spam evidence is shown when it decides something: spam asserted, or the only finding.
  const showSpam = score >= SPAM_DELETE || (score >= 1 && all.length === 0);
  for (const s of showSpam ? counted : []) {
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
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    categories: (['obscene', 'insult', 'spam'] as const).filter((c) => categories.has(c)),
    action,
    // Built field by field: an object rest pattern is several times slower here.
    matches: all.map((m) => ({ category: m.category, start: m.start, end: m.end, term: m.term, rule: m.rule, strength: m.strength })),
    reasons: all.map((m) => m.reason),
    ruleset,
  };
}
