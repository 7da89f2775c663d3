import { useEffect, useState } from 'preact/hooks';
import { t } from '~/utils/i18n';
import { WordListsSchema } from '~/utils/schemas';
import { moderatorNameItem, wordListsItem, type WordLists } from '~/utils/settings';

type Field = 'obscene' | 'insult' | 'spam' | 'exceptions' | 'allowDomains';
const FIELDS: { field: Field; label: Parameters<typeof t>[0] }[] = [
  { field: 'obscene', label: 'optionsWordsObscene' },
  { field: 'insult', label: 'optionsWordsInsult' },
  { field: 'spam', label: 'optionsWordsSpam' },
  { field: 'exceptions', label: 'optionsExceptions' },
  { field: 'allowDomains', label: 'optionsAllowDomains' },
];

const lines = (text: string) => [...new Set(text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))];

function toTexts(lists: WordLists): Record<Field, string> {
  return {
    obscene: lists.words.obscene.join('\n'),
    insult: lists.words.insult.join('\n'),
    spam: lists.words.spam.join('\n'),
    exceptions: lists.exceptions.join('\n'),
    allowDomains: lists.allowDomains.join('\n'),
  };
}

/** The moderator's name and word lists; saved lists apply at once on every open page. */
export function Settings() {
  const [name, setName] = useState('');
  const [texts, setTexts] = useState<Record<Field, string> | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void moderatorNameItem.getValue().then(setName);
    void wordListsItem.getValue().then((lists) => setTexts(toTexts(lists)));
  }, []);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!texts) return;
    const parsed = WordListsSchema.safeParse({
      words: { obscene: lines(texts.obscene), insult: lines(texts.insult), spam: lines(texts.spam) },
      exceptions: lines(texts.exceptions),
      allowDomains: lines(texts.allowDomains),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join(' → ') ?? '';
      setMessage({ ok: false, text: t('optionsInvalid', `${where}: ${issue?.message ?? ''}`) });
      return;
    }
    await Promise.all([moderatorNameItem.setValue(name.trim()), wordListsItem.setValue(parsed.data)]);
    setTexts(toTexts(parsed.data));
    setMessage({ ok: true, text: t('optionsSaved') });
  };

  if (!texts) return null;
  return (
    <main class="norma-dashboard norma-settings" data-testid="norma-settings">
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={(e) => void save(e)}>
        <label class="norma-settings__field">
          {t('optionsModerator')}
          <input class="norma-input" value={name} maxLength={100} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} data-testid="norma-settings-moderator" />
        </label>
        <h2>{t('optionsWordsTitle')}</h2>
        <p class="norma-muted">{t('optionsWordsHint')}</p>
        <div class="norma-settings__lists">
          {FIELDS.map(({ field, label }) => (
            <label key={field} class="norma-settings__field">
              {t(label)}
              <textarea
                class="norma-input"
                rows={8}
                value={texts[field]}
                onInput={(e) => setTexts({ ...texts, [field]: (e.currentTarget as HTMLTextAreaElement).value })}
                data-testid={`norma-settings-${field}`}
              />
            </label>
          ))}
        </div>
        <p>
          <button type="submit" class="norma-button" data-testid="norma-settings-save">
            {t('optionsSave')}
          </button>{' '}
          {message && (
            <span class={message.ok ? 'norma-muted' : 'norma-warning'} role="status" data-testid="norma-settings-message">
              {message.text}
            </span>
          )}
        </p>
      </form>
    </main>
  );
}
