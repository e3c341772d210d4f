import { afterEach, expect, test, vi } from 'vitest';
import { settledSoon } from '../db/test-settled';

vi.mock('./live-database', () => ({ db: { name: 'the database' }, liveQuery: () => undefined }));

afterEach(() => {
  vi.resetModules();
});

test('without a hold, the database loads at the first ask', async () => {
  const { loadDatabase, databaseLoaded } = await import('./load-database');
  expect(databaseLoaded()).toBe(false);
  expect((await loadDatabase({ canWait: true })).db.name).toBe('the database');
  expect(databaseLoaded()).toBe(true);
});

test('held, a read that can wait waits; a read that cannot releases the hold for all', async () => {
  const { holdDatabaseUntil, loadDatabase, databaseLoaded } = await import('./load-database');
  holdDatabaseUntil(new Promise(() => {}));
  const waiting = loadDatabase({ canWait: true });
  expect(await settledSoon(waiting)).toBe(false);
  expect(databaseLoaded()).toBe(false);

  const needed = loadDatabase();
  await needed;
  expect(await settledSoon(waiting)).toBe(true);
  expect(databaseLoaded()).toBe(true);
  expect(await waiting).toBe(await needed);
});

test('held, the database loads when the moment comes', async () => {
  const { holdDatabaseUntil, loadDatabase } = await import('./load-database');
  let come!: () => void;
  holdDatabaseUntil(new Promise<void>((resolve) => (come = resolve)));
  const waiting = loadDatabase({ canWait: true });
  expect(await settledSoon(waiting)).toBe(false);
  come();
  expect((await waiting).db.name).toBe('the database');
});
