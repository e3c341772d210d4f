import { describe, expect, it } from 'vitest';
import { makeContact } from '../metrics/test-contacts';
import {
  CLIENT_ID,
  makeDispute,
  makeJob,
  makeParty,
  makePayment,
  makePromise,
  moneyOf,
  testId,
} from '../metrics/test-records';
import { mainCurrency } from './ledger';
import { clientScorecard } from './scorecard';

describe('clientScorecard', () => {
  it('gathers every figure for a client with one job from the shared metrics', () => {
    const client = makeParty({ relationshipStart: '2025-03-15' });
    const referred = makeParty({ id: testId(5), name: 'Bolt Garage', referredById: CLIENT_ID });
    const job = makeJob({ orderedOn: '2026-01-01', invoicedOn: '2026-01-01', amount: 120000 });
    const theirs = makeJob({
      clientId: referred.id,
      orderedOn: '2026-02-01',
      invoicedOn: '2026-02-01',
      amount: 30000,
    });
    // Due 31 January; reminded 5 February, paid 8 February: 8 days late, the reminder worked.
    const payment = makePayment('2026-02-08', [{ job, amount: 120000 }]);
    const contacts = [
      makeContact('2026-02-05'),
      makeContact('2026-01-10', { kind: 'client_called_first', initiatedBy: 'them' }),
    ];
    const card = clientScorecard(
      client,
      {
        // Questioned on 7 February, two days after the reminder: raised only once chased.
        ...moneyOf([payment], { disputes: [makeDispute('2026-02-07', job, 20000)] }),
        parties: [client, referred],
        jobs: [job, theirs],
        contacts,
        // Promised on a call to pay by 6 February, paid on the 8th: broken. One from 2024 is
        // outside the twelve months counted.
        promises: [
          makePromise('2026-02-01', '2026-02-06', 120000),
          makePromise('2024-05-01', '2024-05-06', 120000),
        ],
      },
      '2026-03-15',
      'USD',
      5,
    );
    expect(card.figures).toMatchObject({ billed: { USD: 120000 } });
    // The one bill (billed 1 January, due the 31st) is the window; 8 days late is 3 beyond the
    // 5 days' grace.
    expect(card.payer.window).toEqual({
      kind: 'invoices',
      count: 1,
      from: '2026-01-01',
      to: '2026-03-15',
    });
    expect(card.payer.lateness).toMatchObject({
      counted: 1,
      late: 1,
      share: 1,
      typicalDaysBeyondGrace: 3,
      pattern: 'occasional',
    });
    expect(card.payer.reminders).toMatchObject({ needed: 1, enoughWithOne: 1, rate: 1 });
    expect(card.payer.contact.initiative).toMatchObject({
      byThem: 1,
      byMe: 1,
      pattern: 'they_reach_out',
    });
    expect(card.payer.contact).toMatchObject({ datesGiven: 1, datesMissed: 1 });
    expect(card.payer.grievances).toMatchObject({ count: 1, disputed: 1, open: 1 });
    expect(card.referrals).toMatchObject({ count: 1, revenue: { USD: 30000 } });
    // A year of history with 1,200.00 billed in it: a pace of 1,200.00 a year, and the same
    // yearly average over the relationship, so shrinking toward it changes nothing; one bill is
    // too few to be sure.
    expect(card.projected).toMatchObject({
      value: 120000,
      monthsObserved: 12,
      confidence: 'low',
    });
    // The chart reads the bill as the payer model does: 8 days late, 3 beyond the grace.
    expect(card.history).toMatchObject([
      { jobId: job.id, daysLate: 8, daysBeyondGrace: 3, late: true, paidOn: '2026-02-08' },
    ]);
    expect(card.figures.promises).toEqual({ open: 0, kept: 0, partlyKept: 0, broken: 2 });
    // Only the promise due in the window (from 1 January) counts there.
    expect(card.payer.promises).toEqual({ open: 0, kept: 0, partlyKept: 0, broken: 1 });
    expect(card.disputes).toEqual({ before_due: 0, when_chased: 1, after_due: 0 });
  });
});

describe('mainCurrency', () => {
  it('is the currency most was billed in, or the fallback with nothing billed', () => {
    expect(mainCurrency([], 'GBP')).toBe('GBP');
    expect(
      mainCurrency([makeJob({ amount: 100 }), makeJob({ currency: 'EUR', amount: 500 })], 'USD'),
    ).toBe('EUR');
  });
});
