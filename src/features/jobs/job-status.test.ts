import { describe, expect, it } from 'vitest';
import { jobBalances } from '../../domain/metrics';
import { makeJob, makePayment } from '../../domain/metrics/test-records';
import { applyStep, quickSteps, shownStatus, storedStatusesShownAs } from './job-status';

describe('shownStatus', () => {
  it('shows an invoiced job as paid once received payments cover it', () => {
    const job = makeJob({ invoicedOn: '2026-01-05' });
    const paid = jobBalances(
      [job],
      [makePayment('2026-01-20', [{ job, amount: 100000 }])],
      '2026-02-01',
    );
    expect(shownStatus(job, paid.get(job.id))).toBe('paid');
  });

  it('keeps it invoiced while only part is paid, or the cheque is still in the mail', () => {
    const job = makeJob({ invoicedOn: '2026-01-05' });
    const part = jobBalances(
      [job],
      [makePayment('2026-01-20', [{ job, amount: 40000 }])],
      '2026-02-01',
    );
    expect(shownStatus(job, part.get(job.id))).toBe('invoiced');
    const mail = jobBalances(
      [job],
      [makePayment('2026-01-20', [{ job, amount: 100000 }], { state: 'sent' })],
      '2026-02-01',
    );
    expect(shownStatus(job, mail.get(job.id))).toBe('invoiced');
  });

  it('never overrides a disputed or written-off status', () => {
    const job = makeJob({ status: 'disputed' });
    const paid = jobBalances(
      [job],
      [makePayment('2026-01-20', [{ job, amount: 100000 }])],
      '2026-02-01',
    );
    expect(shownStatus(job, paid.get(job.id))).toBe('disputed');
  });
});

describe('quick steps', () => {
  it('offers the next natural step for each status', () => {
    expect(quickSteps('open')).toEqual(['done', 'disputed']);
    expect(quickSteps('done')).toEqual(['invoiced', 'disputed']);
    expect(quickSteps('invoiced')).toEqual(['disputed']);
    expect(quickSteps('paid')).toEqual([]);
  });

  it('marking done dates it today; marking invoiced keeps an invoice date already there', () => {
    const open = makeJob({ status: 'open' });
    expect(applyStep(open, 'done', '2026-02-01')).toMatchObject({
      status: 'done',
      doneOn: '2026-02-01',
    });
    const dated = makeJob({ status: 'done', doneOn: '2026-01-10', invoicedOn: '2026-01-11' });
    expect(applyStep(dated, 'invoiced', '2026-02-01')).toMatchObject({
      status: 'invoiced',
      doneOn: '2026-01-10',
      invoicedOn: '2026-01-11',
    });
  });
});

describe('storedStatusesShownAs', () => {
  it('reads done and invoiced jobs too when the list shows paid ones, as they may show as paid', () => {
    expect(storedStatusesShownAs('paid').sort()).toEqual(['done', 'invoiced', 'paid']);
  });

  it('reads only the same stored status for every other status', () => {
    expect(storedStatusesShownAs('open')).toEqual(['open']);
    expect(storedStatusesShownAs('done')).toEqual(['done']);
    expect(storedStatusesShownAs('disputed')).toEqual(['disputed']);
  });

  it('covers every job that shows as the status, whatever its payments', () => {
    for (const status of ['open', 'done', 'invoiced', 'paid', 'disputed'] as const) {
      const job = makeJob({ status, invoicedOn: '2026-01-05' });
      const balance = jobBalances(
        [job],
        [makePayment('2026-01-20', [{ job, amount: 100000 }])],
        '2026-02-01',
      ).get(job.id);
      expect(storedStatusesShownAs(shownStatus(job, balance))).toContain(status);
    }
  });
});
