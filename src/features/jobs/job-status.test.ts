import { describe, expect, it } from 'vitest';
import { jobBalances, noMoneyRecords } from '../../domain/metrics';
import { makeCredit, makeDispute, makeJob, makePayment, makeWriteOff } from '../test-money-records';
import { applyStep, quickSteps, shownStatus, storedStatusesShownAs } from './job-status';

const asOf = '2026-02-01';

describe('shownStatus', () => {
  it('shows an invoiced job as paid once received payments cover it', () => {
    const job = makeJob();
    const payments = [makePayment('2026-01-20', [{ job, amount: 100000 }])];
    const balance = jobBalances([job], { ...noMoneyRecords, payments }, asOf).get(job.id);
    expect(shownStatus(job, balance)).toBe('paid');
  });

  it('keeps it invoiced while the cheque is still in the mail', () => {
    const job = makeJob();
    const payments = [makePayment('2026-01-20', [{ job, amount: 100000 }], { receivedOn: null })];
    const balance = jobBalances([job], { ...noMoneyRecords, payments }, asOf).get(job.id);
    expect(shownStatus(job, balance)).toBe('invoiced');
  });

  it('shows a job credited in full as credited and one written off as written off', () => {
    const credited = makeJob();
    const written = makeJob();
    const balances = jobBalances(
      [credited, written],
      {
        ...noMoneyRecords,
        credits: [makeCredit(credited, '2026-01-10', 100000)],
        writeOffs: [makeWriteOff(written, '2026-01-10', 100000)],
      },
      asOf,
    );
    expect(shownStatus(credited, balances.get(credited.id))).toBe('credited');
    expect(shownStatus(written, balances.get(written.id))).toBe('written_off');
  });

  it('shows an open dispute as disputed', () => {
    const job = makeJob();
    const balance = jobBalances(
      [job],
      { ...noMoneyRecords, disputes: [makeDispute(job, '2026-01-15', 30000)] },
      asOf,
    ).get(job.id);
    expect(shownStatus(job, balance)).toBe('disputed');
  });
});

describe('quick steps', () => {
  it('offers the next natural step for each status', () => {
    expect(quickSteps('open')).toEqual(['done']);
    expect(quickSteps('done')).toEqual(['invoiced']);
    expect(quickSteps('invoiced')).toEqual([]);
    expect(quickSteps('cancelled')).toEqual([]);
  });

  it('marking done dates it today; marking invoiced keeps an invoice date already there', () => {
    const open = makeJob({ status: 'open', invoicedOn: null });
    expect(applyStep(open, 'done', '2026-02-01')).toMatchObject({
      status: 'done',
      doneOn: '2026-02-01',
    });
    const dated = makeJob({ status: 'done', doneOn: '2026-01-10', invoicedOn: '2026-01-11' });
    expect(applyStep(dated, 'invoiced', '2026-02-01')).toMatchObject({
      status: 'invoiced',
      invoicedOn: '2026-01-11',
    });
  });
});

describe('storedStatusesShownAs', () => {
  it('covers every job that shows as the status, whatever its money records', () => {
    for (const status of ['open', 'done', 'invoiced'] as const) {
      const job = makeJob({ status });
      const balance = jobBalances(
        [job],
        { ...noMoneyRecords, payments: [makePayment('2026-01-20', [{ job, amount: 100000 }])] },
        asOf,
      ).get(job.id);
      expect(storedStatusesShownAs(shownStatus(job, balance))).toContain(status);
    }
  });
});
