/**
 * Generated client histories for property tests that start from records, not from facts: a small
 * description of a client's invoices (when, how much, on what terms, when paid, how often chased)
 * that `historyLedger` turns into real stored records (parsed by the schemas) for the real metrics
 * and worksheets to read. Changes a property makes ("add a late payment anywhere") are made to the
 * description, so every fact downstream follows from the records as it would in the app.
 */
import fc from 'fast-check';
import { addDays, maxDay, type Day } from '../dates';
import type { Contact, Job, Party, Payment, PromiseToPay } from '../records';
import { makeContact } from './test-contacts';
import { CLIENT_ID, makeJob, makeParty, makePayment, makePromise, testId } from './test-records';

/** The day every generated history is read on. */
export const HISTORY_AS_OF: Day = '2026-12-01';

export interface InvoiceHistory {
  /** Days before HISTORY_AS_OF the invoice went out. */
  invoicedDaysAgo: number;
  amount: number;
  termsNetDays: number;
  /** Days after the due day the money was sent (negative: early); null when never paid. */
  paidDaysAfterDue: number | null;
  /** Days the money spent on its way (a cheque in the post) before it was received. */
  daysInTransit: number;
  /** Reminders sent after the due day and before the money was sent, a week apart. */
  reminders: number;
  /** They rang first, before the due day, to say when they would pay. */
  calledAhead: boolean;
}

export interface ClientHistory {
  /** Days before HISTORY_AS_OF the relationship began. */
  sinceDaysAgo: number;
  invoices: InvoiceHistory[];
  /** Complaints about earlier jobs (one per job, the first ones). */
  complaints: number;
  /** Promises to pay: days before HISTORY_AS_OF made, and whether kept. */
  promises: { madeDaysAgo: number; amount: number; kept: boolean }[];
}

export const invoiceHistory: fc.Arbitrary<InvoiceHistory> = fc.record({
  invoicedDaysAgo: fc.integer({ min: 1, max: 3650 }),
  amount: fc.integer({ min: 1_000, max: 5_000_000 }),
  termsNetDays: fc.constantFrom(0, 7, 14, 30, 60),
  paidDaysAfterDue: fc.option(fc.integer({ min: -20, max: 200 }), { nil: null, freq: 6 }),
  daysInTransit: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 })),
  reminders: fc.integer({ min: 0, max: 3 }),
  calledAhead: fc.boolean(),
});

export const clientHistory: fc.Arbitrary<ClientHistory> = fc
  .record({
    sinceDaysAgo: fc.integer({ min: 0, max: 3650 }),
    invoices: fc.array(invoiceHistory, { maxLength: 24 }),
    complaints: fc.integer({ min: 0, max: 3 }),
    promises: fc.array(
      fc.record({
        madeDaysAgo: fc.integer({ min: 1, max: 700 }),
        amount: fc.integer({ min: 1_000, max: 500_000 }),
        kept: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
  })
  // The relationship began no later than its first invoice.
  .map((h) => ({
    ...h,
    sinceDaysAgo: Math.max(h.sinceDaysAgo, ...h.invoices.map((i) => i.invoicedDaysAgo)),
  }));

/** A late payment: paid `daysLate` after the due day, `invoicedDaysAgo` before the reading day. */
export function latePayment(
  invoicedDaysAgo: number,
  daysLate: number,
  amount = 100_000,
): InvoiceHistory {
  return {
    invoicedDaysAgo,
    amount,
    termsNetDays: 30,
    paidDaysAfterDue: daysLate,
    daysInTransit: 0,
    reminders: 0,
    calledAhead: false,
  };
}

export interface HistoryLedger {
  client: Party;
  parties: Party[];
  jobs: Job[];
  payments: Payment[];
  credits: [];
  writeOffs: [];
  disputes: [];
  promises: PromiseToPay[];
  contacts: Contact[];
}

const ago = (days: number): Day => addDays(HISTORY_AS_OF, -days);

/** The records a history describes, as the app would store them (ids stable per position). */
export function historyLedger(history: ClientHistory): HistoryLedger {
  const client = makeParty({ relationshipStart: ago(history.sinceDaysAgo) });
  const jobs: Job[] = [];
  const payments: Payment[] = [];
  const contacts: Contact[] = [];
  history.invoices.forEach((invoice, index) => {
    const invoicedOn = ago(invoice.invoicedDaysAgo);
    const job = makeJob({
      id: testId(100_000 + index),
      title: `Job ${index + 1}`,
      orderedOn: invoicedOn,
      doneOn: invoicedOn,
      invoicedOn,
      termsNetDays: invoice.termsNetDays,
      amount: invoice.amount,
    });
    jobs.push(job);
    const dueOn = addDays(invoicedOn, invoice.termsNetDays);
    const sentOn =
      invoice.paidDaysAfterDue === null
        ? null
        : maxDay(invoicedOn, addDays(dueOn, invoice.paidDaysAfterDue));
    if (sentOn !== null && sentOn <= HISTORY_AS_OF) {
      const arrives = addDays(sentOn, invoice.daysInTransit);
      payments.push(
        makePayment(
          arrives <= HISTORY_AS_OF ? arrives : HISTORY_AS_OF,
          [{ job, amount: invoice.amount }],
          {
            id: testId(200_000 + index),
            sentOn,
            receivedOn: arrives <= HISTORY_AS_OF ? arrives : null,
          },
        ),
      );
    }
    for (let k = 1; k <= invoice.reminders; k++) {
      const on = addDays(dueOn, 7 * k - 6);
      if (on > HISTORY_AS_OF || (sentOn !== null && on >= sentOn)) break;
      contacts.push(makeContact(on, { id: testId(300_000 + index * 10 + k), jobId: job.id }));
    }
    if (invoice.calledAhead) {
      const on = maxDay(invoicedOn, addDays(dueOn, -1));
      if (on <= HISTORY_AS_OF) {
        contacts.push(
          makeContact(on, {
            id: testId(300_000 + index * 10),
            jobId: job.id,
            kind: 'client_called_first',
            initiatedBy: 'them',
          }),
        );
      }
    }
  });
  for (let c = 0; c < Math.min(history.complaints, jobs.length); c++) {
    const job = jobs[c]!;
    contacts.push(
      makeContact(job.invoicedOn!, {
        id: testId(400_000 + c),
        jobId: job.id,
        kind: 'complaint',
        initiatedBy: 'them',
      }),
    );
  }
  const promises = history.promises.map((p, index) => {
    const madeOn = ago(p.madeDaysAgo);
    const dueOn = addDays(madeOn, 7);
    if (p.kept && dueOn <= HISTORY_AS_OF) {
      payments.push(
        makePayment(dueOn, [], {
          id: testId(500_000 + index),
          amount: p.amount,
          sentOn: dueOn,
          receivedOn: dueOn,
        }),
      );
    }
    return makePromise(madeOn, dueOn, p.amount, { id: testId(600_000 + index) });
  });
  return {
    client,
    parties: [client],
    jobs,
    payments,
    credits: [],
    writeOffs: [],
    disputes: [],
    promises,
    contacts,
  };
}

export { CLIENT_ID };
