/**
 * The zod schemas of everything that crosses a boundary: messages into the background (page
 * content is hostile input, so every field is checked and size-capped there) and, later, files.
 * Content scripts import only the types, so zod never lands in their bundle.
 */
import { isValidTimeZone } from '~/utils/norms/week';
import { z } from '~/utils/zod';

export const NetworkSchema = z.enum(['vk', 'ok', 'telegram']);

export const PageRefSchema = z.object({
  network: NetworkSchema,
  key: z.string().min(3).max(300),
  url: z.url({ protocol: /^https$/ }).max(2000),
});

export const PageSeenSchema = z.object({
  page: PageRefSchema,
  title: z.string().max(500),
});
export type PageSeen = z.infer<typeof PageSeenSchema>;

export const PostSeenSchema = z.object({
  id: z.string().min(1).max(200),
  publishedAt: z.number().int().nullable(),
  isRepost: z.boolean(),
});
export type PostSeen = z.infer<typeof PostSeenSchema>;

const PageKeySchema = z.string().min(3).max(300);
const TimeZoneSchema = z.string().max(64).refine(isValidTimeZone, { message: 'Unknown time zone' });

/** A tab's question about its page's week, with what it has loaded. */
export const WeekRequestSchema = z.object({
  pageKey: PageKeySchema,
  network: NetworkSchema,
  /** Oldest date of the contiguous wall the tab has loaded from the top; null when not a wall view. */
  oldestLoadedAt: z.number().int().nullable(),
  /** The browser's zone (weeks of a page without a profile). */
  timeZone: TimeZoneSchema,
});
export type WeekRequest = z.infer<typeof WeekRequestSchema>;

export const PostsSeenSchema = WeekRequestSchema.extend({
  posts: z.array(PostSeenSchema).max(2000),
});
export type PostsSeen = z.infer<typeof PostsSeenSchema>;

/** What the content script sees on its tab, for the popup. */
export const PageStatusSchema = z.object({
  network: NetworkSchema,
  page: PageRefSchema.nullable(),
  title: z.string(),
  /** Markup generation recognised, or null ("layout not recognised"). */
  generation: z.string().nullable(),
  /** The page is one the adapter should understand (a wall), but nothing known was found. */
  unrecognised: z.boolean(),
  posts: z.number().int().nonnegative(),
  reposts: z.number().int().nonnegative(),
  comments: z.number().int().nonnegative(),
  /** Comments flagged on the page, and how many of them the moderator has handled. */
  flagged: z.number().int().nonnegative(),
  handled: z.number().int().nonnegative(),
  /** What the user said of the page: official (true), not official (false: overlay hidden), not yet (null). */
  official: z.boolean().nullable(),
});
export type PageStatus = z.infer<typeof PageStatusSchema>;

export const SetPageProfileSchema = z.object({
  pageKey: PageKeySchema,
  network: NetworkSchema,
  timeZone: TimeZoneSchema,
  /** A built-in profile id, `custom` (with `custom`), or null to clear the choice. */
  profileId: z.string().max(64).nullable(),
  /** The user's own numbers, checked by the norms' own schema when the profile is built. */
  custom: z.unknown().optional(),
  /** false: the user says this page is not official (the overlay hides there). */
  official: z.boolean().nullable(),
});
export type SetPageProfile = z.infer<typeof SetPageProfileSchema>;

const CategorySchema = z.enum(['obscene', 'insult', 'spam']);

/** A moderator's decision on a comment, from the flag on the page; the background adds who and when. */
export const LogDecisionSchema = z.object({
  network: NetworkSchema,
  pageKey: PageKeySchema,
  postId: z.string().max(200).nullable(),
  commentId: z.string().min(1).max(200),
  commentUrl: z.url({ protocol: /^https$/ }).max(2000).nullable(),
  authorKey: z.string().max(2100).nullable(),
  author: z.object({
    id: z.string().max(200).nullable(),
    name: z.string().max(500),
    url: z.url({ protocol: /^https$/ }).max(2000).nullable(),
  }),
  /** The comment as it was: hostile text, stored and shown as text only. */
  text: z.string().max(20_000),
  categories: z.array(CategorySchema).max(3),
  terms: z.array(z.string().max(200)).max(100),
  rulesetVersion: z.string().min(1).max(100),
  decision: z.enum(['delete', 'delete_and_blacklist', 'dismiss']),
});
export type LogDecision = z.infer<typeof LogDecisionSchema>;

export const LogOutcomeSchema = z.object({
  uid: z.string().min(8).max(100),
  outcome: z.enum(['done', 'failed']),
  note: z.string().max(1000).nullable(),
});
export type LogOutcome = z.infer<typeof LogOutcomeSchema>;

/** Comments to judge: one by one, or as one thread (repeated texts, floods). */
export const ClassifyRequestSchema = z.object({
  thread: z.boolean(),
  comments: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        authorId: z.string().max(2100).nullable(),
        text: z.string().max(20_000),
      }),
    )
    .max(1000),
});
export type ClassifyRequest = z.infer<typeof ClassifyRequestSchema>;

/** A draft in the network's post editor, checked while it is typed. */
export const CheckDraftSchema = z.object({
  pageKey: PageKeySchema,
  network: NetworkSchema,
  timeZone: TimeZoneSchema,
  text: z.string().max(20_000),
  isRepost: z.boolean(),
});
export type CheckDraft = z.infer<typeof CheckDraftSchema>;

export const AuthorKeysSchema = z.array(z.string().max(2100)).max(2000);

const WordSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\s*]+(?: [^\s*]+)*\*?$/, { message: 'Слово или выражение, звёздочка только в конце' });
const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-zа-яё0-9-]+\.)+[a-zа-яё]{2,}$/, { message: 'Имя сайта, например kuzbass.ru' });

/** The moderator's word lists, as the settings page saves them. */
export const WordListsSchema = z.object({
  words: z.object({ obscene: z.array(WordSchema).max(2000), insult: z.array(WordSchema).max(2000), spam: z.array(WordSchema).max(2000) }),
  exceptions: z.array(WordSchema).max(2000),
  allowDomains: z.array(DomainSchema).max(500),
});

export const OverviewSchema = z.object({
  pages: z.number().int(),
  posts: z.number().int(),
  log: z.number().int(),
  authors: z.number().int(),
});
export type Overview = z.infer<typeof OverviewSchema>;

