import { describe, expect, test } from 'vitest';
import { okAdapter } from '~/utils/sites/ok/adapter';
import type { ModerationControls } from '~/utils/sites/types';
import { vkAdapter } from '~/utils/sites/vk/adapter';
import { loadFixture } from './fixture';

const NOW = Date.parse('2026-11-18T05:00:00Z');
const ctx = { now: NOW, timeZone: 'Asia/Krasnoyarsk' };
const vk = vkAdapter.moderation as ModerationControls;
const ok = okAdapter.moderation as ModerationControls;

/** The stub VK shows after a deletion, as the selectors' newest guess expects it. */
function vkStub(doc: Document): HTMLElement {
  const stub = doc.createElement('div');
  stub.className = 'dld';
  stub.append('Комментарий удалён. ');
  const ban = doc.createElement('a');
  ban.textContent = 'Заблокировать автора';
  stub.append(ban);
  return stub;
}

describe('VK moderation controls', () => {
  test('every comment of an administrator\'s legacy wall has its own delete control', () => {
    const doc = loadFixture('vk/legacy-2022.html', 'https://vk.com/club200000001');
    const comments = vkAdapter.findComments(doc, ctx);
    expect(comments.length).toBe(6);
    const controls = comments.map((c) => vk.deleteControl(c.element));
    expect(controls.every((c) => c !== null)).toBe(true);
    // A parent's control is never its reply's.
    expect(new Set(controls).size).toBe(comments.length);
  });

  test.each(['vk/react-2025-post.html', 'vk/redesign-v3-2024.html'])('%s offers no delete control (not documented / not an admin)', (file) => {
    const doc = loadFixture(file, 'https://vk.com/club200000001');
    for (const c of vkAdapter.findComments(doc, ctx)) expect(vk.deleteControl(c.element)).toBeNull();
  });

  test('a comment is deleted once gone or replaced by the stub; the stub offers to block', () => {
    const doc = loadFixture('vk/legacy-2022.html', 'https://vk.com/club200000001');
    const [first, second] = vkAdapter.findComments(doc, ctx);
    expect(vk.isDeleted(first!.element)).toBe(false);
    const parent = first!.element.parentElement!;
    first!.element.replaceWith(vkStub(doc));
    expect(vk.isDeleted(first!.element)).toBe(true);
    expect(vk.banControl(parent)?.textContent).toBe('Заблокировать автора');
    expect(vk.banControl(second!.element)).toBeNull();
    second!.element.replaceChildren(vkStub(doc));
    expect(vk.isDeleted(second!.element)).toBe(true);
  });

  test('the ban dialog: its reason list and confirm button, then the confirmation', () => {
    const doc = loadFixture('vk/legacy-2022.html', 'https://vk.com/club200000001');
    expect(vk.banDialog(doc)).toBeNull();
    const box = doc.createElement('div');
    box.className = 'popup_box_container';
    const layout = doc.createElement('div');
    layout.className = 'box_layout';
    const select = doc.createElement('select');
    select.name = 'reason';
    const confirm = doc.createElement('button');
    confirm.textContent = 'В чёрный список';
    layout.append(select, confirm);
    box.append(layout);
    doc.body.append(box);
    expect(vk.banDialog(doc)).toEqual({ reason: select, confirm });
    expect(vk.isBanned(doc.body, doc)).toBe(false);
    layout.append('Пользователь добавлен в чёрный список.');
    expect(vk.isBanned(doc.body, doc)).toBe(true);
  });

  test.each([
    ['vk:club200000001', 'https://vk.com/groupsedit.php?act=bl_edit&id=200000001'],
    ['vk:kedrovsk_adm', null],
  ])('blacklist page of %s', (key, url) => {
    const doc = loadFixture('vk/legacy-2022.html', 'https://vk.com/club200000001');
    expect(vk.blacklistUrl(key, doc.body)).toBe(url);
  });

  test('a link to the comment itself', () => {
    const doc = loadFixture('vk/legacy-2022.html', 'https://vk.com/club200000001');
    const comment = vkAdapter.findComments(doc, ctx).find((c) => c.id === '-200000001_3342')!;
    expect(vk.commentUrl(comment)).toBe('https://vk.com/wall-200000001_3308?reply=3342');
  });
});

describe('OK moderation controls', () => {
  const url = 'https://ok.ru/kedrovskrayon/topic/157000000000106';

  test('the older markup gives every live comment its delete control; the current one, to a reader, none', () => {
    const older = loadFixture('ok/topic-older.html', url);
    const live = okAdapter.findComments(older, ctx);
    expect(live.length).toBe(5);
    expect(live.every((c) => ok.deleteControl(c.element) !== null)).toBe(true);
    const current = loadFixture('ok/topic-2025.html', 'https://ok.ru/group/70000012345678/topic/157000000000108');
    for (const c of okAdapter.findComments(current, ctx)) expect(ok.deleteControl(c.element)).toBeNull();
  });

  test('deleted once marked __deleted with the stub; no ban offer is known', () => {
    const doc = loadFixture('ok/topic-older.html', url);
    const comment = okAdapter.findComments(doc, ctx)[0]!;
    expect(ok.isDeleted(comment.element)).toBe(false);
    comment.element.classList.add('__deleted');
    const stub = doc.createElement('div');
    stub.className = 'delete-stub_info';
    stub.textContent = 'Комментарий удалён.';
    comment.element.replaceChildren(stub);
    expect(ok.isDeleted(comment.element)).toBe(true);
    expect(ok.banControl(comment.element)).toBeNull();
  });

  test('links: the topic for the comment, the group for its blacklist', () => {
    const doc = loadFixture('ok/topic-older.html', url);
    const comment = okAdapter.findComments(doc, ctx)[0]!;
    expect(ok.commentUrl(comment)).toBe('https://ok.ru/kedrovskrayon/topic/157000000000106');
    expect(ok.blacklistUrl('ok:kedrovskrayon', comment.element)).toBe('https://ok.ru/kedrovskrayon');
  });
});
