import { describe, expect, it } from 'vitest';
import { dueDate } from './due-date';
import { makeJob } from './test-records';

describe('dueDate', () => {
  it('an agreed due date wins over the terms', () => {
    expect(dueDate(makeJob({ invoicedOn: '2026-01-10', dueOn: '2026-01-20' }))).toBe('2026-01-20');
  });

  it('the terms run from the invoice date', () => {
    expect(dueDate(makeJob({ invoicedOn: '2026-03-01', termsNetDays: 30 }))).toBe('2026-03-31');
  });

  it('the invoice date is preferred to the day the work was done', () => {
    // 15 February + 14 days crosses the end of a 28-day February.
    const job = makeJob({ doneOn: '2026-02-10', invoicedOn: '2026-02-15', termsNetDays: 14 });
    expect(dueDate(job)).toBe('2026-03-01');
  });

  it('without an invoice the terms run from the day the work was done', () => {
    const job = makeJob({ status: 'done', doneOn: '2026-02-10', termsNetDays: 14 });
    expect(dueDate(job)).toBe('2026-02-24');
  });

  it('a billed job with no invoice or done date falls back to its order date', () => {
    const job = makeJob({ status: 'done', orderedOn: '2026-01-05', termsNetDays: 30 });
    expect(dueDate(job)).toBe('2026-02-04');
  });

  it('cash on delivery (net 0) is due the day of the invoice', () => {
    expect(dueDate(makeJob({ invoicedOn: '2026-01-07', termsNetDays: 0 }))).toBe('2026-01-07');
  });

  it('an open job not yet done or invoiced has no due date', () => {
    expect(dueDate(makeJob({ status: 'open' }))).toBeNull();
  });

  it('a cancelled job with no dates has no due date', () => {
    expect(dueDate(makeJob({ status: 'cancelled' }))).toBeNull();
  });
});
