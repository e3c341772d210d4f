import { describe, expect, test } from 'vitest';
import { makeContact } from '../test-contacts';
import { makePromise } from '../test-records';
import { payerModel } from './payer-model';
import { billDue, client, ledgerOf, paid, reminder } from './test-payer';

const asOf = '2026-12-01';
const grace = { graceDays: 5 };

describe('who gets in touch, and dates named', () => {
  test('the one who calls ahead and keeps the date: they reach out, and each date given was met', () => {
    const a = billDue('2026-08-01');
    const b = billDue('2026-10-01');
    const ledger = ledgerOf({
      jobs: [a, b],
      // Each time they called before the due day, named a day 10 days after it and paid on it.
      contacts: [
        makeContact('2026-07-28', {
          kind: 'client_called_first',
          initiatedBy: 'them',
          jobId: a.id,
          promisedOn: '2026-08-11',
        }),
        makeContact('2026-09-28', {
          kind: 'client_called_first',
          initiatedBy: 'them',
          jobId: b.id,
          promisedOn: '2026-10-11',
        }),
      ],
      payments: [paid(a, '2026-08-11'), paid(b, '2026-10-11')],
    });
    const model = payerModel(client, ledger, asOf, grace);
    expect(model.contact).toMatchObject({
      datesGiven: 2,
      datesMet: 2,
      datesMissed: 0,
      datesOpen: 0,
    });
    expect(model.contact.initiative).toMatchObject({
      byThem: 2,
      byMe: 0,
      pattern: 'they_reach_out',
      calledFirst: 2,
    });
    // Paid 10 days after due: late by 5 beyond the grace, both times, without a reminder.
    expect(model.lateness).toMatchObject({ late: 2, typicalDaysBeyondGrace: 5 });
    expect(model.reminders.needed).toBe(0);
  });

  test('the chronic evasive one: chased, promises broken, dates missed', () => {
    const bills = ['2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01'].map((d) => billDue(d));
    const ledger = ledgerOf({
      jobs: bills,
      payments: [paid(bills[0]!, '2026-07-20'), paid(bills[1]!, '2026-09-01')],
      contacts: bills.flatMap((j) => [
        reminder(j.dueOn!.replace(/-01$/, '-10'), j),
        reminder(j.dueOn!.replace(/-01$/, '-20'), j, { kind: 'warning_sent' }),
      ]),
      promises: [
        makePromise('2026-08-15', '2026-08-30', 100_000, { jobId: bills[2]!.id }),
        makePromise('2026-09-15', '2026-09-30', 100_000, { jobId: bills[3]!.id }),
      ],
    });
    const model = payerModel(client, ledger, asOf, grace);
    // Paid 49 and 62 days late; the other two unpaid for 122 and 91 days as they stand.
    expect(model.lateness).toMatchObject({
      counted: 4,
      late: 4,
      share: 1,
      stillOverdue: 2,
      pattern: 'chronic',
      // Beyond the grace: 44, 57, 117, 86 → median (57 + 86) / 2.
      typicalDaysBeyondGrace: 71.5,
      worstDaysBeyondGrace: 117,
    });
    expect(model.reminders).toMatchObject({ needed: 4, enoughWithOne: 0, neededMore: 4, rate: 0 });
    expect(model.promises).toEqual({ open: 0, kept: 0, partlyKept: 0, broken: 2 });
    expect(model.contact).toMatchObject({ datesGiven: 2, datesMet: 0, datesMissed: 2 });
    expect(model.contact.initiative.pattern).toBe('you_chase');
  });

  test('a promise logged both as a contact and as a promise to pay is one date', () => {
    const a = billDue('2026-10-01');
    const ledger = ledgerOf({
      jobs: [a],
      promises: [makePromise('2026-10-05', '2026-10-20', 100_000, { jobId: a.id })],
      contacts: [
        makeContact('2026-10-05', {
          kind: 'promise_to_pay',
          initiatedBy: 'them',
          jobId: a.id,
          promisedOn: '2026-10-20',
        }),
      ],
      payments: [paid(a, '2026-10-19')],
    });
    const model = payerModel(client, ledger, asOf, grace);
    expect(model.contact).toMatchObject({ datesGiven: 1, datesMet: 1 });
    expect(model.promises.kept).toBe(1);
  });
});
