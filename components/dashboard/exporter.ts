/**
 * Runs exports and imports in a worker, and saves files with a download link made in the page
 * (Blob and `<a download>`: no downloads permission, nothing leaves the device).
 */
import type { ImportResult } from '~/utils/db/backup';
import { ImportError } from '~/utils/export/errors';
import type { ExportRequest, ImportRequest, WorkerReply, WorkerRequest } from './export-protocol';

export interface ExportProgress {
  done: number;
  total: number;
  phase: 'rows' | 'packing';
}

/** An error as the worker reported it, with its name kept (so isQuotaError still sees a quota error). */
function rebuild(reply: { name: string; message: string }): Error {
  if (reply.name === 'ImportError') return new ImportError(reply.message);
  return Object.assign(new Error(reply.message), { name: reply.name });
}

function inWorker(request: WorkerRequest, onProgress: (p: ExportProgress) => void, signal?: AbortSignal): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Отменено', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply);
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      if (reply.type === 'error') reject(rebuild(reply));
      else resolve(reply);
    });
    worker.addEventListener('error', (event) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'worker failed'));
    });
    worker.postMessage(request);
  });
}

/** Resolves with the file, or rejects (an AbortError when `signal` fires: the worker is ended). */
export async function runExport(request: Omit<ExportRequest, 'kind'>, onProgress: (p: ExportProgress) => void, signal: AbortSignal): Promise<{ blob: Blob; count: number }> {
  const reply = await inWorker({ kind: 'export', ...request }, onProgress, signal);
  if (reply.type !== 'exported') throw new Error(`unexpected reply ${reply.type}`);
  return reply;
}

/** Checks and imports a log file in the worker; a refused file rejects with an ImportError. */
export async function runImport(request: Omit<ImportRequest, 'kind'>): Promise<ImportResult> {
  const reply = await inWorker({ kind: 'import', ...request }, () => undefined);
  if (reply.type !== 'imported') throw new Error(`unexpected reply ${reply.type}`);
  return reply.result;
}

/** Offers `blob` as a file download named `name`. */
export function saveFile(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.className = 'norma-download';
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference by now; a minute covers slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `norma-log-2026-11-23.csv` in the user's zone. */
export function fileName(kind: string, extension: string, now: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return `norma-${kind}-${day}.${extension}`;
}
