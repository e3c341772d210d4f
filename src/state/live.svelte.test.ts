// @vitest-environment jsdom
import Dexie, { type EntityTable } from 'dexie';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Live } from './live.svelte';

interface Note {
  id: string;
  text: string;
}

/** A database of its own per test (in fake-indexeddb), so nothing carries from one to the next. */
function notesDb() {
  const db = new Dexie(`live-test-${crypto.randomUUID()}`) as Dexie & {
    notes: EntityTable<Note, 'id'>;
  };
  db.version(1).stores({ notes: 'id' });
  return db;
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

/** Creates a Live the way a component does (inside an effect root) and starts its effect. */
function start<T, D>(make: () => Live<T, D>): Live<T, D> {
  let live: Live<T, D> | undefined;
  stop = $effect.root(() => {
    live = make();
  });
  flushSync();
  if (!live) throw new Error('The Live was not created.');
  return live;
}

describe('Live', () => {
  test('gives the value the query reads, and says it has loaded', async () => {
    const db = notesDb();
    await db.notes.put({ id: 'a', text: 'Fix the oven' });
    const live = start(
      () =>
        new Live(
          () => 'a',
          (id) => db.notes.get(id),
        ),
    );

    expect(live.loaded).toBe(false);
    await vi.waitFor(() => expect(live.loaded).toBe(true));
    expect(live.value).toEqual({ id: 'a', text: 'Fix the oven' });
    expect(live.error).toBeUndefined();
  });

  test('follows a change in the database', async () => {
    const db = notesDb();
    await db.notes.put({ id: 'a', text: 'Fix the oven' });
    const live = start(
      () =>
        new Live(
          () => undefined,
          () => db.notes.orderBy('id').toArray(),
        ),
    );
    await vi.waitFor(() => expect(live.value?.map((n) => n.text)).toEqual(['Fix the oven']));

    await db.notes.put({ id: 'b', text: 'Paint the sign' });
    await vi.waitFor(() =>
      expect(live.value?.map((n) => n.text)).toEqual(['Fix the oven', 'Paint the sign']),
    );
  });

  test('on a new key, drops the previous key’s value before the new one arrives', async () => {
    const db = notesDb();
    await db.notes.bulkPut([
      { id: 'a', text: 'Fix the oven' },
      { id: 'b', text: 'Paint the sign' },
    ]);
    let key = $state('a');
    const live = start(
      () =>
        new Live(
          () => key,
          (id) => db.notes.get(id),
        ),
    );
    await vi.waitFor(() => expect(live.value?.text).toBe('Fix the oven'));

    key = 'b';
    flushSync();
    // The new read has not answered yet: nothing may pass for b's record meanwhile.
    expect(live.value).toBeUndefined();
    expect(live.loaded).toBe(false);
    await vi.waitFor(() => expect(live.value?.text).toBe('Paint the sign'));
    expect(live.loaded).toBe(true);
  });

  test('a query that throws gives the error, and counts as loaded', async () => {
    const live = start(
      () =>
        new Live(
          () => undefined,
          async (): Promise<Note[]> => {
            throw new Error('The disk is unreadable.');
          },
        ),
    );
    await vi.waitFor(() => expect(live.loaded).toBe(true));
    expect((live.error as Error).message).toBe('The disk is unreadable.');
    expect(live.value).toBeUndefined();
  });

  test('retry() after the cause is gone gives the value', async () => {
    const db = notesDb();
    await db.notes.put({ id: 'a', text: 'Fix the oven' });
    let broken = true;
    const live = start(
      () =>
        new Live(
          () => 'a',
          async (id) => {
            if (broken) throw new Error('The disk is unreadable.');
            return db.notes.get(id);
          },
        ),
    );
    await vi.waitFor(() => expect(live.error).toBeInstanceOf(Error));

    broken = false;
    live.retry();
    flushSync();
    // Trying again is shown as loading, not as the old error.
    expect(live.error).toBeUndefined();
    expect(live.loaded).toBe(false);
    await vi.waitFor(() => expect(live.value).toEqual({ id: 'a', text: 'Fix the oven' }));
    expect(live.error).toBeUndefined();
  });
});
