/**
 * The job form keeps what the person typed as strings (a half-typed amount must stay on screen);
 * these helpers turn that draft into a `JobInput` with one error code per field, and back.
 *
 * A job is one or more lines. A simple job is one line of quantity 1 and is entered as a single
 * amount: the form shows "Amount" for the first line's unit price until "Add a line" reveals the
 * lines editor. A line's errors are keyed `lines.<index>.<field>`; in the simple form the first
 * line's price error is shown at "Amount".
 */
import { isDay, type Day } from '../../domain/dates';
import { dueDate } from '../../domain/metrics';
import { isKnownCurrency, minorToInput, parseAmount, type Currency } from '../../domain/money';
import {
  hundredths,
  jobInputSchema,
  jobLineSchema,
  jobProblems,
  jobStatuses,
  lineTotal,
  MAX_QUANTITY,
  type Job,
  type JobInput,
  type JobLine,
  type JobProblem,
  type JobStatus,
} from '../../domain/records';
import { issueCode, validate, type FieldErrors, type Validated } from '../../domain/validation';

/** One line as typed. Outcome quantities left empty mean none. */
export interface LineDraft {
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  subcontractorUnitCost: string;
  late: string;
  doneByClient: string;
  notDone: string;
}

export interface JobDraft {
  clientId: string;
  title: string;
  /** Shown as the lines editor; false while the job is one plain amount. */
  itemised: boolean;
  lines: LineDraft[];
  depositAsked: string;
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
  problems: Record<JobProblem, boolean>;
  problemNote: string;
  notes: string;
}

export const lineFields = [
  'description',
  'quantity',
  'unit',
  'unitPrice',
  'subcontractorUnitCost',
  'late',
  'doneByClient',
  'notDone',
] as const;
export type LineField = (typeof lineFields)[number];

/** The key a line field's error is reported under. */
export function lineErrorKey(index: number, field: LineField): string {
  return `lines.${index}.${field}`;
}

/** The fields that live under "More details": an error there must open that section. */
export const detailFields = [
  'currency',
  'depositAsked',
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

export function emptyLineDraft(): LineDraft {
  return {
    description: '',
    quantity: '1',
    unit: '',
    unitPrice: '',
    subcontractorUnitCost: '',
    late: '',
    doneByClient: '',
    notDone: '',
  };
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
    itemised: false,
    lines: [emptyLineDraft()],
    depositAsked: '',
    currency: defaults.currency,
    orderedOn: defaults.today,
    status: 'open',
    promisedOn: '',
    doneOn: '',
    invoicedOn: '',
    dueOn: '',
    termsNetDays: String(defaults.termsNetDays),
    subcontractorId: '',
    problems: noProblems(),
    problemNote: '',
    notes: '',
  };
}

/** A quantity as a person would type it: "2.5", never "2.50" or "2.5000000001". */
export function quantityToInput(quantity: number): string {
  if (quantity === 0) return '';
  return String((hundredths(quantity) ?? Math.round(quantity * 100)) / 100);
}

function lineToDraft(line: JobLine, currency: Currency): LineDraft {
  const money = (minor: number) => (minor === 0 ? '' : minorToInput(minor, currency));
  return {
    description: line.description,
    quantity: quantityToInput(line.quantity) || '0',
    unit: line.unit,
    unitPrice: minorToInput(line.unitPrice, currency),
    subcontractorUnitCost: money(line.subcontractorUnitCost),
    late: quantityToInput(line.late),
    doneByClient: quantityToInput(line.doneByClient),
    notDone: quantityToInput(line.notDone),
  };
}

/** Whether lines can be shown as one plain amount: one line, quantity 1, nothing else said. */
export function isPlainAmount(lines: readonly JobLine[]): boolean {
  const [line] = lines;
  return (
    lines.length === 1 &&
    line !== undefined &&
    line.quantity === 1 &&
    line.description === '' &&
    line.unit === '' &&
    line.late === 0 &&
    line.doneByClient === 0 &&
    line.notDone === 0
  );
}

export function jobToDraft(job: JobInput): JobDraft {
  const problems = noProblems();
  for (const p of job.problems) problems[p] = true;
  return {
    clientId: job.clientId,
    title: job.title,
    itemised: !isPlainAmount(job.lines),
    lines: job.lines.map((line) => lineToDraft(line, job.currency)),
    depositAsked: job.depositAsked === 0 ? '' : minorToInput(job.depositAsked, job.currency),
    currency: job.currency,
    orderedOn: job.orderedOn,
    status: job.status,
    promisedOn: job.promisedOn ?? '',
    doneOn: job.doneOn ?? '',
    invoicedOn: job.invoicedOn ?? '',
    dueOn: job.dueOn ?? '',
    termsNetDays: String(job.termsNetDays),
    subcontractorId: job.subcontractorId ?? '',
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
    lines: job.lines.map((line) => ({ ...line })),
    currency: job.currency,
    depositAsked: job.depositAsked,
    termsNetDays: job.termsNetDays,
    status: job.status,
    subcontractorId: job.subcontractorId,
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

/**
 * A quantity typed as text ("3", "2.5", "2,5"): at most two decimals. Empty is `required` for the
 * quantity ordered and 0 for an outcome (`optional`).
 */
export function parseQuantity(
  text: string,
  optional = false,
): { ok: true; quantity: number } | { ok: false; error: string } {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (trimmed === '')
    return optional ? { ok: true, quantity: 0 } : { ok: false, error: 'required' };
  if (trimmed.startsWith('-')) return { ok: false, error: 'negative' };
  if (!/^\d*(?:[.,]\d*)?$/.test(trimmed) || !/\d/.test(trimmed)) {
    return { ok: false, error: 'not_a_number' };
  }
  const [, fraction = ''] = trimmed.split(/[.,]/);
  if (fraction.replace(/0+$/, '').length > 2) return { ok: false, error: 'too_precise' };
  const quantity = Number(trimmed.replace(',', '.'));
  if (quantity > MAX_QUANTITY) return { ok: false, error: 'too_large' };
  return { ok: true, quantity: Math.round(quantity * 100) / 100 };
}

function optionalMoney(
  text: string,
  currency: Currency,
): { ok: true; minor: number } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: true, minor: 0 };
  return parseAmount(text, currency);
}

/** One line as typed into a `JobLine`, with its typing and rule errors keyed by line field. */
export function checkLineDraft(
  line: LineDraft,
  currency: Currency,
): { line: JobLine; errors: Partial<Record<LineField, string>> } {
  const errors: Partial<Record<LineField, string>> = {};
  const quantity = parseQuantity(line.quantity);
  if (!quantity.ok) errors.quantity = quantity.error;
  const price = parseAmount(line.unitPrice, currency);
  if (!price.ok) errors.unitPrice = price.error;
  const cost = optionalMoney(line.subcontractorUnitCost, currency);
  if (!cost.ok) errors.subcontractorUnitCost = cost.error;
  const outcome = (field: 'late' | 'doneByClient' | 'notDone') => {
    const parsed = parseQuantity(line[field], true);
    if (parsed.ok) return parsed.quantity;
    errors[field] = parsed.error;
    return 0;
  };
  const value: JobLine = {
    description: line.description,
    quantity: quantity.ok ? quantity.quantity : 0,
    unit: line.unit,
    unitPrice: price.ok ? price.minor : 0,
    subcontractorUnitCost: cost.ok ? cost.minor : 0,
    late: outcome('late'),
    doneByClient: outcome('doneByClient'),
    notDone: outcome('notDone'),
  };
  const parsed = jobLineSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as LineField;
      if (!(lineFields as readonly string[]).includes(field)) continue;
      errors[field] ??= issueCode(issue);
    }
  }
  return { line: parsed.success ? parsed.data : value, errors };
}

const optionalDay = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The lines' total as typed so far, counting only lines whose quantity and price read. */
export function draftTotal(draft: Pick<JobDraft, 'lines' | 'currency'>): number {
  const currency = draft.currency.trim().toUpperCase();
  const known = isKnownCurrency(currency) ? currency : 'USD';
  let total = 0;
  for (const line of draft.lines) {
    const quantity = parseQuantity(line.quantity);
    const price = parseAmount(line.unitPrice, known);
    if (quantity.ok && price.ok)
      total += lineTotal({ quantity: quantity.quantity, unitPrice: price.minor });
  }
  return total;
}

/**
 * Builds the input and checks it. Typing errors (an amount that is not a number) win over what the
 * schema says, since they say what is actually wrong with what was typed.
 */
export function checkJobDraft(draft: JobDraft): Validated<JobInput> {
  const typing: FieldErrors = {};
  const currency = draft.currency.trim().toUpperCase();
  if (!isKnownCurrency(currency)) typing.currency = 'invalid_currency';

  const lines: JobLine[] = [];
  draft.lines.forEach((lineDraft, index) => {
    const { line, errors } = checkLineDraft(lineDraft, currency);
    lines.push(line);
    for (const [field, code] of Object.entries(errors)) {
      typing[lineErrorKey(index, field as LineField)] = code;
    }
  });
  // A plain amount is entered at "Amount": its price error is shown there.
  if (!draft.itemised) {
    const priceError = typing[lineErrorKey(0, 'unitPrice')];
    if (priceError) typing.amount = priceError;
    const costError = typing[lineErrorKey(0, 'subcontractorUnitCost')];
    if (costError) typing.subcontractorCost = costError;
  }

  const deposit = optionalMoney(draft.depositAsked, currency);
  if (!deposit.ok) typing.depositAsked = deposit.error;

  const terms = parseDays(draft.termsNetDays);
  if (!terms.ok) typing.termsNetDays = terms.error;
  if (draft.orderedOn.trim() === '') typing.orderedOn = 'required';
  if (draft.clientId === '') typing.clientId = 'invalid_id';

  const subcontracted = draft.subcontractorId !== '';
  const input: JobInput = {
    clientId: draft.clientId,
    title: draft.title,
    orderedOn: draft.orderedOn.trim(),
    promisedOn: optionalDay(draft.promisedOn),
    doneOn: optionalDay(draft.doneOn),
    invoicedOn: optionalDay(draft.invoicedOn),
    dueOn: optionalDay(draft.dueOn),
    // Without a subcontractor nobody is paid per unit, whatever was typed before.
    lines: subcontracted ? lines : lines.map((line) => ({ ...line, subcontractorUnitCost: 0 })),
    currency,
    depositAsked: deposit.ok ? deposit.minor : 0,
    termsNetDays: terms.ok ? terms.days : 0,
    status: draft.status,
    subcontractorId: subcontracted ? draft.subcontractorId : null,
    problems: jobProblems.filter((p) => draft.problems[p]),
    problemNote: draft.problemNote,
    notes: draft.notes,
  };
  const checked = validate(jobInputSchema, input);
  const schemaErrors: FieldErrors = checked.ok ? {} : { ...checked.errors };
  // Each line's own errors are already at their fields; "lines" says only that none is there.
  if (schemaErrors.lines && draft.lines.length > 0) delete schemaErrors.lines;
  // The deposit is checked against a bill that did not read: only noise.
  if (
    schemaErrors.depositAsked === 'over_billed' &&
    Object.keys(typing).some((k) => k.startsWith('lines.'))
  )
    delete schemaErrors.depositAsked;
  const errors = { ...schemaErrors, ...typing };
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
    lines: [],
    currency: 'USD',
    depositAsked: 0,
    termsNetDays: terms.days,
    status: draft.status,
    subcontractorId: null,
    problems: [],
    problemNote: '',
    notes: '',
  });
}

export function isJobStatus(value: string): value is JobStatus {
  return (jobStatuses as readonly string[]).includes(value);
}
