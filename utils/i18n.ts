import { browser } from 'wxt/browser';
import type ru from '~/public/_locales/ru/messages.json';

/** A key of the extension's messages (Russian is the default locale, English the second). */
export type MessageKey = keyof typeof ru;

/** The UI string for `key` in the browser's language (Russian unless the browser speaks English). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The language the UI speaks: English in an English browser, Russian everywhere else. */
export function uiLanguage(): 'ru' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'ru';
}

/** The UI language's half of a `{ru, en}` text. */
export function pick(text: { ru: string; en: string }): string {
  return text[uiLanguage()];
}
