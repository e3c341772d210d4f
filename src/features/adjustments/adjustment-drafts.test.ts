import { describe, expect, it } from 'vitest';
import { makeDispute, makeJob } from '../test-money-records';
import {
  checkCreditDraft,
  checkDisputeDraft,
  checkResolveDraft,
  checkWriteOffDraft,
  emptyWriteOffDraft,
  type JobContext,
} from './adjustment-drafts';

const job = makeJob();
/** 1000.00 billed, 400.00 received: 600.00 owed. */
const context: JobContext = {
  jobId: job.id,
  partyId: job.clientId,
  currency: 'USD',
  balance: { outstanding: 60000 },
};

describe('a credit', () => {
  it('up to what is owed is a credit against the job', () => {
    const result = checkCreditDraft(
      { amount: '250', on: '2026-02-01', reason: 'goodwill', note: 'Late delivery' },
      context,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { jobId: job.id, amount: 25000, reason: 'goodwill', currency: 'USD' },
    });
  });

  it('larger than what is owed is refused at the amount', () => {
    const result = checkCreditDraft(
      { amount: '600.01', on: '2026-02-01', reason: 'dispute_settled', note: '' },
      context,
    );
    expect(result).toEqual({ ok: false, errors: { amount: 'over_owed' } });
  });

  it('for a late fee waived is not limited by the bill', () => {
    const result = checkCreditDraft(
      { amount: '700', on: '2026-02-01', reason: 'late_fee_waived', note: '' },
      context,
    );
    expect(result.ok).toBe(true);
  });
});

describe('a write-off', () => {
  it('starts at what is owed', () => {
    expect(emptyWriteOffDraft('2026-02-01', context).amount).toBe('600.00');
  });

  it('is refused above what is owed', () => {
    const result = checkWriteOffDraft({ amount: '600.01', on: '2026-02-01', note: '' }, context);
    expect(result).toEqual({ ok: false, errors: { amount: 'over_owed' } });
  });
});

describe('a dispute', () => {
  it('is recorded open, questioning part of the bill', () => {
    const result = checkDisputeDraft(
      { raisedOn: '2026-01-20', amount: '300', reason: 'Two late' },
      context,
      100000,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { amount: 30000, resolvedOn: null, resolution: null },
    });
  });

  it('resolved before it was raised is refused at the date', () => {
    const dispute = makeDispute(job, '2026-01-20', 30000);
    const result = checkResolveDraft(dispute, { resolvedOn: '2026-01-19', resolution: 'credited' });
    expect(result).toEqual({ ok: false, errors: { resolvedOn: 'before_raised' } });
  });
});
