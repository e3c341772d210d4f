/**
 * Generated disputes for the property tests, from records: a small client history (the shared
 * client-history description) with one more job on top — the bill in dispute, its dispute record
 * and, perhaps, a reminder before it was raised — and the owner's answers. Kept small (at most
 * eight earlier bills) so a thousand runs stay cheap.
 */
import fc from 'fast-check';
import { addDays, maxDay } from '../../../dates';
import {
  HISTORY_AS_OF,
  historyLedger,
  invoiceHistory,
  type ClientHistory,
} from '../../../metrics/client-history.arbitrary';
import { makeContact } from '../../../metrics/test-contacts';
import { makeDispute, makeJob, testId } from '../../../metrics/test-records';
import { jobProblems, type Job, type Scalar } from '../../../records';
import type { Ledger } from '../../fact-book';
import { forgiveOrPursue } from './definition';

export interface DisputedBill {
  invoicedDaysAgo: number;
  amount: number;
  termsNetDays: number;
  /** Days after the bill went out that the client raised it (capped at the reading day). */
  raisedDaysAfter: number;
  /** A reminder about it was sent the day before it was raised. */
  chasedFirst: boolean;
  problems: Job['problems'];
}

export interface DisputeCase {
  history: ClientHistory;
  disputed: DisputedBill;
  answers: Record<string, Scalar>;
}

const smallHistory: fc.Arbitrary<ClientHistory> = fc
  .record({
    sinceDaysAgo: fc.integer({ min: 0, max: 2000 }),
    invoices: fc.array(invoiceHistory, { maxLength: 8 }),
    complaints: fc.integer({ min: 0, max: 2 }),
  })
  .map((h) => ({
    ...h,
    // One complaint per earlier job at most, so adding a job never adds a complaint.
    complaints: Math.min(h.complaints, h.invoices.length),
    promises: [],
    sinceDaysAgo: Math.max(h.sinceDaysAgo, ...h.invoices.map((i) => i.invoicedDaysAgo)),
  }));

export const disputedBill: fc.Arbitrary<DisputedBill> = fc.record({
  invoicedDaysAgo: fc.integer({ min: 0, max: 500 }),
  amount: fc.integer({ min: 1_000, max: 5_000_000 }),
  termsNetDays: fc.constantFrom(0, 14, 30),
  raisedDaysAfter: fc.integer({ min: -10, max: 120 }),
  chasedFirst: fc.boolean(),
  problems: fc.subarray([...jobProblems], { maxLength: 2 }),
});

/** Each question left unanswered or given any of its choices. */
const answers = fc.record(
  Object.fromEntries(
    forgiveOrPursue.questions.map((q) => [q.key, fc.constantFrom(undefined, ...q.choices)]),
  ),
) as fc.Arbitrary<Record<string, Scalar | undefined>>;

export const disputeCase: fc.Arbitrary<DisputeCase> = fc
  .record({ history: smallHistory, disputed: disputedBill, answers })
  .map(({ history, disputed, answers: given }) => ({
    // The relationship began no later than the bill in dispute.
    history: { ...history, sinceDaysAgo: Math.max(history.sinceDaysAgo, disputed.invoicedDaysAgo) },
    disputed,
    answers: Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Record<
      string,
      Scalar
    >,
  }));

export const DISPUTED_JOB_ID = testId(900_000);

/** The records a case describes, with the bill in dispute. */
export function disputeLedger(c: DisputeCase): { ledger: Ledger; job: Job } {
  const base = historyLedger(c.history);
  const { disputed } = c;
  const invoicedOn = addDays(HISTORY_AS_OF, -disputed.invoicedDaysAgo);
  const job = makeJob({
    id: DISPUTED_JOB_ID,
    title: 'Disputed work',
    orderedOn: invoicedOn,
    doneOn: invoicedOn,
    invoicedOn,
    termsNetDays: disputed.termsNetDays,
    amount: disputed.amount,
    problems: disputed.problems,
  });
  // Raised on the bill's day at the earliest (a negative delay: as soon as it went out).
  const raised = maxDay(invoicedOn, addDays(invoicedOn, disputed.raisedDaysAfter));
  const raisedOn = raised < HISTORY_AS_OF ? raised : HISTORY_AS_OF;
  const contacts = [...base.contacts];
  if (disputed.chasedFirst) {
    contacts.push(makeContact(addDays(raisedOn, -1), { id: testId(900_001), jobId: job.id }));
  }
  return {
    ledger: {
      ...base,
      jobs: [...base.jobs, job],
      contacts,
      disputes: [makeDispute(raisedOn, job, disputed.amount, { id: testId(900_002) })],
    },
    job,
  };
}
