import { describe, expect, test } from 'vitest';
import { PageSeenSchema, PostsSeenSchema } from '~/utils/schemas';

const base = { pageKey: 'vk:club1', network: 'vk', timeZone: 'Asia/Novokuznetsk', oldestLoadedAt: null };

describe('messages crossing into the background are checked', () => {
  test.each([
    ['a normal batch', { ...base, posts: [{ id: '-1_1', publishedAt: 1700000000000, isRepost: false }] }],
    ['an undated post', { ...base, pageKey: 'ok:group/1', network: 'ok', posts: [{ id: '1', publishedAt: null, isRepost: true }] }],
  ])('accepts %s', (_name, value) => {
    expect(PostsSeenSchema.safeParse(value).success).toBe(true);
  });

  test.each([
    ['a missing page', { posts: [] }],
    ['an unknown time zone', { ...base, timeZone: 'Mars/Olympus', posts: [] }],
    ['a missing wall extent', { pageKey: 'vk:club1', network: 'vk', timeZone: 'Asia/Novokuznetsk', posts: [] }],
    ['a string date', { ...base, posts: [{ id: '1', publishedAt: '2024-01-01', isRepost: false }] }],
    ['an empty id', { ...base, posts: [{ id: '', publishedAt: 1, isRepost: false }] }],
    ['a huge id', { ...base, posts: [{ id: 'x'.repeat(5000), publishedAt: 1, isRepost: false }] }],
    ['too many posts at once', { ...base, posts: Array.from({ length: 2001 }, (_, i) => ({ id: String(i), publishedAt: 1, isRepost: false })) }],
    ['a fractional date', { ...base, posts: [{ id: '1', publishedAt: 1.5, isRepost: false }] }],
  ])('rejects %s', (_name, value) => {
    expect(PostsSeenSchema.safeParse(value).success).toBe(false);
  });

  test.each([
    ['an unknown network', { page: { network: 'fb', key: 'fb:x', url: 'https://facebook.com/x' }, title: '' }],
    ['a script URL', { page: { network: 'vk', key: 'vk:x', url: 'javascript:alert(1)' }, title: '' }],
  ])('rejects a page with %s', (_name, value) => {
    expect(PageSeenSchema.safeParse(value).success).toBe(false);
  });
});
