import { describe, expect, it } from 'vitest';
import { CLIENT_ID, makeJob, testId } from '../../domain/metrics/test-records';
import {
  checkJobDraft,
  emptyJobDraft,
  jobInputOf,
  jobToDraft,
  parseDays,
  termsDueDate,
} from './job-draft';

function filledDraft() {
  return {
    ...emptyJobDraft({
      today: '2026-03-01',
      currency: 'USD',
      termsNetDays: 30,
      clientId: CLIENT_ID,
    }),
    title: 'Shop sign',
    amount: '1,000.00',
  };
}

describe('emptyJobDraft', () => {
  it('starts an open job ordered today, in the default currency and terms', () => {
    const draft = emptyJobDraft({ today: '2026-03-01', currency: 'EUR', termsNetDays: 14 });
    expect(draft).toMatchObject({
      clientId: '',
      orderedOn: '2026-03-01',
      status: 'open',
      currency: 'EUR',
      termsNetDays: '14',
      amount: '',
    });
  });
});

describe('checkJobDraft', () => {
  it('turns a filled draft into a job input with the amount in cents', () => {
    const result = checkJobDraft(filledDraft());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      clientId: CLIENT_ID,
      title: 'Shop sign',
      amount: 100000,
      currency: 'USD',
      termsNetDays: 30,
      promisedOn: null,
      doneOn: null,
      subcontractorId: null,
      subcontractorCost: 0,
      problems: [],
    });
  });

  it('refuses a negative amount at the amount field', () => {
    const result = checkJobDraft({ ...filledDraft(), amount: '-5' });
    expect(result).toEqual({ ok: false, errors: { amount: 'negative' } });
  });

  it('refuses an amount that is not a number', () => {
    const result = checkJobDraft({ ...filledDraft(), amount: 'a lot' });
    expect(result).toEqual({ ok: false, errors: { amount: 'not_a_number' } });
  });

  it('asks for an amount when it is empty', () => {
    expect(checkJobDraft({ ...filledDraft(), amount: ' ' })).toEqual({
      ok: false,
      errors: { amount: 'empty' },
    });
  });

  it('refuses more decimals than the currency has', () => {
    expect(checkJobDraft({ ...filledDraft(), currency: 'JPY', amount: '10.5' })).toEqual({
      ok: false,
      errors: { amount: 'too_many_decimals' },
    });
  });

  it('refuses a done date before the order date, at that field', () => {
    const result = checkJobDraft({ ...filledDraft(), doneOn: '2026-02-27' });
    expect(result).toEqual({ ok: false, errors: { doneOn: 'before_ordered' } });
  });

  it('refuses an empty title and a missing client', () => {
    const result = checkJobDraft({ ...filledDraft(), title: '   ', clientId: '' });
    expect(result).toEqual({ ok: false, errors: { title: 'required', clientId: 'invalid_id' } });
  });

  it('refuses terms that are not whole days, and an unknown currency code', () => {
    const result = checkJobDraft({ ...filledDraft(), termsNetDays: '10.5', currency: 'XYZ1' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.termsNetDays).toBe('not_whole_days');
    expect(result.errors.currency).toBe('invalid_currency');
  });

  it('reads the currency code in any case', () => {
    const result = checkJobDraft({ ...filledDraft(), currency: ' eur ' });
    expect(result.ok && result.value.currency).toBe('EUR');
  });

  it('keeps the ticked problems in their usual order', () => {
    const draft = filledDraft();
    draft.problems.complaint = true;
    draft.problems.late = true;
    const result = checkJobDraft(draft);
    expect(result.ok && result.value.problems).toEqual(['late', 'complaint']);
  });

  it('reads a subcontractor cost, and refuses one that is not a number', () => {
    const sub = testId(9);
    const ok = checkJobDraft({ ...filledDraft(), subcontractorId: sub, subcontractorCost: '250' });
    expect(ok.ok && [ok.value.subcontractorId, ok.value.subcontractorCost]).toEqual([sub, 25000]);
    const bad = checkJobDraft({ ...filledDraft(), subcontractorCost: 'half' });
    expect(bad).toEqual({ ok: false, errors: { subcontractorCost: 'not_a_number' } });
  });
});

describe('jobToDraft', () => {
  it('round-trips a stored job through the draft unchanged', () => {
    const job = makeJob({
      doneOn: '2026-01-10',
      invoicedOn: '2026-01-12',
      amount: 123456,
      subcontractorId: testId(9),
      subcontractorCost: 5000,
      problems: ['late', 'complaint'],
      problemNote: 'Two days late',
    });
    const draft = jobToDraft(job);
    expect(draft.amount).toBe('1234.56');
    expect(draft.problems.late).toBe(true);
    expect(checkJobDraft(draft)).toEqual({ ok: true, value: jobInputOf(job) });
  });

  it('leaves an unused subcontractor cost empty rather than 0.00', () => {
    expect(jobToDraft(makeJob()).subcontractorCost).toBe('');
  });
});

describe('parseDays', () => {
  it('reads whole days and refuses the rest', () => {
    expect(parseDays(' 30 ')).toEqual({ ok: true, days: 30 });
    expect(parseDays('')).toEqual({ ok: false, error: 'required' });
    expect(parseDays('2,5')).toEqual({ ok: false, error: 'not_whole_days' });
    expect(parseDays('soon')).toEqual({ ok: false, error: 'not_a_number' });
  });
});

describe('termsDueDate', () => {
  it('counts the terms from the invoice date', () => {
    const draft = { ...filledDraft(), status: 'invoiced' as const, invoicedOn: '2026-03-05' };
    expect(termsDueDate(draft)).toBe('2026-04-04');
  });

  it('ignores a typed agreed date, since the hint says what the terms alone would give', () => {
    const draft = {
      ...filledDraft(),
      status: 'invoiced' as const,
      invoicedOn: '2026-03-05',
      dueOn: '2026-03-10',
    };
    expect(termsDueDate(draft)).toBe('2026-04-04');
  });

  it('gives nothing for an open job, or while the terms are not a number', () => {
    expect(termsDueDate(filledDraft())).toBeNull();
    expect(
      termsDueDate({ ...filledDraft(), status: 'done', doneOn: '2026-03-02', termsNetDays: 'x' }),
    ).toBeNull();
  });
});
