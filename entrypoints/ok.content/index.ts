import '~/components/overlay.css';
import { runOnPage } from '~/utils/content/page-session';
import { OK_MATCHES } from '~/utils/sites/hosts';
import { okAdapter } from '~/utils/sites/ok/adapter';

export default defineContentScript({
  matches: OK_MATCHES,
  cssInjectionMode: 'ui',
  main: (ctx) => runOnPage(ctx, okAdapter),
});
