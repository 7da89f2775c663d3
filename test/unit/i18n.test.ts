import { describe, expect, test } from 'vitest';
import en from '~/public/_locales/en/messages.json';
import ru from '~/public/_locales/ru/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('UI languages', () => {
  test('English has every Russian message and nothing else', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });

  test.each(Object.keys(ru))('%s has the same placeholders in both languages', (key) => {
    const placeholders = (m: Messages, k: string) => Object.keys(m[k]?.placeholders ?? {}).sort();
    expect(placeholders(en as Messages, key)).toEqual(placeholders(ru as Messages, key));
    for (const name of placeholders(ru as Messages, key)) {
      expect((ru as Messages)[key]?.message).toContain(`$${name.toUpperCase()}$`);
      expect((en as Messages)[key]?.message).toContain(`$${name.toUpperCase()}$`);
    }
  });

  test('Russian messages are Russian', () => {
    for (const [key, value] of Object.entries(ru as Messages)) {
      if (key === 'networkTelegram') continue;
      expect(value.message, key).toMatch(/[а-яё]/i);
    }
  });
});
