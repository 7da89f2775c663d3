/**
 * Every selector of Telegram's public channel preview `t.me/s/<channel>`, the one Telegram page
 * Норма reads. The preview is static server-rendered HTML and has kept this markup for years.
 *
 * Source: SITES.md, checked against a real saved page (test/fixtures/telegram/t.me-s-durov.html,
 * posts of May–Aug 2026).
 */

export type TelegramGenerationId = 'tme-s';

export const TME_S = {
  generation: 'tme-s' as TelegramGenerationId,
  // seen 2026-08 (real page; SITES.md): `data-post="channel/519"`.
  post: 'div.tgme_widget_message[data-post]',
  // seen 2026-08 (real page; SITES.md): ISO 8601. Never `data-view`: its `t` is when the page was served.
  date: 'a.tgme_widget_message_date > time[datetime]',
  // seen 2026-08 (SITES.md): forwarded posts are the channel's reposts.
  forwarded: '.tgme_widget_message_forwarded_from',
  forwardedSource: 'a.tgme_widget_message_forwarded_from_name[href]',
  // seen 2026-08 (real page; SITES.md)
  text: '.tgme_widget_message_text',
  // seen 2026-08 (real page; SITES.md): `?before=N`, the next older page of the channel.
  older: 'link[rel="prev"][href]',
} as const;

export const TELEGRAM_HOSTS: ReadonlySet<string> = new Set(['t.me', 'www.t.me', 'telegram.me', 'www.telegram.me']);
