import { describe, expect, it } from 'vitest';
import { newWorksheet, worksheetSchema, type Worksheet, type WorksheetEntry } from '../records';
import {
  CLIENT_ID,
  makeCredit,
  makeJob,
  makeParty,
  makePayment,
  makeWriteOff,
  testId,
} from '../metrics/test-records';
import type { Credit, Job, Payment, WriteOff } from '../records';
import { badDebtEvents, goodwillEvents, goodwillSummary } from './goodwill';

function records(
  jobs: Job[],
  rest: {
    payments?: Payment[];
    credits?: Credit[];
    writeOffs?: WriteOff[];
    worksheets?: Worksheet[];
  } = {},
) {
  return { jobs, payments: [], credits: [], writeOffs: [], worksheets: [], ...rest };
}

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
  it('a written-off job is never overdue and its write-off is not goodwill', () => {
    const job = makeJob({ dueOn: '2026-01-31', amount: 150000 });
    const part = makePayment('2026-01-25', [{ job, amount: 50000 }]);
    // 1500.00 − 500.00 paid = 1000.00 written off on 20 February.
    const writeOff = makeWriteOff('2026-02-20', job, 100000);
    const ledger = records([job], { payments: [part], writeOffs: [writeOff] });
    expect(goodwillEvents(ledger, '2026-03-15')).toEqual([]);
    expect(badDebtEvents(ledger, '2026-03-15')).toEqual([
      {
        clientId: CLIENT_ID,
        on: '2026-02-20',
        amount: 100000,
        currency: 'USD',
        jobId: job.id,
        worksheetId: null,
      },
    ]);
    const summary = goodwillSummary([acme], ledger, '2026-03-15');
    expect(summary.cost).toEqual({});
    expect(summary.badDebt).toEqual({ USD: 100000 });
  });

  it('credits are goodwill except a correction of an error; a waived late fee is goodwill too', () => {
    const job = makeJob({ amount: 150000 });
    const credits = [
      makeCredit('2026-02-01', job, 50000, { reason: 'dispute_settled' }),
      makeCredit('2026-02-02', job, 10000, { reason: 'error' }),
      makeCredit('2026-02-03', job, 2500, { reason: 'late_fee_waived' }),
      makeCredit('2026-02-04', null, 7500, { reason: 'future_discount' }),
      makeCredit('2026-04-01', job, 9900),
    ];
    const events = goodwillEvents(records([job], { credits }), '2026-03-15');
    expect(events.map((e) => [e.kind, e.on, e.amount, e.jobId])).toEqual([
      ['credited', '2026-02-01', 50000, job.id],
      ['late_fee_waived', '2026-02-03', 2500, job.id],
      ['credited', '2026-02-04', 7500, null],
    ]);
  });

  it('a goodwill payment to the client is goodwill, a refund is not, dated by the day sent', () => {
    const job = makeJob({ amount: 100000 });
    const refund = makePayment('2026-02-10', [{ job, amount: 20000 }], {
      direction: 'me_to_client',
      purpose: 'refund',
    });
    const goodwill = makePayment('2026-03-05', [], {
      direction: 'me_to_client',
      purpose: 'goodwill',
      amount: 5000,
      sentOn: '2026-03-01',
    });
    const later = makePayment('2026-04-01', [], {
      direction: 'me_to_client',
      purpose: 'goodwill',
      amount: 7000,
    });
    const events = goodwillEvents(
      records([job], { payments: [refund, goodwill, later] }),
      '2026-03-15',
    );
    expect(events.map((e) => [e.kind, e.on, e.amount, e.jobId])).toEqual([
      ['paid_to_client', '2026-03-01', 5000, null],
    ]);
  });

  it('names the worksheet that made a credit', () => {
    const job = makeJob({ amount: 30000 });
    const credit = makeCredit('2026-02-05', job, 10000);
    const ws = decidedWorksheet({
      decision: { option: 'partial_credit', decidedOn: '2026-02-05', note: '' },
      entries: [
        {
          effect: 'credit',
          table: 'credits' as WorksheetEntry['table'],
          id: credit.id,
          before: null,
          after: { amount: 10000 },
          undone: false,
        },
      ],
    });
    const [event] = goodwillEvents(
      records([job], { credits: [credit], worksheets: [ws] }),
      '2026-03-15',
    );
    expect(event).toMatchObject({ on: '2026-02-05', amount: 10000, worksheetId: ws.id });
  });

  it('still counts a credit a version 1 worksheet gave by lowering the bill, and not one undone', () => {
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
    const events = goodwillEvents(
      records([job], { worksheets: [given, undone, draft] }),
      '2026-03-15',
    );
    // 1500.00 before − 1200.00 after = 300.00 credited.
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

  it('an older version 1 entry without the amount after reads it from the bill as it stands', () => {
    const job = makeJob({ amount: 120000 });
    const ws = decidedWorksheet({
      decision: { option: 'partial_credit', decidedOn: '2026-02-05', note: '' },
      entries: [
        {
          effect: 'credit',
          table: 'jobs',
          id: job.id,
          before: { amount: 150000 },
          after: { status: 'invoiced' },
          undone: false,
        },
      ],
    });
    // 1500.00 − the 1200.00 the job bills now = 300.00.
    const [event] = goodwillEvents(records([job], { worksheets: [ws] }), '2026-03-15');
    expect(event?.amount).toBe(30000);
  });
});

describe('goodwillSummary', () => {
  it('sets what goodwill cost beside the work the client gave afterwards, bad debt apart', () => {
    const credited = makeJob({ orderedOn: '2025-11-01', dueOn: '2025-12-01', amount: 40000 });
    const before = makeJob({ orderedOn: '2025-12-20', invoicedOn: '2025-12-20', amount: 11100 });
    const after1 = makeJob({ orderedOn: '2026-01-15', invoicedOn: '2026-01-20', amount: 60000 });
    const after2 = makeJob({ orderedOn: '2026-02-15', invoicedOn: '2026-02-20', amount: 25000 });
    const open = makeJob({ orderedOn: '2026-03-01', status: 'open', amount: 99900 });
    const goodwill = makePayment('2026-02-01', [], {
      direction: 'me_to_client',
      purpose: 'goodwill',
      amount: 10000,
    });
    const other = makeParty({ id: testId(4), name: 'Gone Quiet Ltd' });
    const lost = makeJob({
      clientId: other.id,
      orderedOn: '2025-12-01',
      dueOn: '2026-01-01',
      amount: 20000,
    });
    const otherCredit = makeCredit('2026-02-01', lost, 5000, { partyId: other.id });

    const summary = goodwillSummary(
      [acme, other],
      records([credited, before, after1, after2, open, lost], {
        payments: [goodwill],
        credits: [makeCredit('2026-01-10', credited, 40000), otherCredit],
        writeOffs: [makeWriteOff('2026-02-10', lost, 15000, { partyId: other.id })],
      }),
      '2026-03-15',
    );
    // Acme: 400.00 credited + 100.00 paid = 500.00; billed after 10 January: 600.00 + 250.00.
    // Gone Quiet: 50.00 credited; its 150.00 written off is bad debt, not goodwill.
    expect(
      summary.clients.map((c) => [
        c.name,
        c.cost,
        c.badDebt,
        c.firstOn,
        c.revenueAfter,
        c.jobsAfter,
      ]),
    ).toEqual([
      ['Acme Bakery', { USD: 50000 }, {}, '2026-01-10', { USD: 85000 }, 2],
      ['Gone Quiet Ltd', { USD: 5000 }, { USD: 15000 }, '2026-02-01', {}, 0],
    ]);
    expect(summary.cost).toEqual({ USD: 55000 });
    expect(summary.badDebt).toEqual({ USD: 15000 });
    expect(summary.revenueAfter).toEqual({ USD: 85000 });
    expect(summary.keptCount).toBe(1);
  });

  it('is empty when no goodwill was ever given', () => {
    const job = makeJob();
    expect(goodwillSummary([acme], records([job]), '2026-03-15')).toEqual({
      clients: [],
      cost: {},
      revenueAfter: {},
      keptCount: 0,
      badDebt: {},
    });
  });
});
