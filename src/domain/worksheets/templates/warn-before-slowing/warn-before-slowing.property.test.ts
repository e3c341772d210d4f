/**
 * Properties of "warn before slowing down" over generated client histories, from records: marking
 * money as sent never makes a firmer step (warning, slowing down) more likely, and slowing down is
 * never advised nor offered before the last warning's deadline. Histories are kept small (at most
 * six bills) so a thousand runs stay cheap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, maxDay, type Day } from '../../../dates';
import {
  HISTORY_AS_OF,
  historyLedger,
  invoiceHistory,
  type ClientHistory,
} from '../../../metrics/client-history.arbitrary';
import { linesTotal } from '../../../records/job-lines';
import { newWorksheet, type Contact, type Payment } from '../../../records';
import { evaluateWorksheet } from '../../evaluate';
import { deriveFacts } from '../../facts';
import type { OwnerTerms } from '../../template';
import { TEST_OWNER, makeContact, makeJob, makePayment, testId } from '../../test-ledger';
import { warnBeforeSlowing } from './definition';
import { optionsFor } from './screen';

const runs = { numRuns: 1000 };
/** Each run derives the facts from records (twice for the first); a busy machine needs the room. */
const TIMEOUT_MS = 120_000;
/** The client side's steps, from the gentlest to the firmest. */
const ladder = ['nothing_to_chase', 'check_first', 'remind', 'warn', 'slow_down'];

const history: fc.Arbitrary<ClientHistory> = fc
  .array(invoiceHistory, { maxLength: 6 })
  .map((invoices) => ({
    sinceDaysAgo: Math.max(0, ...invoices.map((i) => i.invoicedDaysAgo)),
    invoices,
    complaints: 0,
    promises: [],
  }));

/** Any answer to any question, or none (the records' pre-answer stands). */
const answers = fc.record(
  Object.fromEntries(
    warnBeforeSlowing.questions.map((q) => [
      q.key,
      q.kind === 'choice' ? fc.constantFrom(...q.choices!) : fc.integer({ min: 0, max: 90 }),
    ]),
  ),
  { requiredKeys: [] },
);

const weights = fc.record(
  Object.fromEntries(
    warnBeforeSlowing.factors.map((f) => [f.key, fc.integer({ min: 0, max: 10 })]),
  ),
);

const owner: fc.Arbitrary<OwnerTerms> = fc
  .record({
    grace: fc.integer({ min: 0, max: 15 }),
    moved: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  })
  .map(({ grace, moved }) => ({
    ...TEST_OWNER,
    lateGraceDays: grace,
    businessAddressChangedOn: moved === null ? null : addDays(HISTORY_AS_OF, -moved),
  }));

/** Warnings sent this many days before the reading day, each with a deadline or none (a week). */
const warnings = fc.array(
  fc.record({
    daysAgo: fc.integer({ min: 0, max: 120 }),
    deadlineAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  }),
  { maxLength: 2 },
);

function warningContacts(list: { daysAgo: number; deadlineAfter: number | null }[]): Contact[] {
  return list.map((w, i) => {
    const on = addDays(HISTORY_AS_OF, -w.daysAgo);
    return makeContact(on, {
      id: testId(800_000 + i),
      kind: 'warning_sent',
      promisedOn: w.deadlineAfter === null ? null : addDays(on, w.deadlineAfter),
    });
  });
}

function evaluate(
  h: ClientHistory,
  extra: { payments?: Payment[]; contacts?: Contact[] },
  terms: OwnerTerms,
  given: Partial<Record<string, string | number>>,
  w: Record<string, number>,
  openJob: boolean,
) {
  const records = historyLedger(h);
  const jobs = openJob
    ? [...records.jobs, makeJob({ id: testId(700_000), status: 'open', orderedOn: '2026-11-01' })]
    : records.jobs;
  const ledger = {
    ...records,
    jobs,
    payments: [...records.payments, ...(extra.payments ?? [])],
    contacts: [...records.contacts, ...(extra.contacts ?? [])],
  };
  const derived = deriveFacts(
    {
      templateId: 'warn_before_slowing',
      partyIds: [records.client.id],
      jobIds: [],
      currency: 'USD',
    },
    ledger,
    HISTORY_AS_OF,
    terms,
  );
  const ws = {
    ...newWorksheet('warn_before_slowing', 2, [records.client.id], [], 'USD'),
    // An answer left out stands at the records' pre-answer.
    answers: Object.fromEntries(
      Object.entries(given).filter(
        (entry): entry is [string, string | number] => entry[1] !== undefined,
      ),
    ),
    weights: w,
  };
  return evaluateWorksheet(ws, derived);
}

describe('warn before slowing down, over generated histories', () => {
  it(
    'marking money as sent never makes warning or slowing down more likely',
    () => {
      fc.assert(
        fc.property(
          history,
          owner,
          answers,
          weights,
          warnings,
          fc.boolean(),
          fc.record({
            pick: fc.nat(),
            share: fc.double({ min: 0.01, max: 1, noNaN: true }),
            sentDaysAgo: fc.integer({ min: 0, max: 90 }),
          }),
          (h, terms, given, w, warned, openJob, mark) => {
            const records = historyLedger(h);
            // A bill with nothing paid on it yet: the money marked sent is for it.
            const unpaid = records.jobs.filter(
              (j) => !records.payments.some((p) => p.allocations.some((a) => a.jobId === j.id)),
            );
            fc.pre(unpaid.length > 0);
            const job = unpaid[mark.pick % unpaid.length]!;
            const billed = linesTotal(job.lines);
            const sentOn: Day = maxDay(job.invoicedOn!, addDays(HISTORY_AS_OF, -mark.sentDaysAgo));
            const cheque = makePayment(
              HISTORY_AS_OF,
              [{ job, amount: Math.max(1, Math.round(billed * mark.share)) }],
              { id: testId(900_000), sentOn, receivedOn: null, method: 'cheque' },
            );
            const contacts = warningContacts(warned);
            const before = evaluate(h, { contacts }, terms, given, w, openJob);
            const after = evaluate(h, { contacts, payments: [cheque] }, terms, given, w, openJob);
            expect(after.facts.inTheMail as number).toBeGreaterThan(0);
            expect(ladder.indexOf(after.option)).toBeLessThanOrEqual(ladder.indexOf(before.option));
            expect(after.result.score).toBeLessThanOrEqual(before.result.score + 1e-9);
          },
        ),
        runs,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'slowing down is never advised nor offered before the last warning’s deadline',
    () => {
      fc.assert(
        fc.property(
          history,
          owner,
          answers,
          weights,
          warnings,
          fc.boolean(),
          (h, terms, given, w, warned, openJob) => {
            const contacts = warningContacts(warned);
            const e = evaluate(h, { contacts }, terms, given, w, openJob);
            // The last warning's deadline, worked out here: the day it names, else a week on.
            const last = [...contacts]
              .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.id < b.id ? -1 : 1))
              .pop();
            const deadline = last ? (last.promisedOn ?? addDays(last.on, 7)) : null;
            if (deadline === null || HISTORY_AS_OF <= deadline) {
              expect(e.option).not.toBe('slow_down');
              expect(optionsFor(e)).not.toContain('slow_down');
            }
            if (e.option === 'slow_down') {
              expect(e.facts.daysPastDeadline as number).toBeGreaterThanOrEqual(1);
              expect(e.facts.openJobs as number).toBeGreaterThanOrEqual(1);
            }
          },
        ),
        runs,
      );
    },
    TIMEOUT_MS,
  );
});
