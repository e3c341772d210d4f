import { afterEach, describe, expect, test, vi } from 'vitest';
import { newWorksheet, worksheetSchema, type WorksheetInput } from '../domain/records';
import type { LedgerDb } from './database';
import { clientInput, freshDb, jobInput } from './test-db';
import { saveRecord, setDeleted } from './write';
import { WriteError } from './write-error';
import {
  allWorksheets,
  appendLine,
  applyDecision,
  getWorksheet,
  revertDecision,
  setEntryUndone,
  worksheetsForParty,
} from './worksheets';
import { getJob, getParty, allPayments, allContacts } from './queries';

let db: LedgerDb;
afterEach(async () => {
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

async function setUp() {
  db = freshDb();
  const client = await saveRecord(db, 'parties', clientInput());
  const job = await saveRecord(
    db,
    'jobs',
    jobInput(client.id, { status: 'invoiced', notes: 'Tiles' }),
  );
  const draft: WorksheetInput = newWorksheet('forgive_or_pursue', 1, [client.id], [job.id], 'USD');
  const worksheet = await saveRecord(db, 'worksheets', draft);
  return { client, job, draft, worksheet };
}

describe('saving a worksheet', () => {
  test('a draft is stored like any record: strict, stamped, found by its client', async () => {
    const { client, worksheet } = await setUp();
    expect(worksheetSchema.safeParse(worksheet).success).toBe(true);
    expect(Object.keys(worksheet.stamps)).toContain('answers');
    expect((await worksheetsForParty(db, client.id)).map((w) => w.id)).toEqual([worksheet.id]);
    expect(await allWorksheets(db)).toHaveLength(1);
  });

  test('typing an answer stamps only the answers', async () => {
    const { draft, worksheet } = await setUp();
    const next = await saveRecord(
      db,
      'worksheets',
      { ...draft, answers: { complaintValid: 'yes' } },
      worksheet.id,
    );
    expect(next.stamps.answers! > worksheet.stamps.answers!).toBe(true);
    expect(next.stamps.factOverrides).toBe(worksheet.stamps.factOverrides);
  });

  test('a worksheet about someone who does not exist is refused at partyIds and jobIds', async () => {
    const { draft } = await setUp();
    const ghost = '00000000-0000-4000-8000-0000000000ff';
    const error = await refused(
      saveRecord(db, 'worksheets', { ...draft, partyIds: [ghost], jobIds: [ghost] }),
    );
    expect(error.fields).toEqual({ partyIds: 'missing_reference', jobIds: 'missing_reference' });
  });

  test('hostile shapes are refused: prototype keys, unknown fields, huge maps, long text', async () => {
    const { draft } = await setUp();
    const proto = JSON.parse('{"__proto__": 1}') as Record<string, number>;
    await refused(saveRecord(db, 'worksheets', { ...draft, answers: proto }));
    await refused(
      saveRecord(db, 'worksheets', {
        ...draft,
        decision: { ...draft.decision, extra: 1 } as never,
      }),
    );
    const huge = Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`k${i}`, i]));
    await refused(saveRecord(db, 'worksheets', { ...draft, factOverrides: huge }));
    await refused(
      saveRecord(db, 'worksheets', {
        ...draft,
        followUp: { ...draft.followUp, message: 'x'.repeat(5001) },
      }),
    );
    await refused(saveRecord(db, 'worksheets', { ...draft, weights: { complaint: 11 } }));
    expect(await allWorksheets(db)).toHaveLength(1);
  });
});

describe('recording a decision', () => {
  test('writes every change and the decided worksheet together, with what each change did', async () => {
    const { client, job, draft, worksheet } = await setUp();
    const decided: WorksheetInput = {
      ...draft,
      status: 'decided',
      decision: { option: 'forgive_discount', decidedOn: '2026-04-01', note: '' },
    };
    const saved = await applyDecision(db, worksheet.id, decided, [
      {
        effect: 'write_off',
        summary: { key: 'worksheets.effect.write_off', params: {} },
        table: 'jobs',
        id: job.id,
        patch: { status: 'cancelled' },
        appendNote: 'Written off after the complaint.',
      },
      {
        effect: 'discount_note',
        summary: { key: 'worksheets.effect.discount_note', params: {} },
        table: 'parties',
        id: client.id,
        patch: {},
        appendNote: 'One-time discount of 10% promised.',
      },
      {
        effect: 'pay_client',
        summary: { key: 'worksheets.effect.pay_client', params: {} },
        table: 'payments',
        create: {
          direction: 'me_to_client',
          partyId: client.id,
          sentOn: '2026-04-01',
          receivedOn: null,
          amount: 5000,
          currency: 'USD',
          method: 'transfer',
          purpose: 'goodwill',
          allocations: [{ jobId: job.id, amount: 5000 }],
          reference: '',
          notes: '',
        },
      },
      {
        effect: 'note_contact',
        summary: { key: 'worksheets.effect.note_contact', params: {} },
        table: 'contacts',
        create: {
          partyId: client.id,
          jobId: job.id,
          on: '2026-04-01',
          kind: 'note',
          initiatedBy: 'me',
          promisedOn: null,
          referredPartyId: null,
          note: 'Told them.',
        },
      },
    ]);
    expect(saved.status).toBe('decided');
    expect(saved.entries.map((e) => [e.effect, e.before, e.after])).toEqual([
      [
        'write_off',
        { status: 'invoiced', notes: 'Tiles' },
        { status: 'cancelled', notes: 'Tiles\nWritten off after the complaint.' },
      ],
      ['discount_note', { notes: '' }, { notes: 'One-time discount of 10% promised.' }],
      ['pay_client', null, null],
      ['note_contact', null, null],
    ]);
    expect((await getJob(db, job.id))?.status).toBe('cancelled');
    expect((await getParty(db, client.id))?.notes).toBe('One-time discount of 10% promised.');
    expect(await allPayments(db)).toHaveLength(1);
    expect((await allContacts(db))[0]?.note).toBe('Told them.');
  });

  test('one bad change leaves everything as it was, the worksheet still a draft', async () => {
    const { client, job, draft, worksheet } = await setUp();
    await refused(
      applyDecision(db, worksheet.id, { ...draft, status: 'decided' }, [
        {
          effect: 'write_off',
          summary: { key: 'worksheets.effect.write_off', params: {} },
          table: 'jobs',
          id: job.id,
          patch: { status: 'cancelled' },
          appendNote: null,
        },
        {
          effect: 'terms',
          summary: { key: 'worksheets.effect.terms', params: {} },
          table: 'parties',
          id: client.id,
          patch: { termsNetDays: 9999 },
          appendNote: null,
        },
      ]),
    );
    expect((await getJob(db, job.id))?.status).toBe('invoiced');
    expect((await getWorksheet(db, worksheet.id))?.status).toBe('draft');
  });

  test('a change to a deleted record is refused', async () => {
    const { job, draft, worksheet } = await setUp();
    await setDeleted(db, 'jobs', job.id, true);
    const error = await refused(
      applyDecision(db, worksheet.id, draft, [
        {
          effect: 'credit',
          summary: { key: 'worksheets.effect.credit', params: {} },
          table: 'jobs',
          id: job.id,
          patch: { termsNetDays: 1 },
          appendNote: null,
        },
      ]),
    );
    expect(error.kind).toBe('not_found');
  });
});

describe('undoing a decision’s changes', () => {
  async function decided() {
    const setup = await setUp();
    const saved = await applyDecision(
      db,
      setup.worksheet.id,
      { ...setup.draft, status: 'decided' },
      [
        {
          effect: 'credit',
          summary: { key: 'worksheets.effect.credit', params: {} },
          table: 'jobs',
          id: setup.job.id,
          patch: { termsNetDays: 14, status: 'invoiced' },
          appendNote: 'Credit of 500.',
        },
        {
          effect: 'note_contact',
          summary: { key: 'worksheets.effect.note_contact', params: {} },
          table: 'contacts',
          create: {
            partyId: setup.client.id,
            jobId: null,
            on: '2026-04-01',
            kind: 'note',
            initiatedBy: 'me',
            promisedOn: null,
            referredPartyId: null,
            note: '',
          },
        },
      ],
    );
    return { ...setup, saved };
  }

  test('undo puts a changed record back and deletes a created one; redo does both again', async () => {
    const { job, saved } = await decided();
    await setEntryUndone(db, saved.id, 0, true);
    const afterUndo = await setEntryUndone(db, saved.id, 1, true);
    expect(afterUndo.entries.map((e) => e.undone)).toEqual([true, true]);
    expect(await getJob(db, job.id)).toMatchObject({
      termsNetDays: 30,
      status: 'invoiced',
      notes: 'Tiles',
    });
    expect(await allContacts(db)).toHaveLength(0);

    await setEntryUndone(db, saved.id, 0, false);
    await setEntryUndone(db, saved.id, 1, false);
    expect(await getJob(db, job.id)).toMatchObject({ termsNetDays: 14, status: 'invoiced' });
    expect(await allContacts(db)).toHaveLength(1);
  });

  test('undo leaves alone a value the owner has changed since', async () => {
    const { job, saved } = await decided();
    const current = (await getJob(db, job.id))!;
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, stamps: _s, ...fields } = current;
    await saveRecord(db, 'jobs', { ...fields, status: 'done' }, job.id);
    await setEntryUndone(db, saved.id, 0, true);
    expect(await getJob(db, job.id)).toMatchObject({ termsNetDays: 30, status: 'done' });
  });
});

describe('a decision that closes a dispute', () => {
  test('resolves the open dispute as the job page would; undo reopens it, redo closes it again', async () => {
    const { client, job, draft, worksheet } = await setUp();
    const dispute = await saveRecord(db, 'disputes', {
      partyId: client.id,
      jobId: job.id,
      raisedOn: '2026-03-01',
      amount: 50000,
      reason: 'Redone by someone else',
      resolvedOn: null,
      resolution: null,
    });
    const saved = await applyDecision(db, worksheet.id, { ...draft, status: 'decided' }, [
      {
        effect: 'resolve_dispute',
        summary: { key: 'worksheets.effect.resolve_dispute', params: {} },
        table: 'disputes',
        id: dispute.id,
        patch: { resolvedOn: '2026-04-01', resolution: 'credited' },
        appendNote: null,
      },
    ]);
    expect(saved.entries[0]).toMatchObject({
      effect: 'resolve_dispute',
      table: 'disputes',
      id: dispute.id,
      before: { resolvedOn: null, resolution: null },
      after: { resolvedOn: '2026-04-01', resolution: 'credited' },
    });
    const read = () => db.disputes.get(dispute.id);
    expect(await read()).toMatchObject({ resolvedOn: '2026-04-01', resolution: 'credited' });
    await setEntryUndone(db, saved.id, 0, true);
    expect(await read()).toMatchObject({ resolvedOn: null, resolution: null });
    await setEntryUndone(db, saved.id, 0, false);
    expect(await read()).toMatchObject({ resolvedOn: '2026-04-01', resolution: 'credited' });
    await revertDecision(db, saved.id);
    expect(await read()).toMatchObject({ resolvedOn: null, resolution: null });
  });
});

describe('undoing the whole decision', () => {
  /** Every table of the database, clock included, as stored. */
  async function everything() {
    const tables = await Promise.all(
      db.tables.map(async (t) => [t.name, await t.toArray()] as const),
    );
    return Object.fromEntries(tables);
  }

  /** A decision that created a payment, then wrote off the job, then changed the client's terms. */
  async function decided() {
    const setup = await setUp();
    const draft: WorksheetInput = { ...setup.draft, answers: { complaintValid: 'yes' } };
    await saveRecord(db, 'worksheets', draft, setup.worksheet.id);
    const saved = await applyDecision(
      db,
      setup.worksheet.id,
      {
        ...draft,
        status: 'decided',
        step: 'follow_up',
        decision: { option: 'forgive', decidedOn: '2026-04-01', note: 'Fair enough.' },
      },
      [
        {
          effect: 'pay_client',
          summary: { key: 'worksheets.effect.pay_client', params: {} },
          table: 'payments',
          create: {
            direction: 'me_to_client',
            partyId: setup.client.id,
            sentOn: '2026-04-01',
            receivedOn: null,
            amount: 5000,
            currency: 'USD',
            method: 'transfer',
            purpose: 'goodwill',
            allocations: [{ jobId: setup.job.id, amount: 5000 }],
            reference: '',
            notes: '',
          },
        },
        {
          effect: 'write_off',
          summary: { key: 'worksheets.effect.write_off', params: {} },
          table: 'jobs',
          id: setup.job.id,
          patch: { termsNetDays: 14, status: 'cancelled' },
          appendNote: 'Written off.',
        },
        {
          effect: 'terms',
          summary: { key: 'worksheets.effect.terms', params: {} },
          table: 'parties',
          id: setup.client.id,
          patch: { termsNetDays: 14 },
          appendNote: null,
        },
      ],
    );
    return { ...setup, saved };
  }

  test('every change is undone and the worksheet is a draft again, its answers kept', async () => {
    const { client, job, saved } = await decided();
    const paymentId = saved.entries[0]!.id;
    const reopened = await revertDecision(db, saved.id);

    expect(await getJob(db, job.id)).toMatchObject({
      termsNetDays: 30,
      status: 'invoiced',
      notes: 'Tiles',
    });
    expect((await getParty(db, client.id))?.termsNetDays).toBe(30);
    expect(await allPayments(db)).toEqual([]);
    expect((await db.payments.get(paymentId))?.deletedAt).not.toBeNull();
    expect(reopened).toMatchObject({
      status: 'draft',
      step: 'decision',
      answers: { complaintValid: 'yes' },
      result: null,
      snapshot: null,
      entries: [],
      decision: { option: 'forgive', decidedOn: null, note: 'Fair enough.' },
    });
    expect(await getWorksheet(db, saved.id)).toEqual(reopened);
  });

  test('a change already undone on its own is not undone twice', async () => {
    const { job, saved } = await decided();
    await setEntryUndone(db, saved.id, 1, true);
    const current = (await getJob(db, job.id))!;
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, stamps: _s, ...fields } = current;
    // The owner puts the terms back to what the decision made it; undoing the lot keeps that.
    await saveRecord(db, 'jobs', { ...fields, termsNetDays: 14 }, job.id);
    await revertDecision(db, saved.id);
    expect(await getJob(db, job.id)).toMatchObject({ termsNetDays: 14, status: 'invoiced' });
  });

  test('a record changed by the decision and deleted since leaves the whole decision as it was', async () => {
    const { job, saved } = await decided();
    await setDeleted(db, 'jobs', job.id, true);
    const before = await everything();
    const error = await refused(revertDecision(db, saved.id));
    expect(error.kind).toBe('not_found');
    // The payment made before the job in the list is not deleted, the clock not moved.
    expect(await everything()).toEqual(before);
  });

  test('a write failing at the second change leaves the whole decision as it was', async () => {
    const { saved } = await decided();
    const before = await everything();
    const put = vi.spyOn(db.table('jobs'), 'put').mockRejectedValueOnce(new Error('disk failed'));
    await expect(revertDecision(db, saved.id)).rejects.toThrow('disk failed');
    expect(put).toHaveBeenCalledTimes(1);
    put.mockRestore();
    expect(await everything()).toEqual(before);
  });

  test('values nobody changed since are put back; the owner’s later edit is kept', async () => {
    const { client, job, saved } = await decided();
    const current = (await getJob(db, job.id))!;
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, stamps: _s, ...fields } = current;
    await saveRecord(db, 'jobs', { ...fields, status: 'done' }, job.id);
    await revertDecision(db, saved.id);
    expect(await getJob(db, job.id)).toMatchObject({
      termsNetDays: 30,
      status: 'done',
      notes: 'Tiles',
    });
    expect((await getParty(db, client.id))?.termsNetDays).toBe(30);
  });
});

describe('appendLine', () => {
  test('adds a line under the notes, or starts them', () => {
    expect(appendLine('', 'New')).toBe('New');
    expect(appendLine('Old  ', 'New')).toBe('Old\nNew');
  });
  test('trims the new line, never the owner’s notes, to fit', () => {
    expect(appendLine('abc', 'defghij', 6)).toBe('abc\nde');
    expect(appendLine('abcdefgh', 'x', 6)).toBe('abcdefgh\n');
  });
});

describe('a decision recorded by version 1', () => {
  test('undoing a change this version keeps differently says so and changes nothing', async () => {
    const { job, draft, worksheet } = await setUp();
    // As version 1 recorded forgiving the bill: the job marked written off, kept on the worksheet.
    const decided = await saveRecord(
      db,
      'worksheets',
      {
        ...draft,
        status: 'decided',
        entries: [
          {
            effect: 'write_off',
            table: 'jobs',
            id: job.id,
            before: { status: 'disputed' },
            after: { status: 'written_off' },
            summary: { key: 'worksheets.effect.write_off', params: {} },
            undone: false,
          },
          {
            effect: 'credit',
            table: 'jobs',
            id: job.id,
            before: { amount: 150_000 },
            after: { amount: 100_000 },
            summary: { key: 'worksheets.effect.credit', params: {} },
            undone: false,
          },
        ],
      },
      worksheet.id,
    );
    const before = await getJob(db, job.id);
    for (const index of [0, 1]) {
      const error = await setEntryUndone(db, decided.id, index, true).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteError);
      expect((error as WriteError).kind).toBe('outdated');
    }
    expect(await getJob(db, job.id)).toEqual(before);
    expect((await getWorksheet(db, decided.id))?.entries.map((e) => e.undone)).toEqual([
      false,
      false,
    ]);
  });
});
