import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  appliesTo,
  customProfile,
  formatCitation,
  getProfile,
  listProfiles,
  normOf,
  parseProfile,
  safeParseProfile,
  type BuiltInProfileId,
} from '~/utils/norms/profiles';
import type { Profile } from '~/utils/norms/schema';

const ids: BuiltInProfileId[] = ['kuzbass', 'novokuznetsk-district', 'altai-government', 'altai-executive', 'krasnodar'];

const must = (id: string): Profile => {
  const p = getProfile(id);
  if (p === undefined) throw new Error(`no profile ${id}`);
  return p;
};

describe('built-in profiles', () => {
  test('the list is exactly the regulation profiles, each id once', () => {
    expect(listProfiles().map((p) => p.id)).toEqual(ids);
    expect(listProfiles().every((p) => p.kind === 'regulation')).toBe(true);
  });

  test.each([
    // id, zone, networks, weekly minimum, repost cap, comments open
    ['kuzbass', 'Asia/Novokuznetsk', ['vk', 'ok'], undefined, 0.25, undefined],
    ['novokuznetsk-district', 'Asia/Novokuznetsk', ['vk', 'ok'], 7, undefined, undefined],
    ['altai-government', 'Asia/Barnaul', ['vk', 'ok', 'telegram'], 10, undefined, undefined],
    ['altai-executive', 'Asia/Barnaul', ['vk', 'ok', 'telegram'], 5, undefined, undefined],
    ['krasnodar', 'Europe/Moscow', ['vk', 'ok', 'telegram'], undefined, undefined, true],
  ])('%s: %s, %j, min %s, cap %s, comments open %s', (id, zone, networks, min, cap, comments) => {
    const p = must(id);
    expect(p.timeZone).toBe(zone);
    expect(p.networks).toEqual(networks);
    expect(normOf(p, 'posts-per-week-min')?.value).toBe(min);
    expect(normOf(p, 'repost-share-max')?.value).toBe(cap);
    expect(normOf(p, 'comments-open')?.value).toBe(comments);
  });

  test.each([
    // id, kind, act number, date, clause, amending number, amending date, amending clause, binding
    ['kuzbass', 'repost-share-max', '66', '2020-02-14', 'Порядок, п. 2.2, абзац о репостах', '171', '2022-03-31', 'п. 1.5.3', 'mandatory'],
    ['novokuznetsk-district', 'posts-per-week-min', '59', '2020-03-16', 'приложение (Порядок), п. 2.1', undefined, undefined, undefined, 'recommended'],
    ['altai-government', 'posts-per-week-min', '133', '2020-03-27', 'Порядок, п. 6', undefined, undefined, undefined, 'recommended'],
    ['altai-executive', 'posts-per-week-min', '133', '2020-03-27', 'Порядок, п. 6', undefined, undefined, undefined, 'recommended'],
    ['krasnodar', 'comments-open', '478', '2020-08-20', 'приложение 2 (Порядок), п. 9', '413', '2023-06-26', 'приложение, п. 8 подп. 7', 'mandatory'],
  ] as const)('%s %s cites No. %s of %s, %s', (id, kind, number, date, clause, amNumber, amDate, amClause, binding) => {
    const norm = normOf(must(id), kind);
    expect(norm?.binding).toBe(binding);
    expect(norm?.citation).toMatchObject({ number, date, clause });
    expect(norm?.citation?.amendedBy?.number).toBe(amNumber);
    expect(norm?.citation?.amendedBy?.date).toBe(amDate);
    expect(norm?.citation?.amendedBy?.clause).toBe(amClause);
  });

  test.each(ids)('%s: every norm describes its own value in both languages', (id) => {
    for (const n of must(id).norms) {
      expect(n.description.ru).toMatch(/[а-яё]/i);
      expect(n.description.en).not.toMatch(/[а-яё]/i);
      if (n.kind === 'posts-per-week-min') {
        expect(n.description.ru).toContain(`${n.value} `);
        expect(n.description.en).toContain(`${n.value} `);
      }
      if (n.kind === 'repost-share-max') {
        expect(n.description.ru).toContain(`${Math.round(n.value * 100)} %`);
      }
    }
  });

  test('Kuzbass sets no weekly minimum; the Altai and Novokuznetsk acts set no repost cap', () => {
    expect(normOf(must('kuzbass'), 'posts-per-week-min')).toBeUndefined();
    for (const id of ['novokuznetsk-district', 'altai-government', 'altai-executive']) {
      expect(normOf(must(id), 'repost-share-max')).toBeUndefined();
    }
  });

  test.each(ids)('%s survives a JSON round trip through parseProfile', (id) => {
    const p = must(id);
    expect(parseProfile(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });

  test('built-ins cannot be changed by a caller', () => {
    const p = must('altai-government');
    expect(() => {
      (p.norms as { value: unknown }[])[0]!.value = 1;
    }).toThrow(TypeError);
    expect(normOf(must('altai-government'), 'posts-per-week-min')?.value).toBe(10);
  });

  test.each(['custom', 'Kuzbass', 'nope', ''])('getProfile(%j) is undefined', (id) => {
    expect(getProfile(id)).toBeUndefined();
  });

  test.each([
    ['kuzbass', 'vk', true],
    ['kuzbass', 'ok', true],
    ['kuzbass', 'telegram', false],
    ['novokuznetsk-district', 'telegram', false],
    ['altai-executive', 'telegram', true],
    ['krasnodar', 'telegram', true],
  ] as const)('appliesTo(%s, %s) = %s', (id, network, expected) => {
    expect(appliesTo(must(id), network)).toBe(expected);
  });

  test('formatCitation reads like a Russian legal reference', () => {
    const c = normOf(must('kuzbass'), 'repost-share-max')?.citation;
    expect(c).toBeTruthy();
    expect(formatCitation(c!)).toBe(
      'Постановление Правительства Кемеровской области – Кузбасса от 14.02.2020 № 66 (в ред. постановления от 31.03.2022 № 171, п. 1.5.3), Порядок, п. 2.2, абзац о репостах',
    );
    const a = normOf(must('altai-executive'), 'posts-per-week-min')?.citation;
    expect(formatCitation(a!)).toBe('Постановление Правительства Алтайского края от 27.03.2020 № 133, Порядок, п. 6');
  });
});

describe('customProfile', () => {
  test.each([
    [{ postsPerWeekMin: 8, timeZone: 'Asia/Barnaul', networks: ['vk'] as const }, 8, undefined, 'Не менее 8 публикаций в неделю'],
    [{ postsPerWeekMin: 1, timeZone: 'Europe/Moscow', networks: ['ok'] as const }, 1, undefined, 'Не менее 1 публикации в неделю'],
    [{ postsPerWeekMin: 21, repostShareMax: 0.3, timeZone: 'Asia/Novokuznetsk', networks: ['vk', 'telegram'] as const }, 21, 0.3, 'Не менее 21 публикации в неделю'],
    [{ repostShareMax: 0, timeZone: 'UTC', networks: ['telegram'] as const }, undefined, 0, undefined],
    [{ timeZone: 'Asia/Barnaul', networks: ['vk', 'ok', 'telegram'] as const }, undefined, undefined, undefined],
  ])('%j', (input, min, cap, minText) => {
    const p = customProfile({ ...input, networks: [...input.networks] });
    expect(p.id).toBe('custom');
    expect(p.kind).toBe('custom');
    expect(p.name.ru).toBe('Свои нормы');
    expect(p.timeZone).toBe(input.timeZone);
    expect(normOf(p, 'posts-per-week-min')?.value).toBe(min);
    expect(normOf(p, 'repost-share-max')?.value).toBe(cap);
    expect(normOf(p, 'posts-per-week-min')?.description.ru).toBe(minText);
    expect(p.norms.every((n) => n.citation === null && n.binding === null)).toBe(true);
    expect(parseProfile(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });

  test.each([
    ['unknown zone', { timeZone: 'Mars/Olympus', networks: ['vk'] }],
    ['offset instead of a zone', { timeZone: 'UTC+7', networks: ['vk'] }],
    ['no networks', { timeZone: 'Asia/Barnaul', networks: [] }],
    ['a network not served', { timeZone: 'Asia/Barnaul', networks: ['facebook'] }],
    ['the same network twice', { timeZone: 'Asia/Barnaul', networks: ['vk', 'vk'] }],
    ['minimum 0', { postsPerWeekMin: 0, timeZone: 'Asia/Barnaul', networks: ['vk'] }],
    ['fractional minimum', { postsPerWeekMin: 2.5, timeZone: 'Asia/Barnaul', networks: ['vk'] }],
    ['negative minimum', { postsPerWeekMin: -3, timeZone: 'Asia/Barnaul', networks: ['vk'] }],
    ['share given in percent', { repostShareMax: 25, timeZone: 'Asia/Barnaul', networks: ['vk'] }],
    ['negative share', { repostShareMax: -0.1, timeZone: 'Asia/Barnaul', networks: ['vk'] }],
    ['NaN share', { repostShareMax: Number.NaN, timeZone: 'Asia/Barnaul', networks: ['vk'] }],
    ['unknown key', { postsPerWeekMin: 5, timeZone: 'Asia/Barnaul', networks: ['vk'], citation: 'x' }],
  ])('rejects %s', (_name, input) => {
    expect(() => customProfile(input as never)).toThrow();
  });
});

describe('parseProfile', () => {
  const base = (): Record<string, unknown> => JSON.parse(JSON.stringify(getProfile('altai-government'))) as Record<string, unknown>;
  const norms = (p: Record<string, unknown>): Record<string, unknown>[] => p['norms'] as Record<string, unknown>[];

  test.each<[string, (p: Record<string, unknown>) => void]>([
    ['a regulation norm without a citation', (p) => void (norms(p)[0]!['citation'] = null)],
    ['a regulation norm without a binding', (p) => void (norms(p)[0]!['binding'] = null)],
    ['an impossible citation date', (p) => void ((norms(p)[0]!['citation'] as Record<string, unknown>)['date'] = '2020-02-30')],
    ['a citation date in Russian order', (p) => void ((norms(p)[0]!['citation'] as Record<string, unknown>)['date'] = '27.03.2020')],
    ['an empty clause', (p) => void ((norms(p)[0]!['citation'] as Record<string, unknown>)['clause'] = ' ')],
    ['an unknown norm kind', (p) => void (norms(p)[0]!['kind'] = 'likes-per-week-min')],
    ['a minimum of 0', (p) => void (norms(p)[0]!['value'] = 0)],
    ['a share above 1', (p) => void norms(p).push({ ...norms(p)[0]!, kind: 'repost-share-max', value: 1.2 })],
    ['the same norm twice', (p) => void norms(p).push({ ...norms(p)[0]! })],
    ['comments-open set to false', (p) => void norms(p).push({ ...norms(p)[0]!, kind: 'comments-open', value: false })],
    ['the id of the custom profile on a regulation', (p) => void (p['id'] = 'custom')],
    ['a custom profile under another id', (p) => void Object.assign(p, { kind: 'custom', id: 'mine' })],
    ['a custom profile with citations', (p) => void Object.assign(p, { kind: 'custom', id: 'custom', region: null, scope: null })],
    ['an unknown zone', (p) => void (p['timeZone'] = 'Asia/Kemerovo')],
    ['no English name', (p) => void (p['name'] = { ru: 'Профиль' })],
    ['a future schema version', (p) => void (p['schemaVersion'] = 2)],
    ['a regulation without a region', (p) => void (p['region'] = null)],
  ])('rejects %s', (_name, mutate) => {
    const p = base();
    mutate(p);
    expect(safeParseProfile(p).success).toBe(false);
    expect(() => parseProfile(p)).toThrow();
  });

  test.each([null, undefined, 42, 'kuzbass', [], {}])('rejects %j', (input) => {
    expect(safeParseProfile(input).success).toBe(false);
  });

  test('accepts a well-formed profile unchanged', () => {
    expect(parseProfile(base())).toEqual(getProfile('altai-government'));
  });
});

describe('docs/norms.md keeps up with the profiles', () => {
  const doc = readFileSync(new URL('../../../docs/norms.md', import.meta.url), 'utf8');
  test.each(ids)('%s is documented with its acts and clauses', (id) => {
    const p = must(id);
    expect(doc).toContain(`\`${id}\``);
    expect(doc).toContain(p.timeZone);
    for (const n of p.norms) {
      const c = n.citation!;
      expect(doc).toContain(`№ ${c.number}`);
      expect(doc).toContain(c.clause);
      if (c.amendedBy) {
        expect(doc).toContain(`№ ${c.amendedBy.number}`);
        expect(doc).toContain(c.amendedBy.clause);
      }
    }
  });
});
