import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDateAttrOrText, parseNetworkDate } from '~/utils/dates/parse';

/** Wednesday 2026-11-18 12:00 in Krasnoyarsk (UTC+7), the reference "now" of every fixture. */
const NOW = Date.parse('2026-11-18T12:00:00+07:00');
const KRSK = { now: NOW, timeZone: 'Asia/Krasnoyarsk' };
const at = (iso: string): number => Date.parse(iso);

const mustRead: [input: string | number, expected: string][] = [
  ['только что', '2026-11-18T12:00:00+07:00'],
  ['Только что', '2026-11-18T12:00:00+07:00'],
  ['сейчас', '2026-11-18T12:00:00+07:00'],
  ['30 секунд назад', '2026-11-18T11:59:30+07:00'],
  ['минуту назад', '2026-11-18T11:59:00+07:00'],
  ['1 минуту назад', '2026-11-18T11:59:00+07:00'],
  ['одну минуту назад', '2026-11-18T11:59:00+07:00'],
  ['три минуты назад', '2026-11-18T11:57:00+07:00'],
  ['5 мин назад', '2026-11-18T11:55:00+07:00'],
  ['5 мин. назад', '2026-11-18T11:55:00+07:00'],
  ['25 минут назад', '2026-11-18T11:35:00+07:00'],
  ['полчаса назад', '2026-11-18T11:30:00+07:00'],
  ['час назад', '2026-11-18T11:00:00+07:00'],
  ['2 ч назад', '2026-11-18T10:00:00+07:00'],
  ['два часа назад', '2026-11-18T10:00:00+07:00'],
  ['Пять часов назад', '2026-11-18T07:00:00+07:00'],
  ['11 часов назад', '2026-11-18T01:00:00+07:00'],
  ['2 дня назад', '2026-11-16T12:00:00+07:00'],
  ['сегодня в 9:05', '2026-11-18T09:05:00+07:00'],
  ['сегодня в 12:30', '2026-11-18T12:30:00+07:00'],
  ['сегодня', '2026-11-18T00:00:00+07:00'],
  ['вчера в 9:15', '2026-11-17T09:15:00+07:00'],
  ['вчера в 23:59', '2026-11-17T23:59:00+07:00'],
  ['Вчера 18:40', '2026-11-17T18:40:00+07:00'],
  ['вчера', '2026-11-17T00:00:00+07:00'],
  ['позавчера в 7:00', '2026-11-16T07:00:00+07:00'],
  ['12:30', '2026-11-18T12:30:00+07:00'],
  ['0:05', '2026-11-18T00:05:00+07:00'],
  ['12 янв', '2026-01-12T00:00:00+07:00'],
  ['12 янв.', '2026-01-12T00:00:00+07:00'],
  ['5 марта', '2026-03-05T00:00:00+07:00'],
  ['3 мая', '2026-05-03T00:00:00+07:00'],
  ['7 сент', '2026-09-07T00:00:00+07:00'],
  ['18 ноя', '2026-11-18T00:00:00+07:00'],
  ['16 ноя в 14:00', '2026-11-16T14:00:00+07:00'],
  ['18 ноября в 13:00', '2026-11-18T13:00:00+07:00'],
  ['19 ноя', '2025-11-19T00:00:00+07:00'],
  ['25 декабря', '2025-12-25T00:00:00+07:00'],
  ['12 янв 2024', '2024-01-12T00:00:00+07:00'],
  ['5 мар 2025 в 10:00', '2025-03-05T10:00:00+07:00'],
  ['5 мар. 2025 г. в 10:00', '2025-03-05T10:00:00+07:00'],
  ['5\u00a0мар\u00a02025 в\u00a010:00', '2025-03-05T10:00:00+07:00'],
  ['5 мар 2023', '2023-03-05T00:00:00+07:00'],
  ['29 фев 2024', '2024-02-29T00:00:00+07:00'],
  ['1 сентября 2023', '2023-09-01T00:00:00+07:00'],
  ['12.01.2024', '2024-01-12T00:00:00+07:00'],
  ['12.01.2024 10:00', '2024-01-12T10:00:00+07:00'],
  ['12.01.2024, 10:00', '2024-01-12T10:00:00+07:00'],
  ['12.01.24', '2024-01-12T00:00:00+07:00'],
  ['1794978000', '2026-11-18T12:00:00+07:00'],
  [1794978000, '2026-11-18T12:00:00+07:00'],
  [1794978000000, '2026-11-18T12:00:00+07:00'],
  ['1794978000000', '2026-11-18T12:00:00+07:00'],
  ['1794978000.5', '2026-11-18T12:00:00.500+07:00'],
  [' 1763456400 ', '2025-11-18T09:00:00+00:00'],
  ['2026-11-18T05:00:00+00:00', '2026-11-18T12:00:00+07:00'],
  ['2026-11-18T12:00:00+07:00', '2026-11-18T12:00:00+07:00'],
  ['2026-11-18T12:00:00+0700', '2026-11-18T12:00:00+07:00'],
  ['2026-11-18T05:00:00Z', '2026-11-18T12:00:00+07:00'],
  ['2026-11-18T05:00:00.250Z', '2026-11-18T12:00:00.250+07:00'],
  ['2026-11-18T12:00:00', '2026-11-18T12:00:00+07:00'],
  ['2026-11-18T12:00', '2026-11-18T12:00:00+07:00'],
  ['2026-11-18 12:00', '2026-11-18T12:00:00+07:00'],
  ['2026-11-18', '2026-11-18T00:00:00+07:00'],
];

/** Inputs that look like dates but are not ones the networks print, or are impossible. */
const mustNotRead: (string | number)[] = [
  '',
  '   ',
  'garbage',
  'вчера вечером',
  'сегодня утром',
  'на прошлой неделе',
  'неделю назад',
  'давно',
  'завтра в 10:00',
  'минутка назад',
  'много минут назад',
  'двадцать минут назад',
  '5 лет назад',
  'назад',
  '32 янв',
  '0 янв',
  '31 ноя',
  '29 фев 2025',
  '12 январь',
  '12 марс',
  '12 янв 1999',
  '12 янв 20245',
  '25:00',
  '24:00',
  '12:60',
  '12:5',
  'вчера в 25:00',
  'вчерав 9:15',
  'сегодня в 12',
  '13.13.2024',
  '00.01.2024',
  '12/01/2024',
  '2024',
  '12',
  '99999999999999',
  '2026-13-01',
  '2026-02-30T10:00',
  '2026-11-18T24:00',
  '2026-11-18T12:00:00+25:00',
  '18 ноя 2026 в 12:00 (изменено)',
  0,
  -1,
  12,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e15,
];

// The parser must read wall clocks in ctx.timeZone whatever zone the process runs in.
describe.each(['UTC', 'America/New_York', 'Asia/Tokyo'])('process TZ=%s', (processZone) => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = processZone;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  test('the process zone really changed', () => {
    const expected = { UTC: 0, 'America/New_York': 300, 'Asia/Tokyo': -540 }[processZone];
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(expected);
  });

  test.each(mustRead)('reads %j', (input, expected) => {
    expect(parseNetworkDate(input, KRSK)).toBe(at(expected));
  });

  test.each(mustNotRead)('does not read %j', (input) => {
    expect(parseNetworkDate(input, KRSK)).toBeNull();
  });
});

describe('zone and calendar edges', () => {
  test.each([
    // Just after local midnight "вчера" is the previous local day, though in UTC it is still the 17th.
    { now: '2026-11-18T01:30:00+07:00', zone: 'Asia/Krasnoyarsk', input: 'вчера в 23:00', expected: '2026-11-17T23:00:00+07:00' },
    { now: '2026-11-18T01:30:00+07:00', zone: 'Asia/Krasnoyarsk', input: '12:30', expected: '2026-11-18T12:30:00+07:00' },
    { now: '2026-11-18T12:00:00+07:00', zone: 'Europe/Moscow', input: 'сегодня в 12:30', expected: '2026-11-18T12:30:00+03:00' },
    { now: '2026-11-18T12:00:00+07:00', zone: 'Europe/Moscow', input: '2026-11-18T08:00', expected: '2026-11-18T08:00:00+03:00' },
    { now: '2026-11-18T12:00:00+07:00', zone: 'Asia/Kamchatka', input: 'сегодня в 1:00', expected: '2026-11-18T01:00:00+12:00' },
    { now: '2026-01-02T10:00:00+07:00', zone: 'Asia/Krasnoyarsk', input: '31 дек', expected: '2025-12-31T00:00:00+07:00' },
    { now: '2026-01-02T10:00:00+07:00', zone: 'Asia/Krasnoyarsk', input: 'вчера в 10:00', expected: '2026-01-01T10:00:00+07:00' },
    { now: '2026-01-02T10:00:00+07:00', zone: 'Asia/Krasnoyarsk', input: 'позавчера', expected: '2025-12-31T00:00:00+07:00' },
    { now: '2026-03-01T10:00:00+07:00', zone: 'Asia/Krasnoyarsk', input: 'вчера в 10:00', expected: '2026-02-28T10:00:00+07:00' },
    { now: '2028-03-01T10:00:00+07:00', zone: 'Asia/Krasnoyarsk', input: 'вчера в 10:00', expected: '2028-02-29T10:00:00+07:00' },
    { now: '2026-07-10T12:00:00-04:00', zone: 'America/New_York', input: 'сегодня в 10:00', expected: '2026-07-10T10:00:00-04:00' },
    { now: '2026-01-10T12:00:00-05:00', zone: 'America/New_York', input: 'сегодня в 10:00', expected: '2026-01-10T10:00:00-05:00' },
    // A reading that never happened (spring forward) moves forward by the shift.
    { now: '2026-03-10T12:00:00-04:00', zone: 'America/New_York', input: '8 мар в 2:30', expected: '2026-03-08T03:30:00-04:00' },
    // A reading that happened twice (fall back) is the earlier one.
    { now: '2026-11-10T12:00:00-05:00', zone: 'America/New_York', input: '1 ноя в 1:30', expected: '2026-11-01T01:30:00-04:00' },
  ])('$input at $now in $zone', ({ now, zone, input, expected }) => {
    expect(parseNetworkDate(input, { now: at(now), timeZone: zone })).toBe(at(expected));
  });

  test('an unknown zone is an error, not UTC', () => {
    expect(() => parseNetworkDate('сегодня в 12:30', { now: NOW, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  test('relative texts do not depend on the zone', () => {
    const moscow = parseNetworkDate('2 ч назад', { now: NOW, timeZone: 'Europe/Moscow' });
    expect(moscow).toBe(parseNetworkDate('2 ч назад', KRSK));
    expect(moscow).toBe(NOW - 2 * 3_600_000);
  });
});

describe('parseDateAttrOrText', () => {
  test.each([
    { attr: '1794978000', text: 'вчера', expected: '2026-11-18T12:00:00+07:00' },
    { attr: 1794891600, text: 'вчера', expected: '2026-11-17T12:00:00+07:00' },
    { attr: null, text: 'вчера в 9:15', expected: '2026-11-17T09:15:00+07:00' },
    { attr: undefined, text: ' 16 ноя в 14:00 ', expected: '2026-11-16T14:00:00+07:00' },
    { attr: 'garbage', text: '12:30', expected: '2026-11-18T12:30:00+07:00' },
    { attr: '', text: '2 ч назад', expected: '2026-11-18T10:00:00+07:00' },
  ])('attr $attr, text $text', ({ attr, text, expected }) => {
    expect(parseDateAttrOrText(attr, text, KRSK)).toBe(at(expected));
  });

  test.each([
    { attr: null, text: null },
    { attr: undefined, text: undefined },
    { attr: '', text: '' },
    { attr: 'garbage', text: 'вчера вечером' },
    { attr: '0', text: null },
  ])('nothing readable in attr $attr, text $text', ({ attr, text }) => {
    expect(parseDateAttrOrText(attr, text, KRSK)).toBeNull();
  });
});
