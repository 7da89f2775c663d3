import type { Category } from '../types';

/**
 * A rule that looks at one normalised word (lowercase Cyrillic, ё→е, repeated letters
 * collapsed: write `ебаный`, not `ебанный`; `сылка`, not `ссылка`).
 */
export interface WordRule {
  /** `category/name`: reported in `Match.rule` and documented in docs/classifier.md. */
  id: string;
  category: Category;
  /** Abuse nouns that are also insults (`мудак`, `пидор`) carry both categories. */
  alsoInsult?: boolean;
  /**
   * A regular-expression fragment that every matching word contains. All triggers are joined
   * into one scan of the skeleton; only words that contain a trigger are tested further.
   */
  trigger: string;
  /** Tested against the whole normalised word. */
  word: RegExp;
  /** Words that satisfy `word` but are innocent (`застрахуйте`, `мандат`). */
  except?: RegExp;
  /** Counts only when aimed at someone ("ты тупой", "глава — клоун"). */
  aimed?: boolean;
  /** Spam weight of this evidence (see policy.ts). */
  weight?: number;
  /** Spam evidence that counts only next to another spam signal (pay, amounts). */
  supporting?: boolean;
  /** Reason shown to the moderator; `{term}` is replaced by the matched text. */
  reason: string;
}

/** Whether `rule` reads the normalised word `w`: its `word` pattern matches and no exception does. */
export function readsWord(rule: WordRule, w: string): boolean {
  return rule.word.test(w) && !rule.except?.test(w);
}
