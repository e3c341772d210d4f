/**
 * Random ledgers and random writes for the property test of LedgerFigures: few ids per table, so
 * writes often edit, move, delete and revive the same records, and few names and days, so ties in
 * every order the figures keep are common.
 */
import fc from 'fast-check';
import { addDays, type Day } from '../dates';
import {
  makeCredit,
  makeDispute,
  makeJob,
  makeParty,
  makePayment,
  makePromise,
  makeWriteOff,
  testId,
} from '../metrics/test-records';
import { makeContact } from '../metrics/test-contacts';
import { contactKinds, creditReasons, type Id, type RecordOf } from '../records';
import { storedWorksheet } from '../worksheets/test-ledger';
import type { LedgerRecord, LedgerTable } from './tables';

const ids = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => testId(from + i));

export const IDS: Record<LedgerTable, Id[]> = {
  parties: ids(1, 4),
  jobs: ids(101, 12),
  payments: ids(201, 14),
  credits: ids(301, 6),
  writeOffs: ids(401, 4),
  disputes: ids(501, 4),
  promises: ids(601, 5),
  contacts: ids(701, 8),
  worksheets: ids(801, 6),
};

const START: Day = '2026-01-01';
// Days a month apart and amounts from a few, so equal days overdue, amounts and weights are common.
const day = fc.constantFrom(0, 30, 60, 90, 120, 150, 180, 210).map((n) => addDays(START, n));
const after = (from: Day) => fc.constantFrom(0, 10, 30).map((n) => addDays(from, n));
const offset = fc.constantFrom(0, 0, 10, 30);
// A party id that is never a record: records may name a party that is gone.
const partyId = fc.constantFrom(...IDS.parties, testId(99));
const jobId = fc.constantFrom(...IDS.jobs);
const currency = fc.constantFrom('USD', 'USD', 'EUR');
const amount = fc.constantFrom(1000, 1000, 2000, 5000);

function party(id: Id) {
  return fc
    .record({
      kind: fc.constantFrom('client' as const, 'client' as const, 'subcontractor' as const),
      name: fc.constantFrom('Ann', 'Ann', 'Bob', 'Zoë'),
      relationshipStart: fc.option(day, { nil: null }),
    })
    .map((f) => makeParty({ id, ...f }));
}

function job(id: Id) {
  return fc
    .record({
      clientId: partyId,
      status: fc.constantFrom('open', 'done', 'invoiced', 'invoiced', 'cancelled'),
      orderedOn: day,
      doneDays: offset,
      invoiceDays: fc.option(offset, { nil: null }),
      dueDays: fc.option(offset, { nil: null }),
      amount,
      currency,
      subcontractorId: fc.option(partyId, { nil: null }),
      problems: fc.subarray(['late', 'complaint'] as const),
      termsNetDays: fc.constantFrom(0, 14, 30),
    })
    .map(({ status, orderedOn, doneDays, invoiceDays, dueDays, ...f }) => {
      const doneOn = status === 'open' ? null : addDays(orderedOn, doneDays);
      const invoicedOn =
        status === 'invoiced' && doneOn !== null && invoiceDays !== null
          ? addDays(doneOn, invoiceDays)
          : null;
      return makeJob({
        id,
        status: status as RecordOf['jobs']['status'],
        orderedOn,
        doneOn,
        invoicedOn,
        dueOn: dueDays === null ? null : addDays(orderedOn, dueDays),
        ...f,
        problems: [...f.problems],
      });
    });
}

function payment(id: Id) {
  return fc
    .record({
      partyId,
      toClient: fc.boolean(),
      purpose: fc.nat(1),
      sentOn: day,
      receivedDays: fc.option(offset, { nil: null }),
      currency,
      allocations: fc.uniqueArray(fc.record({ jobId, amount }), {
        minLength: 1,
        maxLength: 3,
        selector: (a) => a.jobId,
      }),
      extra: fc.constantFrom(0, 0, 500),
    })
    .map(({ toClient, purpose, sentOn, receivedDays, allocations, extra, ...f }) =>
      makePayment(sentOn, [], {
        id,
        ...f,
        direction: toClient ? 'me_to_client' : 'client_to_me',
        purpose: toClient
          ? (['refund', 'goodwill'] as const)[purpose]!
          : (['payment', 'deposit'] as const)[purpose]!,
        sentOn,
        receivedOn: receivedDays === null ? null : addDays(sentOn, receivedDays),
        allocations,
        amount: allocations.reduce((s, a) => s + a.amount, 0) + extra || 1,
      }),
    );
}

function credit(id: Id) {
  return fc
    .record({
      partyId,
      jobId: fc.option(jobId, { nil: null }),
      on: day,
      amount,
      currency,
      reason: fc.constantFrom(...creditReasons),
    })
    .map(({ on, amount: a, ...f }) => makeCredit(on, null, a, { id, ...f }));
}

function writeOff(id: Id) {
  return fc
    .record({ partyId, jobId, on: day, amount, currency })
    .map(({ on, amount: a, jobId: j, ...f }) =>
      makeWriteOff(on, makeJob({ id: j }), a, { id, jobId: j, ...f }),
    );
}

function dispute(id: Id) {
  return fc
    .record({
      partyId,
      jobId,
      raisedOn: day,
      amount,
      resolvedDays: fc.option(offset, { nil: null }),
    })
    .map(({ raisedOn, amount: a, jobId: j, resolvedDays, ...f }) =>
      makeDispute(raisedOn, makeJob({ id: j }), a, {
        id,
        jobId: j,
        ...f,
        resolvedOn: resolvedDays === null ? null : addDays(raisedOn, resolvedDays),
        resolution: resolvedDays === null ? null : 'paid',
      }),
    );
}

function promise(id: Id) {
  return fc
    .record({ partyId, jobId: fc.option(jobId, { nil: null }), madeOn: day, amount, currency })
    .chain((f) => after(f.madeOn).map((dueOn) => ({ ...f, dueOn })))
    .map(({ madeOn, dueOn, amount: a, ...f }) => makePromise(madeOn, dueOn, a, { id, ...f }));
}

function contact(id: Id) {
  return fc
    .record({
      partyId,
      jobId: fc.option(jobId, { nil: null }),
      on: day,
      kind: fc.constantFrom(...contactKinds, 'complaint', 'warning_sent'),
      promisedOn: fc.option(day, { nil: null }),
    })
    .map(({ on, ...f }) => makeContact(on, { id, ...f }));
}

const entryIds = [
  ...IDS.credits,
  ...IDS.jobs.slice(0, 5),
  ...IDS.payments.slice(0, 5),
  ...IDS.writeOffs,
];

function worksheet(id: Id) {
  return fc
    .record({
      templateId: fc.constantFrom(
        'forgive_or_pursue' as const,
        'keep_or_part' as const,
        'who_pays_whom' as const,
        'warn_before_slowing' as const,
      ),
      partyIds: fc.uniqueArray(partyId, { minLength: 1, maxLength: 2 }),
      jobIds: fc.uniqueArray(jobId, { maxLength: 2 }),
      status: fc.constantFrom('draft' as const, 'decided' as const, 'reviewed' as const),
      decidedOn: fc.option(day, { nil: null }),
      reviewOn: fc.option(day, { nil: null }),
      updated: fc.constantFrom('2026-02-01', '2026-03-01'),
      entries: fc.array(
        fc.record({
          effect: fc.constantFrom('credit' as const, 'pay_client' as const, 'write_off' as const),
          table: fc.constantFrom('credits' as const, 'jobs' as const, 'payments' as const),
          id: fc.constantFrom(...entryIds),
          before: fc.option(fc.record({ amount: amount }), { nil: null }),
          after: fc.option(fc.record({ amount: fc.integer({ min: 0, max: 5000 }) }), { nil: null }),
          undone: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
    })
    .map(({ decidedOn, reviewOn, updated, entries, ...f }) => {
      const base = storedWorksheet({ id });
      return storedWorksheet({
        ...f,
        id,
        currency: 'USD',
        updatedAt: `${updated}T12:00:00.000Z`,
        decision: { option: null, decidedOn, note: '' },
        followUp: { ...base.followUp, reviewOn },
        entries: entries.map((e) => ({ ...e, summary: { key: 'worksheets.test', params: {} } })),
      });
    });
}

const records: { [T in LedgerTable]: (id: Id) => fc.Arbitrary<RecordOf[T]> } = {
  parties: party,
  jobs: job,
  payments: payment,
  credits: credit,
  writeOffs: writeOff,
  disputes: dispute,
  promises: promise,
  contacts: contact,
  worksheets: worksheet,
};

/** One write: a record put (added, edited, revived) or deleted (gone, or tombstoned). */
export interface Write {
  table: LedgerTable;
  id: Id;
  /** Undefined: deleted. */
  record: LedgerRecord | undefined;
  tombstone: boolean;
}

const TABLE_WEIGHTS: [LedgerTable, number][] = [
  ['parties', 2],
  ['jobs', 4],
  ['payments', 4],
  ['credits', 2],
  ['writeOffs', 1],
  ['disputes', 1],
  ['promises', 2],
  ['contacts', 2],
  ['worksheets', 2],
];

export const write: fc.Arbitrary<Write> = fc.oneof(
  ...TABLE_WEIGHTS.map(([table, weight]) => ({
    weight,
    arbitrary: fc.constantFrom(...IDS[table]).chain((id) =>
      fc.record({
        table: fc.constant(table),
        id: fc.constant(id),
        record: fc.option(records[table](id) as fc.Arbitrary<LedgerRecord>, {
          nil: undefined,
          freq: 4,
        }),
        tombstone: fc.boolean(),
      }),
    ),
  })),
);
