/**
 * Demo pages are templates whose dates are written relative to "now", so the demo always shows
 * a live week whatever day it is run. Tokens:
 *
 *   {{vk:-2d 10:00}}    VK's text: "сегодня в 10:00", "вчера в 10:00", "21 ноя в 10:00", "3 янв 2025 в 10:00"
 *   {{ok:-2d 10:00}}    OK's text: "10:00" (today), "вчера 10:00", "21 ноября"
 *   {{iso:-2d 10:00}}   ISO 8601 with the offset, as Telegram's <time datetime>
 *   {{unix:-2d 10:00}}  unix seconds, as VK's legacy span.rel_date[time] and OK's data-time
 *
 * "-2d 10:00" means two days before today at 10:00 in the demo browser's zone (the machine's).
 * Nothing is ever dated in the future: today's times still ahead are squeezed into the morning.
 */
const MONTHS_SHORT = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

export function renderDemo(template: string, now: Date): string {
  return template.replace(/\{\{(vk|ok|iso|unix):(-?\d+)d (\d{1,2}):(\d{2})\}\}/g, (_m, kind: string, days: string, hh: string, mm: string) => {
    let at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + Number(days), Number(hh), Number(mm));
    if (at > now) {
      // Today's times still ahead are squeezed into the part of today already past, in order.
      const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
      at = new Date(midnight + ((at.getTime() - midnight) * (now.getTime() - midnight)) / 86_400_000);
    }
    const ago = -Number(days);
    const time = `${at.getHours()}:${String(at.getMinutes()).padStart(2, '0')}`;
    const sameYear = at.getFullYear() === now.getFullYear();
    switch (kind) {
      case 'vk':
        if (ago === 0) return `сегодня в ${time}`;
        if (ago === 1) return `вчера в ${time}`;
        return `${at.getDate()} ${MONTHS_SHORT[at.getMonth()]}${sameYear ? '' : ` ${at.getFullYear()}`} в ${time}`;
      case 'ok':
        if (ago === 0) return time;
        if (ago === 1) return `вчера ${time}`;
        return `${at.getDate()} ${MONTHS_GENITIVE[at.getMonth()]}${sameYear ? '' : ` ${at.getFullYear()}`}`;
      case 'iso':
        return isoWithOffset(at);
      default:
        return String(Math.floor(at.getTime() / 1000));
    }
  });
}

function isoWithOffset(d: Date): string {
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}
