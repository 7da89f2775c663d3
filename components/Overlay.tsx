import { useState } from 'preact/hooks';
import type { PageStatus } from '~/utils/messages';
import { t } from '~/utils/i18n';

export interface OverlayProps {
  status: PageStatus;
}

/**
 * The floating panel on a served page. It lives in a shadow root (see utils/content/page-session.ts),
 * so neither the page's styles reach it nor its styles the page.
 */
export function Overlay({ status }: OverlayProps) {
  const [collapsed, setCollapsed] = useState(false);
  const state = status.unrecognised ? 'unrecognised' : 'ok';
  const attrs = {
    'data-testid': 'norma-overlay',
    'data-state': state,
    'data-network': status.network,
    'data-generation': status.generation ?? '',
    'data-posts': String(status.posts),
    'data-reposts': String(status.reposts),
    'data-comments': String(status.comments),
  };

  if (collapsed) {
    return (
      <div class="norma-panel norma-panel--collapsed" {...attrs}>
        <button type="button" class="norma-badge" title={t('overlayExpand')} onClick={() => setCollapsed(false)}>
          Н
        </button>
      </div>
    );
  }

  return (
    <section class={`norma-panel norma-panel--${state}`} aria-label={t('overlayTitle')} {...attrs}>
      <header class="norma-header">
        <strong>{t('overlayTitle')}</strong>
        <button type="button" class="norma-icon" title={t('overlayCollapse')} aria-label={t('overlayCollapse')} onClick={() => setCollapsed(true)}>
          –
        </button>
      </header>
      {status.unrecognised ? (
        <p class="norma-warning" role="alert">
          {t('overlayUnrecognised')}
        </p>
      ) : (
        <ul class="norma-facts">
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
