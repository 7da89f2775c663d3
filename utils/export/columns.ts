/**
 * The columns of a log export (CSV and XLSX share them): one row per entry, Russian headers
 * first. Dates are wall clock in the zone the file names; everything else is text.
 */
import type { LogEntry } from '~/utils/db/database';
import { categoryLabel, DECISION_LABELS, NETWORK_LABELS, OUTCOME_LABELS, type Label, type Lang } from './labels';

/** What the columns need besides the entry itself. */
export interface ExportContext {
  /** Zone of the dates written (the user's). */
  timeZone: string;
  lang: Lang;
  /** Page titles by page key; a page not found is shown by its key. */
  pageTitles: ReadonlyMap<string, string>;
}

export type CellValue = { kind: 'date'; instant: number } | { kind: 'text'; text: string };

export interface Column {
  id: string;
  header: Label;
  /** Width in characters for XLSX. */
  width: number;
  value(entry: LogEntry, ctx: ExportContext): CellValue;
}

const text = (s: string | null | undefined): CellValue => ({ kind: 'text', text: s ?? '' });
const date = (instant: number): CellValue => ({ kind: 'date', instant });

export const LOG_COLUMNS: readonly Column[] = [
  { id: 'at', header: { ru: 'Дата и время', en: 'Date and time' }, width: 17, value: (e) => date(e.at) },
  { id: 'network', header: { ru: 'Соцсеть', en: 'Network' }, width: 14, value: (e, c) => text(NETWORK_LABELS[e.network][c.lang]) },
  { id: 'page', header: { ru: 'Страница', en: 'Page' }, width: 30, value: (e, c) => text(c.pageTitles.get(e.pageKey) ?? e.pageKey) },
  { id: 'pageKey', header: { ru: 'Код страницы', en: 'Page key' }, width: 18, value: (e) => text(e.pageKey) },
  { id: 'postId', header: { ru: 'Публикация', en: 'Post' }, width: 16, value: (e) => text(e.postId) },
  { id: 'commentUrl', header: { ru: 'Ссылка на комментарий', en: 'Comment link' }, width: 30, value: (e) => text(e.commentUrl ?? e.commentId) },
  { id: 'author', header: { ru: 'Автор', en: 'Author' }, width: 22, value: (e) => text(e.authorName) },
  { id: 'authorUrl', header: { ru: 'Ссылка на автора', en: 'Author link' }, width: 26, value: (e) => text(e.authorUrl ?? e.authorKey) },
  { id: 'text', header: { ru: 'Текст комментария', en: 'Comment text' }, width: 60, value: (e) => text(e.text) },
  {
    id: 'categories',
    header: { ru: 'Категории', en: 'Categories' },
    width: 22,
    value: (e, c) => text(e.categories.map((id) => categoryLabel(id, c.lang)).join(', ')),
  },
  { id: 'terms', header: { ru: 'Найденные слова', en: 'Terms found' }, width: 20, value: (e) => text(e.terms.join(', ')) },
  { id: 'decision', header: { ru: 'Решение', en: 'Decision' }, width: 20, value: (e, c) => text(DECISION_LABELS[e.decision][c.lang]) },
  { id: 'outcome', header: { ru: 'Исполнение', en: 'Outcome' }, width: 12, value: (e, c) => text(OUTCOME_LABELS[e.outcome][c.lang]) },
  { id: 'outcomeNote', header: { ru: 'Примечание', en: 'Note' }, width: 20, value: (e) => text(e.outcomeNote) },
  { id: 'moderator', header: { ru: 'Модератор', en: 'Moderator' }, width: 18, value: (e) => text(e.moderator) },
  { id: 'rulesetVersion', header: { ru: 'Версия правил', en: 'Ruleset' }, width: 10, value: (e) => text(e.rulesetVersion) },
  { id: 'updatedAt', header: { ru: 'Изменено', en: 'Updated' }, width: 17, value: (e) => date(e.updatedAt) },
  { id: 'uid', header: { ru: 'Идентификатор записи', en: 'Entry id' }, width: 20, value: (e) => text(e.uid) },
];
