import { useState } from 'preact/hooks';
import type { ProfileChoice } from '~/utils/messages';
import type { Network } from '~/utils/sites/types';
import { pick, t } from '~/utils/i18n';

export interface CustomNumbers {
  postsPerWeekMin?: number;
  repostShareMax?: number;
  timeZone: string;
  networks: Network[];
}

export interface ProfilePickerProps {
  profiles: ProfileChoice[];
  current: string | null;
  network: Network;
  browserZone: string;
  onChoose: (profileId: string | null, custom?: CustomNumbers) => void;
  onCancel?: () => void;
}

const ZONES = ['Asia/Novokuznetsk', 'Asia/Barnaul', 'Europe/Moscow', 'Asia/Novosibirsk', 'Asia/Krasnoyarsk', 'Asia/Omsk', 'Asia/Yekaterinburg'];

/** Chooses the page's regulation profile once; the choice is remembered for the page. */
export function ProfilePicker({ profiles, current, network, browserZone, onChoose, onCancel }: ProfilePickerProps) {
  const [selected, setSelected] = useState<string>(current ?? '');
  const [posts, setPosts] = useState('7');
  const [reposts, setReposts] = useState('25');
  const [zone, setZone] = useState(browserZone);
  const custom = selected === 'custom';

  const submit = (event: Event) => {
    event.preventDefault();
    if (!custom) return onChoose(selected || null);
    const min = Number.parseInt(posts, 10);
    const max = Number.parseFloat(reposts.replace(',', '.'));
    onChoose('custom', {
      postsPerWeekMin: Number.isFinite(min) && min > 0 ? min : undefined,
      repostShareMax: Number.isFinite(max) ? max / 100 : undefined,
      timeZone: zone,
      networks: ['vk', 'ok', 'telegram'],
    });
  };

  return (
    <form class="norma-picker" data-testid="norma-profile-picker" onSubmit={submit}>
      <label>
        <span class="norma-muted">{t('profileChoose')}</span>
        <select class="norma-select" value={selected} onChange={(e) => setSelected((e.currentTarget as HTMLSelectElement).value)} data-testid="norma-profile-select">
          <option value="">{t('profileNone')}</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id} disabled={!p.networks.includes(network)}>
              {pick(p.name)}
            </option>
          ))}
          <option value="custom">{t('profileCustom')}</option>
        </select>
      </label>
      {custom && (
        <div class="norma-picker__custom">
          <label>
            {t('profileCustomPosts')}
            <input class="norma-input" type="number" min="1" max="1000" value={posts} onInput={(e) => setPosts((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <label>
            {t('profileCustomReposts')}
            <input class="norma-input" type="number" min="0" max="100" value={reposts} onInput={(e) => setReposts((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <label>
            {t('profileCustomZone')}
            <select class="norma-select" value={zone} onChange={(e) => setZone((e.currentTarget as HTMLSelectElement).value)}>
              {[...new Set([browserZone, ...ZONES])].map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div class="norma-actions">
        <button type="submit" class="norma-button" data-testid="norma-profile-save">
          {t('profileSave')}
        </button>
        {onCancel && (
          <button type="button" class="norma-button norma-button--quiet" onClick={onCancel}>
            {t('profileCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
