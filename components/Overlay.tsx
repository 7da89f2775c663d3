import { useEffect, useRef, useState } from 'preact/hooks';
import { ProfilePicker, type CustomNumbers } from './ProfilePicker';
import { WeekCounter } from './WeekCounter';
import type { PageStatus, ProfileChoice, WeekView } from '~/utils/messages';
import { t } from '~/utils/i18n';

/** Where the panel sits (distance from the viewport's right and bottom edges) and whether it is folded. */
export interface PanelPlacement {
  right: number;
  bottom: number;
  collapsed: boolean;
}

export const DEFAULT_PLACEMENT: PanelPlacement = { right: 16, bottom: 16, collapsed: false };

export interface OverlayProps {
  status: PageStatus;
  week: WeekView | null;
  profiles: ProfileChoice[] | null;
  browserZone: string;
  placement: PanelPlacement;
  onPlacement: (placement: PanelPlacement) => void;
  onChooseProfile: (profileId: string | null, custom?: CustomNumbers) => void;
  onNotOfficial: () => void;
  onWantProfiles: () => void;
}

/**
 * The floating panel on a served page. It lives in a shadow root (utils/content/page-session.ts),
 * so neither the page's styles reach it nor its styles the page.
 */
export function Overlay(props: OverlayProps) {
  const { status, week, placement } = props;
  const [picking, setPicking] = useState(false);
  const [pos, setPos] = useState(placement);
  const drag = useRef<{ x: number; y: number; right: number; bottom: number } | null>(null);
  useEffect(() => setPos(placement), [placement]);

  const noProfile = week !== null && week.profileId === null;
  const showPicker = picking || noProfile;
  useEffect(() => {
    if (showPicker && props.profiles === null) props.onWantProfiles();
  }, [showPicker, props.profiles]);

  const state = status.unrecognised ? 'unrecognised' : 'ok';
  const attrs = {
    'data-testid': 'norma-overlay',
    'data-state': state,
    'data-network': status.network,
    'data-generation': status.generation ?? '',
    'data-posts': String(status.posts),
    'data-reposts': String(status.reposts),
    'data-comments': String(status.comments),
    'data-flagged': String(status.flagged),
    'data-handled': String(status.handled),
    style: { right: `${pos.right}px`, bottom: `${pos.bottom}px` },
  };
  const save = (next: PanelPlacement) => {
    setPos(next);
    props.onPlacement(next);
  };

  const onPointerDown = (e: PointerEvent) => {
    if ((e.target as Element).closest('button')) return;
    drag.current = { x: e.clientX, y: e.clientY, right: pos.right, bottom: pos.bottom };
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    const start = drag.current;
    if (!start) return;
    const view = (e.currentTarget as Element).ownerDocument.defaultView;
    const maxRight = (view?.innerWidth ?? 1000) - 60;
    const maxBottom = (view?.innerHeight ?? 800) - 40;
    setPos({
      ...pos,
      right: clamp(start.right - (e.clientX - start.x), 0, maxRight),
      bottom: clamp(start.bottom - (e.clientY - start.y), 0, maxBottom),
    });
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    save(pos);
  };

  if (pos.collapsed) {
    return (
      <div class="norma-panel norma-panel--collapsed" {...attrs}>
        <button type="button" class={`norma-badge norma-badge--${week?.status.level ?? 'none'}`} title={t('overlayExpand')} aria-label={t('overlayExpand')} data-testid="norma-expand" onClick={() => save({ ...pos, collapsed: false })}>
          {week ? week.status.posts : 'Н'}
        </button>
      </div>
    );
  }

  return (
    <section class={`norma-panel norma-panel--${state}`} aria-label={t('overlayTitle')} {...attrs}>
      <header class="norma-header" title={t('overlayDrag')} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp}>
        <strong>{t('overlayTitle')}</strong>
        <button type="button" class="norma-icon" title={t('overlayCollapse')} aria-label={t('overlayCollapse')} data-testid="norma-collapse" onClick={() => save({ ...pos, collapsed: true })}>
          –
        </button>
      </header>
      {status.unrecognised ? (
        <p class="norma-warning" role="alert" data-testid="norma-unrecognised">
          {t('overlayUnrecognised')}
        </p>
      ) : (
        <>
          {week && <WeekCounter status={week.status} />}
          {showPicker && props.profiles && (
            <>
              {noProfile && <p class="norma-muted">{t('profileChoosePrompt')}</p>}
              <ProfilePicker
                profiles={props.profiles}
                current={week?.profileId ?? null}
                network={status.network}
                browserZone={props.browserZone}
                onChoose={(id, custom) => {
                  setPicking(false);
                  props.onChooseProfile(id, custom);
                }}
                onCancel={noProfile ? undefined : () => setPicking(false)}
              />
            </>
          )}
          <div class="norma-actions">
            {week && !showPicker && (
              <button type="button" class="norma-link" onClick={() => setPicking(true)} data-testid="norma-profile-change">
                {t('profileChange')}
              </button>
            )}
            {noProfile && (
              <button type="button" class="norma-link" onClick={props.onNotOfficial} data-testid="norma-not-official">
                {t('pageNotOfficial')}
              </button>
            )}
          </div>
          {status.network !== 'telegram' && (
            <p class={status.flagged > status.handled ? 'norma-warning' : 'norma-muted'} data-testid="norma-moderation-summary">
              {t('statusComments', status.comments)} · {t('overlayModeration', status.flagged, status.handled)}
            </p>
          )}
          {status.generation && <p class="norma-muted">{t('statusGeneration', status.generation)}</p>}
        </>
      )}
    </section>
  );
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), Math.max(min, max));
}
