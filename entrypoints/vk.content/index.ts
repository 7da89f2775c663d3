import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnPage } from '~/utils/content/page-session';
import { VK_MATCHES } from '~/utils/sites/hosts';
import { vkAdapter } from '~/utils/sites/vk/adapter';

export default defineContentScript({
  matches: VK_MATCHES,
  // The overlay's CSS is bundled into the script (no web-accessible file for pages to probe).
  cssInjectionMode: 'manual',
  main: (ctx) => runOnPage(ctx, vkAdapter),
});
