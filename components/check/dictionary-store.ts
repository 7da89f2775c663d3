/**
 * The user's additions to the style dictionary, in the extension's storage, shared by the
 * "Проверить текст" page and whatever else runs the check. Written only after zod validation
 * (`saveStyleDictionary`); `checkStyle` also skips a malformed entry, so a zod-free reader
 * (a content script) may pass the stored value straight to it.
 */
import { storage } from 'wxt/utils/storage';
import type { UserDictionary } from '~/utils/style';
import { EMPTY_USER_DICTIONARY, parseUserDictionary } from '~/utils/style/schema';

export const styleDictionaryItem = storage.defineItem<UserDictionary>('local:styleDictionary', { fallback: EMPTY_USER_DICTIONARY, version: 1 });

/** The stored dictionary, validated; the empty one (with the reasons) when it does not pass. */
export async function loadStyleDictionary(): Promise<{ dictionary: UserDictionary; errors: string[] }> {
  return parseUserDictionary(await styleDictionaryItem.getValue());
}

/** Stores the dictionary if it is valid; returns the reasons when it is not (nothing is stored then). */
export async function saveStyleDictionary(dictionary: UserDictionary): Promise<string[]> {
  const { errors, dictionary: clean } = parseUserDictionary(dictionary);
  if (errors.length) return errors;
  await styleDictionaryItem.setValue(clean);
  return [];
}
