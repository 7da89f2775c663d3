import type { Decision, LogEntry, NormaDB, Outcome } from './database';
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
  await db.transaction('rw', db.log, db.authors, async () => {
    entry.id = await db.log.add(entry);
    if (decision.authorKey) {
      await db.authors.put({ key: decision.authorKey, network: decision.network, name: decision.author.name, url: decision.author.url, lastSeenAt: now });
    }
  });
  return entry;
}

/** Records what the page showed after the action. Unknown uids are an error, not a silent no-op. */
export async function setOutcome(db: NormaDB, uid: string, outcome: Exclude<Outcome, 'pending'>, note: string | null, now: number): Promise<void> {
  const updated = await db.log.where('uid').equals(uid).modify({ outcome, outcomeNote: note, updatedAt: now });
  if (updated === 0) throw new Error(`Нет записи журнала ${uid}`);
}

/** The past decisions on these authors, across every page. */
export async function authorSummaries(db: NormaDB, keys: readonly string[]): Promise<Record<string, AuthorSummary>> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return {};
  const entries = await db.log.where('authorKey').anyOf(unique).toArray();
  const pages = new Map<string, Set<string>>();
  const out: Record<string, AuthorSummary> = {};
  for (const e of entries) {
    if (!e.authorKey) continue;
    const seen = out[e.authorKey];
    if (!seen) out[e.authorKey] = { count: 1, lastDecision: e.decision, lastAt: e.at, pages: 0 };
    else {
      seen.count++;
      if (e.at >= seen.lastAt) Object.assign(seen, { lastDecision: e.decision, lastAt: e.at });
    }
    const set = pages.get(e.authorKey) ?? new Set<string>();
    set.add(e.pageKey);
    pages.set(e.authorKey, set);
  }
  for (const [key, set] of pages) if (out[key]) out[key].pages = set.size;
  return out;
}
