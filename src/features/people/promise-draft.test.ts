import { describe, expect, test } from 'vitest';
import { checkPromiseDraft, newPromiseDraft } from './promise-draft';

const CLIENT = '00000000-0000-4000-8000-000000000001';
const JOB = '00000000-0000-4000-8000-000000000002';

describe('a promise to pay, as typed', () => {
  test('becomes a promise: amount in minor units, the job optional', () => {
    const draft = {
      ...newPromiseDraft('2026-03-02', 'USD'),
      amount: '250.50',
      dueOn: '2026-03-09',
    };
    // $250.50 is 25050 cents.
    expect(checkPromiseDraft(CLIENT, draft)).toEqual({
      ok: true,
      value: {
        partyId: CLIENT,
        jobId: null,
        madeOn: '2026-03-02',
        dueOn: '2026-03-09',
        amount: 25_050,
        currency: 'USD',
        via: 'call',
        note: '',
      },
    });
    const forJob = { ...draft, jobId: JOB, via: 'message' as const };
    expect(checkPromiseDraft(CLIENT, forJob)).toMatchObject({
      ok: true,
      value: { jobId: JOB, via: 'message' },
    });
  });

  test('a promised date before the day it was made is refused at the promised date', () => {
    const draft = { ...newPromiseDraft('2026-03-02', 'USD'), amount: '100', dueOn: '2026-03-01' };
    expect(checkPromiseDraft(CLIENT, draft)).toEqual({
      ok: false,
      errors: { dueOn: 'before_made' },
    });
  });

  test('the amount and the dates are required, and a zero amount is refused', () => {
    expect(checkPromiseDraft(CLIENT, newPromiseDraft('2026-03-02', 'USD'))).toEqual({
      ok: false,
      errors: { amount: 'required', dueOn: 'required' },
    });
    const zero = { ...newPromiseDraft('2026-03-02', 'USD'), amount: '0', dueOn: '2026-03-09' };
    expect(checkPromiseDraft(CLIENT, zero)).toEqual({
      ok: false,
      errors: { amount: 'not_positive' },
    });
  });

  test('reads a Russian decimal comma', () => {
    const draft = {
      ...newPromiseDraft('2026-03-02', 'RUB'),
      amount: '1 500,5',
      dueOn: '2026-03-09',
    };
    expect(checkPromiseDraft(CLIENT, draft, ',')).toMatchObject({
      ok: true,
      value: { amount: 150_050 },
    });
  });
});
