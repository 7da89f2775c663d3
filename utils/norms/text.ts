/** Russian-first wording shared by the norms: plurals and percentages. */

/** A user-facing string: Russian first, English for the English UI. */
export interface Localized {
  ru: string;
  en: string;
}

const ruPlural = new Intl.PluralRules('ru');
const enPlural = new Intl.PluralRules('en');

/** `forms`: for 1, for 2–4, for 5+ (`публикация`, `публикации`, `публикаций`). */
export function pluralRu(n: number, forms: readonly [one: string, few: string, many: string]): string {
  switch (ruPlural.select(n)) {
    case 'one':
      return forms[0];
    case 'few':
      return forms[1];
    default:
      return forms[2];
  }
}

export function pluralEn(n: number, one: string, other: string): string {
  return enPlural.select(n) === 'one' ? one : other;
}

/** Non-breaking space before the sign, as Russian typography wants. */
const NBSP = '\u00a0';

/**
 * A share as a percentage, whole by default. When rounding would hide that `share` is over (or
 * under) `cap` — 25.4 % printed as "25 %" beside a 25 % cap — one decimal is shown instead.
 */
export function formatPercent(share: number, lang: 'ru' | 'en', cap?: number): string {
  const pct = share * 100;
  let digits = 0;
  if (cap !== undefined) {
    const capPct = Math.round(cap * 100);
    const shown = Math.round(pct);
    if ((share > cap && shown <= capPct) || (share < cap && shown >= capPct)) digits = 1;
  }
  const text = pct.toFixed(digits);
  return `${lang === 'ru' ? text.replace('.', ',') : text}${NBSP}%`;
}
