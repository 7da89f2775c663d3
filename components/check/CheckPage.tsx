import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkStyle, type Finding, type StyleOptions, type StyleReport, type UserDictionary } from '~/utils/style';
import { t } from '~/utils/i18n';
import { DictionaryEditor } from './DictionaryEditor';
import { Findings } from './Findings';
import { Marked } from './Marked';
import { Scores } from './Scores';

/** Quiet time after the last keystroke before the draft is checked. */
export const CHECK_DEBOUNCE_MS = 150;

interface Checked {
  text: string;
  report: StyleReport;
}

export interface CheckPageProps {
  /** Reads the stored user dictionary, validated (passed in so a test can give its own). */
  loadDictionary: () => Promise<{ dictionary: UserDictionary; errors: string[] }>;
  /** Stores it; returns why it was refused, or nothing. */
  saveDictionary: (d: UserDictionary) => Promise<string[]>;
}

const EMPTY: UserDictionary = { extra: [], ignore: [] };

/**
 * "Проверить текст": paste or type a draft, see the style check with highlights. The textarea is
 * uncontrolled and typing only restarts a timer, so a long draft never slows the keys down; the
 * check (well under a millisecond for a post) and the marked copy follow 150 ms after the last key.
 */
export function CheckPage({ loadDictionary, saveDictionary }: CheckPageProps) {
  const input = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingRef = useRef(false);
  const [pending, setPending] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [dictionary, setDictionary] = useState<UserDictionary>(EMPTY);
  const [dictionaryErrors, setDictionaryErrors] = useState<string[]>([]);

  const options = useMemo<StyleOptions>(() => ({ extra: dictionary.extra, ignore: dictionary.ignore }), [dictionary]);

  const run = useCallback(() => {
    const text = input.current?.value ?? '';
    pendingRef.current = false;
    setPending(false);
    setChecked(text.trim() ? { text, report: checkStyle(text, options) } : null);
  }, [options]);

  const onInput = useCallback(() => {
    clearTimeout(timer.current);
    // One re-render per burst of typing, not per key.
    if (!pendingRef.current) {
      pendingRef.current = true;
      setPending(true);
    }
    timer.current = setTimeout(run, CHECK_DEBOUNCE_MS);
  }, [run]);

  useEffect(() => {
    void loadDictionary().then(({ dictionary: d, errors }) => {
      setDictionary(d);
      setDictionaryErrors(errors);
    });
  }, [loadDictionary]);

  // A changed dictionary re-checks what is there now.
  useEffect(() => {
    if (input.current?.value) run();
  }, [run]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const pick = useCallback((f: Finding) => {
    const el = input.current;
    // Offsets belong to the checked text: select only while the draft is still that text.
    if (!el || el.value !== checked?.text) return;
    el.focus();
    el.setSelectionRange(f.start, f.end);
  }, [checked]);

  const save = useCallback(
    async (next: UserDictionary) => {
      const errors = await saveDictionary(next);
      if (!errors.length) {
        setDictionary(next);
        setDictionaryErrors([]);
      }
      return errors;
    },
    [saveDictionary],
  );

  const results = useMemo(
    () =>
      checked && (
        <>
          <Scores report={checked.report} />
          <h2>{t('checkMarkedTitle')}</h2>
          <Marked text={checked.text} findings={checked.report.findings} onPick={pick} />
          <Findings report={checked.report} onPick={pick} />
        </>
      ),
    [checked, pick],
  );

  const state = pending ? 'pending' : checked ? 'checked' : 'empty';
  return (
    <main
      class="norma-check"
      data-testid="norma-style-check"
      data-state={state}
      data-findings={checked?.report.findings.length ?? 0}
    >
      <header>
        <h1>{t('checkTitle')}</h1>
        <p class="norma-muted">{t('checkIntro')}</p>
      </header>
      <div class="norma-check__columns">
        <section class="norma-check__input">
          <label for="norma-style-input">{t('checkInputLabel')}</label>
          <textarea
            id="norma-style-input"
            ref={input}
            class="norma-check__textarea"
            data-testid="norma-style-input"
            placeholder={t('checkPlaceholder')}
            spellcheck
            onInput={onInput}
          />
          <DictionaryEditor dictionary={dictionary} onSave={save} />
          {dictionaryErrors.length > 0 && (
            <p class="norma-warning" role="alert" data-testid="norma-style-dictionary-stored-errors">
              {t('checkDictionaryStoredInvalid')}
            </p>
          )}
        </section>
        <section class="norma-check__result" data-testid="norma-style-result">
          {results ?? <p class="norma-muted">{t('checkEmpty')}</p>}
        </section>
      </div>
    </main>
  );
}
