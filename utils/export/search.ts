/**
 * Full-text search in comment text: case-insensitive, ё = е, every word of the query must occur
 * (as a part of a word, so «спам» finds «спамеры»). Comments are short, so a scan is cheap;
 * an index of words would cost far more at every write than it saves.
 */

/**
 * Lower case, ё → е: a comment as the search compares it. Spaces stay as they are — a search
 * term holds none, so they cannot change an answer.
 */
export function foldForSearch(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е');
}

/** Lower case, ё → е, runs of spaces and line breaks as one space. */
export function normaliseForSearch(text: string): string {
  return foldForSearch(text).replace(/\s+/g, ' ');
}

/** The query's words, normalised; empty when the query is blank. */
export function searchTerms(query: string): string[] {
  return [...new Set(normaliseForSearch(query).split(' ').filter((w) => w.length > 0))];
}

export function textMatches(text: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = foldForSearch(text);
  return terms.every((term) => haystack.includes(term));
}
