/** What the regulations order moderators to remove. */
export type Category = 'obscene' | 'insult' | 'spam';

export const CATEGORIES: readonly Category[] = ['obscene', 'insult', 'spam'];

/**
 * What the moderator is advised to do, in increasing severity.
 * - `none`: nothing found;
 * - `review`: a weak signal, a person should look (no category is asserted);
 * - `delete`: a violation, but blacklisting the author would be disproportionate (likely spam
 *   that may be a one-off, or spam seen only through the thread);
 * - `delete_and_blacklist`: a clear violation; the regulations order deleting the comment and
 *   blacklisting its author.
 */
export type Action = 'none' | 'review' | 'delete' | 'delete_and_blacklist';

export const ACTIONS: readonly Action[] = ['none', 'review', 'delete', 'delete_and_blacklist'];

/** One piece of evidence, located in the original text. */
export interface Match {
  category: Category;
  /** UTF-16 offsets into the original text: `text.slice(start, end)` is what to highlight. */
  start: number;
  end: number;
  /** The matched word as written in the original text. */
  term: string;
  /** Id of the rule that matched (`obscene/pizd`, `spam/link`, `moderator/insult`, …). */
  rule: string;
  /** Weak evidence alone only asks for review. */
  strength: 'strong' | 'weak';
}

export interface Verdict {
  /** Categories asserted for the comment (weak evidence alone asserts none). */
  categories: Category[];
  action: Action;
  matches: Match[];
  /** One short Russian sentence per match, in the same order, for the moderator. */
  reasons: string[];
  /** The ruleset that produced this verdict (stored in the moderation log). */
  ruleset: string;
}

export interface ClassifyOptions {
  /**
   * Domains whose links are never spam, in addition to the built-in official ones
   * (gosuslugi.ru, *.gov.ru, …). `example.ru` also allows its subdomains.
   */
  allowDomains?: readonly string[];
  /**
   * Moderator words per category. A word ending in `*` matches every word that starts with it
   * (`ворюг*`); other words match their exact normalised form. Masked and look-alike spellings
   * of these words are caught as for built-in words.
   */
  words?: Partial<Record<Category, readonly string[]>>;
  /** Words never flagged by any word rule (same syntax as `words`). */
  exceptions?: readonly string[];
}

/** One comment of a thread, for {@link classifyThread}. */
export interface ThreadComment {
  id: string;
  authorId?: string | null;
  text: string;
}

export interface ThreadVerdict extends Verdict {
  id: string;
}
