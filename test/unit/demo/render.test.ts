import { describe, expect, test } from 'vitest';
import { renderDemo } from '../../../scripts/demo/render';

// Local time of the machine running the tests: the demo renders in the browser's (the same) zone.
const now = new Date(2026, 10, 18, 14, 30); // Wednesday 18 Nov 2026, 14:30

describe('demo page dates', () => {
  test.each([
    ['{{vk:0d 9:15}}', 'сегодня в 9:15'],
    ['{{vk:-1d 17:05}}', 'вчера в 17:05'],
    ['{{vk:-3d 10:00}}', '15 ноя в 10:00'],
    ['{{vk:-330d 8:00}}', '23 дек 2025 в 8:00'],
    ['{{ok:0d 9:15}}', '9:15'],
    ['{{ok:-1d 9:15}}', 'вчера 9:15'],
    ['{{ok:-2d 9:15}}', '16 ноября'],
  ])('%s → %s', (token, text) => {
    expect(renderDemo(token, now)).toBe(text);
  });

  test('unix seconds and ISO with the offset name the same instant', () => {
    const unix = Number(renderDemo('{{unix:-2d 10:00}}', now));
    expect(Date.parse(renderDemo('{{iso:-2d 10:00}}', now))).toBe(unix * 1000);
    expect(unix * 1000).toBe(new Date(2026, 10, 16, 10, 0).getTime());
  });

  test('a time later today is never in the future, and keeps its order', () => {
    const a = Number(renderDemo('{{unix:0d 15:00}}', now)) * 1000;
    const b = Number(renderDemo('{{unix:0d 20:00}}', now)) * 1000;
    expect(a).toBeLessThanOrEqual(now.getTime());
    expect(b).toBeLessThanOrEqual(now.getTime());
    expect(a).toBeLessThan(b);
  });

  test('text without tokens is left alone', () => {
    expect(renderDemo('<p>{{нет}} 10:00</p>', now)).toBe('<p>{{нет}} 10:00</p>');
  });
});
