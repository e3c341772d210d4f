/**
 * The generated version 1 ledgers are valid version 1 data. While production was version 1 they
 * were checked against its strict schemas unchanged; production is version 2 now, so the records
 * are checked once upgraded (the file migration's steps), against version 2's schemas. The links,
 * allocation rules, stamps and the real reader are checked as before; the generator stays as it is.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { HLC_PATTERN, isFromTheFuture, parseStamp } from '../../domain/hlc';
import {
  allocationProblem,
  recordSchemas,
  referencesOf,
  tableNames,
  type TableName,
} from '../../domain/records';
import { migrate } from '../migrations';
import { readExportText } from '../read';
import { V1_LAST_DAY, v1LedgerArbitrary } from './ledger-v1.arbitrary';
import { v1Tables, type V1Ledger } from './records-v1';
import { v1FileText } from './upgrade-check';

const RUNS = { numRuns: 200 };

function everyRecord(ledger: V1Ledger) {
  return v1Tables.flatMap((table) =>
    (ledger[table] as { id: string }[]).map((record) => ({ table, record })),
  );
}

describe('a generated version 1 ledger', () => {
  test('once upgraded, holds only records that pass version 2’s strict schemas and their rules', () => {
    fc.assert(
      fc.property(v1LedgerArbitrary, (ledger) => {
        const after = migrate({ ...ledger }, 1) as Record<TableName, { id: string }[]>;
        for (const table of tableNames) {
          for (const record of after[table]) {
            const result = recordSchemas[table].safeParse(record);
            expect(result.error?.issues, `${table} ${record.id}`).toBeUndefined();
            // Nothing trimmed or dropped: the upgraded record is what version 2 stores.
            expect(result.data).toEqual(record);
          }
        }
      }),
      RUNS,
    );
  });

  test('has no id twice and links only to its own records', () => {
    fc.assert(
      fc.property(v1LedgerArbitrary, (ledger) => {
        const ids = new Set<string>();
        for (const { table, record } of everyRecord(ledger)) {
          expect(ids.has(record.id), `${table} ${record.id} twice`).toBe(false);
          ids.add(record.id);
        }
        const parties = new Set(ledger.parties.map((p) => p.id));
        const jobs = new Set(ledger.jobs.map((j) => j.id));
        for (const { table, record } of everyRecord(ledger)) {
          for (const ref of referencesOf(table, record)) {
            expect((ref.table === 'parties' ? parties : jobs).has(ref.id), ref.path.join('.')).toBe(
              true,
            );
          }
        }
      }),
      RUNS,
    );
  });

  test('settles, with each payment, only its own party’s jobs in its currency, never more than its amount', () => {
    fc.assert(
      fc.property(v1LedgerArbitrary, (ledger) => {
        const jobs = new Map(ledger.jobs.map((j) => [j.id, j]));
        for (const payment of ledger.payments) {
          // Version 2's rule reads only the parties and currency, which version 1 jobs share.
          const settled = payment.allocations.map((a) => jobs.get(a.jobId));
          expect(allocationProblem(payment, settled)).toBeNull();
          const total = payment.allocations.reduce((sum, a) => sum + a.amount, 0);
          expect(total).toBeLessThanOrEqual(payment.amount);
        }
        const parties = new Map(ledger.parties.map((p) => [p.id, p]));
        for (const job of ledger.jobs) {
          expect(parties.get(job.clientId)?.kind).toBe('client');
          if (job.subcontractorId !== null) {
            expect(parties.get(job.subcontractorId)?.kind).toBe('subcontractor');
          }
        }
      }),
      RUNS,
    );
  });

  test('stamps only its records’ own fields, each a clock value from the past, none after the record last changed', () => {
    const now = Date.now();
    const lastMs = Date.parse(`${V1_LAST_DAY}T23:59:59.999Z`);
    fc.assert(
      fc.property(v1LedgerArbitrary, (ledger) => {
        for (const { record } of everyRecord(ledger)) {
          const r = record as unknown as {
            createdAt: string;
            updatedAt: string;
            deletedAt: string | null;
            stamps: Record<string, string>;
          };
          expect(r.createdAt <= r.updatedAt).toBe(true);
          if (r.deletedAt !== null) expect(r.deletedAt).toBe(r.updatedAt);
          // Every field stamped when written, and `deletedAt` when deleted, as the write path does
          // (a generated record has every field of its version 1 shape).
          const stamped = Object.keys(record).filter(
            (field) =>
              !['id', 'createdAt', 'updatedAt', 'stamps'].includes(field) &&
              (field !== 'deletedAt' || r.deletedAt !== null),
          );
          expect(Object.keys(r.stamps).sort()).toEqual([...stamped].sort());
          for (const stamp of Object.values(r.stamps)) {
            expect(stamp).toMatch(HLC_PATTERN);
            expect(isFromTheFuture(stamp, now)).toBe(false);
            const { wall } = parseStamp(stamp);
            expect(wall).toBeLessThanOrEqual(Date.parse(r.updatedAt));
            expect(wall).toBeLessThanOrEqual(lastMs);
          }
        }
      }),
      RUNS,
    );
  });

  test('written as a version 1 export file, reads back whole with the real reader', async () => {
    await fc.assert(
      fc.asyncProperty(v1LedgerArbitrary, async (ledger) => {
        const result = await readExportText(v1FileText(ledger));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.file.fromVersion).toBe(1);
        // Every record, and the write-offs and disputes the upgrade makes from old statuses.
        const made = result.file.dataset.writeOffs.length + result.file.dataset.disputes.length;
        expect(result.file.records).toBe(everyRecord(ledger).length + made);
        for (const table of v1Tables) {
          const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();
          expect(ids(result.file.dataset[table])).toEqual(ids(ledger[table]));
        }
        // Those tables the upgrade leaves alone come back exactly as they were.
        for (const table of ['contacts', 'worksheets'] as const) {
          const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
          expect([...result.file.dataset[table]].sort(byId)).toEqual([...ledger[table]].sort(byId));
        }
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});

test('the generator reaches every status, direction, state and kind, tombstones, two currencies and every kind of allocation', () => {
  const seen = new Set<string>();
  for (const ledger of fc.sample(v1LedgerArbitrary, { numRuns: 300, seed: 14 })) {
    const jobs = new Map(ledger.jobs.map((j) => [j.id, j]));
    for (const job of ledger.jobs) {
      seen.add(`status ${job.status}`);
      seen.add(`currency ${job.currency}`);
      if (job.deletedAt !== null) seen.add('deleted job');
    }
    for (const p of ledger.payments) {
      seen.add(`direction ${p.direction}`);
      seen.add(`state ${p.state}`);
      seen.add(`currency ${p.currency}`);
      if (p.deletedAt !== null) seen.add('deleted payment');
      if (p.allocations.length === 0) seen.add('payment with no job');
      if (p.allocations.length > 1) seen.add('payment for several jobs');
      const total = p.allocations.reduce((sum, a) => sum + a.amount, 0);
      if (total > 0 && total < p.amount) seen.add('payment partly allocated');
      for (const a of p.allocations) {
        const job = jobs.get(a.jobId)!;
        if (a.amount < job.amount) seen.add('allocation of part of a job');
        if (a.amount === job.amount) seen.add('allocation of all of a job');
        if (a.amount > job.amount) seen.add('allocation of more than a job');
        if (job.deletedAt !== null && p.deletedAt === null)
          seen.add('live payment to a deleted job');
      }
    }
    for (const c of ledger.contacts) {
      seen.add(`contact ${c.kind}`);
      if (c.deletedAt !== null) seen.add('deleted contact');
    }
    for (const p of ledger.parties) if (p.deletedAt !== null) seen.add(`deleted ${p.kind}`);
    if (ledger.settings.length > 0) seen.add('settings');
    for (const w of ledger.worksheets) seen.add(`worksheet ${w.status}`);
    const paidWithout = ledger.jobs.some(
      (j) =>
        j.status === 'paid' &&
        !ledger.payments.some((p) => p.allocations.some((a) => a.jobId === j.id)),
    );
    if (paidWithout) seen.add('paid job with no payment');
  }
  const wanted = [
    ...['open', 'done', 'invoiced', 'paid', 'disputed', 'written_off', 'cancelled'].map(
      (s) => `status ${s}`,
    ),
    ...['client_to_me', 'me_to_client', 'me_to_sub', 'sub_to_me'].map((d) => `direction ${d}`),
    'state received',
    'state sent',
    'currency USD',
    'currency EUR',
    ...[
      'reminder_sent',
      'warning_sent',
      'client_called_first',
      'promise_to_pay',
      'complaint',
      'referral',
      'note',
    ].map((k) => `contact ${k}`),
    'deleted job',
    'deleted payment',
    'deleted contact',
    'deleted client',
    'deleted subcontractor',
    'payment with no job',
    'payment for several jobs',
    'payment partly allocated',
    'allocation of part of a job',
    'allocation of all of a job',
    'allocation of more than a job',
    'live payment to a deleted job',
    'paid job with no payment',
    'settings',
    'worksheet draft',
    'worksheet decided',
  ];
  expect(wanted.filter((w) => !seen.has(w))).toEqual([]);
});
