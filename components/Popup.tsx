import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { networkName } from './network-name';
import { WeekCounter } from './WeekCounter';
import { sendMessage, type Overview, type PageStatus, type WeekView } from '~/utils/messages';
import { t } from '~/utils/i18n';
import { moderatorNameItem } from '~/utils/settings';
import { SERVED_MATCHES } from '~/utils/sites/hosts';
import { MatchPattern } from 'wxt/utils/match-patterns';

type TabState =
  | { kind: 'loading' }
  | { kind: 'not-served' }
  | { kind: 'no-content' }
  | { kind: 'status'; status: PageStatus & { week: WeekView | null }; tabId: number };

const patterns = SERVED_MATCHES.map((m) => new MatchPattern(m));

/** Tells what the extension sees on the current tab, and what it keeps on this device. */
export function Popup() {
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });
  const [stored, setStored] = useState<Overview | null>(null);

  useEffect(() => {
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      // Without host access the tab's URL is hidden from us: then it is not a served site.
      if (!active?.id || !active.url || !patterns.some((p) => p.includes(active.url!))) {
        setTab({ kind: 'not-served' });
        return;
      }
      try {
        setTab({ kind: 'status', status: await sendMessage('getPageStatus', undefined, active.id), tabId: active.id });
      } catch {
        setTab({ kind: 'no-content' });
      }
    })();
    sendMessage('getOverview').then(setStored, () => setStored(null));
  }, []);

  return (
    <main class="norma-popup__main" data-testid="norma-popup" data-state={tab.kind === 'status' ? (tab.status.unrecognised ? 'unrecognised' : 'ok') : tab.kind}>
      <h1>{t('extName')}</h1>
      {tab.kind === 'not-served' && <p>{t('popupNotServed')}</p>}
      {tab.kind === 'no-content' && <p>{t('popupNoContent')}</p>}
      {tab.kind === 'status' && <TabStatus status={tab.status} onShowAgain={() => void showAgain(tab.status, tab.tabId).then(setTab)} />}
      <p class="norma-popup__links">
        <button type="button" class="norma-button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>
          {t('popupOpenDashboard')}
        </button>
        <button type="button" class="norma-button" data-testid="norma-open-check" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/check.html') })}>
          {t('popupCheckText')}
        </button>
        <button type="button" class="norma-button norma-button--quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>
      </p>
      <ModeratorName />
      {stored && (
        <p class="norma-muted" data-testid="norma-popup-stored">
          {t('popupStored', stored.pages, stored.posts, stored.log)}
        </p>
      )}
    </main>
  );
}

/** The user had hidden Норма on this page as not official: show it again. */
async function showAgain(status: PageStatus, tabId: number): Promise<TabState> {
  if (!status.page) return { kind: 'status', status: { ...status, week: null }, tabId };
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const week = await sendMessage('setPageProfile', { pageKey: status.page.key, network: status.network, timeZone, profileId: null, official: null });
  await sendMessage('pageChanged', undefined, tabId).catch(() => undefined);
  return { kind: 'status', status: { ...status, official: null, week }, tabId };
}

function TabStatus({ status, onShowAgain }: { status: PageStatus & { week: WeekView | null }; onShowAgain: () => void }) {
  if (!status.page) return <p>{networkName(status.network)}: {t('overlayNoPage')}</p>;
  return (
    <section data-testid="norma-popup-status" data-posts={status.posts} data-comments={status.comments} data-generation={status.generation ?? ''}>
      <p>
        <strong>{networkName(status.network)}</strong> · {t('popupPage')}: <span class="norma-key">{status.page.key}</span>
      </p>
      {status.official === false && (
        <p>
          {t('pageHidden')}{' '}
          <button type="button" class="norma-button" data-testid="norma-show-again" onClick={onShowAgain}>
            {t('pageShowAgain')}
          </button>
        </p>
      )}
      {status.week && !status.unrecognised && <WeekCounter status={status.week.status} />}
      {status.unrecognised ? (
        <p class="norma-warning" role="alert">
          {t('overlayUnrecognised')}
        </p>
      ) : (
        <ul>
          <li>
            {t('statusPosts', status.posts)}
            {status.reposts > 0 ? `, ${t('statusReposts', status.reposts)}` : ''}
          </li>
          {status.network !== 'telegram' && <li>{t('statusComments', status.comments)}</li>}
          {status.generation && <li class="norma-muted">{t('statusGeneration', status.generation)}</li>}
        </ul>
      )}
    </section>
  );
}

/** The name the moderation log records for this browser's decisions. */
function ModeratorName() {
  const [name, setName] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void moderatorNameItem.getValue().then(setName);
  }, []);
  if (name === null) return null;
  return (
    <form
      class="norma-moderator"
      onSubmit={(e) => {
        e.preventDefault();
        void moderatorNameItem.setValue(name.trim()).then(() => setSaved(true));
      }}
    >
      <label>
        {t('popupModerator')}
        <input
          class="norma-input"
          data-testid="norma-moderator-name"
          value={name}
          maxLength={100}
          onInput={(e) => {
            setSaved(false);
            setName((e.currentTarget as HTMLInputElement).value);
          }}
        />
      </label>
      <button type="submit" class="norma-button" data-testid="norma-moderator-save" disabled={saved}>
        {t('popupModeratorSave')}
      </button>
    </form>
  );
}
