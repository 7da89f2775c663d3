/**
 * zod schemas of the style dictionary: the built-in one is checked against them by a test, and a
 * user's dictionary is checked with them whenever it is read from storage or imported. Kept out
 * of `check.ts` so that content scripts running the check load no zod.
 */
import { z } from '~/utils/zod';
import { MAX_PHRASE_LENGTH, type UserDictionary } from './user';
import { DICTIONARY_KINDS, SEVERITIES, type DictionaryEntry, type ExtraEntry } from './types';

const PhraseSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_PHRASE_LENGTH)
  .refine((p) => /[\p{L}\p{N}]/u.test(p), { message: 'Во фразе нет ни одного слова' });

export const DictionaryKindSchema = z.enum(DICTIONARY_KINDS);
export const SeveritySchema = z.enum(SEVERITIES);

export const DictionaryEntrySchema = z.strictObject({
  phrase: z.union([PhraseSchema, z.array(PhraseSchema).min(1)]),
  kind: DictionaryKindSchema,
  name: z.string().trim().min(1).max(60).optional(),
  hint: z.string().trim().min(1).max(300),
  severity: SeveritySchema.optional(),
  atStart: z.boolean().optional(),
}) satisfies z.ZodType<DictionaryEntry>;

export const ExtraEntrySchema = z.strictObject({
  phrase: PhraseSchema,
  kind: DictionaryKindSchema,
  hint: z.string().trim().min(1).max(300),
  name: z.string().trim().min(1).max(60).optional(),
  severity: SeveritySchema.optional(),
}) satisfies z.ZodType<ExtraEntry>;

/** The user's dictionary as stored: what `options.extra` and `options.ignore` receive. */
export const UserDictionarySchema = z.strictObject({
  extra: z.array(ExtraEntrySchema).max(2000),
  ignore: z.array(PhraseSchema).max(2000),
}) satisfies z.ZodType<UserDictionary>;

export const EMPTY_USER_DICTIONARY: UserDictionary = { extra: [], ignore: [] };

/** A stored or imported dictionary, or the empty one with the reasons it was refused. */
export function parseUserDictionary(input: unknown): { dictionary: UserDictionary; errors: string[] } {
  const parsed = UserDictionarySchema.safeParse(input);
  if (parsed.success) return { dictionary: parsed.data, errors: [] };
  return { dictionary: EMPTY_USER_DICTIONARY, errors: parsed.error.issues.map((i) => `${i.path.join('.') || '—'}: ${i.message}`) };
}
