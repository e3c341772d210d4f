// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, expect, test, vi } from 'vitest';
import { DEXIE_WRITES, nextWrite } from './writes-heard';
import { settledSoon } from './test-settled';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function notesDb(): Dexie {
  const db = new Dexie(`writes-heard-${crypto.randomUUID()}`);
  db.version(1).stores({ notes: 'id' });
  opened.push(db);
  return db;
}

test('a write through Dexie in this tab is heard (the DOM event Dexie dispatches)', async () => {
  const db = notesDb();
  await db.open();
  // Without a channel, only the event in this tab can be heard.
  vi.stubGlobal('BroadcastChannel', undefined);
  const heard = nextWrite();
  vi.unstubAllGlobals();
  expect(await settledSoon(heard)).toBe(false);
  await db.table('notes').put({ id: 'a' });
  await heard;
});

test('Dexie tells the other tabs of a write on the channel listened to', async () => {
  const db = notesDb();
  await db.open();
  const listening = new BroadcastChannel(DEXIE_WRITES);
  const told = new Promise<unknown>((resolve) => (listening.onmessage = (e) => resolve(e.data)));
  await db.table('notes').put({ id: 'a' });
  expect(await told).toBeTruthy();
  listening.close();
});

test('a write in another tab is heard (a message on that channel)', async () => {
  const heard = nextWrite();
  expect(await settledSoon(heard)).toBe(false);
  const otherTab = new BroadcastChannel(DEXIE_WRITES);
  otherTab.postMessage({ 'idb://goodwill-ledger/parties/': {} });
  otherTab.close();
  await heard;
});
