/**
 * What is wrong with a file, as codes the screen turns into plain words (`sync.problem.<code>`),
 * each with the place it was found: `jobs[41].amount`.
 */
import type { z } from 'zod';
import { recordRuleCodes } from '../domain/validation';

export const fileProblemCodes = [
  'too_large',
  'empty',
  'not_json',
  'truncated',
  'not_our_file',
  'newer_version',
  'bad_version',
  'needs_passphrase',
  'wrong_passphrase',
  'tampered',
  'unreadable',
  'invalid_text',
  'too_deep',
  'check_failed',
] as const;

export const recordProblemCodes = [
  'missing',
  'expected_text',
  'expected_number',
  'expected_list',
  'expected_object',
  'expected_boolean',
  'invalid_choice',
  'unknown_field',
  'duplicate_id',
  'missing_reference',
  'settings_id',
  'invalid_instant',
  'invalid_device',
  ...recordRuleCodes,
  'invalid',
] as const;

export type ProblemCode = (typeof fileProblemCodes)[number] | (typeof recordProblemCodes)[number];

export type ProblemParams = Record<string, string | number>;

export interface Problem {
  code: ProblemCode;
  /** Where in the file, e.g. `jobs[41].amount`; absent for a problem with the whole file. */
  path?: string;
  params?: ProblemParams;
}

export type PathPart = string | number;

/** `['jobs', 41, 'amount']` → `jobs[41].amount`. */
export function formatPath(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

const ownCodes = new Set<string>(recordProblemCodes);

const expectedCodes: Record<string, ProblemCode> = {
  string: 'expected_text',
  number: 'expected_number',
  int: 'expected_number',
  array: 'expected_list',
  object: 'expected_object',
  record: 'expected_object',
  boolean: 'expected_boolean',
};

/** One zod issue → one problem per place (an unknown key is reported at the key itself). */
export function issueProblems(issue: z.core.$ZodIssue, prefix: readonly PathPart[]): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ code: 'unknown_field', path: formatPath([...path, key]) }));
  }
  const at = formatPath(path);
  // A wrong type is named by the type expected (the schemas' own codes speak to a form's user).
  // The issue carries its input only when parsed with `reportInput: true`.
  if (issue.code === 'invalid_type' && issue.expected !== 'int') {
    if (issue.input === undefined) return [{ code: 'missing', path: at }];
    return [{ code: expectedCodes[issue.expected] ?? 'invalid', path: at }];
  }
  if (ownCodes.has(issue.message)) {
    return [{ code: issue.message as ProblemCode, path: at }];
  }
  switch (issue.code) {
    case 'invalid_value':
      return [
        {
          code: 'invalid_choice',
          path: at,
          params: { options: issue.values.map((v) => String(v)).join(', ') },
        },
      ];
    case 'invalid_format':
      return [{ code: issue.format === 'datetime' ? 'invalid_instant' : 'invalid', path: at }];
    case 'invalid_key':
      return [{ code: 'invalid_stamp', path: at }];
    default:
      return [{ code: 'invalid', path: at }];
  }
}

/** Collects problems up to a limit, counting the rest, so a badly broken file stays readable. */
export class ProblemList {
  readonly items: Problem[] = [];
  total = 0;

  constructor(readonly limit = 50) {}

  add(problem: Problem) {
    if (this.items.some((p) => p.code === problem.code && p.path === problem.path)) return;
    this.total += 1;
    if (this.items.length < this.limit) this.items.push(problem);
  }

  get full(): boolean {
    return this.total >= this.limit;
  }
}
