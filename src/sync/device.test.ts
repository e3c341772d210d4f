import { afterEach, describe, expect, test } from 'vitest';
import { saveRecord, type LedgerDb } from '../db';
import { clientInput, freshDb } from '../db/test-db';
import { recordExport, setDeviceName, syncStatus } from './device';
import { exportFileName } from './export';
import { exportNudge } from './nudge';

let db: LedgerDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('this device', () => {
  test('its name, last export and last change are kept on this device only', async () => {
    db = freshDb();
    expect(await syncStatus(db)).toMatchObject({ deviceName: undefined, lastChangeAt: undefined });
    await setDeviceName(db, '  Work laptop  ');
    const party = await saveRecord(db, 'parties', clientInput());
    await recordExport(db, {
      at: '2026-04-02T10:00:00.000Z',
      fileName: 'f.json',
      records: 1,
      encrypted: false,
    });
    const status = await syncStatus(db);
    expect(status.deviceName).toBe('Work laptop');
    expect(status.lastExport?.fileName).toBe('f.json');
    expect(status.lastChangeAt).toBe(party.updatedAt);
    await setDeviceName(db, ' ');
    expect((await syncStatus(db)).deviceName).toBeUndefined();
  });

  test('the export file is named for the app, the device and the day', () => {
    const day = new Date(2026, 4, 3, 12);
    expect(exportFileName('Zoë’s Phone!', day, false)).toBe(
      'goodwill-ledger-zoe-s-phone-2026-05-03.json',
    );
    expect(exportFileName('   ', day, true)).toBe(
      'goodwill-ledger-device-2026-05-03-encrypted.json',
    );
    expect(exportFileName('Юлия', day, false)).toBe('goodwill-ledger-device-2026-05-03.json');
  });
});

describe('the export reminder', () => {
  const now = new Date('2026-04-20T12:00:00.000Z');
  test('says nothing before there is anything to export', () => {
    expect(exportNudge(undefined, undefined, now)).toEqual({ kind: 'none' });
  });
  test('nudges when nothing was ever exported', () => {
    expect(exportNudge(undefined, '2026-04-19T00:00:00.000Z', now)).toEqual({ kind: 'never' });
  });
  test('nudges a week after the last export when something changed since', () => {
    expect(exportNudge('2026-04-10T12:00:00.000Z', '2026-04-11T00:00:00.000Z', now)).toEqual({
      kind: 'stale',
      days: 10,
    });
    expect(exportNudge('2026-04-15T12:00:00.000Z', '2026-04-16T00:00:00.000Z', now)).toEqual({
      kind: 'fresh',
      days: 5,
    });
    expect(exportNudge('2026-04-01T12:00:00.000Z', '2026-03-30T00:00:00.000Z', now)).toEqual({
      kind: 'fresh',
      days: 19,
    });
  });
});
