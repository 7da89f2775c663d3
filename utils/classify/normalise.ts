import { CYRILLIC_BASE as CYRILLIC_SYMBOL_BASE, EMPTY_AUTOMATON, SYMBOL as SYMBOLS, WORD_TRIGGER as WORD_TRIGGER_BIT, type Automaton } from './automaton';

/**
 * The normaliser: one pass over the original text that writes a canonical skeleton — lowercase
 * Cyrillic words separated by single spaces — and, for every skeleton character, the range of the
 * original text it came from, so that a match found in the skeleton is reported at the exact
 * original offsets.
 *
 *   "Ну П@@ЗДЕЦ, х у й!"   →   " ну па*здец хуй "      (offsets kept per character)
 *
 * What it undoes (each step is a table lookup; nothing is allocated per character):
 * - case, ё/е, Ukrainian і/ї/є, a few Greek and accented look-alikes;
 * - Latin and digit look-alikes inside Cyrillic words (`xyйня`, `6ля`), and transliteration
 *   of all-Latin words (`pizdec`, `blyad`, `nahuy`); the other reading of such a word is kept
 *   as an *alternate* so that both are checked;
 * - `3.14` / `3,14` glued to letters (`3.14здец` → пиздец), but not `3.14 рубля`;
 * - masking symbols inside a word (`х*й`, `бл@дь`, `п%зда`): `*` stays a wildcard (the word is
 *   marked masked), `@` reads а, `$` reads с, and both are also wildcards for the masked matcher;
 * - separators inside a word (`х.у.й`, `х_у_й`, `пи-пи-пиздец`) and runs of three or more
 *   single letters separated by spaces (`п и з д е ц`), but never ordinary word boundaries
 *   (`ты хуй` stays two words);
 * - repeated letters (`хууууй` → хуй), zero-width characters, soft hyphens, combining marks
 *   (и + U+0306 → й).
 */

/** Bits of {@link Normalised.tokFlags}. */
export const Flag = {
  Latin: 1,
  Cyrillic: 2,
  Digit: 4,
  Masked: 8,
  /** A Latin look-alike letter glued between Cyrillic letters (`зaрaботок`): spammers' trick. */
  Homoglyph: 16,
  /** Built by merging single letters (`х у й`). */
  Spaced: 32,
} as const;

/** What the normaliser's pass saw of the original text (so spam detectors need no pass of their own). */
export interface TextInfo {
  letters: number;
  upper: number;
  visible: number;
  emoji: number;
  digits: boolean;
  at: boolean;
  /**
   * Maybe a link: a dot next to a Latin letter or digit, or a `.рф` / `.рус` ending — and
   * something only a link has ("://", "www.", a dot before a domain ending, a spelled-out dot).
   */
  linkish: boolean;
  /** Three Latin letters in a row somewhere. */
  latinWord: boolean;
  /** Greek, small capitals, mathematical or other non-Cyrillic, non-Latin letters. */
  exotic: boolean;
  /** Words with a Latin look-alike planted between Cyrillic letters. */
  homoglyphs: number;
}

/** The result of {@link normalise}; all offsets are UTF-16 indices into `source`. */
export interface Normalised {
  source: string;
  /** `' '` + words joined by `' '` + `' '`: lowercase Cyrillic, `*` for an unknown letter. */
  readonly skeleton: string;
  /** The skeleton's character codes (`codes[0, length)`), read without building the string. */
  codes: Uint16Array;
  length: number;
  info: TextInfo;
  /** Per skeleton character: where in `source` it starts and ends (separators map to 0). */
  charStart: Int32Array;
  charEnd: Int32Array;
  tokenCount: number;
  /** Per word: its range in the skeleton and in the source, and its {@link Flag}s. */
  tokSkelStart: Int32Array;
  tokSkelEnd: Int32Array;
  tokSrcStart: Int32Array;
  tokSrcEnd: Int32Array;
  tokFlags: Uint8Array;
  /** Per word: whether punctuation other than spaces stands between it and the previous word. */
  tokPunctBefore: Uint8Array;
  /** Per skeleton character: 1 when it came from a masking symbol (`@`, `$`, `*`). */
  wild: Uint8Array;
  /** Other readings of mixed-script or all-Latin words: same length as the word's skeleton. */
  alternates: Alternate[];
}

export interface Alternate {
  token: number;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Character tables, built once.

const enum C {
  Other = 0,
  Cyr = 1,
  Lat = 2,
  Dig = 3,
  Mask = 4,
  Join = 5,
  Ignore = 6,
  Space = 7,
  Dot = 8,
  Bang = 9,
  Hyphen = 10,
}

const CLS = new Uint8Array(0x10000);
/** The primary (shape) reading of a character as a lowercase Cyrillic code. */
const MAP = new Uint16Array(0x10000);
/** The phonetic reading where it differs from the shape (Latin `h` reads х, `p` reads п, …). */
const ALT = new Uint16Array(0x10000);

const cy = (s: string): number => s.charCodeAt(0);
const SPACE_CODE = 32;
const STAR = 42; // '*'
const LETTER_I = cy('и');
const LETTER_SHORT_I = cy('й');
const LETTER_E = cy('е');

function buildTables(): void {
  for (let c = 0x430; c <= 0x44f; c++) {
    CLS[c] = C.Cyr;
    MAP[c] = c;
    CLS[c - 32] = C.Cyr;
    MAP[c - 32] = c;
  }
  for (const [from, to] of [
    ['ёЁ', 'е'],
    ['іІїЇ', 'и'],
    ['єЄ', 'е'],
    ['ґҐ', 'г'],
    ['ўЎ', 'у'],
  ] as const) {
    for (const ch of from) {
      CLS[cy(ch)] = C.Cyr;
      MAP[cy(ch)] = cy(to);
    }
  }
  // Latin: shape reading first, phonetic reading second (only where they differ).
  const latin: Record<string, [string, string?]> = {
    a: ['а'], b: ['в', 'б'], c: ['с', 'ц'], d: ['д'], e: ['е'], f: ['ф'], g: ['д', 'г'], h: ['н', 'х'],
    i: ['и'], j: ['й'], k: ['к'], l: ['л'], m: ['м'], n: ['п', 'н'], o: ['о'], p: ['р', 'п'],
    q: ['к'], r: ['г', 'р'], s: ['с'], t: ['т'], u: ['и', 'у'], v: ['в'], w: ['ш', 'в'], x: ['х'],
    y: ['у', 'й'], z: ['з'],
  };
  for (const [l, [shape, sound]] of Object.entries(latin)) {
    for (const code of [cy(l), cy(l.toUpperCase())]) {
      CLS[code] = C.Lat;
      MAP[code] = cy(shape);
      if (sound) ALT[code] = cy(sound);
    }
  }
  // Upper-case shapes differ from lower-case ones for a few letters.
  MAP[cy('B')] = cy('в');
  MAP[cy('H')] = cy('н');
  MAP[cy('N')] = cy('и');
  MAP[cy('R')] = cy('я');
  MAP[cy('U')] = cy('и');
  MAP[cy('Y')] = cy('у');
  MAP[cy('W')] = cy('ш');
  // Accented Latin and Greek look-alikes.
  const extra: Record<string, string> = {
    'àáâãäå': 'а', 'èéêë': 'е', 'ìíîï': 'и', 'òóôõö': 'о', 'ùúûü': 'у', 'ýÿ': 'у', 'ç': 'с', 'ñ': 'н',
    'αΑ': 'а', 'βΒ': 'в', 'εΕ': 'е', 'ηΗ': 'н', 'ιΙ': 'и', 'κΚ': 'к', 'μΜ': 'м', 'νΝ': 'н',
    'οΟ': 'о', 'ρΡ': 'р', 'τΤ': 'т', 'υΥ': 'у', 'χΧ': 'х', 'ΠΠπ': 'п', 'λΛ': 'л', 'σς': 'о', 'γ': 'у',
    'δΔ': 'д', 'ωΩ': 'ш', 'ΓΓ': 'г', 'ΖΖ': 'з', 'ΙΙ': 'и', 'ΜΜ': 'м', 'ΧΧ': 'х',
    // Small capitals and IPA letters that spammers use to dodge filters ("пᴀᴘтнᴇᴘы").
    'ᴀ': 'а', 'ʙ': 'в', 'ᴄ': 'с', 'ᴅ': 'д', 'ᴇ': 'е', 'ɢ': 'г', 'ʜ': 'н', 'ɪ': 'и', 'ᴊ': 'й', 'ᴋ': 'к',
    'ʟ': 'л', 'ᴍ': 'м', 'ɴ': 'н', 'ᴏ': 'о', 'ᴘᴩʀ': 'р', 'ᴛ': 'т', 'ᴜ': 'и', 'ᴠ': 'в', 'ᴡ': 'ш', 'ʏ': 'у',
    'ᴢ': 'з', 'ᴨ': 'п', 'ʍ': 'м', 'ᴧ': 'л', 'ɯ': 'ш', 'ᴦ': 'г', 'ɜ': 'з', 'ᴎ': 'и', 'ᴫ': 'л', 'ɑ': 'а',
  };
  for (const [from, to] of Object.entries(extra)) {
    for (const ch of from) {
      CLS[cy(ch)] = C.Lat;
      MAP[cy(ch)] = cy(to);
      CLS[cy(ch.toLowerCase())] = C.Lat;
      MAP[cy(ch.toLowerCase())] = cy(to);
    }
  }
  // Fullwidth Latin letters behave as Latin.
  for (let c = 0xff21; c <= 0xff3a; c++) {
    CLS[c] = C.Lat;
    MAP[c] = MAP[c - 0xff21 + 65]!;
    ALT[c] = ALT[c - 0xff21 + 65]!;
    CLS[c + 32] = C.Lat;
    MAP[c + 32] = MAP[c - 0xff21 + 97]!;
    ALT[c + 32] = ALT[c - 0xff21 + 97]!;
  }
  // Digits: a look-alike reading when inside a word, nothing when alone ("6 тысяч").
  const digits = ['о', 'и', 'з', 'з', 'ч', 'б', 'б', 'т', 'в', 'я'];
  const digitsAlt = ['', 'л', '', 'е', 'а', '', '', '', '', ''];
  for (let d = 0; d <= 9; d++) {
    CLS[48 + d] = C.Dig;
    MAP[48 + d] = cy(digits[d]!);
    if (digitsAlt[d]) ALT[48 + d] = cy(digitsAlt[d]!);
  }
  // Masking symbols: '*' is an unknown letter, '@' and '$' read а and с but may be anything.
  for (const ch of '*#%') {
    CLS[cy(ch)] = C.Mask;
    MAP[cy(ch)] = STAR;
  }
  CLS[cy('@')] = C.Mask;
  MAP[cy('@')] = cy('а');
  CLS[cy('$')] = C.Mask;
  MAP[cy('$')] = cy('с');
  CLS[cy('!')] = C.Bang;
  MAP[cy('!')] = STAR;
  // Separators that may sit inside a word (straight quotes too: Э"С"К"О"Р"Т", х"у"й).
  for (const ch of "_'`~+/\\\u00b7\u2022\"^") CLS[cy(ch)] = C.Join;
  // Hyphens join only short pieces ("пи-пи-пиздец", "х-у-й"), not "дура-дурой" or "кто-нибудь".
  for (const ch of '-\u2010\u2011\u2012\u2013') CLS[cy(ch)] = C.Hyphen;
  CLS[cy('.')] = C.Dot;
  // Invisible: zero-width, soft hyphen, joiners, variation selectors, combining marks, BOM.
  for (const c of [0x00ad, 0x034f, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]) {
    CLS[c] = C.Ignore;
  }
  for (let c = 0x0300; c <= 0x036f; c++) CLS[c] = C.Ignore;
  for (let c = 0x0483; c <= 0x0489; c++) CLS[c] = C.Ignore;
  for (let c = 0xfe00; c <= 0xfe0f; c++) CLS[c] = C.Ignore;
  for (let c = 0x1ab0; c <= 0x1aff; c++) CLS[c] = C.Ignore;
  for (let c = 0x20d0; c <= 0x20ff; c++) CLS[c] = C.Ignore;
  // Whitespace.
  for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) CLS[c] = C.Space;
  for (let c = 0x2000; c <= 0x200a; c++) CLS[c] = C.Space;
}
buildTables();

const isLetterish = (cls: number): boolean => cls === C.Cyr || cls === C.Lat || cls === C.Dig || cls === C.Mask;

// ---------------------------------------------------------------------------------------------
// Transliteration of all-Latin words (`pizdec`, `blyad`, `nahuy`, `xyesos`): one letter each,
// digraphs shch/sch→щ, sh→ш, ch→ч, zh→ж, kh→х, ts/tz→ц, ya/ja/ia→я, yu/ju→ю, yo/jo/ye/je→е,
// y→й after a vowel and ы elsewhere, '→ь.

const TRANSLIT_ONE: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'й', k: 'к', l: 'л',
  m: 'м', n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'х',
  z: 'з', "'": 'ь', '0': 'о', '1': 'и', '3': 'з', '4': 'ч', '6': 'б',
};
const VOWELS_LAT = 'aeiouy';
/** English words that transliterate into a Russian obscene root. */
const ENGLISH = new Set([
  'ebay', 'ebony', 'ebook', 'ebooks', 'ebola', 'ebit', 'ebitda', 'ebert', 'hui', 'huynh', 'ebs', 'her', 'hers', 'herb', 'herbs', 'hero', 'heroes', 'herself',
  'job', 'jobs', 'mandame',
]);
export const isEnglish = (w: string): boolean => {
  const s = w.toLowerCase();
  return ENGLISH.has(s) || /^[a-z]*[tpscgw]her(?:s|ed|ing)?$/.test(s);
};

/** Cyrillic reading of each lowercase ASCII letter and look-alike digit in a transliterated word. */
const ONE = new Uint16Array(128);
for (const [k, v] of Object.entries(TRANSLIT_ONE)) ONE[k.charCodeAt(0)] = v.charCodeAt(0);
const VOWEL_LAT = new Uint8Array(128);
for (const v of VOWELS_LAT) VOWEL_LAT[v.charCodeAt(0)] = 1;
const a_ = 97, c_ = 99, e_ = 101, h_ = 104, i_ = 105, j_ = 106, k_ = 107, o_ = 111, s_ = 115, t_ = 116, u_ = 117, y_ = 121, z_ = 122;

function lowerAt(src: string, k: number, to: number): number {
  if (k >= to) return 0;
  const c = src.charCodeAt(k);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Writes the transliteration of `src[from, to)` (all ASCII Latin) into the skeleton buffers. */
function transliterate(src: string, from: number, to: number, out: Buffers, at: number): number {
  let w = at;
  let last = 0;
  let i = from;
  let prev = 0;
  while (i < to) {
    const c0 = lowerAt(src, i, to);
    if (c0 >= 128 || (!ONE[c0] && c0 !== y_)) {
      i++; // separators and anything unreadable
      continue;
    }
    const c1 = lowerAt(src, i + 1, to);
    let ch: number;
    let len = 2;
    if (c0 === s_ && c1 === h_) {
      if (lowerAt(src, i + 2, to) === c_ && lowerAt(src, i + 3, to) === h_) {
        ch = 0x449;
        len = 4;
      } else ch = 0x448;
    } else if (c0 === s_ && c1 === c_ && lowerAt(src, i + 2, to) === h_) {
      ch = 0x449;
      len = 3;
    } else if (c0 === c_ && c1 === h_) ch = 0x447;
    else if (c0 === z_ && c1 === h_) ch = 0x436;
    else if (c0 === k_ && c1 === h_) ch = 0x445;
    else if (c0 === t_ && (c1 === s_ || c1 === z_)) ch = 0x446;
    else if ((c0 === y_ || c0 === j_ || c0 === i_) && c1 === a_) ch = 0x44f;
    else if ((c0 === y_ || c0 === j_) && c1 === u_) ch = 0x44e;
    else if ((c0 === y_ || c0 === j_) && (c1 === o_ || c1 === e_)) ch = 0x435;
    else {
      len = 1;
      ch = c0 === y_ ? (prev && VOWEL_LAT[prev] ? 0x439 : 0x44b) : ONE[c0]!;
    }
    prev = c0;
    if (ch === last) {
      out.end[w - 1] = i + len;
    } else {
      out.sk[w] = ch;
      out.start[w] = i;
      out.end[w] = i + len;
      out.wild[w] = 0;
      w++;
      last = ch;
    }
    i += len;
  }
  return w;
}

// ---------------------------------------------------------------------------------------------
// Buffers, reused between calls (the classifier is synchronous and single-threaded).

interface Buffers {
  cap: number;
  sk: Uint16Array;
  start: Int32Array;
  end: Int32Array;
  wild: Uint8Array;
  tcap: number;
  tSkS: Int32Array;
  tSkE: Int32Array;
  tSrcS: Int32Array;
  tSrcE: Int32Array;
  tFlags: Uint8Array;
  tPunct: Uint8Array;
  /** Words that contain a trigger, in order. */
  cand: Int32Array;
}

function makeBuffers(): Buffers {
  return {
    cap: 0,
    sk: new Uint16Array(0),
    start: new Int32Array(0),
    end: new Int32Array(0),
    wild: new Uint8Array(0),
    tcap: 0,
    tSkS: new Int32Array(0),
    tSkE: new Int32Array(0),
    tSrcS: new Int32Array(0),
    tSrcE: new Int32Array(0),
    tFlags: new Uint8Array(0),
    tPunct: new Uint8Array(0),
    cand: new Int32Array(0),
  };
}

/** The quick pass's buffers (skeleton codes and words; per-character offsets are not kept there). */
const quickBuf = makeBuffers();
/** The full pass's buffers: the same skeleton with every character's offsets and mask marks. */
const fullBuf = makeBuffers();

function ensure(buf: Buffers, chars: number): void {
  if (buf.cap < chars) {
    const cap = Math.max(chars, 1024, buf.cap * 2);
    buf.cap = cap;
    buf.sk = new Uint16Array(cap);
    buf.start = new Int32Array(cap);
    buf.end = new Int32Array(cap);
    buf.wild = new Uint8Array(cap);
  }
  const tokens = (chars >> 1) + 2;
  if (buf.tcap < tokens) {
    const cap = Math.max(tokens, 512, buf.tcap * 2);
    buf.tcap = cap;
    buf.tSkS = new Int32Array(cap);
    buf.tSkE = new Int32Array(cap);
    buf.tSrcS = new Int32Array(cap);
    buf.tSrcE = new Int32Array(cap);
    buf.tFlags = new Uint8Array(cap);
    buf.tPunct = new Uint8Array(cap);
    buf.cand = new Int32Array(cap);
  }
}

/**
 * Skeleton codes are whole UTF-16 code units with no surrogates (Cyrillic letters, spaces, "*"):
 * longer runs are decoded by the platform's UTF-16 decoder, two to three times faster than
 * String.fromCharCode at a comment's length; short ones (a word) by fromCharCode.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le') : null;

/** `sk[from, len)` as a string. */
export function bufferToString(sk: Uint16Array, len: number, from = 0): string {
  if (len - from >= 48 && UTF16 !== null) return UTF16.decode(new Uint8Array(sk.buffer, sk.byteOffset + from * 2, (len - from) * 2));
  let out = '';
  for (let i = from; i < len; i += 8192) {
    out += String.fromCharCode.apply(null, sk.subarray(i, Math.min(len, i + 8192)) as unknown as number[]);
  }
  return out;
}

/** Latin letters that look like Cyrillic ones ("XYE" is хуе); a word of only these has a shape reading. */
const LOOKALIKE = new Uint8Array(128);
for (const ch of 'xyeopackmhbtu3460XYEOPACKMHBTU') LOOKALIKE[ch.charCodeAt(0)] = 1;
function lookalikeOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || !LOOKALIKE[c]) return false;
  }
  return true;
}

/** Letters in the run of letters starting at `i` (used to decide whether a dot joins). */
function segmentLength(text: string, i: number, step: 1 | -1): number {
  let n = 0;
  for (let j = i; j >= 0 && j < text.length; j += step) {
    const cls = CLS[text.charCodeAt(j)]!;
    if (cls === C.Cyr || cls === C.Lat) n++;
    else if (cls !== C.Ignore) break;
  }
  return n;
}

/** Next character index that is not invisible, or -1. */
function nextVisible(text: string, i: number): number {
  for (let j = i; j < text.length; j++) if (CLS[text.charCodeAt(j)] !== C.Ignore) return j;
  return -1;
}

/** A dot spelled out ("site точка ru", "vk dot cc"): a disguised link needs no real dot. */
const SPELLED_DOT = /точка|dot/i;

/** Letters (Cyrillic or Latin) from `i` on, counting up to 5. */
function lettersFrom(text: string, i: number): number {
  let k = 0;
  while (k < 5 && i + k < text.length && (CLS[text.charCodeAt(i + k)] === C.Cyr || CLS[text.charCodeAt(i + k)] === C.Lat)) k++;
  return k;
}
const isSmall = (c: number): boolean => (c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 97 && c <= 122);
const isCapital = (c: number): boolean => (c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 65 && c <= 90);

/** Whitespace as a regular expression's `\s` reads it (and a little more), for {@link linkDot}. */
const isSpaceLike = (c: number): boolean => c <= 32 || CLS[c] === C.Space || c === 0xfeff;
/** A Latin letter as `[a-z]` reads it with the `iu` flags (the Kelvin sign is k, the long s is s). */
const isUrlLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x17f || c === 0x212a;

/**
 * Whether the dot at `i` may belong to a link: "www.", ".рф", or — past spaces and brackets, as in
 * "site . ru" or "site(.)ru" — a Latin letter, digit or hyphen before it and a Latin letter or р
 * after it. Dates, prices and sentence ends ("01.02.2024", "3.5 млн", "Привет. Как") are not.
 */
function linkDot(text: string, i: number): boolean {
  const q = text.charCodeAt(i + 1);
  if (q === 0x440 || q === 0x420) return true; // .рф, .рус
  const p = text.charCodeAt(i - 1);
  if (p === 119 || p === 87) return true; // www.
  let a = i - 1;
  for (let c = p; a >= 0 && (isSpaceLike(c) || c === 40 || c === 91); c = text.charCodeAt(--a));
  let b = i + 1;
  for (let c = q; b < text.length && (isSpaceLike(c) || c === 41 || c === 93); c = text.charCodeAt(++b));
  if (a < 0 || b >= text.length) return false;
  const before = text.charCodeAt(a);
  const after = text.charCodeAt(b);
  return (isUrlLetter(before) || (before >= 48 && before <= 57) || before === 45) && (isUrlLetter(after) || after === 0x440 || after === 0x420);
}

const VK_MENTION = /\[(?:id|club|public)\d+\|[^\]\n]{0,80}\]/y;

/** The index of the closing "]" of a VK mention starting at `i`, or -1. */
function vkMention(text: string, i: number): number {
  VK_MENTION.lastIndex = i;
  return VK_MENTION.test(text) ? VK_MENTION.lastIndex - 1 : -1;
}

/** The plain Latin letter or digit behind a Mathematical Alphanumeric Symbol at `i`, or 0. */
function mathPlain(text: string, i: number): number {
  const lo = text.charCodeAt(i + 1);
  if (lo < 0xdc00 || lo > 0xdfff) return 0;
  const cp = 0x1d400 + (lo - 0xdc00); // high surrogate 0xd835 covers U+1D400–U+1D7FF
  if (cp >= 0x1d400 && cp <= 0x1d6a3) {
    const k = (cp - 0x1d400) % 52;
    return k < 26 ? 65 + k : 97 + k - 26;
  }
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return 48 + ((cp - 0x1d7ce) % 10);
  return 0;
}

function isPi(text: string, i: number): boolean {
  // "3.14" or "3,14" immediately followed by a letter, and not part of a longer number.
  if (text.charCodeAt(i) !== 51) return false;
  const sep = text.charCodeAt(i + 1);
  if ((sep !== 46 && sep !== 44) || text.charCodeAt(i + 2) !== 49 || text.charCodeAt(i + 3) !== 52) return false;
  if (i > 0 && CLS[text.charCodeAt(i - 1)] === C.Dig) return false;
  const after = CLS[text.charCodeAt(i + 4)];
  return after === C.Cyr || after === C.Lat;
}

/**
 * Closes the word that occupies the skeleton from `tSk` to `len`: drops numbers and codes,
 * transliterates all-Latin words, records other readings, writes the word's entry and the
 * separating space. Returns the new skeleton length, or -1 when the word is dropped.
 * (A top-level function, not a closure, so that the scanning loop keeps its state in registers.)
 */
function finishToken(
  buf: Buffers,
  text: string,
  tSk: number,
  len: number,
  tSrc: number,
  tLastSrc: number,
  flags: number,
  letters: number,
  digits: number,
  tokens: number,
  punct: number,
  alternates: Alternate[],
): number {
  const { sk, start, end, wild } = buf;
  if (letters === 0 || (digits >= 2 && digits >= letters)) return -1; // numbers, symbols, codes like "id12345" or "2х3"
  const latinOnly = (flags & (Flag.Latin | Flag.Cyrillic)) === Flag.Latin && (flags & Flag.Masked) === 0;
  if (latinOnly) {
    // All-Latin word: transliterate; a word of look-alike letters only ("XYE") keeps its shape
    // reading as an alternate. (English words that read as мат are dropped by the classifier.)
    const shape = len - tSk >= 3 && lookalikeOnly(text, tSrc, tLastSrc) ? bufferToString(sk, len, tSk) : null;
    const to = transliterate(text, tSrc, tLastSrc, buf, tSk);
    if (to > tSk) {
      len = to;
      if (shape !== null) {
        const translit = bufferToString(sk, len, tSk);
        if (shape !== translit) alternates.push({ token: tokens, text: shape });
      }
    } else if (shape !== null) {
      for (let k = 0; k < shape.length; k++) sk[tSk + k] = shape.charCodeAt(k);
    } else {
      return -1; // nothing readable
    }
  } else if ((flags & Flag.Latin || flags & Flag.Digit) && flags & Flag.Cyrillic) {
    // Mixed word: the phonetic reading of its Latin letters and digits is the alternate.
    let alt = '';
    let differs = false;
    let k = tSk;
    for (let j = tSrc; j < tLastSrc && k < len; j++) {
      const c = text.charCodeAt(j);
      const cls = CLS[c]!;
      if (cls !== C.Cyr && cls !== C.Lat && cls !== C.Dig && cls !== C.Mask && cls !== C.Bang) continue;
      if (start[k] !== j) continue; // collapsed repeat or a multi-char reading
      const a = ALT[c];
      if (a) {
        alt += String.fromCharCode(a);
        differs = true;
      } else alt += String.fromCharCode(sk[k]!);
      k++;
    }
    if (differs && k === len) alternates.push({ token: tokens, text: alt });
  }
  buf.tSkS[tokens] = tSk;
  buf.tSkE[tokens] = len;
  buf.tSrcS[tokens] = tSrc;
  buf.tSrcE[tokens] = tLastSrc;
  buf.tFlags[tokens] = flags;
  buf.tPunct[tokens] = punct;
  sk[len] = SPACE_CODE;
  start[len] = 0;
  end[len] = 0;
  wild[len] = 0;
  return len + 1;
}

/** The output bits seen by the last {@link stepOver}. */
let stepBits = 0;

/** Steps the automaton over `sk[from, to)` from `state`; returns the state, the bits go to {@link stepBits}. */
function stepOver(ac: Automaton, sk: Uint16Array, from: number, to: number, state: number): number {
  const { delta, firstOut, out } = ac;
  const SYMBOL = SYMBOLS;
  let bits = 0;
  for (let p = from; p < to; p++) {
    state = delta[state + SYMBOL[sk[p]!]!]!;
    if (state >= firstOut) bits |= out[state - firstOut]!;
  }
  stepBits = bits;
  return state;
}

/**
 * The automaton over a finished skeleton, for the rare texts whose words were rewritten after
 * they were read (single letters merged into a word). Fills `b.cand`; returns the bits seen,
 * with the count of candidate words in {@link stepBits}.
 */
function automatonPass(ac: Automaton, b: Buffers, len: number, tokenCount: number): number {
  const { delta, firstOut, out } = ac;
  const SYMBOL = SYMBOLS;
  const WORD_TRIGGER = WORD_TRIGGER_BIT;
  const codes = b.sk;
  let state = 0;
  let token = -1;
  let bits = 0;
  let count = 0;
  for (let p = 0; p < len; p++) {
    const code = codes[p]!;
    if (code === SPACE_CODE) token++;
    state = delta[state + SYMBOL[code]!]!;
    if (state < firstOut) continue;
    const o = out[state - firstOut]!;
    bits |= o;
    // A trigger ending on a space belongs to the word before it (" вор " ends at the space).
    const t = code === SPACE_CODE ? token - 1 : token;
    if (o & WORD_TRIGGER && t >= 0 && t < tokenCount && (count === 0 || b.cand[count - 1] !== t)) b.cand[count++] = t;
  }
  stepBits = count;
  return bits;
}

/**
 * The quick pass, used by the classifier: the skeleton's codes and words, the text's
 * {@link TextInfo}, and the words that contain a trigger of `automaton`, which steps over each
 * skeleton character as it is written. Plain Cyrillic letters inside a Cyrillic word (most of any
 * text) go through a tight loop that keeps no per-character offsets; `charStart`, `charEnd` and
 * `wild` of the result are computed by the full pass the first time they are read (a match to
 * locate, a masked word). The result lives in shared buffers until the next call.
 */
export function scan(text: string, automaton: Automaton = EMPTY_AUTOMATON): Scan {
  return scanInto(text, quickBuf, false, automaton);
}

/**
 * One pass over the text. `full` keeps every character's offsets and mask marks (the reference
 * behaviour, character by character); otherwise plain Cyrillic letters take the quick loop, and
 * a word that turns out to mix scripts or digits is read again from its start with offsets (the
 * other reading of a mixed word is aligned through them).
 */
function scanInto(text: string, buf: Buffers, full: boolean, ac: Automaton): Scan {
  const n = text.length;
  ensure(buf, 2 * n + 8);
  const { sk, start, end, wild } = buf;
  const tSkS = buf.tSkS;
  const tSkE = buf.tSkE;
  const tSrcS = buf.tSrcS;
  const tSrcE = buf.tSrcE;
  const tFl = buf.tFlags;
  const tPu = buf.tPunct;
  const cand = buf.cand;
  const delta = ac.delta;
  const firstOut = ac.firstOut;
  const acOut = ac.out;
  // Imported bindings are read once: in some module systems every access is a getter call.
  const CYRILLIC_BASE = CYRILLIC_SYMBOL_BASE;
  const WORD_TRIGGER = WORD_TRIGGER_BIT;
  const alternates: Alternate[] = [];
  let len = 0;
  sk[len] = SPACE_CODE;
  start[len] = 0;
  end[len] = 0;
  wild[len] = 0;
  len++;
  // The automaton reads the skeleton as it is written, starting with the leading space.
  let state = delta[0]!;
  let found = state >= firstOut ? acOut[state - firstOut]! : 0;
  let candidates = 0;
  /** The automaton's state before the current word, and the bits seen inside it so far. */
  let tokState = state;
  let tokBits = 0;
  /** Whether the current word's codes were only appended (so the steps taken are valid). */
  let fused = true;
  /** The current word goes character by character with offsets (mixed scripts, digits, or `full`). */
  let slow = full;
  /** The current word has letters read by the quick loop (which keeps no offsets). */
  let quick = false;
  /** The next word goes character by character (`full`, or a word read again). */
  let startSlow = full;
  // The counters as they were before the current word, for reading a word again.
  let sLetters = 0;
  let sUpper = 0;
  let sVisible = 0;
  let sEmoji = 0;
  let sLatinRun = 0;
  let tokens = 0;
  let inTok = false;
  let tSk = 0;
  let tSrc = 0;
  let tLastSrc = 0;
  let flags = 0;
  let letters = 0;
  let digits = 0;
  let last = 0;
  let lastCls = 0;
  let beforeLat = 0;
  let run = 0;
  let latRun = 0;
  let punct = 0;
  let singles = 0;
  let needMerge = false;
  // What the spam detectors need to know, gathered in the same pass.
  let iLetters = 0;
  let iUpper = 0;
  let iVisible = 0;
  let iEmoji = 0;
  let iDigits = false;
  let iAt = false;
  let iLinkish = false;
  /** Something only a link has: "://", "www.", a dot between a Latin letter or digit and a domain ending. */
  let iLinkMark = false;
  let iLatinRun = 0;
  let iLatinWord = false;
  let iExotic = false;
  let iHomoglyphs = 0;

  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x410 && c <= 0x44f && (inTok ? !slow : !startSlow)) {
      // The common case, а–я or А–Я in a Cyrillic word: no offsets, no detours.
      if (!inTok) {
        // A word starts (what the general path below does for its first letter).
        sLetters = iLetters;
        sUpper = iUpper;
        sVisible = iVisible;
        sEmoji = iEmoji;
        sLatinRun = iLatinRun;
        iLatinRun = 0;
        inTok = true;
        tSk = len;
        tSrc = i;
        flags = Flag.Cyrillic;
        letters = 0;
        digits = 0;
        last = 0;
        lastCls = C.Cyr;
        tokState = state;
        tokBits = 0;
        fused = true;
        slow = false;
      }
      const from = i;
      quick = true;
      do {
        if (c < 0x430) {
          iUpper++;
          c += 32;
        }
        if (c === last) {
          run++;
          // Repeated letters collapse ("хууууй"), except a plain double е: "переебать".
          if (c === LETTER_E) {
            if (run === 2) {
              sk[len++] = c;
              state = delta[state + c - CYRILLIC_BASE]!;
              if (state >= firstOut) tokBits |= acOut[state - firstOut]!;
            } else if (run === 3) {
              len--;
              fused = false;
            }
          }
        } else {
          run = 1;
          last = c;
          sk[len++] = c;
          state = delta[state + c - CYRILLIC_BASE]!;
          if (state >= firstOut) tokBits |= acOut[state - firstOut]!;
        }
        if (++i === n) break;
        c = text.charCodeAt(i);
      } while (c >= 0x410 && c <= 0x44f);
      const count = i - from;
      iVisible += count;
      iLetters += count;
      letters += count;
      tLastSrc = i;
      if (i === n) break;
      if (CLS[c] === C.Space) {
        // The word ends at a space: it is a plain Cyrillic word (what the general path does).
        if (c > 32) iVisible++;
        inTok = false;
        if (len - tSk === 1) singles++;
        else singles = 0;
        if (singles >= 3) needMerge = true;
        tSkS[tokens] = tSk;
        tSkE[tokens] = len;
        tSrcS[tokens] = tSrc;
        tSrcE[tokens] = tLastSrc;
        tFl[tokens] = flags;
        tPu[tokens] = punct;
        if (!fused) {
          state = stepOver(ac, sk, tSk, len, tokState);
          tokBits = stepBits;
        }
        state = delta[state]!; // the space after the word
        if (state >= firstOut) tokBits |= acOut[state - firstOut]!;
        if (tokBits !== 0) {
          found |= tokBits;
          if (tokBits & WORD_TRIGGER) cand[candidates++] = tokens;
        }
        tokens++;
        punct = 0;
        sk[len] = SPACE_CODE;
        start[len] = 0;
        end[len] = 0;
        wild[len] = 0;
        len++;
        continue;
      }
    }
    if (!inTok) {
      if (c === 32 || c === 10) {
        // A space between words (after punctuation, or a second one): nothing but the end of a
        // Latin run, which the general path below would note the same way.
        iLatinRun = 0;
        continue;
      }
      if (c === 91 /* [ */) {
        // VK reply markup "[id123|Имя]": the name is not the comment's words.
        const close = vkMention(text, i);
        if (close > 0) {
          i = close;
          punct = 1;
          continue;
        }
      }
      sLetters = iLetters;
      sUpper = iUpper;
      sVisible = iVisible;
      sEmoji = iEmoji;
      sLatinRun = iLatinRun;
    }
    let cls = CLS[c]!;
    if (c > 32) iVisible++;
    if (cls === C.Cyr) {
      iLetters++;
      if (c < 0x430 || c === 0x401) iUpper++;
      iLatinRun = 0;
    } else if (cls === C.Lat) {
      iLetters++;
      if (c < 128) {
        if (c < 97) iUpper++;
        if (++iLatinRun >= 3) iLatinWord = true;
      } else if (c >= 0x250) iExotic = true;
    } else {
      iLatinRun = 0;
      if (cls === C.Dig) iDigits = true;
      else if (c === 64) iAt = true;
      else if (c === 46) {
        if (!iLinkMark && linkDot(text, i)) iLinkMark = true;
        const p = text.charCodeAt(i - 1);
        const q = text.charCodeAt(i + 1);
        if (
          isAsciiAlnum(p) ||
          isAsciiAlnum(q) ||
          (p === 32 && isAsciiAlnum(text.charCodeAt(i - 2))) ||
          (q === 32 && isAsciiAlnum(text.charCodeAt(i + 2))) ||
          q === 0x440 ||
          q === 0x420
        ) {
          iLinkish = true;
        }
      } else if (c === 58 /* : */) {
        if (text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) iLinkMark = true;
      } else if (c >= 0x2190 && cls === C.Other) {
        if (c >= 0xd83c && c <= 0xd83e) {
          const lo = text.charCodeAt(i + 1);
          if (lo >= 0xdc00 && lo <= 0xdfff) iEmoji++;
        } else if ((c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2b55 || c <= 0x21ff) iEmoji++;
        else if ((c >= 0x1200 && c <= 0x1fff) || c === 0xd835) iExotic = true;
      } else if (cls === C.Other && ((c >= 0x250 && c <= 0x3ff) || (c >= 0x4f8 && c <= 0x52f))) iExotic = true;
    }
    if (cls === C.Bang) {
      // '!' masks a letter only between letters: "бл!ть", never "сука!", nor a sentence's end with
      // its space left out ("завтра!Байден": a small letter, then a capital).
      const nx = nextVisible(text, i + 1);
      const next = nx >= 0 ? text.charCodeAt(nx) : 0;
      // Nor between two long words ("плаху!судить"): a masked letter sits in a short piece.
      cls = inTok && nx >= 0 && (CLS[next] === C.Cyr || CLS[next] === C.Lat) && !(isSmall(text.charCodeAt(i - 1)) && isCapital(next)) && !(letters >= 5 && lettersFrom(text, nx) >= 5) ? C.Mask : C.Other;
    }
    if (cls === C.Mask && !inTok) {
      // A symbol starts a word only when a letter follows ("*уй", not "* список", not "@user").
      const nx = nextVisible(text, i + 1);
      const ncls = nx >= 0 ? CLS[text.charCodeAt(nx)]! : 0;
      if (c === 64 /* @ */ && ncls === C.Lat) cls = C.Other;
      else if (ncls !== C.Cyr && ncls !== C.Lat && ncls !== C.Mask) cls = C.Other;
    }
    let width = 1;
    if (c === 0xd835) {
      // Mathematical bold/italic/… Latin letters and digits (a surrogate pair): read as plain ones.
      const plain = mathPlain(text, i);
      if (plain) {
        cls = CLS[plain]!;
        width = 2;
      }
    }
    if (isLetterish(cls)) {
      if (!inTok) {
        inTok = true;
        tSk = len;
        tSrc = i;
        flags = 0;
        letters = 0;
        digits = 0;
        last = 0;
        lastCls = 0;
        tokState = state;
        tokBits = 0;
        fused = true;
        slow = startSlow;
        startSlow = full;
        quick = false;
      }
      if (!slow && cls !== C.Cyr) {
        slow = true;
        if (quick) {
          // A word read quickly turns out to mix scripts, digits or masks: read it again from
          // its start with offsets (its other reading is aligned through them, a masked word is
          // read through its mask marks).
          iLetters = sLetters;
          iUpper = sUpper;
          iVisible = sVisible;
          iEmoji = sEmoji;
          iLatinRun = sLatinRun;
          inTok = false;
          len = tSk;
          state = tokState;
          startSlow = true;
          i = tSrc - 1;
          continue;
        }
      }
      if (cls === C.Dig && isPi(text, i)) {
        sk[len] = cy('п');
        start[len] = i;
        end[len] = i + 4;
        wild[len] = 0;
        sk[len + 1] = LETTER_I;
        start[len + 1] = i;
        end[len + 1] = i + 4;
        wild[len + 1] = 0;
        len += 2;
        last = LETTER_I;
        letters += 2;
        flags |= Flag.Digit;
        fused = false;
        i += 3;
        tLastSrc = i + 1;
        lastCls = C.Cyr;
        continue;
      }
      const ch = width === 2 ? MAP[mathPlain(text, i)]! : MAP[c]!;
      if (cls === C.Cyr) {
        // (A lowercase letter after a Cyrillic one adds nothing: after "3.14" the word keeps only
        // the digit flag, as it always has.)
        if (lastCls !== C.Cyr || c < 0x430 || c > 0x44f) flags |= Flag.Cyrillic;
        letters++;
        // A Latin letter between two Cyrillic ones, or a Latin capital opening a Cyrillic word.
        if (lastCls === C.Lat && (beforeLat === C.Cyr || (beforeLat === -1 && latRun === 1))) flags |= Flag.Homoglyph;
      } else if (cls === C.Lat) {
        if (lastCls !== C.Lat) {
          beforeLat = lastCls === 0 ? -1 : lastCls;
          latRun = 0;
        }
        latRun++;
        flags |= Flag.Latin;
        letters++;
      } else if (cls === C.Dig) {
        flags |= Flag.Digit;
        digits++;
      }
      else flags |= Flag.Masked;
      tLastSrc = i + width;
      lastCls = cls;
      if (ch === last && ch !== STAR) {
        run++;
        // Repeated letters collapse ("хууууй"), except a plain double е: "переебать", "неебический".
        if (ch === LETTER_E && run === 2) {
          sk[len] = ch;
          start[len] = i;
          end[len] = i + width;
          wild[len] = 0;
          len++;
          if (cls === C.Cyr) {
            state = delta[state + ch - CYRILLIC_BASE]!;
            if (state >= firstOut) tokBits |= acOut[state - firstOut]!;
          } else fused = false;
          i += width - 1;
          continue;
        }
        if (ch === LETTER_E && run === 3) {
          len--;
          fused = false;
        }
        end[len - 1] = i + width;
        i += width - 1;
        continue;
      }
      run = 1;
      sk[len] = ch;
      start[len] = i;
      end[len] = i + width;
      wild[len] = cls === C.Mask ? 1 : 0;
      len++;
      if (cls === C.Cyr) {
        state = delta[state + ch - CYRILLIC_BASE]!;
        if (state >= firstOut) tokBits |= acOut[state - firstOut]!;
      } else fused = false;
      last = ch;
      i += width - 1;
      continue;
    }
    if (cls === C.Ignore) {
      if (c === 0x306 && inTok && last === LETTER_I) {
        sk[len - 1] = LETTER_SHORT_I;
        last = LETTER_SHORT_I;
        fused = false;
      }
      continue;
    }
    if (inTok && (cls === C.Join || cls === C.Dot || cls === C.Hyphen)) {
      const nx = nextVisible(text, i + 1);
      const ncls = nx >= 0 ? CLS[text.charCodeAt(nx)]! : 0;
      if (cls === C.Join && (ncls === C.Cyr || ncls === C.Lat || ncls === C.Mask)) continue;
      if (
        cls === C.Hyphen &&
        (ncls === C.Cyr || ncls === C.Lat || ncls === C.Mask) &&
        (segmentLength(text, i - 1, -1) <= 2 || segmentLength(text, nx, 1) <= 2)
      ) {
        continue;
      }
      if (cls === C.Dot) {
        // Dots: ".." inside a word masks letters ("бл..ь"); one dot joins short pieces
        // ("х.у.й", "бл.дь") but not sentences glued together ("конец.Начало").
        let j = i;
        while (text.charCodeAt(j) === 46) j++;
        const after = CLS[text.charCodeAt(j)];
        if (after === C.Cyr || after === C.Lat) {
          if (j - i >= 2 && j - i <= 4) {
            if (!slow) {
              slow = true;
              if (quick) {
                // A masked word read quickly: again from its start, with offsets and mask marks.
                iLetters = sLetters;
                iUpper = sUpper;
                iVisible = sVisible;
                iEmoji = sEmoji;
                iLatinRun = sLatinRun;
                inTok = false;
                len = tSk;
                state = tokState;
                startSlow = true;
                i = tSrc - 1;
                continue;
              }
            }
            for (let k = i; k < j; k++) {
              sk[len] = STAR;
              start[len] = k;
              end[len] = k + 1;
              wild[len] = 1;
              len++;
            }
            flags |= Flag.Masked;
            last = STAR;
            fused = false;
            i = j - 1;
            continue;
          }
          if (j - i === 1 && (segmentLength(text, i - 1, -1) <= 2 || segmentLength(text, j, 1) <= 2)) continue;
        }
      }
    }
    if (inTok) {
      inTok = false;
      if (flags === Flag.Cyrillic) {
        // A plain Cyrillic word (most words): recorded here, without the general path.
        if (len - tSk === 1) singles++;
        else singles = 0;
        if (singles >= 3) needMerge = true;
        tSkS[tokens] = tSk;
        tSkE[tokens] = len;
        tSrcS[tokens] = tSrc;
        tSrcE[tokens] = tLastSrc;
        tFl[tokens] = flags;
        tPu[tokens] = punct;
        if (!fused) {
          state = stepOver(ac, sk, tSk, len, tokState);
          tokBits = stepBits;
        }
        state = delta[state]!; // the space after the word
        if (state >= firstOut) tokBits |= acOut[state - firstOut]!;
        if (tokBits !== 0) {
          found |= tokBits;
          if (tokBits & WORD_TRIGGER) cand[candidates++] = tokens;
        }
        tokens++;
        punct = 0;
        sk[len] = SPACE_CODE;
        start[len] = 0;
        end[len] = 0;
        wild[len] = 0;
        len++;
        if (cls !== C.Space && cls !== C.Ignore) punct = 1;
        continue;
      }
      // A Latin look-alike closing a Cyrillic word ("нa", "пишитe") is planted too.
      if (lastCls === C.Lat && latRun === 1 && beforeLat === C.Cyr) flags |= Flag.Homoglyph;
      if (flags & Flag.Homoglyph) iHomoglyphs++;
      const next = finishToken(buf, text, tSk, len, tSrc, tLastSrc, flags, letters, digits, tokens, punct, alternates);
      if (next < 0) {
        len = tSk;
        state = tokState;
      } else {
        if (next - 1 - tSk === 1) singles++;
        else singles = 0;
        if (singles >= 3) needMerge = true;
        state = stepOver(ac, sk, tSk, next, tokState); // the word and the space after it
        if (stepBits !== 0) {
          found |= stepBits;
          if (stepBits & WORD_TRIGGER) cand[candidates++] = tokens;
        }
        len = next;
        tokens++;
        punct = 0;
      }
    }
    if (cls !== C.Space && cls !== C.Ignore) punct = 1;
  }
  if (inTok) {
    if (lastCls === C.Lat && latRun === 1 && beforeLat === C.Cyr) flags |= Flag.Homoglyph;
    if (flags & Flag.Homoglyph) iHomoglyphs++;
    const next = finishToken(buf, text, tSk, len, tSrc, tLastSrc, flags, letters, digits, tokens, punct, alternates);
    if (next < 0) len = tSk;
    else {
      if (next - 1 - tSk === 1) singles++;
      if (singles >= 3) needMerge = true;
      stepOver(ac, sk, tSk, next, tokState);
      if (stepBits !== 0) {
        found |= stepBits;
        if (stepBits & WORD_TRIGGER) cand[candidates++] = tokens;
      }
      len = next;
      tokens++;
    }
  }

  if (needMerge) {
    // Merged words take the offsets of their letters, so the quick words get theirs first.
    if (!full) fillOffsets(buf, text, tokens);
    const merged = mergeSingles(buf, tokens, len);
    len = merged.len;
    tokens = merged.tokens;
    found = automatonPass(ac, buf, len, tokens);
    candidates = stepBits;
  }
  const info: TextInfo = {
    letters: iLetters,
    upper: iUpper,
    visible: iVisible,
    emoji: iEmoji,
    digits: iDigits,
    at: iAt,
    // A dot next to a Latin letter or digit (a date, a price) is no link by itself: the link
    // patterns run only where one could match.
    linkish: iLinkish && (iLinkMark || SPELLED_DOT.test(text)),
    latinWord: iLatinWord,
    exotic: iExotic,
    homoglyphs: iHomoglyphs,
  };
  return new Scan(text, len, tokens, info, alternates, buf, full || needMerge, candidates, found);
}

/**
 * Writes the per-character offsets and mask marks of the plain Cyrillic words of a quick scan
 * (the quick loop keeps none): the same values the full pass writes, from the word's source range.
 * Other words went character by character and have theirs already.
 */
function fillOffsets(b: Buffers, text: string, tokenCount: number): void {
  const { start, end, wild } = b;
  for (let t = 0; t < tokenCount; t++) {
    if (b.tFlags[t] !== Flag.Cyrillic) continue;
    let k = b.tSkS[t]! - 1;
    let last = 0;
    let run = 0;
    const to = b.tSrcE[t]!;
    for (let j = b.tSrcS[t]!; j < to; j++) {
      const c = text.charCodeAt(j);
      if (CLS[c] !== C.Cyr) {
        if (c === 0x306 && last === LETTER_I) last = LETTER_SHORT_I; // и + combining breve → й
        continue;
      }
      const ch = MAP[c]!;
      if (ch === last) {
        run++;
        if (ch === LETTER_E && run === 2) {
          k++;
          start[k] = j;
          end[k] = j + 1;
          wild[k] = 0;
          continue;
        }
        if (ch === LETTER_E && run === 3) k--;
        end[k] = j + 1;
        continue;
      }
      run = 1;
      last = ch;
      k++;
      start[k] = j;
      end[k] = j + 1;
      wild[k] = 0;
    }
    // A third е took back the second one: the slot it used is the space after the word again.
    const space = b.tSkE[t]!;
    start[space] = 0;
    end[space] = 0;
    wild[space] = 0;
  }
}

export class Scan implements Normalised {
  private cached: string | null = null;
  readonly codes: Uint16Array;
  readonly tokSkelStart: Int32Array;
  readonly tokSkelEnd: Int32Array;
  readonly tokSrcStart: Int32Array;
  readonly tokSrcEnd: Int32Array;
  readonly tokFlags: Uint8Array;
  readonly tokPunctBefore: Uint8Array;
  /** Words that contain a trigger of the automaton the scan ran (`candidates[0, candidateCount)`, in order). */
  readonly candidates: Int32Array;
  constructor(
    readonly source: string,
    readonly length: number,
    readonly tokenCount: number,
    readonly info: TextInfo,
    readonly alternates: Alternate[],
    private readonly buf: Buffers,
    private complete: boolean,
    readonly candidateCount: number,
    /** Every output bit the automaton met anywhere in the skeleton. */
    readonly found: number,
  ) {
    this.codes = buf.sk;
    this.tokSkelStart = buf.tSkS;
    this.tokSkelEnd = buf.tSkE;
    this.tokSrcStart = buf.tSrcS;
    this.tokSrcEnd = buf.tSrcE;
    this.tokFlags = buf.tFlags;
    this.tokPunctBefore = buf.tPunct;
    this.candidates = buf.cand;
  }
  get skeleton(): string {
    return (this.cached ??= bufferToString(this.codes, this.length));
  }
  get charStart(): Int32Array {
    return this.offsets().start;
  }
  get charEnd(): Int32Array {
    return this.offsets().end;
  }
  get wild(): Uint8Array {
    return this.offsets().wild;
  }
  private offsets(): Buffers {
    if (!this.complete) {
      fillOffsets(this.buf, this.source, this.tokenCount);
      this.complete = true;
    }
    return this.buf;
  }
}

/**
 * Merges runs of three or more one-letter words separated only by spaces (`п и з д е ц`) into
 * one word, rewriting the buffers in place. Alternates are not kept for merged runs.
 */
function mergeSingles(b: Buffers, tokens: number, _len: number): { len: number; tokens: number } {
  let w = 1; // write position in the skeleton (after the leading space)
  let tw = 0;
  let t = 0;
  while (t < tokens) {
    let run = 1;
    if (b.tSkE[t]! - b.tSkS[t]! === 1) {
      while (t + run < tokens && b.tSkE[t + run]! - b.tSkS[t + run]! === 1 && b.tPunct[t + run] === 0) run++;
    }
    const srcS = b.tSrcS[t]!;
    const punct = b.tPunct[t]!;
    let flags = 0;
    const from = w;
    let last = 0;
    const count = run >= 3 ? run : 1;
    for (let k = t; k < t + count; k++) {
      flags |= b.tFlags[k]!;
      for (let p = b.tSkS[k]!; p < b.tSkE[k]!; p++) {
        if (count > 1 && b.sk[p] === last && last !== LETTER_E) {
          b.end[w - 1] = b.end[p]!;
          continue;
        }
        b.sk[w] = b.sk[p]!;
        b.start[w] = b.start[p]!;
        b.end[w] = b.end[p]!;
        b.wild[w] = b.wild[p]!;
        last = b.sk[p]!;
        w++;
      }
    }
    b.tSkS[tw] = from;
    b.tSkE[tw] = w;
    b.tSrcS[tw] = srcS;
    b.tSrcE[tw] = b.tSrcE[t + count - 1]!;
    b.tFlags[tw] = count > 1 ? flags | Flag.Spaced : flags;
    b.tPunct[tw] = punct;
    b.sk[w] = SPACE_CODE;
    b.start[w] = 0;
    b.end[w] = 0;
    b.wild[w] = 0;
    w++;
    tw++;
    t += count;
  }
  return { len: w, tokens: tw };
}

/** Public, self-contained normalisation (copies the shared buffers). */
export function normalise(text: string): Normalised {
  const r = scanInto(text, fullBuf, true, EMPTY_AUTOMATON);
  const len = r.length;
  return {
    source: r.source,
    skeleton: r.skeleton,
    codes: r.codes.slice(0, len),
    length: len,
    info: r.info,
    tokenCount: r.tokenCount,
    alternates: r.alternates,
    charStart: r.charStart.slice(0, len),
    charEnd: r.charEnd.slice(0, len),
    wild: r.wild.slice(0, len),
    tokSkelStart: r.tokSkelStart.slice(0, r.tokenCount),
    tokSkelEnd: r.tokSkelEnd.slice(0, r.tokenCount),
    tokSrcStart: r.tokSrcStart.slice(0, r.tokenCount),
    tokSrcEnd: r.tokSrcEnd.slice(0, r.tokenCount),
    tokFlags: r.tokFlags.slice(0, r.tokenCount),
    tokPunctBefore: r.tokPunctBefore.slice(0, r.tokenCount),
  };
}

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Word `t` of a scan, as a string. */
export function wordOf(nz: Normalised, t: number): string {
  return bufferToString(nz.codes, nz.tokSkelEnd[t]!, nz.tokSkelStart[t]!);
}

/** The skeleton words of a text, e.g. for canonicalising moderator word lists. */
export function skeletonWords(text: string): string[] {
  return scan(text).skeleton.trim().split(' ').filter(Boolean);
}
