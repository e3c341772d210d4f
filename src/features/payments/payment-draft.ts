/**
 * The payment form's draft (strings, as typed) and its conversion into a `PaymentInput`, with one
 * error code per field; a job's own amount error is keyed `job:<id>`.
 */
import type { Day } from '../../domain/dates';
import { isKnownCurrency, minorToInput, parseAmount } from '../../domain/money';
import {
  paymentDirections,
  paymentInputSchema,
  type PaymentDirection,
  type PaymentInput,
  purposesByDirection,
  type Payment,
  type PaymentMethod,
  type PaymentPurpose,
} from '../../domain/records';
import { validate, type FieldErrors, type Validated } from '../../domain/validation';
import {
  concernsClient,
  rowsToAllocations,
  type AllocationRows,
  type JobOption,
} from './allocation';

export interface PaymentDraft {
  direction: PaymentDirection;
  partyId: string;
  purpose: PaymentPurpose;
  /** The day it was sent (a cheque posted, a transfer made). */
  sentOn: string;
  /** Ticked for a cheque in the mail: then `receivedOn` is not asked and stays empty. */
  notReceived: boolean;
  receivedOn: string;
  amount: string;
  currency: string;
  method: PaymentMethod;
  reference: string;
  notes: string;
}

export function isDirection(value: string | undefined): value is PaymentDirection {
  return (paymentDirections as readonly (string | undefined)[]).includes(value);
}

export function emptyPaymentDraft(defaults: {
  today: Day;
  currency: string;
  direction?: PaymentDirection | undefined;
  partyId?: string | undefined;
}): PaymentDraft {
  const direction = defaults.direction ?? 'client_to_me';
  return {
    direction,
    partyId: defaults.partyId ?? '',
    purpose: purposesByDirection[direction][0]!,
    sentOn: defaults.today,
    notReceived: false,
    receivedOn: defaults.today,
    amount: '',
    currency: defaults.currency,
    method: 'transfer',
    reference: '',
    notes: '',
  };
}

export function paymentToDraft(payment: PaymentInput): PaymentDraft {
  return {
    direction: payment.direction,
    partyId: payment.partyId,
    purpose: payment.purpose,
    sentOn: payment.sentOn,
    notReceived: payment.receivedOn === null,
    receivedOn: payment.receivedOn ?? '',
    amount: minorToInput(payment.amount, payment.currency),
    currency: payment.currency,
    method: payment.method,
    reference: payment.reference,
    notes: payment.notes,
  };
}

export function jobErrorKey(jobId: string): string {
  return `job:${jobId}`;
}

/** The currency as typed, tidied; the form uses it to read amounts before the draft is valid. */
export function draftCurrency(draft: Pick<PaymentDraft, 'currency'>): string {
  return draft.currency.trim().toUpperCase();
}

/** The payment amount in minor units, or 0 while it does not parse (for the live "left" figure). */
export function draftAmount(draft: Pick<PaymentDraft, 'amount' | 'currency'>): number {
  const parsed = parseAmount(draft.amount, draftCurrency(draft));
  return parsed.ok ? parsed.minor : 0;
}

export function checkPaymentDraft(
  draft: PaymentDraft,
  options: readonly JobOption[],
  rows: AllocationRows,
): Validated<PaymentInput> {
  const typing: FieldErrors = {};
  const currency = draftCurrency(draft);
  if (!isKnownCurrency(currency)) typing.currency = 'invalid_currency';
  const amount = parseAmount(draft.amount, currency);
  if (!amount.ok) typing.amount = amount.error;
  if (draft.partyId === '') typing.partyId = 'invalid_id';
  if (draft.sentOn.trim() === '') typing.sentOn = 'required';
  if (!draft.notReceived && draft.receivedOn.trim() === '') typing.receivedOn = 'required';

  const { allocations, errors: rowErrors } = rowsToAllocations(options, rows, currency);
  for (const [jobId, code] of Object.entries(rowErrors)) typing[jobErrorKey(jobId)] = code;

  const input: PaymentInput = {
    direction: draft.direction,
    partyId: draft.partyId,
    sentOn: draft.sentOn.trim(),
    receivedOn: draft.notReceived ? null : draft.receivedOn.trim(),
    amount: amount.ok ? amount.minor : 0,
    currency,
    method: draft.method,
    purpose: draft.purpose,
    allocations,
    reference: draft.reference,
    notes: draft.notes,
  };
  const checked = validate(paymentInputSchema, input);
  const errors = { ...(checked.ok ? {} : checked.errors), ...typing };
  // With the amount unreadable, "more than the payment" would only be noise.
  if (typing.amount && errors.allocations === 'over_allocated') delete errors.allocations;
  return Object.keys(errors).length === 0 && checked.ok ? checked : { ok: false, errors };
}

/** Money coming to the business (from a client, or back from a subcontractor). */
export function isMoneyIn(direction: PaymentDirection): boolean {
  return direction === 'client_to_me' || direction === 'sub_to_me';
}

/** The kind of party each direction is with. */
export function partyKindFor(direction: PaymentDirection): 'client' | 'subcontractor' {
  return concernsClient(direction) ? 'client' : 'subcontractor';
}

/** The purposes to offer for a direction, the default first. */
export function purposeChoices(direction: PaymentDirection): readonly PaymentPurpose[] {
  return purposesByDirection[direction];
}

/** The purpose kept when the direction changes: the same one if it fits, else the new default. */
export function purposeFor(direction: PaymentDirection, purpose: PaymentPurpose): PaymentPurpose {
  const choices = purposesByDirection[direction];
  return choices.includes(purpose) ? purpose : choices[0]!;
}

/** The editable fields of a stored payment. */
export function paymentInputOf(payment: Payment): PaymentInput {
  return {
    direction: payment.direction,
    partyId: payment.partyId,
    sentOn: payment.sentOn,
    receivedOn: payment.receivedOn,
    amount: payment.amount,
    currency: payment.currency,
    method: payment.method,
    purpose: payment.purpose,
    allocations: payment.allocations.map((a) => ({ ...a })),
    reference: payment.reference,
    notes: payment.notes,
  };
}

/**
 * "Mark received": the payment as arrived on `day`, its sent date kept. Never before the day it
 * was sent: a cheque marked on a day before its sent date arrived the day it was sent.
 */
export function markReceived(payment: Payment, day: Day): PaymentInput {
  const input = paymentInputOf(payment);
  input.receivedOn = day < payment.sentOn ? payment.sentOn : day;
  return input;
}
