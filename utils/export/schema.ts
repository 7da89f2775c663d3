/**
 * zod schemas of every stored record, for what comes back from a file (a log export, a full
 * backup). A file is hostile input: every field is checked and capped, links must be https, and
 * nothing the schema does not name gets into the database (strict objects).
 */
import type { AuthorRecord, LogEntry, MetaRecord, PageRecord, PostRecord } from '~/utils/db/database';
import { ProfileSchema } from '~/utils/norms/schema';
import { z } from '~/utils/zod';

export const NetworkSchema = z.enum(['vk', 'ok', 'telegram']);

// Instants between 2000 and 2200: a date outside is a corrupt or forged file, not a log entry.
const MIN_INSTANT = Date.UTC(2000, 0, 1);
const MAX_INSTANT = Date.UTC(2200, 0, 1);
export const InstantSchema = z.number().int().min(MIN_INSTANT).max(MAX_INSTANT);
/**
 * Times the extension read from pages or set itself (post dates, coverage, first/last seen): any
 * safe integer, as the content scripts' messages allow, so every backup can be restored.
 */
const StoredTimeSchema = z.number().int();

/** Rendered as a link on the dashboard, so nothing but https (no javascript:, data:, …). */
export const HttpsUrlSchema = z.url({ protocol: /^https$/ }).max(2000);

const key = (max: number) => z.string().min(1).max(max);

/** Longest comment text kept (VK's limit is 16,384 characters; room for the others). */
export const TEXT_MAX = 50_000;

export const LogEntrySchema = z.strictObject({
  uid: key(200),
  at: InstantSchema,
  moderator: z.string().max(200),
  network: NetworkSchema,
  pageKey: z.string().min(3).max(300),
  // As lenient as what the moderation feature may store (an id not read is ''), so a backup of
  // anything written can always be restored.
  postId: z.string().max(200).nullable(),
  commentId: z.string().max(200),
  commentUrl: HttpsUrlSchema.nullable(),
  authorKey: z.string().max(2100).nullable(),
  authorName: z.string().max(500),
  authorUrl: HttpsUrlSchema.nullable(),
  text: z.string().max(TEXT_MAX),
  categories: z.array(key(64)).max(20),
  terms: z.array(key(200)).max(200),
  rulesetVersion: z.string().max(100),
  decision: z.enum(['delete', 'delete_and_blacklist', 'dismiss']),
  outcome: z.enum(['pending', 'done', 'failed']),
  outcomeNote: z.string().max(5000).nullable(),
  updatedAt: InstantSchema,
});

/** A log entry as stored, with its local id (a backup keeps it). */
export const StoredLogEntrySchema = LogEntrySchema.extend({ id: z.number().int().positive() });

export const PageRecordSchema = z.strictObject({
  key: z.string().min(3).max(300),
  network: NetworkSchema,
  url: HttpsUrlSchema,
  title: z.string().max(500),
  profileId: z.string().max(64).nullable(),
  customProfile: ProfileSchema.nullable(),
  coverage: z.strictObject({ from: StoredTimeSchema, to: StoredTimeSchema }).nullable(),
  official: z.boolean().nullable(),
  firstSeenAt: StoredTimeSchema,
  lastSeenAt: StoredTimeSchema,
});

export const PostRecordSchema = z.strictObject({
  pageKey: z.string().min(3).max(300),
  id: key(200),
  publishedAt: StoredTimeSchema.nullable(),
  isRepost: z.boolean(),
  firstSeenAt: StoredTimeSchema,
  lastSeenAt: StoredTimeSchema,
});

export const AuthorRecordSchema = z.strictObject({
  // The moderation feature's author keys run to 2,100 characters (a profile URL at worst).
  key: key(2100),
  network: NetworkSchema,
  name: z.string().max(500),
  url: HttpsUrlSchema.nullable(),
  lastSeenAt: StoredTimeSchema,
});

export const MetaRecordSchema = z.strictObject({
  key: key(200),
  // Settings of any shape; a JSON file can only hold JSON values, so nothing executable.
  value: z.json(),
});

// The schemas and the stored types must not drift apart: adding a field to a record (database.ts)
// without adding it here fails the typecheck.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<z.infer<typeof LogEntrySchema>, Omit<LogEntry, 'id'>>,
  Same<z.infer<typeof StoredLogEntrySchema>, Required<LogEntry>>,
  Same<z.infer<typeof PostRecordSchema>, PostRecord>,
  Same<z.infer<typeof AuthorRecordSchema>, AuthorRecord>,
  Same<Omit<z.infer<typeof PageRecordSchema>, 'customProfile'>, Omit<PageRecord, 'customProfile'>>,
  Same<z.infer<typeof MetaRecordSchema>['key'], MetaRecord['key']>,
] = [true, true, true, true, true, true];
void checks;
