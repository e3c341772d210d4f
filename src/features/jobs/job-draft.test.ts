import { describe, expect, it } from 'vitest';
import { CLIENT_ID, makeJob } from '../test-money-records';
import {
  checkJobDraft,
  draftTotal,
  emptyJobDraft,
  emptyLineDraft,
  jobInputOf,
  jobToDraft,
  parseQuantity,
  type JobDraft,
} from './job-draft';

function simpleDraft(amount = '1,000.00'): JobDraft {
  const draft = emptyJobDraft({
    today: '2026-03-01',
    currency: 'USD',
    termsNetDays: 30,
    clientId: CLIENT_ID,
  });
  draft.title = 'Shop sign';
  draft.lines[0]!.unitPrice = amount;
  return draft;
}

/** 5 field orders at 75.00, of which 3 were delivered late and 2 done by the client. */
function fieldOrders(): JobDraft {
  const draft = simpleDraft();
  draft.itemised = true;
  draft.lines = [
    {
      ...emptyLineDraft(),
      description: 'Field orders',
      quantity: '5',
      unit: 'order',
      unitPrice: '75',
      late: '3',
      doneByClient: '2',
    },
  ];
  return draft;
}

describe('a simple job', () => {
  it('is one line of quantity 1 whose unit price is the amount typed', () => {
    const result = checkJobDraft(simpleDraft());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.lines).toEqual([
      {
        description: '',
        quantity: 1,
        unit: '',
        unitPrice: 100000,
        subcontractorUnitCost: 0,
        late: 0,
        doneByClient: 0,
        notDone: 0,
      },
    ]);
    expect(result.value.depositAsked).toBe(0);
  });

  it('shows an amount that does not read at "Amount"', () => {
    const result = checkJobDraft(simpleDraft('-5'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.amount).toBe('negative');
  });

  it('comes back to the form as a plain amount, not the lines editor', () => {
    const draft = jobToDraft(jobInputOf(makeJob()));
    expect(draft.itemised).toBe(false);
    expect(draft.lines[0]!.unitPrice).toBe('1000.00');
  });
});

describe('a job with lines', () => {
  it('keeps each line with what happened to its units', () => {
    const result = checkJobDraft(fieldOrders());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.lines[0]).toMatchObject({
      quantity: 5,
      unitPrice: 7500,
      late: 3,
      doneByClient: 2,
    });
    // 5 × 75.00 = 375.00
    expect(draftTotal(fieldOrders())).toBe(37500);
  });

  it('refuses a quantity with three decimals at that field', () => {
    const draft = fieldOrders();
    draft.lines[0]!.quantity = '2.505';
    const result = checkJobDraft(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['lines.0.quantity']).toBe('too_precise');
  });

  it('refuses late + done by the client + not done above the quantity at those fields', () => {
    const draft = fieldOrders();
    draft.lines[0]!.notDone = '1'; // 3 + 2 + 1 = 6 > 5
    const result = checkJobDraft(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['lines.0.late']).toBe('over_quantity');
    expect(result.errors['lines.0.doneByClient']).toBe('over_quantity');
    expect(result.errors['lines.0.notDone']).toBe('over_quantity');
  });

  it('adds 2.5 hours at 40.00 and 3 orders at 75.00 to 325.00', () => {
    const draft = fieldOrders();
    draft.lines[0]!.late = '';
    draft.lines[0]!.doneByClient = '';
    draft.lines[0]!.quantity = '3';
    draft.lines.push({ ...emptyLineDraft(), quantity: '2,5', unit: 'hour', unitPrice: '40' });
    // 3 × 75.00 = 225.00; 2.5 × 40.00 = 100.00; together 325.00
    expect(draftTotal(draft)).toBe(32500);
    const result = checkJobDraft(draft);
    expect(result.ok && result.value.lines.map((l) => l.quantity)).toEqual([3, 2.5]);
  });

  it('refuses a deposit above what the lines bill at the deposit field', () => {
    const draft = fieldOrders();
    draft.depositAsked = '400'; // 400.00 > 375.00
    const result = checkJobDraft(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.depositAsked).toBe('over_billed');
  });

  it('drops the subcontractor cost per unit when no subcontractor is chosen', () => {
    const draft = fieldOrders();
    draft.lines[0]!.subcontractorUnitCost = '20';
    const result = checkJobDraft(draft);
    expect(result.ok && result.value.lines[0]!.subcontractorUnitCost).toBe(0);
  });
});

describe('parseQuantity', () => {
  it('reads decimals with a point or a comma, at most two', () => {
    expect(parseQuantity('2,5')).toEqual({ ok: true, quantity: 2.5 });
    expect(parseQuantity('1.25')).toEqual({ ok: true, quantity: 1.25 });
    expect(parseQuantity('1.250')).toEqual({ ok: true, quantity: 1.25 });
    expect(parseQuantity('1.255')).toEqual({ ok: false, error: 'too_precise' });
    expect(parseQuantity('')).toEqual({ ok: false, error: 'required' });
    expect(parseQuantity('', true)).toEqual({ ok: true, quantity: 0 });
    expect(parseQuantity('abc')).toEqual({ ok: false, error: 'not_a_number' });
  });
});
