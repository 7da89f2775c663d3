/** How the dashboard shows values: in the UI language, dates on the user's clock. */
import type { Decision, Outcome } from '~/utils/db/database';
import { uiLanguage } from '~/utils/i18n';
import { categoryLabel, DECISION_LABELS, NETWORK_LABELS, OUTCOME_LABELS } from '~/utils/export/labels';
import type { Network } from '~/utils/sites/types';

export const lang = (): 'ru' | 'en' => uiLanguage();

/** The browser's zone: the dates the user sees and exports. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'ru-RU', options);
    formatters.set(key, f);
  }
  return f;
}

export const formatWhen = (at: number): string =>
  formatter('when', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
export const formatDay = (at: number): string => formatter('day', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(at);
export const formatWeek = (at: number): string => formatter('week', { day: '2-digit', month: '2-digit' }).format(at);

export const decisionName = (d: Decision): string => DECISION_LABELS[d][lang()];
export const outcomeName = (o: Outcome): string => OUTCOME_LABELS[o][lang()];
export const networkLabel = (n: Network): string => NETWORK_LABELS[n][lang()];
export const categoryName = (id: string): string => categoryLabel(id, lang());
export const percent = (share: number): string => `${(share * 100).toFixed(share < 0.1 && share > 0 ? 1 : 0).replace('.', lang() === 'ru' ? ',' : '.')} %`;

/** `yyyy-mm-dd` of an instant in the user's zone, for date inputs. */
export function inputDate(at: number): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Start of the day of a date input's value on the user's clock. */
export function fromInputDate(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : null;
}
