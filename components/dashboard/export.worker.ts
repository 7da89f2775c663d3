/**
 * Exports and imports off the page's thread: the dashboard stays responsive however long the
 * log. The worker opens the same database (same extension origin), does the work in chunks and
 * posts progress; an export's file comes back as a Blob.
 */
import { importLogFile } from '~/utils/db/backup';
import { NormaDB } from '~/utils/db/database';
import { exportEntries } from '~/utils/db/log';
import { isQuotaError } from '~/utils/db/quota';
import type { WorkerReply, WorkerRequest } from './export-protocol';

// The project's types are the page's (DOM); a dedicated worker's scope posts without a target.
const scope = self as unknown as {
  postMessage(reply: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};
const post = (reply: WorkerReply) => scope.postMessage(reply);

async function handle(request: WorkerRequest, db: NormaDB): Promise<WorkerReply> {
  if (request.kind === 'import') return { type: 'imported', result: await importLogFile(db, request.text) };
  const { ids } = request;
  const blob = await exportEntries(db, ids, request.format, { timeZone: request.timeZone, lang: request.lang, pageTitles: new Map(request.pageTitles) }, {
    description: request.description,
    onProgress: (done, total, phase) => post({ type: 'progress', done, total, phase }),
  });
  return { type: 'exported', blob, count: ids.length };
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  void (async () => {
    const db = new NormaDB(request.dbName);
    try {
      post(await handle(request, db));
    } catch (error) {
      // The class does not cross to the page, its name does; a quota error wrapped by Dexie is
      // unwrapped here so the page can say what to do.
      const name = isQuotaError(error) ? 'QuotaExceededError' : error instanceof Error ? error.name : 'Error';
      post({ type: 'error', name, message: error instanceof Error ? error.message : String(error) });
    } finally {
      db.close();
    }
  })();
});
