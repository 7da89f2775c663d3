import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { NormaDB } from '~/utils/db/database';
import { applyRetention, countOlderThan, deleteOlderThan, getRetentionMonths, RETENTION_KEY, setRetentionMonths } from '~/utils/db/log';
import { manyEntries, T0 } from './entries';

let db: NormaDB;
let n = 0;
const DAY = 86_400_000;

beforeEach(async () => {
  db = new NormaDB(`norma-retention-${++n}`);
  // One entry a day for 100 days from T0.
  await db.log.bulkAdd(manyEntries(100).map((e, i) => ({ ...e, at: T0 + i * DAY })));
});
afterEach(async () => {
  await db.delete();
});

describe('retention', () => {
  test('the count shown is what is deleted, and the rows are gone', async () => {
    const cutoff = T0 + 30 * DAY;
    expect(await countOlderThan(db, cutoff)).toBe(30);
    expect(await deleteOlderThan(db, cutoff)).toBe(30);
    expect(await db.log.count()).toBe(70);
    expect(await db.log.where('at').below(cutoff).count()).toBe(0);
    expect(await db.log.where('uid').equals('u-0').count()).toBe(0);
    expect(await countOlderThan(db, cutoff)).toBe(0);
  });

  test.each<[unknown, number | null]>([
    [6, 6],
    [0, null],
    [-3, null],
    [2.5, null],
    ['12', null],
    [null, null],
  ])('a stored setting of %j reads as %j', async (value, months) => {
    await db.meta.put({ key: RETENTION_KEY, value });
    expect(await getRetentionMonths(db)).toBe(months);
  });

  test('setting, clearing and refusing nonsense', async () => {
    await setRetentionMonths(db, 3);
    expect(await getRetentionMonths(db)).toBe(3);
    await setRetentionMonths(db, null);
    expect(await getRetentionMonths(db)).toBeNull();
    await expect(setRetentionMonths(db, 0)).rejects.toThrow(RangeError);
  });

  test('applied from the setting; nothing without one', async () => {
    const now = T0 + 99 * DAY;
    expect(await applyRetention(db, now, 'Europe/Moscow')).toBeNull();
    await setRetentionMonths(db, 1);
    const result = await applyRetention(db, now, 'Europe/Moscow');
    expect(result?.deleted).toBeGreaterThan(60);
    expect(await db.log.where('at').below(result!.cutoff).count()).toBe(0);
    expect(await db.log.count()).toBe(100 - result!.deleted);
  });
});
