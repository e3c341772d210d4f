/** The promise-to-pay form: what was typed, as strings, and the PromiseInput it makes. */
import { parseAmount, type Currency } from '../../domain/money';
import {
  promiseInputSchema,
  type Id,
  type PromiseChannel,
  type PromiseInput,
} from '../../domain/records';
import { validate, type Validated } from '../../domain/validation';

export interface PromiseDraft {
  amount: string;
  currency: Currency;
  madeOn: string;
  dueOn: string;
  via: PromiseChannel;
  /** '' for the client's balance as a whole. */
  jobId: string;
  note: string;
}

export function newPromiseDraft(
  today: string,
  currency: Currency,
  jobId = '',
  via: PromiseChannel = 'call',
): PromiseDraft {
  return { amount: '', currency, madeOn: today, dueOn: '', via, jobId, note: '' };
}

/**
 * Validates as the database will: a promised date before the day it was made is refused at the
 * promised date, an amount that is not one at the amount.
 */
export function checkPromiseDraft(
  partyId: Id,
  draft: PromiseDraft,
  decimalSeparator: '.' | ',' = '.',
): Validated<PromiseInput> {
  const parsed = parseAmount(draft.amount, draft.currency, decimalSeparator);
  const result = validate(promiseInputSchema, {
    partyId,
    jobId: draft.jobId === '' ? null : draft.jobId,
    madeOn: draft.madeOn.trim(),
    dueOn: draft.dueOn.trim(),
    amount: parsed.ok ? parsed.minor : 0,
    currency: draft.currency,
    via: draft.via,
    note: draft.note,
  });
  const errors = result.ok ? {} : { ...result.errors };
  if (!parsed.ok) errors.amount = parsed.error === 'empty' ? 'required' : parsed.error;
  for (const field of ['madeOn', 'dueOn'] as const) {
    if (draft[field].trim() === '') errors[field] = 'required';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return result;
}
