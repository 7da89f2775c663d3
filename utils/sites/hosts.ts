/**
 * Where each content script runs. Host permissions in the manifest are exactly these:
 * the extension has no access to any other site.
 */
export const VK_MATCHES = ['https://vk.com/*', 'https://m.vk.com/*', 'https://vk.ru/*', 'https://m.vk.ru/*'];
export const OK_MATCHES = ['https://ok.ru/*', 'https://m.ok.ru/*'];
export const TELEGRAM_MATCHES = ['https://t.me/s/*'];
export const SERVED_MATCHES = [...VK_MATCHES, ...OK_MATCHES, ...TELEGRAM_MATCHES];
