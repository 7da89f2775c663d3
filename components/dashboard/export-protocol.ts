import type { ExportFormat, LogFilter, LogSort } from '~/utils/db/log';
import type { Lang } from '~/utils/export/labels';

/** What the dashboard asks its export worker for. */
export interface ExportRequest {
  dbName: string;
  format: ExportFormat;
  filter: LogFilter;
  sort: LogSort;
  timeZone: string;
  lang: Lang;
  pageTitles: [string, string][];
  description: string;
}

export type ExportReply =
  | { type: 'progress'; done: number; total: number; phase: 'rows' | 'packing' }
  | { type: 'done'; blob: Blob; count: number }
  | { type: 'error'; name: string; message: string };
