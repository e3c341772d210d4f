import { describe, expect, it } from 'vitest';
import { newWorksheet, type Worksheet } from '../../domain/records';
import { evaluateWorksheet, templateOf } from '../../domain/worksheets';
import {
  entryLink,
  optionsFor,
  factsToShow,
  moneySides,
  newWorksheetHref,
  nextStep,
  previousStep,
  stepNumber,
  textToValue,
  toInput,
  valueToText,
} from './worksheet-view';

const CLIENT = '00000000-0000-4000-8000-000000000001';

describe('reading typed values', () => {
  it('money goes through parseAmount and back', () => {
    expect(textToValue('money', '1,500.50', 'USD')).toEqual({ ok: true, value: 150050 });
    expect(valueToText('money', 150050, 'USD')).toBe('1500.50');
    expect(textToValue('money', '-3', 'USD')).toEqual({ ok: false, error: 'negative' });
  });
  it('empty is "not known"', () => {
    expect(textToValue('count', '  ', 'USD')).toEqual({ ok: true, value: null });
    expect(valueToText('count', null, 'USD')).toBe('');
  });
  it('counts and days are whole and not negative', () => {
    expect(textToValue('count', '3', 'USD')).toEqual({ ok: true, value: 3 });
    expect(textToValue('days', '2.5', 'USD')).toEqual({ ok: false, error: 'not_whole_days' });
    expect(textToValue('months', '-1', 'USD')).toEqual({ ok: false, error: 'negative' });
    expect(textToValue('count', 'abc', 'USD')).toEqual({ ok: false, error: 'not_a_number' });
  });
  it('a ratio is typed as a percentage', () => {
    expect(valueToText('ratio', 0.755, 'USD')).toBe('75.5');
    expect(textToValue('ratio', '75,5', 'USD')).toEqual({ ok: true, value: 0.755 });
    expect(textToValue('percent', '120', 'USD')).toEqual({ ok: false, error: 'too_large' });
  });
  it('a day must be a real day', () => {
    expect(textToValue('day', '2026-02-30', 'USD')).toEqual({ ok: false, error: 'invalid_day' });
    expect(textToValue('day', '2026-02-28', 'USD')).toEqual({ ok: true, value: '2026-02-28' });
  });
});

describe('what shows', () => {
  it('facts about the other side are hidden', () => {
    const defs = templateOf('warn_before_slowing').facts;
    const keys = factsToShow(defs, { facts: { side: 'i_owe_them' }, answers: {} }).map(
      (f) => f.key,
    );
    expect(keys).toContain('owedToThem');
    expect(keys).not.toContain('oldestDaysOverdue');
  });

  it('the money on each side: the bill and what pursuing it would bring, against next year and the referrals', () => {
    const ws = newWorksheet('forgive_or_pursue', 2, [CLIENT], [], 'USD');
    const e = evaluateWorksheet(ws, {
      values: {
        amountInDispute: 150000,
        likelyRecovery: 136500,
        ownValueNextYear: 600000,
        referralRevenue: 90000,
      },
      sources: {},
      labels: {},
    });
    expect(moneySides(e)).toEqual({
      left: {
        heading: 'worksheets.side.atStake',
        rows: [
          { key: 'amountInDispute', minor: 150000 },
          { key: 'likelyRecovery', minor: 136500 },
        ],
      },
      right: {
        heading: 'worksheets.side.relationship',
        rows: [
          { key: 'ownValueNextYear', minor: 600000 },
          { key: 'referralsLastYear', minor: 90000 },
        ],
      },
    });
  });

  it('for a job gone wrong, what is not billed, what is given in goodwill and what the subcontractor bears', () => {
    const ws = {
      ...newWorksheet('who_pays_whom', 2, [CLIENT], [], 'USD'),
      answers: { fault: 'subcontractor', clientShare: 30, clientCost: 10000, clientWorth: 500000 },
      decision: { option: 'waive_and_pay', decidedOn: null, note: '' },
    };
    const e = evaluateWorksheet(ws, {
      values: {
        jobAmount: 40000,
        outstanding: 40000,
        paidSoFar: 0,
        clientDidValue: 12000,
        deliveredValue: 28000,
        subcontractorCost: 25000,
        subcontractorUndelivered: 7500,
        paidToSubcontractor: 0,
      },
      sources: {},
      labels: { subcontractor: 'Crew' },
    });
    // 400 waived and 100 paid: 120 of it the client's own work, never billed; 380 goodwill. The
    // subcontractor bears the 75 of his price for the units he did not deliver.
    expect(moneySides(e).left.rows).toEqual([
      { key: 'notBilled', minor: 12000 },
      { key: 'goodwillGiven', minor: 38000 },
      { key: 'subcontractorBears', minor: 7500 },
      { key: 'netCost', minor: 42500 },
    ]);
  });
});

describe('steps and links', () => {
  it('moves through the draft steps and stops at the ends', () => {
    expect(nextStep('facts')).toBe('questions');
    expect(nextStep('decision')).toBe('decision');
    expect(previousStep('facts')).toBe('facts');
    expect(previousStep('result')).toBe('questions');
    expect(stepNumber('result')).toBe(3);
  });

  it('links each entry to where it is shown', () => {
    const base = {
      effect: 'credit' as const,
      before: null,
      after: null,
      summary: { key: 'worksheets.effect.credit', params: {} },
      undone: false,
      id: 'x',
    };
    expect(entryLink({ ...base, table: 'jobs' })).toBe('#/jobs/x');
    expect(entryLink({ ...base, table: 'payments' })).toBe('#/payments/x/edit');
    expect(entryLink({ ...base, table: 'contacts' }, 'p')).toBe('#/people/p');
  });

  it('builds the address of a pre-filled new worksheet', () => {
    expect(newWorksheetHref('keep_or_part', 'p1')).toBe(
      '#/worksheets/new?template=keep_or_part&party=p1',
    );
    expect(newWorksheetHref('who_pays_whom', 'p1', 'j1')).toBe(
      '#/worksheets/new?template=who_pays_whom&party=p1&job=j1',
    );
  });

  it('strips a stored worksheet down to its editable fields, as a copy', () => {
    const input = newWorksheet('keep_or_part', 1, [CLIENT], [], 'USD');
    const stored = {
      ...input,
      id: 'i',
      createdAt: 'c',
      updatedAt: 'u',
      deletedAt: null,
      stamps: {},
    } as unknown as Worksheet;
    const copy = toInput(stored);
    expect(copy).toEqual(input);
    copy.answers.x = 1;
    expect(stored.answers).toEqual({});
  });
});

describe('optionsFor', () => {
  it('offers a warning’s options for the side you are on', () => {
    const ws = newWorksheet('warn_before_slowing', 1, [CLIENT], [], 'USD');
    const theyOwe = evaluateWorksheet(ws, {
      values: { side: 'they_owe_me', pastDueOwed: 50000 },
      sources: {},
      labels: {},
    });
    const iOwe = evaluateWorksheet(ws, {
      values: { side: 'i_owe_them', owedToThem: 50000 },
      sources: {},
      labels: {},
    });
    // Slowing down waits for a warning's deadline to pass; see the template's own tests.
    expect(optionsFor(theyOwe)).toEqual(['check_first', 'remind', 'warn']);
    expect(optionsFor(iOwe)).toEqual(['trace_payment', 'pay_now']);
  });
});
