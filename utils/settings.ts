/**
 * The moderator's own settings, in the extension's storage (not a page's): the name the log
 * records, and the word lists applied at once to every page.
 */
import { storage } from 'wxt/utils/storage';
import type { Category } from '~/utils/classify/types';

export interface WordLists {
  /** Extra words per category (`ворюг*` matches every word starting so). */
  words: Record<Category, string[]>;
  /** Words never flagged. */
  exceptions: string[];
  /** The region's own sites, whose links are never spam. */
  allowDomains: string[];
}

export const EMPTY_WORD_LISTS: WordLists = { words: { obscene: [], insult: [], spam: [] }, exceptions: [], allowDomains: [] };

export const moderatorNameItem = storage.defineItem<string>('local:moderatorName', { fallback: '' });
export const wordListsItem = storage.defineItem<WordLists>('local:wordLists', { fallback: EMPTY_WORD_LISTS, version: 1 });

/** The name the log records when the moderator has not given one. */
export const DEFAULT_MODERATOR = 'Модератор';

/** Adds a word to the exceptions (from a flag's "Не нарушение"), once. */
export async function addException(word: string): Promise<WordLists> {
  const lists = await wordListsItem.getValue();
  const clean = word.trim().toLowerCase();
  if (!clean || lists.exceptions.includes(clean)) return lists;
  const next = { ...lists, exceptions: [...lists.exceptions, clean] };
  await wordListsItem.setValue(next);
  return next;
}
