import { useEffect, useState } from 'preact/hooks';
import { inspectBackup, makeBackup, restoreBackup } from '~/utils/db/backup';
import type { NormaDB } from '~/utils/db/database';
import { countOlderThan, deleteOlderThan, getRetentionMonths, setRetentionMonths } from '~/utils/db/log';
import { formatBytes, requestPersistence, storageUse, type PersistResult, type StorageUse } from '~/utils/db/quota';
import { ImportError } from '~/utils/export/errors';
import { retentionCutoff } from '~/utils/export/periods';
import { t } from '~/utils/i18n';
import { fileName, runImport, saveFile } from './exporter';
import { formatDay, lang, userTimeZone } from './format';

interface Props {
  db: NormaDB;
  version: number;
  /** The stored data changed: everything shown is read again. */
  onChanged: () => void;
  onError: (e: unknown) => void;
}

type Notice = { kind: 'ok' | 'error'; text: string; testId: string } | null;

const RETENTION_CHOICES = [3, 6, 12, 24, 36, 60];

async function readFile(input: HTMLInputElement): Promise<string | null> {
  const file = input.files?.[0];
  input.value = '';
  return file ? file.text() : null;
}

/** Import, backup and restore, retention, and how much of the device's storage the data takes. */
export function DataTools({ db, version, onChanged, onError }: Props) {
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [months, setMonths] = useState<number | null>(null);
  const [older, setOlder] = useState<{ cutoff: number; count: number } | null>(null);
  const [storage, setStorage] = useState<{ use: StorageUse | null; persist: PersistResult } | null>(null);

  useEffect(() => {
    void getRetentionMonths(db).then(setMonths, onError);
    void Promise.all([storageUse(), requestPersistence()]).then(([use, persist]) => setStorage({ use, persist }), onError);
  }, [db, version, onError]);

  useEffect(() => {
    if (months === null) return setOlder(null);
    const cutoff = retentionCutoff(Date.now(), months, userTimeZone());
    void countOlderThan(db, cutoff).then((count) => setOlder({ cutoff, count }), onError);
  }, [db, months, version, onError]);

  /** Runs a change; a refused file is a notice, anything else (the quota!) goes to the page's error. */
  async function run(action: () => Promise<string | null>, testId: string) {
    setBusy(true);
    setNotice(null);
    try {
      const text = await action();
      if (text) setNotice({ kind: 'ok', text, testId });
    } catch (e) {
      if (e instanceof ImportError) setNotice({ kind: 'error', text: t('errorImport', e.message), testId: 'norma-import-error' });
      else onError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="norma-data" data-testid="norma-data">
      <h2>{t('dataImportTitle')}</h2>
      <p class="norma-muted">{t('dataImportHint')}</p>
      <input
        type="file"
        accept=".json,application/json"
        data-testid="norma-import-input"
        disabled={busy}
        onChange={(e) =>
          void run(async () => {
            const text = await readFile(e.currentTarget as HTMLInputElement);
            if (text === null) return null;
            const { added, skipped } = await runImport({ dbName: db.name, text });
            onChanged();
            return t('dataImportDone', added, skipped);
          }, 'norma-import-result')
        }
      />
      {busy && <p role="status">{t('dataImportRunning')}</p>}
      {notice && (
        <p class={notice.kind === 'error' ? 'norma-warning norma-notice' : 'norma-notice'} data-testid={notice.testId} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}

      <h2>{t('dataBackupTitle')}</h2>
      <p class="norma-muted">{t('dataBackupHint')}</p>
      <button
        type="button"
        class="norma-button"
        data-testid="norma-backup"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            const now = new Date();
            const name = fileName('backup', 'json', now, userTimeZone());
            saveFile(new Blob([await makeBackup(db, now)], { type: 'application/json' }), name);
            return t('exportDone', name);
          }, 'norma-backup-done')
        }
      >
        {t('dataBackupMake')}
      </button>{' '}
      <label class="norma-button norma-file-button">
        {t('dataRestore')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="norma-restore-input"
          disabled={busy}
          onChange={(e) =>
            void run(async () => {
              const text = await readFile(e.currentTarget as HTMLInputElement);
              if (text === null) return null;
              const counts = inspectBackup(text);
              if (!window.confirm(t('dataRestoreConfirm', counts.pages, counts.posts, counts.log))) return null;
              const restored = await restoreBackup(db, text);
              onChanged();
              return t('dataRestoreDone', restored.pages, restored.posts, restored.log);
            }, 'norma-restore-done')
          }
        />
      </label>

      <h2>{t('retentionTitle')}</h2>
      <p class="norma-muted">{t('retentionHint')}</p>
      <select
        data-testid="norma-retention-months"
        value={months ?? ''}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          const next = value === '' ? null : Number(value);
          void setRetentionMonths(db, next).then(() => {
            setMonths(next);
            setNotice({ kind: 'ok', text: t('retentionSaved'), testId: 'norma-retention-saved' });
          }, onError);
        }}
      >
        <option value="">{t('retentionKeepAll')}</option>
        {RETENTION_CHOICES.map((n) => (
          <option key={n} value={n}>
            {t('retentionMonths', n)}
          </option>
        ))}
      </select>
      {older && (
        <p data-testid="norma-retention-count" data-count={older.count}>
          {t('retentionCount', formatDay(older.cutoff), older.count)}{' '}
          {older.count > 0 && (
            <button
              type="button"
              class="norma-button"
              data-testid="norma-retention-delete"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  if (!window.confirm(t('retentionConfirm', older.count, formatDay(older.cutoff)))) return null;
                  const deleted = await deleteOlderThan(db, older.cutoff);
                  onChanged();
                  return t('retentionDeleted', deleted);
                }, 'norma-retention-done')
              }
            >
              {t('retentionDelete', older.count)}
            </button>
          )}
        </p>
      )}

      <h2>{t('storageTitle')}</h2>
      {storage?.use && <p data-testid="norma-storage-use">{t('storageUse', formatBytes(storage.use.usage, lang()), formatBytes(storage.use.quota, lang()))}</p>}
      {storage && <p data-testid="norma-storage-persist" data-persist={storage.persist}>{storage.persist === 'persisted' || storage.persist === 'granted' ? t('storagePersisted') : t('storageNotPersisted')}</p>}
    </section>
  );
}
