import { useEffect, useState } from 'preact/hooks';
import { formatDictionaryLines, parseDictionaryLines, type UserDictionary } from '~/utils/style';
import { t } from '~/utils/i18n';

/** The user's own phrases and exceptions, edited as lines (format: utils/style/user.ts, docs/style.md). */
export function DictionaryEditor({ dictionary, onSave }: { dictionary: UserDictionary; onSave: (d: UserDictionary) => Promise<string[]> }) {
  const [draft, setDraft] = useState(() => formatDictionaryLines(dictionary));
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState<UserDictionary | null>(null);

  useEffect(() => setDraft(formatDictionaryLines(dictionary)), [dictionary]);

  const save = async (): Promise<void> => {
    const parsed = parseDictionaryLines(draft);
    const lineErrors = parsed.errors.map((e) => t('checkDictionaryLineError', e.line, e.message));
    if (lineErrors.length) {
      setErrors(lineErrors);
      setSaved(null);
      return;
    }
    const next = { extra: parsed.extra, ignore: parsed.ignore };
    const refused = await onSave(next);
    setErrors(refused);
    setSaved(refused.length ? null : next);
  };

  const count = dictionary.extra.length + dictionary.ignore.length;
  return (
    <details class="norma-check__dictionary" data-testid="norma-style-dictionary" data-entries={count}>
      <summary>{t('checkDictionaryTitle', count)}</summary>
      <p class="norma-muted">{t('checkDictionaryHelp')}</p>
      <textarea
        class="norma-check__dictionary-input"
        data-testid="norma-style-dictionary-input"
        rows={8}
        spellcheck={false}
        value={draft}
        placeholder={t('checkDictionaryPlaceholder')}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <p>
        <button type="button" class="norma-button" data-testid="norma-style-dictionary-save" onClick={() => void save()}>
          {t('checkDictionarySave')}
        </button>{' '}
        {saved && (
          <span class="norma-muted" data-testid="norma-style-dictionary-saved" role="status">
            {t('checkDictionarySaved', saved.extra.length, saved.ignore.length)}
          </span>
        )}
      </p>
      {errors.length > 0 && (
        <ul class="norma-warning" role="alert" data-testid="norma-style-dictionary-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
