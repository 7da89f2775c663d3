/** Deterministic log entries for the tests (no randomness: a failure reproduces). */
import type { Decision, LogEntry, Outcome } from '~/utils/db/database';
import type { Network } from '~/utils/sites/types';

export const T0 = Date.UTC(2026, 0, 5, 9, 0); // Monday 5 January 2026, 12:00 in Moscow

export function entry(overrides: Partial<LogEntry> = {}): LogEntry {
  return {
    uid: 'u-1',
    at: T0,
    moderator: 'Иванова',
    network: 'vk',
    pageKey: 'vk:club1',
    postId: '-1_10',
    commentId: 'c1',
    commentUrl: 'https://vk.com/wall-1_10?reply=1',
    authorKey: 'vk:id100',
    authorName: 'Пётр Петров',
    authorUrl: 'https://vk.com/id100',
    text: 'Купите наши услуги недорого',
    categories: ['spam'],
    terms: ['купите'],
    rulesetVersion: '2026.1',
    decision: 'delete',
    outcome: 'done',
    outcomeNote: null,
    updatedAt: T0 + 1000,
    ...overrides,
  };
}

const NETWORKS: Network[] = ['vk', 'ok', 'telegram'];
const DECISIONS: Decision[] = ['delete', 'delete_and_blacklist', 'dismiss'];
const OUTCOMES: Outcome[] = ['done', 'done', 'pending', 'failed'];
const CATEGORIES = [['spam'], ['insult'], ['obscene'], ['insult', 'obscene'], []];
const TEXTS = ['Купите дёшево', 'ты дурак', 'Ёлки-палки, какой ужас', 'Спам спамыч', 'Хорошая новость, спасибо'];
const MODERATORS = ['Иванова', 'Петров', 'Сидорова'];

/** `n` varied entries, one an hour from T0, spread over pages, authors and values. */
export function manyEntries(n: number, start = T0): LogEntry[] {
  return Array.from({ length: n }, (_, i) =>
    entry({
      uid: `u-${i}`,
      at: start + i * 3_600_000,
      updatedAt: start + i * 3_600_000 + 1,
      network: NETWORKS[i % 3]!,
      pageKey: `${NETWORKS[i % 3]}:page${i % 5}`,
      commentId: `c${i}`,
      authorKey: i % 11 === 0 ? null : `vk:id${i % 7}`,
      authorName: `Автор ${i % 7}`,
      text: `${TEXTS[i % 5]} №${i}`,
      categories: CATEGORIES[i % 5]!,
      decision: DECISIONS[i % 3]!,
      outcome: OUTCOMES[i % 4]!,
      moderator: MODERATORS[i % 3]!,
    }),
  );
}
