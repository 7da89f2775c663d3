import '~/components/overlay.css';
import { runOnPage } from '~/utils/content/page-session';
import { TELEGRAM_MATCHES } from '~/utils/sites/hosts';
import { telegramAdapter } from '~/utils/sites/telegram/adapter';

export default defineContentScript({
  matches: TELEGRAM_MATCHES,
  cssInjectionMode: 'ui',
  main: (ctx) => runOnPage(ctx, telegramAdapter),
});
