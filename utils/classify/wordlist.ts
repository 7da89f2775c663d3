import { skeletonWords } from './normalise';
import { OFFICIAL_DOMAINS } from './rules/spam';
import { CATEGORIES, type Category, type ClassifyOptions } from './types';

/**
 * Moderator word lists and allow-listed domains, compiled once per distinct content (a few
 * small regular expressions) and cached, so that an edited list applies at the next call.
 *
 * Text format ({@link parseWordList}), one entry a line:
 *
 *   # comments start with '#'
 *   [insult]            section: obscene | insult | spam | exceptions | domains
 *   ворюга              exact word (any spelling that normalises to it: ВОРЮГА, вoрюгa, ворююга)
 *   казнокрад*          prefix: every word starting so (казнокрады, казнокрадство)
 *   [exceptions]
 *   пидж*               never flagged by a word rule
 *   [domains]
 *   kuzbass.ru          links here are not spam (subdomains included)
 */

export interface CompiledOptions {
  /** One global pattern per category over the skeleton (`' word '`). */
  wordPatterns: { category: Category; pattern: RegExp }[];
  /** Exact moderator words for masked matching. */
  maskedWords: { form: string; category: Category }[];
  isException(word: string): boolean;
  isAllowedDomain(host: string): boolean;
}

interface Entry {
  word: string;
  prefix: boolean;
}

function canonical(list: readonly string[] | undefined): Entry[] {
  const out: Entry[] = [];
  for (const raw of list ?? []) {
    const prefix = raw.trim().endsWith('*');
    const words = skeletonWords(prefix ? raw.trim().slice(0, -1) : raw);
    if (words.length !== 1) continue; // one word per entry; phrases are not supported
    out.push({ word: words[0]!, prefix });
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function normaliseDomain(d: string): string {
  return d.trim().toLowerCase().replace(/^\*?\./, '').replace(/^www\./, '').replace(/\/.*$/, '');
}

function build(options: ClassifyOptions | undefined): CompiledOptions {
  const wordPatterns: CompiledOptions['wordPatterns'] = [];
  const maskedWords: CompiledOptions['maskedWords'] = [];
  for (const category of CATEGORIES) {
    const entries = canonical(options?.words?.[category]);
    if (!entries.length) continue;
    const alternatives = entries.map((e) => (e.prefix ? `${escape(e.word)}[а-я*]*` : escape(e.word)));
    wordPatterns.push({ category, pattern: new RegExp(` (?:${alternatives.join('|')})(?= )`, 'g') });
    for (const e of entries) if (!e.prefix) maskedWords.push({ form: e.word, category });
  }
  const exceptions = canonical(options?.exceptions);
  const exact = new Set(exceptions.filter((e) => !e.prefix).map((e) => e.word));
  const prefixes = exceptions.filter((e) => e.prefix).map((e) => e.word);
  const domains = [...OFFICIAL_DOMAINS, ...(options?.allowDomains ?? [])].map(normaliseDomain).filter(Boolean);
  return {
    wordPatterns,
    maskedWords,
    isException: (w) => exact.has(w) || prefixes.some((p) => w.startsWith(p)),
    isAllowedDomain: (host) => {
      const h = normaliseDomain(host);
      return domains.some((d) => h === d || h.endsWith(`.${d}`));
    },
  };
}

const DEFAULT = build(undefined);
const cache = new Map<string, CompiledOptions>();

/** Compiled options for a call; identical contents share one compiled object. */
export function compileOptions(options: ClassifyOptions | undefined): CompiledOptions {
  if (!options || (!options.words && !options.exceptions && !options.allowDomains)) return DEFAULT;
  const key = JSON.stringify([options.words ?? null, options.exceptions ?? null, options.allowDomains ?? null]);
  let hit = cache.get(key);
  if (!hit) {
    hit = build(options);
    if (cache.size >= 16) cache.delete(cache.keys().next().value!);
    cache.set(key, hit);
  }
  return hit;
}

/** Parses the text format above into options for {@link classify}. Unknown sections throw. */
export function parseWordList(text: string): Required<Pick<ClassifyOptions, 'words' | 'exceptions' | 'allowDomains'>> {
  const words: Record<Category, string[]> = { obscene: [], insult: [], spam: [] };
  const exceptions: string[] = [];
  const allowDomains: string[] = [];
  let section: string | null = null;
  text.split(/\r?\n/).forEach((line, i) => {
    const s = line.replace(/#.*/, '').trim();
    if (!s) return;
    const header = /^\[([a-z-]+)\]$/.exec(s);
    if (header) {
      section = header[1]!;
      if (!['obscene', 'insult', 'spam', 'exceptions', 'domains'].includes(section)) {
        throw new Error(`line ${i + 1}: unknown section [${section}]`);
      }
      return;
    }
    if (!section) throw new Error(`line ${i + 1}: an entry before any [section]`);
    if (section === 'exceptions') exceptions.push(s);
    else if (section === 'domains') allowDomains.push(s);
    else words[section as Category].push(s);
  });
  return { words, exceptions, allowDomains };
}
