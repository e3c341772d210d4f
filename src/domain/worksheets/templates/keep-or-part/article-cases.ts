/**
 * The article's clients ("Make up or break up?") as records, for the tests: each a year of $1,000
 * bills on Net 30 read on 30 June 2026, a relationship begun two years before, the owner's grace
 * five days. Every bill is invoiced 30 days before it falls due.
 */
import { addDays, type Day } from '../../../dates';
import type { Contact, Job, Payment } from '../../../records';
import type { Ledger } from '../../fact-book';
import { ledger, makeContact, makeJob, makeParty, makePayment, testId } from '../../test-ledger';

export const AS_OF: Day = '2026-06-30';
export const SINCE: Day = '2024-06-30';
export const BILL = 100_000;

export interface Bill {
  dueOn: Day;
  /** Days after due the money was sent; null: still unpaid. */
  paidAfter: number | null;
  /** Reminders sent, days after due. */
  reminders?: number[];
  /** They rang the day before it fell due and named the day they would pay (days after due). */
  calledAheadFor?: number;
}

let nextJob = 60_000;

export function clientLedger(bills: readonly Bill[]): Ledger {
  const client = makeParty({ relationshipStart: SINCE });
  const jobs: Job[] = [];
  const payments: Payment[] = [];
  const contacts: Contact[] = [];
  for (const bill of bills) {
    nextJob += 1;
    const invoicedOn = addDays(bill.dueOn, -30);
    const job = makeJob({
      id: testId(nextJob),
      orderedOn: invoicedOn,
      doneOn: invoicedOn,
      invoicedOn,
      termsNetDays: 30,
      amount: BILL,
    });
    jobs.push(job);
    if (bill.paidAfter !== null) {
      payments.push(makePayment(addDays(bill.dueOn, bill.paidAfter), [{ job, amount: BILL }]));
    }
    for (const after of bill.reminders ?? []) {
      contacts.push(makeContact(addDays(bill.dueOn, after), { jobId: job.id }));
    }
    if (bill.calledAheadFor !== undefined) {
      contacts.push(
        makeContact(addDays(bill.dueOn, -1), {
          jobId: job.id,
          kind: 'client_called_first',
          initiatedBy: 'them',
          promisedOn: addDays(bill.dueOn, bill.calledAheadFor),
        }),
      );
    }
  }
  return ledger({ parties: [client], jobs, payments, contacts });
}

/** Twenty bills falling due every 17 days from 1 August 2025, each as `bill(k)` says. */
export function twentyBills(bill: (k: number) => Omit<Bill, 'dueOn'>): Bill[] {
  return Array.from({ length: 20 }, (_, k) => ({
    dueOn: addDays('2025-08-01', 17 * k),
    ...bill(k),
  }));
}

/** Eight bills falling due every 40 days from 15 August 2025 (the last on 22 May 2026). */
export function eightBills(bill: (k: number) => Omit<Bill, 'dueOn'>): Bill[] {
  return Array.from({ length: 8 }, (_, k) => ({
    dueOn: addDays('2025-08-15', 40 * k),
    ...bill(k),
  }));
}

/** Late twice in twenty, by a few days, each paid two or four days after one reminder. */
export const occasionalResponsive = () =>
  clientLedger(
    twentyBills((k) =>
      k === 4
        ? { paidAfter: 9, reminders: [7] }
        : k === 12
          ? { paidAfter: 11, reminders: [7] }
          : { paidAfter: 0 },
    ),
  );

/** Twenty of twenty on time, no contact logged. */
export const alwaysOnTime = () => clientLedger(twentyBills(() => ({ paidAfter: 0 })));

/**
 * Late as a rule and chased: six of eight bills, each after three reminders (the day after due, a
 * week and two weeks later), paid 45 days after due; the last still unpaid after its three.
 */
export const chronicEvasive = () =>
  clientLedger(
    eightBills((k) =>
      k < 2 ? { paidAfter: 0 } : { paidAfter: k === 7 ? null : 45, reminders: [1, 8, 15] },
    ),
  );

/**
 * Late as a rule but rings first: six of eight bills paid 15 days after due, each announced the day
 * before it fell due with the day they would pay, and paid on that day; no reminder ever sent.
 */
export const callsAhead = () =>
  clientLedger(
    eightBills((k) =>
      k === 2 || k === 5 ? { paidAfter: 0 } : { paidAfter: 15, calledAheadFor: 15 },
    ),
  );

/** Nineteen bills on time and one (due 1 January 2026) paid 95 days after due. */
export const oneLongDelay = () =>
  clientLedger(twentyBills((k) => ({ paidAfter: k === 9 ? 95 : 0 })));
