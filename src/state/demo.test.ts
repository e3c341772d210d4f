import { afterEach, describe, expect, test } from 'vitest';
import { saveRecord } from '../db';
import { emptyParty } from '../domain/records';
import { db } from './db';
import { DEMO_META_KEY, loadDemo, removeDemo } from './demo';

afterEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const client = (name: string) => ({ ...emptyParty('client', { termsNetDays: 30 }), name });

describe('the demo business', () => {
  test('loads in one step, in the owner’s currency, and remembers what it loaded', async () => {
    const result = await loadDemo('EUR', '2026-03-15');
    expect(result).toMatchObject({ ok: true });
    expect(await db.parties.where('kind').equals('client').count()).toBe(50);
    expect((await db.jobs.toArray()).every((j) => j.currency === 'EUR')).toBe(true);
    const meta = await db.meta.get(DEMO_META_KEY);
    expect((meta?.value as { ids: { jobs: string[] } }).ids.jobs).toHaveLength(
      await db.jobs.count(),
    );
  });

  test('is offered only while the owner has no clients of their own', async () => {
    await saveRecord(db, 'parties', client('My Own Client'));
    const result = await loadDemo('USD', '2026-03-15');
    expect(result).toEqual({
      ok: false,
      message: 'The demo can only be loaded before you add clients of your own.',
    });
    expect(await db.parties.count()).toBe(1);
  });

  test('is not loaded twice', async () => {
    await loadDemo('USD', '2026-03-15');
    expect(await loadDemo('USD', '2026-03-15')).toEqual({
      ok: false,
      message: 'The demo business is already loaded.',
    });
  });

  test('removal deletes exactly the demo, without tombstones, and keeps the owner’s records', async () => {
    await loadDemo('USD', '2026-03-15');
    const sub = await saveRecord(db, 'parties', {
      ...emptyParty('subcontractor', { termsNetDays: 14 }),
      name: 'My Own Electrician',
    });
    const result = await removeDemo();
    expect(result).toMatchObject({ ok: true, kept: 0 });
    expect((await db.parties.toArray()).map((p) => p.id)).toEqual([sub.id]);
    expect(await db.jobs.count()).toBe(0);
    expect(await db.payments.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.meta.get(DEMO_META_KEY)).toBeUndefined();
    // Nothing left to remove, and the demo can be loaded again.
    expect(await removeDemo()).toEqual({ ok: true, count: 0, kept: 0 });
    expect(await loadDemo('USD', '2026-03-15')).toMatchObject({ ok: true });
  });
});
