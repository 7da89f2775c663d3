/** Names of the log's coded values in files and on screen, Russian first. */
import type { Decision, Outcome } from '~/utils/db/database';
import type { Network } from '~/utils/sites/types';

export type Lang = 'ru' | 'en';
export interface Label {
  ru: string;
  en: string;
}

export const DECISION_LABELS: Record<Decision, Label> = {
  delete: { ru: 'Удалить', en: 'Delete' },
  delete_and_blacklist: { ru: 'Удалить и внести в чёрный список', en: 'Delete and blacklist' },
  // The moderator's "not a violation": the classifier's flag was a false alarm.
  dismiss: { ru: 'Не нарушение', en: 'Not a violation' },
};

export const OUTCOME_LABELS: Record<Outcome, Label> = {
  pending: { ru: 'Ожидает', en: 'Pending' },
  done: { ru: 'Выполнено', en: 'Done' },
  failed: { ru: 'Не удалось', en: 'Failed' },
};

export const NETWORK_LABELS: Record<Network, Label> = {
  vk: { ru: 'ВКонтакте', en: 'VK' },
  ok: { ru: 'Одноклассники', en: 'OK' },
  telegram: { ru: 'Telegram', en: 'Telegram' },
};

// The classifier's categories (utils/classify/types.ts) and the regulations' fourth ground.
const CATEGORY_LABELS: Record<string, Label> = {
  obscene: { ru: 'Нецензурная брань', en: 'Obscene language' },
  insult: { ru: 'Оскорбление', en: 'Insult' },
  spam: { ru: 'Спам', en: 'Spam' },
  illegal: { ru: 'Нарушение закона', en: 'Breaking the law' },
};

/** A category's name; an id this build does not know (a newer ruleset's) is shown as it is. */
export function categoryLabel(id: string, lang: Lang): string {
  return CATEGORY_LABELS[id]?.[lang] ?? id;
}

export const DECISIONS: readonly Decision[] = ['delete', 'delete_and_blacklist', 'dismiss'];
export const OUTCOMES: readonly Outcome[] = ['pending', 'done', 'failed'];
export const NETWORKS: readonly Network[] = ['vk', 'ok', 'telegram'];
