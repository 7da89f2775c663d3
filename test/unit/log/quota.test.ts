import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { formatBytes, isQuotaError, requestPersistence, storageUse } from '~/utils/db/quota';

const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('quota errors are recognised wherever Dexie put them', () => {
  test.each<[string, unknown, boolean]>([
    ['the DOMException itself', quota, true],
    ['Dexie\'s own class', new Dexie.QuotaExceededError('full'), true],
    ['wrapped in an aborted transaction', new Dexie.AbortError('aborted', quota), true],
    ['a bulk write that failed', new Dexie.BulkError('bulk', [new Error('x'), quota]), true],
    ['as a cause', new Error('write failed', { cause: quota }), true],
    ['Firefox\'s name', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    ['another error', new Dexie.ConstraintError('uid exists'), false],
    ['an aborted transaction for another reason', new Dexie.AbortError('aborted', new Error('x')), false],
    ['not an error', 'QuotaExceededError', false],
    ['nothing', null, false],
  ])('%s → %s', (_, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('persistent storage', () => {
  const storage = (persisted: boolean, grant: boolean) => {
    const calls: string[] = [];
    return {
      calls,
      persisted: async () => (calls.push('persisted'), persisted),
      persist: async () => (calls.push('persist'), grant),
      estimate: async () => ({ usage: 1_234_567, quota: 10_000_000 }),
    };
  };

  test.each<[boolean, boolean, string, string[]]>([
    [true, false, 'persisted', ['persisted']],
    [false, true, 'granted', ['persisted', 'persist']],
    [false, false, 'denied', ['persisted', 'persist']],
  ])('persisted %s, browser grants %s → %s', async (persisted, grant, result, calls) => {
    const s = storage(persisted, grant);
    expect(await requestPersistence(s)).toBe(result);
    expect(s.calls).toEqual(calls);
  });

  test('no storage API: unsupported, not a crash', async () => {
    expect(await requestPersistence(undefined)).toBe('unsupported');
    expect(await storageUse(undefined)).toBeNull();
    expect(await storageUse(storage(true, true))).toEqual({ usage: 1_234_567, quota: 10_000_000 });
  });

  test.each([
    [0, '0 Б'],
    [1023, '1023 Б'],
    [1536, '1,5 КБ'],
    [1_234_567, '1,2 МБ'],
    [5 * 2 ** 30, '5,0 ГБ'],
  ])('%i bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
