import fs from 'node:fs';
import path from 'node:path';
import type { ServedPage } from '../chromium';
import { renderDemo } from './render';

export interface DemoPage extends ServedPage {
  /** Short name, also the screenshot's file name. */
  id: string;
  title: string;
  /** The regulation profile the headless demo chooses for the page (as shown in the picker). */
  profile: string;
}

const dir = path.join(import.meta.dirname, 'pages');
const template = (file: string) => () => renderDemo(fs.readFileSync(path.join(dir, file), 'utf8'), new Date());

/** The bundled demo pages, each served at the address of the network it imitates. */
export const DEMO_PAGES: DemoPage[] = [
  { id: 'vk', title: 'ВКонтакте: сообщество администрации', url: 'https://vk.com/club100100100', html: template('vk.html'), profile: 'Новокузнецк' },
  { id: 'ok', title: 'Одноклассники: группа администрации', url: 'https://ok.ru/group/70000000100100', html: template('ok.html'), profile: 'Кузбасс' },
  { id: 'telegram', title: 'Telegram: превью канала', url: 'https://t.me/s/demo_okrug', html: template('telegram.html'), profile: 'Алтайский край — Правительство' },
];
