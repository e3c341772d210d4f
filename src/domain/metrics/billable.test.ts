import { describe, expect, it } from 'vitest';
import { billedOn, isBillable, isBilledBy } from './billable';
import { makeJob } from './test-records';

describe('billable jobs', () => {
  it('open and cancelled jobs are not billable; done and invoiced ones are', () => {
    expect(isBillable({ status: 'open' })).toBe(false);
    expect(isBillable({ status: 'cancelled' })).toBe(false);
    for (const status of ['done', 'invoiced'] as const) {
      expect(isBillable({ status })).toBe(true);
    }
  });

  it('a job is billed on its invoice day, else the day it was done, else the day it was ordered', () => {
    expect(billedOn(makeJob({ doneOn: '2026-01-10', invoicedOn: '2026-01-12' }))).toBe(
      '2026-01-12',
    );
    expect(billedOn(makeJob({ doneOn: '2026-01-10' }))).toBe('2026-01-10');
    expect(billedOn(makeJob({ orderedOn: '2026-01-03' }))).toBe('2026-01-03');
  });

  it('a job invoiced after the as-of day is not billed yet on that day', () => {
    const job = makeJob({ invoicedOn: '2026-02-01' });
    expect(isBilledBy(job, '2026-01-31')).toBe(false);
    expect(isBilledBy(job, '2026-02-01')).toBe(true);
  });

  it('an open job with dates is still not billed', () => {
    expect(isBilledBy(makeJob({ status: 'open', doneOn: '2026-01-05' }), '2026-03-01')).toBe(false);
  });
});
