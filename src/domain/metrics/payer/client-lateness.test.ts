import { describe, expect, test } from 'vitest';
import { makeJob, OTHER_CLIENT_ID } from '../test-records';
import { clientLateness } from './client-lateness';
import { payerModel } from './payer-model';
import { billDue, CLIENT_ID, client, ledgerOf, paid, reminder } from './test-payer';

const asOf = '2026-03-15';

describe('clientLateness', () => {
  test('a cheque sent on the due day and received 10 days later is on time', () => {
    const bill = billDue('2026-02-01');
    const cheque = paid(bill, '2026-02-01', { receivedOn: '2026-02-11', method: 'cheque' });
    const { lateness, invoices } = clientLateness(
      CLIENT_ID,
      [bill],
      ledgerOf({ payments: [cheque] }),
      asOf,
      5,
    );
    expect(invoices).toMatchObject([{ paidOn: '2026-02-01', daysLate: 0 }]);
    expect(lateness).toMatchObject({ counted: 1, late: 0, share: 0, worstDaysBeyondGrace: 0 });
  });

  test('a bill 3 days late with 5 days of grace is not late; with 2 days of grace it is, by 1 day', () => {
    const bill = billDue('2026-02-01');
    const ledger = ledgerOf({ payments: [paid(bill, '2026-02-04')] });
    expect(clientLateness(CLIENT_ID, [bill], ledger, asOf, 5).lateness).toMatchObject({
      late: 0,
      typicalDaysBeyondGrace: null,
      worstDaysBeyondGrace: 0,
    });
    expect(clientLateness(CLIENT_ID, [bill], ledger, asOf, 2).lateness).toMatchObject({
      late: 1,
      typicalDaysBeyondGrace: 1,
      worstDaysBeyondGrace: 1,
    });
  });

  test('reads only the client asked about, from the whole ledger', () => {
    const ours = billDue('2026-02-01');
    const theirs = makeJob({ clientId: OTHER_CLIENT_ID, dueOn: '2026-01-01' });
    const { lateness } = clientLateness(CLIENT_ID, [ours, theirs], ledgerOf({}), asOf, 5);
    // Only our bill, unpaid 42 days (1 February to 15 March): 37 beyond the grace.
    expect(lateness).toMatchObject({ counted: 1, late: 1, worstDaysBeyondGrace: 37 });
  });

  test('gives the payer model its window, invoices and lateness, so the screens agree', () => {
    const bills = ['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01'].map((d) => billDue(d));
    const parts = {
      jobs: bills,
      payments: [paid(bills[0]!, '2025-11-20'), paid(bills[2]!, '2026-01-03')],
      contacts: [reminder('2026-02-10', bills[3]!)],
    };
    const model = payerModel(client, ledgerOf(parts), asOf, { graceDays: 5 });
    const alone = clientLateness(CLIENT_ID, bills, ledgerOf(parts), asOf, 5);
    expect(alone).toEqual({
      window: model.window,
      invoices: model.invoices,
      lateness: model.lateness,
    });
    // 19 and 2 days late when paid; 104 and 42 days unpaid so far (Dec 1 → Mar 15, Feb 1 → Mar 15).
    expect(alone.invoices.map((i) => i.daysLate)).toEqual([19, 104, 2, 42]);
    expect(alone.lateness).toMatchObject({ counted: 4, late: 3, stillOverdue: 2 });
  });
});
