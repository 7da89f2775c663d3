/**
 * What the page shows of a verdict: the attribute on the comment, the highlighted fragments,
 * the labels and the network's ban reason. Pure; the flag UI and the adapters use it.
 */
import type { Category, Match, Verdict } from '~/utils/classify/types';
import type { Localized } from '~/utils/norms/text';

/** `data-norma-verdict`: the categories joined by commas, `review` for a weak signal alone, else `clean`. */
export function verdictAttribute(verdict: Pick<Verdict, 'categories' | 'action'>): string {
  if (verdict.categories.length > 0) return [...verdict.categories].sort().join(',');
  return verdict.action === 'none' ? 'clean' : 'review';
}

/**
 * The decision the classifier advises, for a clear violation (`delete`, `delete_and_blacklist`);
 * null for a weak signal (a review), which the moderator decides alone, and for a clean comment.
 */
export function advisedDecision(verdict: Pick<Verdict, 'action'>): 'delete' | 'delete_and_blacklist' | null {
  return verdict.action === 'delete' || verdict.action === 'delete_and_blacklist' ? verdict.action : null;
}

export const CATEGORY_LABELS: Record<Category, Localized> = {
  obscene: { ru: 'мат', en: 'obscene' },
  insult: { ru: 'оскорбление', en: 'insult' },
  spam: { ru: 'спам', en: 'spam' },
};

/** A run of the comment's text, highlighted when a match covers it. */
export interface Segment {
  text: string;
  category: Category | null;
}

/**
 * The text cut into plain and highlighted runs. Overlapping matches merge (the first category
 * wins); offsets outside the text are clamped, so a stale verdict can never throw.
 */
export function highlightSegments(text: string, matches: readonly Pick<Match, 'start' | 'end' | 'category'>[]): Segment[] {
  const spans = matches
    .map((m) => ({ start: Math.max(0, Math.min(m.start, text.length)), end: Math.max(0, Math.min(m.end, text.length)), category: m.category }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) segments.push({ text: text.slice(at, start), category: null });
    segments.push({ text: text.slice(start, span.end), category: span.category });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), category: null });
  return segments;
}

/**
 * VK's ban reason for the community blacklist (`groups.ban` reason codes, the same in its dialog):
 * 1 spam, 2 verbal abuse, 3 strong language. The gravest category the comment has decides.
 */
export function vkBanReason(categories: readonly Category[]): 1 | 2 | 3 | 0 {
  if (categories.includes('obscene')) return 3;
  if (categories.includes('insult')) return 2;
  if (categories.includes('spam')) return 1;
  return 0;
}

export const VK_BAN_REASON_LABELS: Record<0 | 1 | 2 | 3, Localized> = {
  0: { ru: 'Другое', en: 'Other' },
  1: { ru: 'Спам', en: 'Spam' },
  2: { ru: 'Оскорбление участников', en: 'Verbal abuse' },
  3: { ru: 'Нецензурные выражения', en: 'Strong language' },
};

/** The key an author is remembered by across pages: `vk:123`, `ok:5800…`; by profile link when there is no id. */
export function authorKey(network: string, author: { id: string | null; url: string | null; name: string }): string | null {
  if (author.id) return `${network}:${author.id}`;
  if (author.url) return `${network}:url:${author.url}`;
  return null;
}
