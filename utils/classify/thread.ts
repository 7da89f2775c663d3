import { evidence, RULESET_VERSION } from './classify';
import { scan } from './normalise';
import { decide } from './policy';
import type { ClassifyOptions, ThreadComment, ThreadVerdict } from './types';

/**
 * Thread-level spam signals, which need the neighbours of a comment:
 * - `thread/duplicate`: the same text (after normalisation, so look-alike letters and repeated
 *   letters do not hide it) from two or more authors — a spam campaign (weight 3);
 * - `thread/repeat`: one author posting the same text twice or more (weight 2);
 * - `thread/flood`: one author posting more than {@link FLOOD_LIMIT} comments in the thread
 *   (weight 1: alone it only asks for review).
 * Texts shorter than {@link MIN_DUPLICATE_LENGTH} normalised characters ("спасибо!", "+") are
 * never duplicates.
 */
export const FLOOD_LIMIT = 5;
export const THREAD_RULE_IDS = ['thread/duplicate', 'thread/repeat', 'thread/flood'] as const;
export const MIN_DUPLICATE_LENGTH = 20;

function key(text: string): string {
  return scan(text).skeleton.trim();
}

export function classifyThread(comments: readonly ThreadComment[], options?: ClassifyOptions): ThreadVerdict[] {
  const keys = comments.map((c) => key(c.text));
  const authorsByKey = new Map<string, Set<string>>();
  const countByAuthorKey = new Map<string, number>();
  const countByAuthor = new Map<string, number>();
  comments.forEach((c, i) => {
    const k = keys[i]!;
    const author = c.authorId ?? `anon:${c.id}`;
    if (c.authorId) countByAuthor.set(author, (countByAuthor.get(author) ?? 0) + 1);
    if (k.length < MIN_DUPLICATE_LENGTH) return;
    let set = authorsByKey.get(k);
    if (!set) authorsByKey.set(k, (set = new Set()));
    set.add(author);
    const ak = `${author}\u0000${k}`;
    countByAuthorKey.set(ak, (countByAuthorKey.get(ak) ?? 0) + 1);
  });

  return comments.map((c, i) => {
    const { matches, spam } = evidence(c.text, options);
    const k = keys[i]!;
    const whole = { start: 0, end: c.text.length };
    const authors = authorsByKey.get(k);
    if (k.length >= MIN_DUPLICATE_LENGTH && authors && authors.size >= 2) {
      spam.push({ rule: 'thread/duplicate', weight: 3, ...whole, reason: `Тот же текст оставили разные авторы (${authors.size}).` });
    }
    const author = c.authorId ?? `anon:${c.id}`;
    const repeats = countByAuthorKey.get(`${author}\u0000${k}`) ?? 0;
    if (c.authorId && repeats >= 2) {
      spam.push({ rule: 'thread/repeat', weight: 2, ...whole, reason: `Автор повторил этот текст (${repeats} раза).` });
    }
    const total = c.authorId ? (countByAuthor.get(author) ?? 0) : 0;
    if (total > FLOOD_LIMIT) {
      spam.push({ rule: 'thread/flood', weight: 1, ...whole, reason: `Автор оставил в обсуждении ${total} комментариев.` });
    }
    return { id: c.id, ...decide(c.text, matches, spam, RULESET_VERSION) };
  });
}
