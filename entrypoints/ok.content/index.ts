import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnPage } from '~/utils/content/page-session';
import { OK_MATCHES } from '~/utils/sites/hosts';
import { okAdapter } from '~/utils/sites/ok/adapter';

export default defineContentScript({
  matches: OK_MATCHES,
  // The overlay's CSS is bundled into the script (no web-accessible file for pages to probe).
  cssInjectionMode: 'manual',
  // From the start of the page: comments are read while the page is still arriving.
  runAt: 'document_start',
  main: (ctx) => runOnPage(ctx, okAdapter),
});
