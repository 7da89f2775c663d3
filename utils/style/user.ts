/**
 * The user's own dictionary as plain text — the form the "Проверить текст" page edits — and back.
 * One entry a line, sections as in the classifier's word lists:
 *
 *   # comments start with '#'
 *   [канцелярит]                 section: канцелярит | пресс-релиз | пассив | штамп | не отмечать
 *   в целях = «чтобы»            phrase = hint (the hint may be left out)
 *   довести* до сведения = «сообщить»
 *   [не отмечать]
 *   на территории                never flagged
 *
 * Lines before any section are канцелярит. `*` in a word stands for any letters.
 */
import type { DictionaryKind, ExtraEntry } from './types';

export interface UserDictionary {
  extra: ExtraEntry[];
  ignore: string[];
}

export interface DictionaryLineError {
  /** 1-based. */
  line: number;
  message: string;
}

const SECTIONS: Record<string, DictionaryKind | 'ignore'> = {
  канцелярит: 'bureaucratese',
  'пресс-релиз': 'press-release',
  пассив: 'passive',
  штамп: 'cliche',
  'не отмечать': 'ignore',
};

const SECTION_OF: Record<DictionaryKind | 'ignore', string> = {
  bureaucratese: 'канцелярит',
  'press-release': 'пресс-релиз',
  passive: 'пассив',
  cliche: 'штамп',
  ignore: 'не отмечать',
};

/** The hint of an entry written without one. */
export const DEFAULT_HINT = 'Скажите проще.';

export const MAX_PHRASE_LENGTH = 120;

export function parseDictionaryLines(text: string): UserDictionary & { errors: DictionaryLineError[] } {
  const extra: ExtraEntry[] = [];
  const ignore: string[] = [];
  const errors: DictionaryLineError[] = [];
  let section: DictionaryKind | 'ignore' = 'bureaucratese';
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith('#')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      const next = SECTIONS[header[1]!.trim().toLowerCase().replaceAll('ё', 'е')];
      if (next) section = next;
      else errors.push({ line: i + 1, message: `Неизвестный раздел «${header[1]}»: нужен один из ${Object.keys(SECTIONS).join(', ')}` });
      continue;
    }
    const eq = line.indexOf('=');
    const phrase = (eq < 0 ? line : line.slice(0, eq)).trim().replace(/\s+/gu, ' ');
    const hint = eq < 0 ? '' : line.slice(eq + 1).trim();
    if (!/[\p{L}\p{N}]/u.test(phrase)) {
      errors.push({ line: i + 1, message: 'Нет фразы: в строке должно быть хотя бы одно слово' });
      continue;
    }
    if (phrase.length > MAX_PHRASE_LENGTH) {
      errors.push({ line: i + 1, message: `Фраза длиннее ${MAX_PHRASE_LENGTH} знаков` });
      continue;
    }
    if (section === 'ignore') ignore.push(phrase);
    else extra.push({ phrase, kind: section, hint: hint || DEFAULT_HINT });
  }
  return { extra, ignore, errors };
}

/** The dictionary as lines, in its own order: a section header wherever the kind changes. */
export function formatDictionaryLines(dictionary: UserDictionary): string {
  const out: string[] = [];
  let section: DictionaryKind | null = null;
  for (const e of dictionary.extra) {
    if (e.kind !== section) {
      if (out.length) out.push('');
      out.push(`[${SECTION_OF[e.kind]}]`);
      section = e.kind;
    }
    out.push(e.hint && e.hint !== DEFAULT_HINT ? `${e.phrase} = ${e.hint}` : e.phrase);
  }
  if (dictionary.ignore.length) {
    if (out.length) out.push('');
    out.push(`[${SECTION_OF.ignore}]`, ...dictionary.ignore);
  }
  return out.join('\n');
}
