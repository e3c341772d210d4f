/**
 * Pure helpers for the worksheet screens: which facts and questions show, how a typed value is
 * read, the money on each side, the step order and where each ledger entry lives.
 */
import { isDay } from '../../domain/dates';
import { minorToInput, parseAmount, type Currency } from '../../domain/money';
import {
  worksheetFields,
  worksheetSteps,
  type Scalar,
  type Worksheet,
  type WorksheetEntry,
  type WorksheetInput,
  type WorksheetStep,
} from '../../domain/records';
import {
  holds,
  moneySides,
  templateModule,
  type Evaluation,
  type FactDef,
  type Inputs,
  type MoneyRow,
  type MoneySides,
  type QuestionDef,
  type ValueKind,
} from '../../domain/worksheets';

/**
 * A stored worksheet's editable fields, as a deep copy. Through JSON rather than structuredClone:
 * the record may be a reactive proxy, which structuredClone refuses; a worksheet is JSON anyway.
 */
export function toInput(worksheet: Worksheet): WorksheetInput {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(worksheetFields)) {
    fields[key] = (worksheet as unknown as Record<string, unknown>)[key];
  }
  return JSON.parse(JSON.stringify(fields)) as WorksheetInput;
}

export function factsToShow(defs: readonly FactDef[], inputs: Inputs): FactDef[] {
  return defs.filter((d) => holds(d.when, inputs));
}

export function questionsToShow(defs: readonly QuestionDef[], inputs: Inputs): QuestionDef[] {
  return defs.filter((d) => holds(d.when, inputs));
}

/** The text an editor starts from for a value. Ratios are edited as percentages. */
export function valueToText(kind: ValueKind, value: Scalar, currency: Currency): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (kind === 'money' && typeof value === 'number') return minorToInput(value, currency);
  if (kind === 'ratio' && typeof value === 'number') return String(Math.round(value * 1000) / 10);
  return String(value);
}

export type ReadValue = { ok: true; value: Scalar } | { ok: false; error: string };

/**
 * Reads what the owner typed. Empty means "not known" (null); numbers must be zero or more, whole
 * for counts and days, at most 100 for percentages; money goes through parseAmount.
 */
export function textToValue(
  kind: ValueKind,
  text: string,
  currency: Currency,
  decimalSeparator: '.' | ',' = '.',
): ReadValue {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (kind === 'choice') return { ok: true, value: trimmed };
  if (kind === 'day')
    return isDay(trimmed) ? { ok: true, value: trimmed } : { ok: false, error: 'invalid_day' };
  if (kind === 'money') {
    const parsed = parseAmount(trimmed, currency, decimalSeparator);
    return parsed.ok ? { ok: true, value: parsed.minor } : { ok: false, error: parsed.error };
  }
  const n = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(n)) return { ok: false, error: 'not_a_number' };
  if (n < 0) return { ok: false, error: 'negative' };
  if (kind === 'percent' || kind === 'ratio') {
    if (n > 100) return { ok: false, error: 'too_large' };
    return { ok: true, value: kind === 'ratio' ? n / 100 : n };
  }
  if (!Number.isInteger(n)) return { ok: false, error: 'not_whole_days' };
  if (n > 100_000) return { ok: false, error: 'too_large' };
  return { ok: true, value: n };
}

export type { MoneyRow, MoneySides };

/** The money on each side of the decision, side by side, for the result screen. */
export { moneySides };

/** The draft steps in order; the follow-up comes once the decision is recorded. */
export const draftSteps: WorksheetStep[] = worksheetSteps.filter((s) => s !== 'follow_up');

export function stepNumber(step: WorksheetStep): number {
  return worksheetSteps.indexOf(step) + 1;
}

export function nextStep(step: WorksheetStep): WorksheetStep {
  const i = draftSteps.indexOf(step);
  return draftSteps[Math.min(draftSteps.length - 1, i + 1)] ?? 'facts';
}

export function previousStep(step: WorksheetStep): WorksheetStep {
  const i = draftSteps.indexOf(step);
  return draftSteps[Math.max(0, i - 1)] ?? 'facts';
}

/** Where the owner sees a ledger entry a decision wrote. */
export function entryLink(entry: WorksheetEntry, partyOfContact?: string): string {
  switch (entry.table) {
    case 'jobs':
      return `#/jobs/${entry.id}`;
    case 'parties':
      return `#/people/${entry.id}`;
    case 'payments':
      return `#/payments/${entry.id}/edit`;
    case 'credits':
      // A credit is shown on its job's page, which the entry's summary names.
      return partyOfContact ? `#/people/${partyOfContact}` : '#/jobs';
    case 'contacts':
      return partyOfContact ? `#/people/${partyOfContact}` : '#/people';
  }
}

/** The hash of a new worksheet, pre-filled. */
export function newWorksheetHref(template: string, partyId?: string | null, jobId?: string | null) {
  const params = new URLSearchParams({ template });
  if (partyId) params.set('party', partyId);
  if (jobId) params.set('job', jobId);
  return `#/worksheets/new?${params.toString()}`;
}

/** The options the owner can choose from (for a warning, only those of their side). */
export function optionsFor(e: Evaluation): string[] {
  return templateModule(e.template.id).optionsFor(e);
}
