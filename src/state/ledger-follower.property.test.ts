/**
 * The ledger's copy against a fresh read: random writes go through the app's write path
 * (saveRecord, setDeleted, bulkAdd, a table cleared) into fake-indexeddb, the copy follows them
 * through Dexie's `storagemutated`, and after each write settles every figure it answers must
 * equal the whole-ledger functions run over the ledger read afresh from the database.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { bulkAdd } from '../db/bulk-write';
import type { LedgerDb } from '../db/database';
import { wholeLedger } from '../db/queries';
import { clientInput, freshDb, jobInput, paymentInput } from '../db/test-db';
import { editableFields } from '../db/worksheets';
import { saveRecord, setDeleted } from '../db/write';
import { addDays, type Day } from '../domain/dates';
import {
  agingSnapshot,
  goodwillSummary,
  mainCurrency,
  monthlyFlow,
  slowestPayers,
} from '../domain/insights';
import { homeSummary } from '../domain/insights/home-summary';
import { agingFigure } from '../domain/ledger-figures/figures/aging';
import { goodwillFigure } from '../domain/ledger-figures/figures/goodwill';
import { homeFigure } from '../domain/ledger-figures/figures/home';
import { mainCurrencyFigure } from '../domain/ledger-figures/figures/main-currency';
import { monthlyFlowFigure } from '../domain/ledger-figures/figures/monthly-flow';
import { needsDecisionFigure } from '../domain/ledger-figures/figures/needs-decision';
import { slowestPayersFigure } from '../domain/ledger-figures/figures/slowest-payers';
import { LEDGER_TABLES, type WholeLedger } from '../domain/ledger-figures/ledger-figures';
import { emptyParty, newWorksheet, singleLine, worksheetTemplateIds } from '../domain/records';
import { liveOnly } from '../domain/records/live';
import { defaultSettings } from '../domain/records/settings-defaults';
import { needsDecision, ownerTermsOf } from '../domain/worksheets';
import { LedgerFollower } from './ledger-follower';

const AS_OF: Day[] = ['2026-02-01', '2026-05-20', '2026-12-31'];
const CURRENCIES = ['USD', 'EUR'] as const;
const GRACE = [0, 5];
const OWNERS = [
  ownerTermsOf(defaultSettings),
  { ...ownerTermsOf(defaultSettings), lateGraceDays: 0 },
];

let open: { db: LedgerDb; follower: LedgerFollower }[] = [];
afterEach(async () => {
  for (const { db, follower } of open) {
    follower.close();
    db.close();
    await db.delete();
  }
  open = [];
});

function follow(db: LedgerDb): LedgerFollower {
  const follower = new LedgerFollower(db, () => {});
  open.push({ db, follower });
  return follower;
}

async function freshLedger(db: LedgerDb): Promise<WholeLedger> {
  const ledger = await wholeLedger(db);
  return { ...ledger, worksheets: liveOnly(await db.worksheets.toArray()) };
}

/**
 * The fresh records in the order the copy holds them. Some figures keep their input's order among
 * ties (needsDecision's reviews due the same day), and the copy holds a new record after the old
 * ones where a read by key puts it anywhere: the records must be the same, their order is the
 * copy's. (That tie order is the domain's to fix; see the report of this work.)
 */
function inOrderOf(copy: WholeLedger, fresh: WholeLedger): WholeLedger {
  const ordered = <R extends { id: string }>(mine: readonly R[], theirs: readonly R[]): R[] => {
    const byId = new Map(theirs.map((r) => [r.id, r]));
    expect(new Set(byId.keys())).toEqual(new Set(mine.map((r) => r.id)));
    return mine.map((r) => byId.get(r.id)!);
  };
  return {
    parties: ordered(copy.parties, fresh.parties),
    jobs: ordered(copy.jobs, fresh.jobs),
    payments: ordered(copy.payments, fresh.payments),
    credits: ordered(copy.credits, fresh.credits),
    writeOffs: ordered(copy.writeOffs, fresh.writeOffs),
    disputes: ordered(copy.disputes, fresh.disputes),
    promises: ordered(copy.promises, fresh.promises),
    contacts: ordered(copy.contacts, fresh.contacts),
    worksheets: ordered(copy.worksheets, fresh.worksheets),
  };
}

/** Every figure the screens ask for, from the copy and from the whole-ledger functions. */
async function expectSameFigures(db: LedgerDb, follower: LedgerFollower): Promise<void> {
  await follower.settled();
  expect(follower.error).toBeUndefined();
  const figures = follower.figures!;
  const l = inOrderOf(figures.ledger(), await freshLedger(db));
  for (const asOf of AS_OF) {
    expect(figures.get(homeFigure, asOf)).toEqual(homeSummary(l, asOf));
    expect(figures.get(agingFigure, asOf)).toEqual(agingSnapshot(l.parties, l.jobs, l, asOf));
    expect(figures.get(goodwillFigure, asOf)).toEqual(goodwillSummary(l.parties, l, asOf));
    for (const currency of CURRENCIES) {
      expect(figures.get(monthlyFlowFigure, asOf, currency)).toEqual(
        monthlyFlow(l.jobs, l, asOf, currency),
      );
    }
    for (const grace of GRACE) {
      expect(figures.get(slowestPayersFigure, asOf, grace)).toEqual(
        slowestPayers(l.parties, l, asOf, grace),
      );
    }
    for (const owner of OWNERS) {
      expect(figures.get(needsDecisionFigure, asOf, owner)).toEqual(
        needsDecision(l, l.worksheets, asOf, owner),
      );
    }
  }
  for (const currency of CURRENCIES) {
    expect(figures.get(mainCurrencyFigure, currency)).toEqual(mainCurrency(l.jobs, currency));
  }
  const currencies = new Set([...l.jobs, ...l.payments].map((r) => r.currency));
  expect(new Set(follower.currencies())).toEqual(currencies);
  for (const party of l.parties) expect(follower.record('parties', party.id)).toEqual(party);
}

/** One write, as indices into what exists when it runs (so every shrunk case stays meaningful). */
type Op =
  | { kind: 'client' | 'sub'; terms: number }
  | { kind: 'renameParty'; i: number; terms: number }
  | { kind: 'job'; i: number; amount: number; day: number; currency: number; done: boolean }
  | { kind: 'editJob'; i: number; amount: number; moveTo: number | null }
  | { kind: 'payment'; i: number; amount: number; day: number; received: boolean; jobs: number }
  | { kind: 'editPayment'; i: number; amount: number }
  | { kind: 'credit' | 'writeOff' | 'dispute' | 'promise' | 'contact'; i: number; day: number }
  | { kind: 'worksheet'; i: number; template: number; decided: boolean; review: number }
  | { kind: 'delete' | 'restore'; table: number; i: number }
  | { kind: 'bulk'; n: number }
  | { kind: 'clearContacts' };

const idx = fc.nat(50);
const day = fc.integer({ min: 0, max: 300 });
const nearDay = fc.integer({ min: 0, max: 3 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('client', 'sub'), terms: fc.constantFrom(0, 14, 30) }),
  fc.record({ kind: fc.constant('renameParty'), i: idx, terms: fc.constantFrom(7, 30) }),
  {
    arbitrary: fc.record({
      kind: fc.constant('job'),
      i: idx,
      amount: fc.integer({ min: 1, max: 500_000 }),
      day,
      currency: fc.nat(1),
      done: fc.boolean(),
    }),
    weight: 3,
  },
  fc.record({
    kind: fc.constant('editJob'),
    i: idx,
    amount: fc.integer({ min: 1, max: 500_000 }),
    moveTo: fc.option(idx),
  }),
  {
    arbitrary: fc.record({
      kind: fc.constant('payment'),
      i: idx,
      amount: fc.integer({ min: 1, max: 500_000 }),
      day,
      received: fc.boolean(),
      jobs: fc.nat(2),
    }),
    weight: 3,
  },
  fc.record({
    kind: fc.constant('editPayment'),
    i: idx,
    amount: fc.integer({ min: 1, max: 500_000 }),
  }),
  fc.record({
    kind: fc.constantFrom('credit', 'writeOff', 'dispute', 'promise', 'contact'),
    i: idx,
    day,
  }),
  fc.record({
    kind: fc.constant('worksheet'),
    i: idx,
    template: fc.nat(worksheetTemplateIds.length - 1),
    decided: fc.boolean(),
    review: nearDay,
  }),
  { arbitrary: fc.record({ kind: fc.constant('delete'), table: fc.nat(8), i: idx }), weight: 2 },
  fc.record({ kind: fc.constant('restore'), table: fc.nat(8), i: idx }),
);

const START: Day = '2026-01-05';
const TABLE_OF = { party: 'parties', job: 'jobs', payment: 'payments' } as const;

function pick<T>(rows: readonly T[], i: number): T | undefined {
  return rows.length ? rows[i % rows.length] : undefined;
}

/** Runs one write through the write path; a write it refuses changes nothing, which is fine. */
async function run(db: LedgerDb, op: Op): Promise<void> {
  const live = await freshLedger(db);
  const clients = live.parties.filter((p) => p.kind === 'client');
  try {
    switch (op.kind) {
      case 'client':
      case 'sub': {
        const kind = op.kind === 'client' ? 'client' : 'subcontractor';
        await saveRecord(db, 'parties', {
          ...emptyParty(kind, { termsNetDays: op.terms }),
          name: `${kind} ${live.parties.length}`,
        });
        return;
      }
      case 'renameParty': {
        const party = pick(live.parties, op.i);
        if (!party) return;
        const { id } = party;
        const fields = editableFields(TABLE_OF.party, party);
        await saveRecord(
          db,
          'parties',
          { ...fields, name: `${party.name}!`, termsNetDays: op.terms },
          id,
        );
        return;
      }
      case 'job': {
        const client = pick(clients, op.i);
        if (!client) return;
        const orderedOn = addDays(START, op.day);
        await saveRecord(
          db,
          'jobs',
          jobInput(client.id, {
            orderedOn,
            doneOn: op.done ? addDays(orderedOn, 3) : null,
            invoicedOn: op.done ? addDays(orderedOn, 4) : null,
            status: op.done ? 'invoiced' : 'open',
            currency: CURRENCIES[op.currency]!,
            lines: [singleLine(op.amount)],
          }),
        );
        return;
      }
      case 'editJob': {
        const job = pick(live.jobs, op.i);
        if (!job) return;
        const { id } = job;
        const fields = editableFields(TABLE_OF.job, job);
        const moveTo = op.moveTo === null ? undefined : pick(clients, op.moveTo);
        await saveRecord(
          db,
          'jobs',
          { ...fields, lines: [singleLine(op.amount)], clientId: moveTo?.id ?? job.clientId },
          id,
        );
        return;
      }
      case 'payment': {
        const client = pick(clients, op.i);
        if (!client) return;
        const jobs = live.jobs.filter((j) => j.clientId === client.id).slice(0, op.jobs);
        const currency = jobs[0]?.currency ?? 'USD';
        const allocated = jobs.filter((j) => j.currency === currency);
        const sentOn = addDays(START, op.day);
        await saveRecord(
          db,
          'payments',
          paymentInput(client.id, {
            amount: op.amount * Math.max(1, allocated.length),
            currency,
            sentOn,
            receivedOn: op.received ? addDays(sentOn, 2) : null,
            allocations: allocated.map((j) => ({ jobId: j.id, amount: op.amount })),
          }),
        );
        return;
      }
      case 'editPayment': {
        const payment = pick(live.payments, op.i);
        if (!payment) return;
        const { id } = payment;
        const fields = editableFields(TABLE_OF.payment, payment);
        const allocated = fields.allocations.reduce((sum, a) => sum + a.amount, 0);
        await saveRecord(db, 'payments', { ...fields, amount: allocated + op.amount }, id);
        return;
      }
      case 'credit':
      case 'writeOff':
      case 'dispute':
      case 'promise':
      case 'contact': {
        const job = pick(live.jobs, op.i);
        if (!job) return;
        const on = addDays(job.orderedOn, op.day % 60);
        const base = { partyId: job.clientId, jobId: job.id, currency: job.currency };
        if (op.kind === 'credit') {
          await saveRecord(db, 'credits', {
            ...base,
            on,
            amount: 1_000,
            reason: 'goodwill',
            note: '',
          });
        } else if (op.kind === 'writeOff') {
          await saveRecord(db, 'writeOffs', { ...base, on, amount: 2_000, note: '' });
        } else if (op.kind === 'dispute') {
          const { currency, ...link } = base;
          void currency;
          await saveRecord(db, 'disputes', {
            ...link,
            raisedOn: on,
            amount: 3_000,
            reason: 'Not done',
            resolvedOn: null,
            resolution: null,
          });
        } else if (op.kind === 'promise') {
          await saveRecord(db, 'promises', {
            ...base,
            madeOn: on,
            dueOn: addDays(on, 10),
            amount: 4_000,
            via: 'call',
            note: '',
          });
        } else {
          await saveRecord(db, 'contacts', {
            partyId: job.clientId,
            jobId: job.id,
            on,
            kind: 'reminder_sent',
            initiatedBy: 'me',
            promisedOn: null,
            referredPartyId: null,
            note: '',
          });
        }
        return;
      }
      case 'worksheet': {
        const client = pick(clients, op.i);
        if (!client) return;
        const jobs = live.jobs.filter((j) => j.clientId === client.id).slice(0, 1);
        const draft = newWorksheet(
          worksheetTemplateIds[op.template]!,
          1,
          [client.id],
          jobs.map((j) => j.id),
          'USD',
        );
        const decidedOn = addDays(START, op.review);
        await saveRecord(
          db,
          'worksheets',
          op.decided
            ? {
                ...draft,
                status: 'decided',
                decision: { ...draft.decision, decidedOn },
                followUp: { ...draft.followUp, reviewOn: addDays(decidedOn, 30) },
              }
            : draft,
        );
        return;
      }
      case 'delete':
      case 'restore': {
        const table = LEDGER_TABLES[op.table % LEDGER_TABLES.length]!;
        const rows = await db
          .table<{ id: string; deletedAt: string | null }, string>(table)
          .toArray();
        const candidates = rows.filter((r) => (r.deletedAt === null) === (op.kind === 'delete'));
        const row = pick(candidates, op.i);
        if (row) await setDeleted(db, table, row.id, op.kind === 'delete');
        return;
      }
      case 'bulk': {
        // Fifty records or more in one bulk write: Dexie reports a range, not keys.
        const parties = Array.from({ length: op.n }, (_, n) => ({
          ...clientInput({ name: `Imported ${n}` }),
          id: crypto.randomUUID(),
        }));
        await bulkAdd(db, { parties } as never);
        return;
      }
      case 'clearContacts':
        await db.contacts.clear();
        return;
    }
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'WriteError') throw error;
  }
}

async function seeded(): Promise<LedgerDb> {
  const db = freshDb();
  const a = await saveRecord(db, 'parties', clientInput({ name: 'Ada' }));
  const b = await saveRecord(db, 'parties', clientInput({ name: 'Bo' }));
  const job = await saveRecord(db, 'jobs', jobInput(a.id));
  await saveRecord(
    db,
    'jobs',
    jobInput(b.id, {
      currency: 'EUR',
      orderedOn: '2026-04-01',
      doneOn: null,
      invoicedOn: null,
      status: 'open',
    }),
  );
  await saveRecord(
    db,
    'payments',
    paymentInput(a.id, { allocations: [{ jobId: job.id, amount: 50_000 }] }),
  );
  return db;
}

describe('the ledger copy follows the writes', () => {
  test(
    'every figure equals the whole-ledger functions after each random write',
    { timeout: 180_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 15 }), async (ops) => {
          const db = await seeded();
          const follower = follow(db);
          await expectSameFigures(db, follower);
          for (const op of ops) {
            await run(db, op);
            await expectSameFigures(db, follower);
          }
        }),
        { numRuns: 60 },
      );
    },
  );

  test('writes reported as a range (a bulk write, a cleared table) are read whole', async () => {
    const db = await seeded();
    const follower = follow(db);
    await expectSameFigures(db, follower);
    await run(db, { kind: 'contact', i: 0, day: 3 });
    await run(db, { kind: 'bulk', n: 60 });
    await expectSameFigures(db, follower);
    expect(follower.figures!.ledger().parties).toHaveLength(62);
    await run(db, { kind: 'clearContacts' });
    await expectSameFigures(db, follower);
    expect(follower.figures!.ledger().contacts).toHaveLength(0);
  });

  test('a write made while the first read is in flight is not lost', async () => {
    const db = await seeded();
    const follower = follow(db);
    // Started before the follower's first read has finished: it lands while that read runs.
    const [a] = await db.parties.toArray();
    expect(follower.figures).toBeUndefined();
    await saveRecord(db, 'jobs', jobInput(a!.id, { lines: [singleLine(777_00)] }));
    await expectSameFigures(db, follower);
    expect(follower.figures!.ledger().jobs).toHaveLength(3);
  });

  test('paused, it follows writes by key but leaves a table to read whole for later', async () => {
    const db = await seeded();
    const follower = follow(db);
    await follower.settled();
    const version = follower.figures!.version;
    follower.pause();
    const [a] = await db.parties.toArray();
    await saveRecord(db, 'jobs', jobInput(a!.id));
    await expectSameFigures(db, follower);
    expect(follower.figures!.version).toBe(version + 1);
    expect(follower.behind).toBe(false);
    await run(db, { kind: 'bulk', n: 60 });
    await follower.settled();
    expect(follower.behind).toBe(true);
    expect(follower.figures!.version).toBe(version + 1);
    follower.resume();
    await expectSameFigures(db, follower);
    expect(follower.behind).toBe(false);
  });

  test('a record written again unchanged, or a write to another table, applies nothing', async () => {
    const db = await seeded();
    const follower = follow(db);
    await follower.settled();
    const version = follower.figures!.version;
    await db.meta.put({ key: 'elsewhere', value: 1 });
    const [job] = await db.jobs.toArray();
    await db.jobs.put(job!);
    await follower.settled();
    expect(follower.figures!.version).toBe(version);
  });
});
