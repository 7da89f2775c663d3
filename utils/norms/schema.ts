/**
 * Shape of a regulation profile. Profiles are data: the built-in ones, a user's custom numbers
 * and anything imported all pass through these schemas, so a stored or hand-edited profile can
 * never reach the counter malformed.
 */
import { z } from '~/utils/zod';
import type { Network } from '~/utils/sites/types';
import type { Localized } from './text';
import { isValidTimeZone } from './week';

export const PROFILE_SCHEMA_VERSION = 1;
export const CUSTOM_PROFILE_ID = 'custom';

export const LocalizedSchema = z.object({
  ru: z.string().trim().min(1),
  en: z.string().trim().min(1),
}) satisfies z.ZodType<Localized>;

export const NetworkSchema = z.enum(['vk', 'ok', 'telegram']);

// Keeps the schema and the adapters' Network type from drifting apart silently.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const networksMatch: Same<z.infer<typeof NetworkSchema>, Network> = true;
void networksMatch;

export const TimeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'Неизвестный часовой пояс (нужно имя IANA, например Asia/Novokuznetsk)' });

const ActRefSchema = z.object({
  /** Short Russian title of the kind of act and its issuer. */
  act: z.string().trim().min(1),
  /** Number as printed, a string because some carry letters (`4770-КЗ`). */
  number: z.string().trim().min(1),
  /** Date of signature. */
  date: z.iso.date(),
  /** Where in the act, in the act's own numbering (`Порядок, п. 6`). */
  clause: z.string().trim().min(1),
});

export const CitationSchema = ActRefSchema.extend({
  /** The amending act that wrote this text into `act`, and the clause of the amending act. */
  amendedBy: ActRefSchema.optional(),
});

/**
 * `mandatory` where the act says "must" (должно), `recommended` where it says "recommended"
 * (рекомендуется); null for numbers the user set.
 */
export const BindingSchema = z.enum(['mandatory', 'recommended']).nullable();

const normCommon = {
  binding: BindingSchema,
  citation: CitationSchema.nullable(),
  description: LocalizedSchema,
};

export const PostsPerWeekMinSchema = z.object({
  kind: z.literal('posts-per-week-min'),
  /** Publications (reposts included) per Monday–Sunday week. */
  value: z.number().int().min(1).max(1000),
  ...normCommon,
});

export const RepostShareMaxSchema = z.object({
  kind: z.literal('repost-share-max'),
  /** Largest allowed share of reposts among the week's publications, 0–1 (0.25 = 25 %). */
  value: z.number().min(0).max(1),
  ...normCommon,
});

export const CommentsOpenSchema = z.object({
  kind: z.literal('comments-open'),
  value: z.literal(true),
  ...normCommon,
});

export const NormSchema = z.discriminatedUnion('kind', [
  PostsPerWeekMinSchema,
  RepostShareMaxSchema,
  CommentsOpenSchema,
]);

export const ProfileSchema = z
  .object({
    schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z][a-z0-9-]{1,47}$/),
    /** `regulation`: taken from an act, every norm cited; `custom`: the user's own numbers. */
    kind: z.enum(['regulation', 'custom']),
    name: LocalizedSchema,
    /** Region the act belongs to; null for a custom profile. */
    region: LocalizedSchema.nullable(),
    /** Whose pages the act covers. */
    scope: LocalizedSchema.nullable(),
    /** IANA zone whose Monday–Sunday the weeks follow. */
    timeZone: TimeZoneSchema,
    networks: z.array(NetworkSchema).min(1),
    /** Where the act names its networks; null when it names none or for a custom profile. */
    networksCitation: CitationSchema.nullable(),
    norms: z.array(NormSchema),
  })
  .superRefine((p, ctx) => {
    if (new Set(p.networks).size !== p.networks.length) {
      ctx.addIssue({ code: 'custom', path: ['networks'], message: 'Сеть указана дважды' });
    }
    const kinds = p.norms.map((n) => n.kind);
    if (new Set(kinds).size !== kinds.length) {
      ctx.addIssue({ code: 'custom', path: ['norms'], message: 'Норма одного вида указана дважды' });
    }
    if ((p.kind === 'custom') !== (p.id === CUSTOM_PROFILE_ID)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `Только свой профиль носит id «${CUSTOM_PROFILE_ID}»` });
    }
    p.norms.forEach((n, i) => {
      if (p.kind === 'regulation' && (n.citation === null || n.binding === null)) {
        ctx.addIssue({ code: 'custom', path: ['norms', i], message: 'Норма регламента должна ссылаться на пункт акта' });
      }
      if (p.kind === 'custom' && (n.citation !== null || n.binding !== null)) {
        ctx.addIssue({ code: 'custom', path: ['norms', i], message: 'Своя норма не ссылается на акт' });
      }
    });
    if (p.kind === 'regulation' && (p.region === null || p.scope === null)) {
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'У профиля регламента должны быть регион и круг страниц' });
    }
  });

export type Citation = z.infer<typeof CitationSchema>;
export type Binding = z.infer<typeof BindingSchema>;
export type Norm = z.infer<typeof NormSchema>;
export type NormKind = Norm['kind'];
export type Profile = z.infer<typeof ProfileSchema>;

export const CustomProfileInputSchema = z.strictObject({
  postsPerWeekMin: z.number().int().min(1).max(1000).optional(),
  repostShareMax: z.number().min(0).max(1).optional(),
  timeZone: TimeZoneSchema,
  networks: z.array(NetworkSchema).min(1),
});

export type CustomProfileInput = z.input<typeof CustomProfileInputSchema>;
