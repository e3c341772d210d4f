import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseStamp } from '../domain/hlc';
import type { LedgerDb } from './database';
import { clientInput, freshDb, jobInput, paymentInput } from './test-db';
import { singleLine } from '../domain/records';
import { saveRecord, setDeleted, saveSettings } from './write';
import { WriteError } from './write-error';
import { allParties, currentSettings, getParty, jobsForParty } from './queries';
import { defaultSettings, newWorksheet, SETTINGS_ID } from '../domain/records';

let db: LedgerDb;
afterEach(async () => {
  vi.useRealTimers();
  await db?.delete();
});

async function refused(promise: Promise<unknown>): Promise<WriteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WriteError);
  return error as WriteError;
}

async function dump(d: LedgerDb) {
  return {
    parties: await d.parties.toArray(),
    jobs: await d.jobs.toArray(),
    payments: await d.payments.toArray(),
  };
}

describe('saving a record', () => {
  test('a new record gets a UUID, timestamps, no tombstone and a stamp on every field', async () => {
    db = freshDb();
    const party = await saveRecord(db, 'parties', clientInput());
    expect(party.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(party.createdAt).toBe(party.updatedAt);
    expect(party.deletedAt).toBeNull();
    expect(Object.keys(party.stamps).sort()).toEqual(Object.keys(clientInput()).sort());
    expect(await getParty(db, party.id)).toEqual(party);
  });

  test('an update stamps only the fields it changes, with a later stamp', async () => {
    db = freshDb();
    const first = await saveRecord(db, 'parties', clientInput());
    const second = await saveRecord(
      db,
      'parties',
      { ...clientInput(), phone: '555-0100' },
      first.id,
    );
    expect(second.stamps.phone! > first.stamps.phone!).toBe(true);
    expect(second.stamps.name).toBe(first.stamps.name);
    expect(second.createdAt).toBe(first.createdAt);
  });

  test('saving unchanged fields writes nothing new', async () => {
    db = freshDb();
    const first = await saveRecord(db, 'parties', clientInput());
    const again = await saveRecord(db, 'parties', clientInput(), first.id);
    expect(again).toEqual(first);
  });

  test('a map saved again with its keys in another order changes nothing and stamps nothing', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const draft = newWorksheet('forgive_or_pursue', 1, [client.id], [], 'USD');
    const first = await saveRecord(db, 'worksheets', {
      ...draft,
      answers: { complaintValid: 'yes', warned: 'no' },
    });
    const again = await saveRecord(
      db,
      'worksheets',
      { ...draft, answers: { warned: 'no', complaintValid: 'yes' } },
      first.id,
    );
    expect(again).toEqual(first);
    expect(await db.worksheets.get(first.id)).toEqual(first);
  });

  test('every stamp of one device carries the same device id, and stamps never repeat', async () => {
    db = freshDb();
    const a = await saveRecord(db, 'parties', clientInput({ name: 'A' }));
    const b = await saveRecord(db, 'parties', clientInput({ name: 'B' }));
    expect(parseStamp(a.stamps.name!).deviceId).toBe(parseStamp(b.stamps.name!).deviceId);
    expect(a.stamps.name).not.toBe(b.stamps.name);
  });

  test('after the wall clock steps back, an edit, a delete and a restore never move updatedAt back', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 2, 2, 9, 0, 0));
    db = freshDb();
    const first = await saveRecord(db, 'parties', clientInput());
    vi.setSystemTime(Date.UTC(2026, 2, 2, 8, 59, 58, 500));
    const edited = await saveRecord(db, 'parties', clientInput({ phone: '555 0101' }), first.id);
    const deleted = await setDeleted(db, 'parties', first.id, true);
    const restored = await setDeleted(db, 'parties', first.id, false);
    expect([edited.updatedAt, deleted.updatedAt, restored.updatedAt]).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T09:00:00.000Z',
    ]);
    vi.setSystemTime(Date.UTC(2026, 2, 2, 9, 0, 1));
    const later = await saveRecord(db, 'parties', clientInput({ phone: '555 0102' }), first.id);
    expect(later.updatedAt).toBe('2026-03-02T09:00:01.000Z');
  });

  test('text is trimmed before it is stored', async () => {
    db = freshDb();
    const party = await saveRecord(db, 'parties', clientInput({ name: '  Ada  ' }));
    expect(party.name).toBe('Ada');
  });
});

describe('refusing bad input', () => {
  test('an empty name is refused at the name field and nothing is stored', async () => {
    db = freshDb();
    const error = await refused(saveRecord(db, 'parties', clientInput({ name: '  ' })));
    expect(error.fields).toEqual({ name: 'required' });
    expect(await allParties(db)).toEqual([]);
  });

  test('a negative, fractional or non-numeric price is refused at the job’s lines and the stored job is unchanged', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const job = await saveRecord(db, 'jobs', jobInput(client.id));
    const before = await dump(db);
    const priced = (unitPrice: number) => jobInput(client.id, { lines: [singleLine(unitPrice)] });
    expect((await refused(saveRecord(db, 'jobs', priced(-1), job.id))).fields).toEqual({
      lines: 'negative',
    });
    expect((await refused(saveRecord(db, 'jobs', priced(10.5), job.id))).fields).toEqual({
      lines: 'not_whole_cents',
    });
    expect((await refused(saveRecord(db, 'jobs', priced(Number.NaN), job.id))).fields).toEqual({
      lines: 'not_a_number',
    });
    expect(await dump(db)).toEqual(before);
  });

  test('late, done-by-client and not-done units beyond the quantity are refused and nothing changes', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const job = await saveRecord(db, 'jobs', jobInput(client.id));
    const before = await dump(db);
    const line = { ...singleLine(7_500), quantity: 5, unit: 'order', late: 3, doneByClient: 3 };
    const error = await refused(
      saveRecord(db, 'jobs', jobInput(client.id, { lines: [line] }), job.id),
    );
    expect(error.fields).toEqual({ lines: 'over_quantity' });
    const precise = { ...singleLine(7_500), quantity: 1.005 };
    const tooPrecise = await refused(
      saveRecord(db, 'jobs', jobInput(client.id, { lines: [precise] }), job.id),
    );
    expect(tooPrecise.fields).toEqual({ lines: 'too_precise' });
    expect(await dump(db)).toEqual(before);
  });

  test('a payment received before it was sent is refused at the received date', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const error = await refused(
      saveRecord(
        db,
        'payments',
        paymentInput(client.id, { sentOn: '2026-03-20', receivedOn: '2026-03-19' }),
      ),
    );
    expect(error.fields).toEqual({ receivedOn: 'before_sent' });
    expect(await db.payments.count()).toBe(0);
  });

  test('a credit, write-off or promise on another client’s job is refused at the job', async () => {
    db = freshDb();
    const ada = await saveRecord(db, 'parties', clientInput());
    const bob = await saveRecord(db, 'parties', clientInput({ name: 'Bob' }));
    const bobsJob = await saveRecord(db, 'jobs', jobInput(bob.id));
    const credit = {
      partyId: ada.id,
      jobId: bobsJob.id,
      on: '2026-03-10',
      amount: 1_000,
      currency: 'USD',
      reason: 'goodwill' as const,
      note: '',
    };
    expect((await refused(saveRecord(db, 'credits', credit))).fields).toEqual({
      jobId: 'not_their_job',
    });
    const inEuros = { ...credit, partyId: bob.id, currency: 'EUR' };
    expect((await refused(saveRecord(db, 'credits', inEuros))).fields).toEqual({
      currency: 'currency_mismatch',
    });
    const promise = {
      partyId: bob.id,
      jobId: bobsJob.id,
      madeOn: '2026-03-10',
      dueOn: '2026-03-09',
      amount: 1_000,
      currency: 'USD',
      via: 'call' as const,
      note: '',
    };
    expect((await refused(saveRecord(db, 'promises', promise))).fields).toEqual({
      dueOn: 'before_made',
    });
    expect(await db.credits.count()).toBe(0);
    expect(await db.promises.count()).toBe(0);
  });

  test('a due date before the job was ordered is refused at the due date', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const error = await refused(
      saveRecord(db, 'jobs', jobInput(client.id, { dueOn: '2026-02-01' })),
    );
    expect(error.fields).toEqual({ dueOn: 'before_ordered' });
    expect(await db.jobs.count()).toBe(0);
  });

  test('an impossible date is refused', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const error = await refused(
      saveRecord(db, 'jobs', jobInput(client.id, { doneOn: '2026-02-30' })),
    );
    expect(error.fields).toEqual({ doneOn: 'invalid_day' });
  });

  test('a job for a client that does not exist is refused', async () => {
    db = freshDb();
    const error = await refused(saveRecord(db, 'jobs', jobInput(crypto.randomUUID())));
    expect(error.fields).toEqual({ clientId: 'missing_reference' });
  });

  test('a job for a deleted client is refused', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    await setDeleted(db, 'parties', client.id, true);
    const error = await refused(saveRecord(db, 'jobs', jobInput(client.id)));
    expect(error.fields).toEqual({ clientId: 'missing_reference' });
  });

  test('a payment that allocates more than its amount is refused', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const job = await saveRecord(db, 'jobs', jobInput(client.id));
    const error = await refused(
      saveRecord(
        db,
        'payments',
        paymentInput(client.id, { amount: 100, allocations: [{ jobId: job.id, amount: 101 }] }),
      ),
    );
    expect(error.fields).toEqual({ allocations: 'over_allocated' });
  });

  test('a payment never settles a job billed in another currency', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const job = await saveRecord(db, 'jobs', jobInput(client.id, { currency: 'EUR' }));
    const error = await refused(
      saveRecord(
        db,
        'payments',
        paymentInput(client.id, { allocations: [{ jobId: job.id, amount: 100 }] }),
      ),
    );
    expect(error.fields).toEqual({ allocations: 'currency_mismatch' });
  });

  test("a client's payment cannot settle another client's job", async () => {
    db = freshDb();
    const ada = await saveRecord(db, 'parties', clientInput());
    const bob = await saveRecord(db, 'parties', clientInput({ name: 'Bob' }));
    const job = await saveRecord(db, 'jobs', jobInput(bob.id));
    const error = await refused(
      saveRecord(
        db,
        'payments',
        paymentInput(ada.id, { allocations: [{ jobId: job.id, amount: 100 }] }),
      ),
    );
    expect(error.fields).toEqual({ allocations: 'not_their_job' });
  });

  test('the same problem cannot be listed twice on a job', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const error = await refused(
      saveRecord(db, 'jobs', jobInput(client.id, { problems: ['late', 'late'] })),
    );
    expect(error.fields).toEqual({ problems: 'duplicate_choice' });
  });

  test('unknown fields such as __proto__ are refused, not stored', async () => {
    db = freshDb();
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}') as object;
    const error = await refused(
      saveRecord(db, 'parties', { ...clientInput(), ...hostile, extra: 1 } as never),
    );
    expect(error.kind).toBe('validation');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await db.parties.count()).toBe(0);
  });

  test('updating a record that does not exist says so', async () => {
    db = freshDb();
    const error = await refused(saveRecord(db, 'parties', clientInput(), crypto.randomUUID()));
    expect(error.kind).toBe('not_found');
  });
});

describe('the clock behind every save', () => {
  test('a clock at the full counter in this millisecond still saves, with a valid later stamp', async () => {
    db = freshDb();
    const far = Date.now() + 60_000;
    await db.meta.put({ key: 'clock', value: { wall: far, counter: 999_999 } });
    const party = await saveRecord(db, 'parties', clientInput());
    expect(party.stamps.name).toMatch(/^\d{15}-000000-/);
    expect(parseStamp(party.stamps.name!).wall).toBe(far + 1);
  });

  test('a clock no stamp can hold refuses the save with its own error and stores nothing', async () => {
    db = freshDb();
    await db.meta.put({ key: 'clock', value: { wall: 999_999_999_999_999, counter: 999_999 } });
    const error = await refused(saveRecord(db, 'parties', clientInput()));
    expect(error.kind).toBe('clock');
    expect(error.fields).toEqual({});
    expect(await db.parties.count()).toBe(0);
  });
});

describe('deleting', () => {
  test('a delete leaves a stamped tombstone that reads leave out unless asked', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const deleted = await setDeleted(db, 'parties', client.id, true);
    // The tombstone is dated by the delete itself, which is also the record's last update.
    expect(deleted.deletedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(deleted.deletedAt).toBe(deleted.updatedAt);
    expect(deleted.stamps.deletedAt! > client.stamps.name!).toBe(true);
    expect(await allParties(db)).toEqual([]);
    expect(await allParties(db, { includeDeleted: true })).toHaveLength(1);
    expect(await getParty(db, client.id)).toBeUndefined();
  });

  test('restoring brings the record back exactly, with a new stamp on deletedAt only', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    await setDeleted(db, 'parties', client.id, true);
    const restored = await setDeleted(db, 'parties', client.id, false);
    expect({ ...restored, updatedAt: '', stamps: {} }).toEqual({
      ...client,
      updatedAt: '',
      stamps: {},
    });
    expect(restored.stamps.name).toBe(client.stamps.name);
  });

  test("a deleted client's jobs stay, and are found by the client's id", async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    await saveRecord(db, 'jobs', jobInput(client.id));
    await setDeleted(db, 'parties', client.id, true);
    expect(await jobsForParty(db, client.id)).toHaveLength(1);
  });

  test('a job whose client was deleted since can still be edited, but not moved to a deleted client', async () => {
    db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const other = await saveRecord(db, 'parties', clientInput({ name: 'Other Ltd' }));
    const job = await saveRecord(db, 'jobs', jobInput(client.id));
    await setDeleted(db, 'parties', client.id, true);
    await setDeleted(db, 'parties', other.id, true);

    const edited = await saveRecord(
      db,
      'jobs',
      { ...jobInput(client.id), title: 'Renamed' },
      job.id,
    );
    expect(edited.title).toBe('Renamed');
    const error = await refused(saveRecord(db, 'jobs', jobInput(other.id), job.id));
    expect(error.fields).toEqual({ clientId: 'missing_reference' });
    expect((await db.jobs.get(job.id))?.clientId).toBe(client.id);
  });
});

describe('settings', () => {
  test('before anything is saved the defaults apply; a save keeps one record with a fixed id', async () => {
    db = freshDb();
    expect(await currentSettings(db)).toEqual(defaultSettings);
    await saveSettings(db, { ...defaultSettings, defaultCurrency: 'EUR' });
    await saveSettings(db, { ...defaultSettings, defaultCurrency: 'JPY' });
    expect((await currentSettings(db)).defaultCurrency).toBe('JPY');
    expect((await db.settings.toArray()).map((s) => s.id)).toEqual([SETTINGS_ID]);
  });
});
