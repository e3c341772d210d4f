import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../dates';
import { payerModel } from './payer-model';
import { reminderVerdict } from './reminders';
import { billDue, client, ledgerOf, paid, reminder } from './test-payer';

const asOf = '2026-12-01';
const grace = { graceDays: 5 };

describe('reminders, bill by bill', () => {
  test('one reminder answered within the week is enough; a second one, or a silent week, is not', () => {
    const a = billDue('2026-09-01');
    const b = billDue('2026-10-01');
    const c = billDue('2026-11-01');
    const ledger = ledgerOf({
      jobs: [a, b, c],
      payments: [
        paid(a, '2026-09-12'), // 2 days after the reminder of the 10th
        paid(b, '2026-10-25'), // after reminders on the 5th and the 15th
        paid(c, '2026-11-20'), // 15 days after the only reminder, on the 5th
      ],
      contacts: [
        reminder('2026-09-10', a),
        reminder('2026-10-05', b),
        reminder('2026-10-15', b, { kind: 'warning_sent' }),
        reminder('2026-11-05', c),
      ],
    });
    const { reminders } = payerModel(client, ledger, asOf, grace);
    expect(reminders).toMatchObject({
      invoices: 3,
      needed: 3,
      enoughWithOne: 1,
      neededMore: 2,
      pending: 0,
      // Two of the three needed more than one.
      rate: 1 / 3,
      // Only the first bill's money came within the week: 2 days.
      averageDaysToPay: 2,
    });
    // One enough once, more needed twice.
    expect(reminderVerdict(reminders)).toBe('more_needed');
  });

  test('a reminder about the client with no job counts for every bill then overdue; one before due, after payment or by them does not', () => {
    const a = billDue('2026-10-01');
    const b = billDue('2026-10-10');
    const ledger = ledgerOf({
      jobs: [a, b],
      payments: [paid(a, '2026-10-22'), paid(b, '2026-10-09')],
      contacts: [
        reminder('2026-09-30', a), // before due
        reminder('2026-10-20', null), // about the client: a is overdue, b already paid
        reminder('2026-10-25', a), // after a was paid
        reminder('2026-10-21', a, { initiatedBy: 'them' }), // not one I sent
      ],
    });
    const { reminders } = payerModel(client, ledger, asOf, grace);
    expect(reminders).toMatchObject({ needed: 1, enoughWithOne: 1, neededMore: 0 });
  });

  test('a reminder still in its week with nothing sent yet is pending, not counted against them', () => {
    const a = billDue('2026-11-01');
    const ledger = ledgerOf({ jobs: [a], contacts: [reminder('2026-11-28', a)] });
    const { reminders } = payerModel(client, ledger, asOf, grace);
    expect(reminders).toMatchObject({ needed: 1, pending: 1, neededMore: 0, rate: null });
  });

  test('a client who never needed a reminder never reads below one who needed one and answered it', () => {
    // Property over bill histories: the same bills, all paid on time, against the same bills
    // paid late each the day after one reminder. Rates: 1 against at most 1.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (offsets, lateBy) => {
          const days = [...new Set(offsets)].map((o) => addDays('2026-01-15', o));
          const jobs = days.map((d) => billDue(d));
          const onTime = ledgerOf({ jobs, payments: jobs.map((j, i) => paid(j, days[i]!)) });
          const reminded = ledgerOf({
            jobs,
            payments: jobs.map((j, i) => paid(j, addDays(days[i]!, lateBy + 1))),
            contacts: jobs.map((j, i) => reminder(addDays(days[i]!, lateBy), j)),
          });
          const never = payerModel(client, onTime, asOf, grace).reminders;
          const once = payerModel(client, reminded, asOf, grace).reminders;
          expect(never.needed).toBe(0);
          expect(never.rate).toBe(1);
          expect(once.enoughWithOne).toBe(once.needed);
          expect(never.rate!).toBeGreaterThanOrEqual(once.rate!);
          expect(reminderVerdict(never)).toBe('never_needed');
          expect(reminderVerdict(once)).toBe('one_enough');
        },
      ),
      { numRuns: 200 },
    );
  });
});
