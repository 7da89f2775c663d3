import type { ImportResult } from '~/utils/db/backup';
import type { ExportFormat } from '~/utils/db/log';
import type { Lang } from '~/utils/export/labels';

/** An export the dashboard asks its worker for. */
export interface ExportRequest {
  kind: 'export';
  dbName: string;
  format: ExportFormat;
  /** The entries on screen, in screen order: the file holds exactly these. */
  ids: number[];
  timeZone: string;
  lang: Lang;
  pageTitles: [string, string][];
  description: string;
}

/** A log file to check and import (parsing and validating 100,000 entries takes seconds). */
export interface ImportRequest {
  kind: 'import';
  dbName: string;
  text: string;
}

export type WorkerRequest = ExportRequest | ImportRequest;

export type WorkerReply =
  | { type: 'progress'; done: number; total: number; phase: 'rows' | 'packing' }
  | { type: 'exported'; blob: Blob; count: number }
  | { type: 'imported'; result: ImportResult }
  | { type: 'error'; name: string; message: string };
