import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { NormaDB } from '~/utils/db/database';
import { applyRetention, countOlderThan, deleteOlderThan, getRetentionMonths, RETENTION_KEY, setRetentionMonths } from '~/utils/db/log';
import { appendEntries, logCount, readAllEntries } from '~/utils/db/log-store';
import { manyEntries, T0 } from './entries';

let db: NormaDB;
let n = 0;
const DAY = 86_400_000;

beforeEach(async () => {
  db = new NormaDB(`norma-retention-${++n}`);
  // One entry a day for 100 days from T0.
  await appendEntries(db, manyEntries(100).map((e, i) => ({ ...e, at: T0 + i * DAY })));
});
afterEach(async () => {
  await db.delete();
});

describe('retention', () => {
  test('the count shown is what is deleted, and the rows are gone', async () => {
    const cutoff = T0 + 30 * DAY;
    expect(await countOlderThan(db, cutoff)).toBe(30);
    expect(await deleteOlderThan(db, cutoff)).toBe(30);
    expect(await logCount(db)).toBe(70);
    const left = await readAllEntries(db);
    expect(left).toHaveLength(70);
    expect(left.filter((e) => e.at < cutoff || e.uid === 'u-0')).toEqual([]);
    expect(await countOlderThan(db, cutoff)).toBe(0);
  });

  test('a chunk left empty is removed from the database, the others rewritten', async () => {
    // 1,100 more entries, 11 a day from T0 + 200 days: chunks 0–2 hold ids 1–1,200.
    await appendEntries(db, manyEntries(1100).map((e, i) => ({ ...e, uid: `more-${i}`, at: T0 + 200 * DAY + Math.floor(i / 11) * DAY })));
    expect(await db.logChunks.count()).toBe(3);
    expect(await deleteOlderThan(db, T0 + 250 * DAY)).toBe(100 + 550);
    expect(await db.logChunks.toCollection().primaryKeys()).toEqual([1, 2]);
    expect(await logCount(db)).toBe(550);
    expect((await readAllEntries(db)).every((e) => e.at >= T0 + 250 * DAY)).toBe(true);
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
    expect((await readAllEntries(db)).filter((e) => e.at < result!.cutoff)).toEqual([]);
    expect(await logCount(db)).toBe(100 - result!.deleted);
  });
});
