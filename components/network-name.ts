import type { Network } from '~/utils/sites/types';
import { t } from '~/utils/i18n';

export function networkName(network: Network): string {
  switch (network) {
    case 'vk':
      return t('networkVk');
    case 'ok':
      return t('networkOk');
    case 'telegram':
      return t('networkTelegram');
  }
}
