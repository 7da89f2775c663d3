/**
 * Builds an export off the page's thread: the dashboard stays responsive however long the log.
 * The worker opens the same database (same extension origin), runs the query and the export in
 * chunks and posts progress; the finished file comes back as a Blob.
 */
import { NormaDB } from '~/utils/db/database';
import { exportEntries, findLogIds } from '~/utils/db/log';
import type { ExportReply, ExportRequest } from './export-protocol';

// The project's types are the page's (DOM); a dedicated worker's scope posts without a target.
const scope = self as unknown as {
  postMessage(reply: ExportReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ExportRequest>) => void): void;
};
const post = (reply: ExportReply) => scope.postMessage(reply);

scope.addEventListener('message', (event) => {
  const request = event.data;
  void (async () => {
    const db = new NormaDB(request.dbName);
    try {
      const ids = await findLogIds(db, request.filter, request.sort);
      const blob = await exportEntries(db, ids, request.format, { timeZone: request.timeZone, lang: request.lang, pageTitles: new Map(request.pageTitles) }, {
        description: request.description,
        onProgress: (done, total, phase) => post({ type: 'progress', done, total, phase }),
      });
      post({ type: 'done', blob, count: ids.length });
    } catch (error) {
      post({ type: 'error', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      db.close();
    }
  })();
});
