import { describe, expect, it } from 'vitest';
import { newWorksheet, worksheetSchema, type Worksheet, type WorksheetEntry } from '../records';
import { CLIENT_ID, makeJob, makeParty, makePayment, testId } from '../metrics/test-records';
import { goodwillEvents, goodwillSummary } from './goodwill';

const acme = makeParty();

type EntryFields = Pick<WorksheetEntry, 'effect' | 'table' | 'id' | 'before' | 'after' | 'undone'>;

/**
 * A decided worksheet: the stored schema checks everything but the entries, whose other fields
 * (their wording) are the worksheets' business; goodwill reads only these.
 */
function decidedWorksheet(
  fields: Partial<Omit<Worksheet, 'entries'>> & { entries?: EntryFields[] },
): Worksheet {
  const { entries = [], ...rest } = fields;
  const base = worksheetSchema.parse({
    ...newWorksheet('forgive_or_pursue', 1, [CLIENT_ID], [], 'USD'),
    id: testId(7000),
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-06T09:00:00.000Z',
    deletedAt: null,
    stamps: {},
    status: 'decided',
    ...rest,
  });
  return { ...base, entries: entries as WorksheetEntry[] };
}

describe('goodwillEvents', () => {
  it('reads a write-off from the ledger, dated by the day the job was marked', () => {
    const job = makeJob({
      dueOn: '2026-01-31',
      amount: 150000,
      status: 'written_off',
      updatedAt: '2026-02-20T15:00:00.000Z',
    });
    const part = makePayment('2026-01-25', [{ job, amount: 50000 }]);
    expect(goodwillEvents([job], [part], [], '2026-03-15')).toEqual([
      {
        clientId: CLIENT_ID,
        kind: 'written_off',
        on: '2026-02-20',
        amount: 100000,
        currency: 'USD',
        jobId: job.id,
        worksheetId: null,
      },
    ]);
  });

  it('dates a write-off by the worksheet that decided it', () => {
    const job = makeJob({ amount: 30000, status: 'written_off' });
    const ws = decidedWorksheet({
      decision: { option: 'forgive', decidedOn: '2026-02-05', note: '' },
      entries: [
        {
          effect: 'write_off',
          table: 'jobs',
          id: job.id,
          before: { status: 'invoiced' },
          after: { status: 'written_off' },
          undone: false,
        },
      ],
    });
    const [event] = goodwillEvents([job], [], [ws], '2026-03-15');
    expect(event).toMatchObject({ on: '2026-02-05', amount: 30000, worksheetId: ws.id });
  });

  it('counts a credit a worksheet gave, and not one that was undone', () => {
    const job = makeJob({ amount: 120000 });
    const entry = { effect: 'credit' as const, table: 'jobs' as const, id: job.id };
    const given = decidedWorksheet({
      decision: { option: 'partial_credit', decidedOn: '2026-02-05', note: '' },
      entries: [
        {
          ...entry,
          before: { amount: 150000, status: 'invoiced' },
          after: { amount: 120000, status: 'invoiced' },
          undone: false,
        },
      ],
    });
    const undone = decidedWorksheet({
      id: testId(7001),
      entries: [{ ...entry, before: { amount: 200000 }, after: { amount: 150000 }, undone: true }],
    });
    const draft = decidedWorksheet({
      id: testId(7002),
      status: 'draft',
      entries: [{ ...entry, before: { amount: 200000 }, after: { amount: 150000 }, undone: false }],
    });
    const events = goodwillEvents([job], [], [given, undone, draft], '2026-03-15');
    expect(events).toEqual([
      {
        clientId: CLIENT_ID,
        kind: 'credited',
        on: '2026-02-05',
        amount: 30000,
        currency: 'USD',
        jobId: job.id,
        worksheetId: given.id,
      },
    ]);
  });

  it('counts money paid to the client, sent or received, up to the day asked about', () => {
    const job = makeJob({ amount: 100000 });
    const refund = makePayment('2026-02-10', [{ job, amount: 20000 }], {
      direction: 'me_to_client',
    });
    const promised = makePayment('2026-03-01', [], {
      direction: 'me_to_client',
      amount: 5000,
      state: 'sent',
    });
    const later = makePayment('2026-04-01', [], { direction: 'me_to_client', amount: 7000 });
    const events = goodwillEvents([job], [refund, promised, later], [], '2026-03-15');
    expect(events.map((e) => [e.kind, e.on, e.amount, e.jobId])).toEqual([
      ['paid_to_client', '2026-02-10', 20000, job.id],
      ['paid_to_client', '2026-03-01', 5000, null],
    ]);
  });
});

describe('goodwillSummary', () => {
  it('sets what goodwill cost beside the work the client gave afterwards', () => {
    const forgiven = makeJob({
      orderedOn: '2025-11-01',
      dueOn: '2025-12-01',
      amount: 40000,
      status: 'written_off',
      updatedAt: '2026-01-10T10:00:00.000Z',
    });
    const before = makeJob({ orderedOn: '2025-12-20', invoicedOn: '2025-12-20', amount: 11100 });
    const after1 = makeJob({ orderedOn: '2026-01-15', invoicedOn: '2026-01-20', amount: 60000 });
    const after2 = makeJob({ orderedOn: '2026-02-15', invoicedOn: '2026-02-20', amount: 25000 });
    const open = makeJob({ orderedOn: '2026-03-01', status: 'open', amount: 99900 });
    const refund = makePayment('2026-02-01', [], { direction: 'me_to_client', amount: 10000 });
    const other = makeParty({ id: testId(4), name: 'Gone Quiet Ltd' });
    const lost = makeJob({
      clientId: other.id,
      orderedOn: '2025-12-01',
      dueOn: '2026-01-01',
      amount: 20000,
      status: 'written_off',
      updatedAt: '2026-02-01T10:00:00.000Z',
    });

    const summary = goodwillSummary(
      [acme, other],
      [forgiven, before, after1, after2, open, lost],
      [refund],
      [],
      '2026-03-15',
    );
    expect(
      summary.clients.map((c) => [c.name, c.cost, c.firstOn, c.revenueAfter, c.jobsAfter]),
    ).toEqual([
      ['Acme Bakery', { USD: 50000 }, '2026-01-10', { USD: 85000 }, 2],
      ['Gone Quiet Ltd', { USD: 20000 }, '2026-02-01', {}, 0],
    ]);
    expect(summary.cost).toEqual({ USD: 70000 });
    expect(summary.revenueAfter).toEqual({ USD: 85000 });
    expect(summary.keptCount).toBe(1);
  });

  it('is empty when no goodwill was ever given', () => {
    const job = makeJob();
    expect(goodwillSummary([acme], [job], [], [], '2026-03-15')).toEqual({
      clients: [],
      cost: {},
      revenueAfter: {},
      keptCount: 0,
    });
  });
});
