/**
 * The job form keeps what the person typed as strings (a half-typed amount must stay on screen);
 * these helpers turn that draft into a `JobInput` with one error code per field, and back.
 */
import { isDay, type Day } from '../../domain/dates';
import { dueDate } from '../../domain/metrics';
import { isKnownCurrency, minorToInput, parseAmount } from '../../domain/money';
import {
  jobInputSchema,
  jobProblems,
  jobStatuses,
  type Job,
  type JobInput,
  type JobProblem,
  type JobStatus,
} from '../../domain/records';
import { validate, type FieldErrors, type Validated } from '../../domain/validation';

export interface JobDraft {
  clientId: string;
  title: string;
  amount: string;
  currency: string;
  orderedOn: string;
  status: JobStatus;
  promisedOn: string;
  doneOn: string;
  invoicedOn: string;
  dueOn: string;
  termsNetDays: string;
  /** '' when no subcontractor did the work. */
  subcontractorId: string;
  subcontractorCost: string;
  problems: Record<JobProblem, boolean>;
  problemNote: string;
  notes: string;
}

/** The fields that live under "More details": an error there must open that section. */
export const detailFields = [
  'currency',
  'promisedOn',
  'doneOn',
  'invoicedOn',
  'dueOn',
  'termsNetDays',
  'subcontractorId',
  'subcontractorCost',
  'problems',
  'problemNote',
  'notes',
] as const;

function noProblems(): Record<JobProblem, boolean> {
  return Object.fromEntries(jobProblems.map((p) => [p, false])) as Record<JobProblem, boolean>;
}

export function emptyJobDraft(defaults: {
  today: Day;
  currency: string;
  termsNetDays: number;
  clientId?: string | undefined;
}): JobDraft {
  return {
    clientId: defaults.clientId ?? '',
    title: '',
    amount: '',
    currency: defaults.currency,
    orderedOn: defaults.today,
    status: 'open',
    promisedOn: '',
    doneOn: '',
    invoicedOn: '',
    dueOn: '',
    termsNetDays: String(defaults.termsNetDays),
    subcontractorId: '',
    subcontractorCost: '',
    problems: noProblems(),
    problemNote: '',
    notes: '',
  };
}

export function jobToDraft(job: JobInput): JobDraft {
  const problems = noProblems();
  for (const p of job.problems) problems[p] = true;
  return {
    clientId: job.clientId,
    title: job.title,
    amount: minorToInput(job.amount, job.currency),
    currency: job.currency,
    orderedOn: job.orderedOn,
    status: job.status,
    promisedOn: job.promisedOn ?? '',
    doneOn: job.doneOn ?? '',
    invoicedOn: job.invoicedOn ?? '',
    dueOn: job.dueOn ?? '',
    termsNetDays: String(job.termsNetDays),
    subcontractorId: job.subcontractorId ?? '',
    subcontractorCost:
      job.subcontractorCost === 0 ? '' : minorToInput(job.subcontractorCost, job.currency),
    problems,
    problemNote: job.problemNote,
    notes: job.notes,
  };
}

/** The editable fields of a stored job, e.g. to change its status from the detail screen. */
export function jobInputOf(job: Job): JobInput {
  return {
    clientId: job.clientId,
    title: job.title,
    orderedOn: job.orderedOn,
    promisedOn: job.promisedOn,
    doneOn: job.doneOn,
    invoicedOn: job.invoicedOn,
    dueOn: job.dueOn,
    amount: job.amount,
    currency: job.currency,
    termsNetDays: job.termsNetDays,
    status: job.status,
    subcontractorId: job.subcontractorId,
    subcontractorCost: job.subcontractorCost,
    problems: job.problems,
    problemNote: job.problemNote,
    notes: job.notes,
  };
}

/** Whole days typed as text: '' is missing, "30.5" is not whole. */
export function parseDays(text: string): { ok: true; days: number } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'required' };
  if (!/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) return { ok: false, error: 'not_a_number' };
  const days = Number(trimmed.replace(',', '.'));
  if (!Number.isInteger(days)) return { ok: false, error: 'not_whole_days' };
  return { ok: true, days };
}

const optionalDay = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * Builds the input and checks it. Typing errors (an amount that is not a number) win over what the
 * schema says, since they say what is actually wrong with what was typed.
 */
export function checkJobDraft(draft: JobDraft): Validated<JobInput> {
  const typing: FieldErrors = {};
  const currency = draft.currency.trim().toUpperCase();
  if (!isKnownCurrency(currency)) typing.currency = 'invalid_currency';

  const amount = parseAmount(draft.amount, currency);
  if (!amount.ok) typing.amount = amount.error;

  let subcontractorCost = 0;
  if (draft.subcontractorCost.trim() !== '') {
    const cost = parseAmount(draft.subcontractorCost, currency);
    if (cost.ok) subcontractorCost = cost.minor;
    else typing.subcontractorCost = cost.error;
  }

  const terms = parseDays(draft.termsNetDays);
  if (!terms.ok) typing.termsNetDays = terms.error;
  if (draft.orderedOn.trim() === '') typing.orderedOn = 'required';
  if (draft.clientId === '') typing.clientId = 'invalid_id';

  const input: JobInput = {
    clientId: draft.clientId,
    title: draft.title,
    orderedOn: draft.orderedOn.trim(),
    promisedOn: optionalDay(draft.promisedOn),
    doneOn: optionalDay(draft.doneOn),
    invoicedOn: optionalDay(draft.invoicedOn),
    dueOn: optionalDay(draft.dueOn),
    amount: amount.ok ? amount.minor : 0,
    currency,
    termsNetDays: terms.ok ? terms.days : 0,
    status: draft.status,
    subcontractorId: draft.subcontractorId === '' ? null : draft.subcontractorId,
    subcontractorCost,
    problems: jobProblems.filter((p) => draft.problems[p]),
    problemNote: draft.problemNote,
    notes: draft.notes,
  };
  const checked = validate(jobInputSchema, input);
  const errors = { ...(checked.ok ? {} : checked.errors), ...typing };
  return Object.keys(errors).length === 0 && checked.ok ? checked : { ok: false, errors };
}

/**
 * The due date the terms would give when no agreed date is typed, for the hint beside that field.
 * Null while the dates or terms it needs are not valid yet, or the job is not billed.
 */
export function termsDueDate(draft: JobDraft): Day | null {
  const terms = parseDays(draft.termsNetDays);
  if (!terms.ok || terms.days < 0 || !isDay(draft.orderedOn)) return null;
  const day = (text: string) => (isDay(text) ? text : null);
  return dueDate({
    id: '',
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    stamps: {},
    clientId: draft.clientId,
    title: draft.title,
    orderedOn: draft.orderedOn,
    promisedOn: day(draft.promisedOn),
    doneOn: day(draft.doneOn),
    invoicedOn: day(draft.invoicedOn),
    dueOn: null,
    amount: 0,
    currency: 'USD',
    termsNetDays: terms.days,
    status: draft.status,
    subcontractorId: null,
    subcontractorCost: 0,
    problems: [],
    problemNote: '',
    notes: '',
  });
}

export function isJobStatus(value: string): value is JobStatus {
  return (jobStatuses as readonly string[]).includes(value);
}
