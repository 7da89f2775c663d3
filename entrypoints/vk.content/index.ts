import '~/components/overlay.css';
import { runOnPage } from '~/utils/content/page-session';
import { VK_MATCHES } from '~/utils/sites/hosts';
import { vkAdapter } from '~/utils/sites/vk/adapter';

export default defineContentScript({
  matches: VK_MATCHES,
  cssInjectionMode: 'ui',
  main: (ctx) => runOnPage(ctx, vkAdapter),
});
