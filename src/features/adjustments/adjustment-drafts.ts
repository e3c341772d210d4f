/**
 * The small forms on a job's page: give a credit, write off, record a dispute and resolve it. Each
 * keeps what was typed as strings and turns it into a record input with one error code per field.
 * The limits come from the job's balance (never recomputed here): a credit or a write-off cannot
 * be more than what is owed; a late fee waived is not part of the bill, so no limit applies.
 */
import type { Day } from '../../domain/dates';
import type { JobBalance } from '../../domain/metrics';
import { minorToInput, parseAmount, type Currency } from '../../domain/money';
import {
  creditInputSchema,
  disputeInputSchema,
  writeOffInputSchema,
  type CreditInput,
  type CreditReason,
  type Dispute,
  type DisputeInput,
  type DisputeResolution,
  type Id,
  type WriteOffInput,
} from '../../domain/records';
import { validate, type FieldErrors, type Validated } from '../../domain/validation';

/** The job the form is about, with what its balance says. */
export interface JobContext {
  jobId: Id;
  partyId: Id;
  currency: Currency;
  balance: Pick<JobBalance, 'outstanding'>;
}

function finish<T>(checked: Validated<T>, typing: FieldErrors): Validated<T> {
  const errors = { ...(checked.ok ? {} : checked.errors), ...typing };
  return Object.keys(errors).length === 0 && checked.ok ? checked : { ok: false, errors };
}

function amountOf(text: string, currency: Currency, typing: FieldErrors): number {
  const parsed = parseAmount(text, currency);
  if (parsed.ok) return parsed.minor;
  typing.amount = parsed.error;
  return 0;
}

export interface CreditDraft {
  amount: string;
  on: string;
  reason: CreditReason;
  note: string;
}

export function emptyCreditDraft(today: Day): CreditDraft {
  return { amount: '', on: today, reason: 'goodwill', note: '' };
}

/** A credit against the job; more than is owed is refused at the amount, bar a late fee waived. */
export function checkCreditDraft(draft: CreditDraft, job: JobContext): Validated<CreditInput> {
  const typing: FieldErrors = {};
  const amount = amountOf(draft.amount, job.currency, typing);
  if (!typing.amount && draft.reason !== 'late_fee_waived' && amount > job.balance.outstanding) {
    typing.amount = 'over_owed';
  }
  const input: CreditInput = {
    partyId: job.partyId,
    jobId: job.jobId,
    on: draft.on.trim(),
    amount,
    currency: job.currency,
    reason: draft.reason,
    note: draft.note,
  };
  return finish(validate(creditInputSchema, input), typing);
}

export interface WriteOffDraft {
  amount: string;
  on: string;
  note: string;
}

/** A write-off starts at what is owed: writing off the rest of the bill is the usual case. */
export function emptyWriteOffDraft(today: Day, job: JobContext): WriteOffDraft {
  const owed = job.balance.outstanding;
  return { amount: owed > 0 ? minorToInput(owed, job.currency) : '', on: today, note: '' };
}

export function checkWriteOffDraft(
  draft: WriteOffDraft,
  job: JobContext,
): Validated<WriteOffInput> {
  const typing: FieldErrors = {};
  const amount = amountOf(draft.amount, job.currency, typing);
  if (!typing.amount && amount > job.balance.outstanding) typing.amount = 'over_owed';
  const input: WriteOffInput = {
    partyId: job.partyId,
    jobId: job.jobId,
    on: draft.on.trim(),
    amount,
    currency: job.currency,
    note: draft.note,
  };
  return finish(validate(writeOffInputSchema, input), typing);
}

export interface DisputeDraft {
  raisedOn: string;
  amount: string;
  reason: string;
}

/** A dispute questions what is owed, by default all of it. */
export function emptyDisputeDraft(today: Day, job: JobContext): DisputeDraft {
  const owed = job.balance.outstanding;
  return { raisedOn: today, amount: owed > 0 ? minorToInput(owed, job.currency) : '', reason: '' };
}

/** A dispute on the job, open; `billed` is the most it can question (the job's lines' total). */
export function checkDisputeDraft(
  draft: DisputeDraft,
  job: JobContext,
  billed: number,
): Validated<DisputeInput> {
  const typing: FieldErrors = {};
  const amount = amountOf(draft.amount, job.currency, typing);
  if (!typing.amount && amount > billed) typing.amount = 'over_billed';
  const input: DisputeInput = {
    partyId: job.partyId,
    jobId: job.jobId,
    raisedOn: draft.raisedOn.trim(),
    amount,
    reason: draft.reason,
    resolvedOn: null,
    resolution: null,
  };
  return finish(validate(disputeInputSchema, input), typing);
}

export interface ResolveDraft {
  resolvedOn: string;
  resolution: DisputeResolution;
}

export function emptyResolveDraft(today: Day): ResolveDraft {
  return { resolvedOn: today, resolution: 'paid' };
}

/** The dispute as resolved: how, and when (not before it was raised). */
export function checkResolveDraft(dispute: Dispute, draft: ResolveDraft): Validated<DisputeInput> {
  const typing: FieldErrors = {};
  if (draft.resolvedOn.trim() === '') typing.resolvedOn = 'required';
  const input: DisputeInput = {
    partyId: dispute.partyId,
    jobId: dispute.jobId,
    raisedOn: dispute.raisedOn,
    amount: dispute.amount,
    reason: dispute.reason,
    resolvedOn: draft.resolvedOn.trim() || null,
    resolution: draft.resolution,
  };
  return finish(validate(disputeInputSchema, input), typing);
}

/** A dispute reopened (its resolution undone): for an Undo after resolving. */
export function reopened(dispute: Dispute): DisputeInput {
  return {
    partyId: dispute.partyId,
    jobId: dispute.jobId,
    raisedOn: dispute.raisedOn,
    amount: dispute.amount,
    reason: dispute.reason,
    resolvedOn: null,
    resolution: null,
  };
}
