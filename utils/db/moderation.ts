import type { Decision, LogEntry, NormaDB, Outcome } from './database';
import { chunkOf, logDigests, writeLog } from './log-store';
import type { LogDecision } from '~/utils/schemas';

/** What the flag shows of an author's past: how many decisions, and the last one. */
export interface AuthorSummary {
  count: number;
  lastDecision: Decision;
  lastAt: number;
  /** Pages the author was acted on. */
  pages: number;
}

/**
 * Writes a decision before anything is done on the network: `pending` for a deletion (set to
 * `done` or `failed` once the page shows what happened), `done` at once for "Не нарушение".
 * A tab closed or a worker restarted mid-way leaves the `pending` entry for follow-up.
 */
export async function logDecision(db: NormaDB, decision: LogDecision, moderator: string, now: number, uid: string): Promise<LogEntry> {
  const entry: LogEntry = {
    uid,
    at: now,
    moderator,
    network: decision.network,
    pageKey: decision.pageKey,
    postId: decision.postId,
    commentId: decision.commentId,
    commentUrl: decision.commentUrl,
    authorKey: decision.authorKey,
    authorName: decision.author.name,
    authorUrl: decision.author.url,
    text: decision.text,
    categories: [...decision.categories],
    terms: [...decision.terms],
    rulesetVersion: decision.rulesetVersion,
    decision: decision.decision,
    outcome: decision.decision === 'dismiss' ? 'done' : 'pending',
    outcomeNote: null,
    updatedAt: now,
  };
  return writeLog(
    db,
    async (w) => {
      // uids are random UUIDs made per decision: one seen again is a message delivered twice,
      // which lands next to the first, in the newest entries.
      const newest = [...new Set([chunkOf(Math.max(w.nextId - 1, 1)), chunkOf(w.nextId)])];
      await w.load(newest);
      for (const n of newest) if ((await w.chunk(n)).some((e) => e.uid === uid)) throw new Error(`Запись журнала ${uid} уже есть`);
      const [stored] = await w.append([entry]);
      if (decision.authorKey) {
        await db.authors.put({ key: decision.authorKey, network: decision.network, name: decision.author.name, url: decision.author.url, lastSeenAt: now });
      }
      return stored as LogEntry;
    },
    [db.authors],
  );
}

/**
 * Records what the page showed after the action. Unknown uids are an error, not a silent no-op.
 * The entry is looked for from the newest chunk back: an outcome follows its decision by seconds.
 */
export async function setOutcome(db: NormaDB, uid: string, outcome: Exclude<Outcome, 'pending'>, note: string | null, now: number): Promise<void> {
  const found = await writeLog(db, async (w) => {
    const chunks = (await db.logChunks.toCollection().primaryKeys()) as number[];
    for (let i = chunks.length - 1; i >= 0; i--) {
      const n = chunks[i] as number;
      const entries = await w.chunk(n);
      const at = entries.findIndex((e) => e.uid === uid);
      if (at < 0) continue;
      entries[at] = { ...(entries[at] as LogEntry), outcome, outcomeNote: note, updatedAt: now };
      w.changed(n);
      return true;
    }
    return false;
  });
  if (!found) throw new Error(`Нет записи журнала ${uid}`);
}

/** One chunk's decisions per author (what {@link authorSummaries} adds up). */
interface AuthorTally {
  count: number;
  lastDecision: Decision;
  lastAt: number;
  lastId: number;
  pages: Set<string>;
}

/** What the worker keeps of each chunk: its decisions per author. */
function tallyAuthors(entries: readonly LogEntry[]): Map<string, AuthorTally> {
  const authors = new Map<string, AuthorTally>();
  for (const e of entries) if (e.authorKey) addTally(authors, e.authorKey, { count: 1, lastDecision: e.decision, lastAt: e.at, lastId: e.id ?? 0, pages: new Set([e.pageKey]) });
  return authors;
}

function addTally(into: Map<string, AuthorTally>, key: string, t: AuthorTally): void {
  const seen = into.get(key);
  if (!seen) {
    into.set(key, { ...t, pages: new Set(t.pages) });
    return;
  }
  seen.count += t.count;
  if (t.lastAt > seen.lastAt || (t.lastAt === seen.lastAt && t.lastId > seen.lastId)) Object.assign(seen, { lastDecision: t.lastDecision, lastAt: t.lastAt, lastId: t.lastId });
  for (const p of t.pages) seen.pages.add(p);
}

/**
 * The past decisions on these authors, across every page (from the worker's digest).
 */
export async function authorSummaries(db: NormaDB, keys: readonly string[]): Promise<Record<string, AuthorSummary>> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return {};
  // Kept between calls and brought up to date by the chunks written since.
  const { parts } = await logDigests(db, 'authors', tallyAuthors);
  const total = new Map<string, AuthorTally>();
  for (const authors of parts.values()) {
    for (const key of unique) {
      const t = authors.get(key);
      if (t) addTally(total, key, t);
    }
  }
  const out: Record<string, AuthorSummary> = {};
  for (const [key, t] of total) out[key] = { count: t.count, lastDecision: t.lastDecision, lastAt: t.lastAt, pages: t.pages.size };
  return out;
}
