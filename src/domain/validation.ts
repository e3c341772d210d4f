/**
 * Turns a zod failure into one error code per field, which the screens show next to the field
 * through the message catalogue (`errors.<code>`).
 */
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The codes the record schemas give their own rules; forms and the import both speak them. */
export const recordRuleCodes = [
  'required',
  'too_long',
  'invalid_email',
  'invalid_day',
  'invalid_currency',
  'invalid_id',
  'not_a_number',
  'not_whole_cents',
  'not_whole_days',
  'not_whole_percent',
  'not_positive',
  'negative',
  'too_large',
  'before_ordered',
  'over_quantity',
  'too_precise',
  'over_billed',
  'before_sent',
  'not_for_direction',
  'before_raised',
  'before_made',
  'over_allocated',
  'duplicate_job',
  'duplicate_choice',
  'invalid_stamp',
  'before_issued',
  'not_whole',
  'too_many',
  'invalid_series',
  'grace_too_long',
] as const;

const ownCodes = new Set<string>(recordRuleCodes);

export function issueCode(issue: z.core.$ZodIssue): string {
  if (ownCodes.has(issue.message)) return issue.message;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'invalid_value') return 'invalid_choice';
  if (issue.code === 'unrecognized_keys') return 'unknown_field';
  return 'invalid';
}

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : '_form';
    errors[key] ??= issueCode(issue);
  }
  return errors;
}

export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.infer<S>> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: fieldErrors(result.error) };
}
