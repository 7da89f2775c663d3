/**
 * Runs an export in a worker and saves the file with a download link made in the page (Blob and
 * `<a download>`: no downloads permission, nothing leaves the device).
 */
import type { ExportReply, ExportRequest } from './export-protocol';

export interface ExportProgress {
  done: number;
  total: number;
  phase: 'rows' | 'packing';
}

/** Resolves with the file, or rejects (an AbortError when `signal` fires: the worker is ended). */
export function runExport(request: ExportRequest, onProgress: (p: ExportProgress) => void, signal: AbortSignal): Promise<{ blob: Blob; count: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Выгрузка отменена', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.addEventListener('message', (event: MessageEvent<ExportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply);
      signal.removeEventListener('abort', stop);
      worker.terminate();
      if (reply.type === 'done') resolve({ blob: reply.blob, count: reply.count });
      else reject(Object.assign(new Error(reply.message), { name: reply.name }));
    });
    worker.addEventListener('error', (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'export worker failed'));
    });
    worker.postMessage(request);
  });
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
