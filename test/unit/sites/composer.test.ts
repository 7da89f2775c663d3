import { describe, expect, test } from 'vitest';
import { okAdapter } from '~/utils/sites/ok/adapter';
import type { ComposerReader } from '~/utils/sites/types';
import { vkAdapter } from '~/utils/sites/vk/adapter';
import { CTX, loadFixture } from './fixture';

const vk = vkAdapter.composer as ComposerReader;
const ok = okAdapter.composer as ComposerReader;

describe('the networks\' post editors', () => {
  test('VK: the wall\'s post form and the share box, told apart', () => {
    const doc = loadFixture('vk/composer-legacy-2022.html', 'https://vk.com/club200000001');
    const editors = vk.editors(doc);
    expect(editors.map((e) => e.id)).toEqual(['post_field', 'like_share_text']);
    expect(editors.map((e) => vk.isRepost(e))).toEqual([false, true]);
    expect(vk.anchor(editors[0]!).id).toBe('submit_post_box');
    editors[0]!.textContent = 'В рамках реализации мероприятий';
    expect(vk.text(editors[0]!)).toBe('В рамках реализации мероприятий');
    // The wall itself still reads as before.
    expect(vkAdapter.findPosts(doc, CTX)).toHaveLength(10);
  });

  test('OK: the group\'s posting form', () => {
    const doc = loadFixture('ok/composer-2025.html', 'https://ok.ru/group/70000012345678');
    const editors = ok.editors(doc);
    expect(editors).toHaveLength(1);
    expect(ok.isRepost(editors[0]!)).toBe(false);
    expect(ok.anchor(editors[0]!).className).toBe('posting-form');
  });

  test.each([
    ['vk/legacy-2022.html', vk],
    ['vk/react-2025-desktop.html', vk],
    ['ok/feed-2025.html', ok],
    ['ok/topic-older.html', ok],
  ] as const)('%s has no editor open', (file, reader) => {
    expect(reader.editors(loadFixture(file))).toEqual([]);
  });
});
