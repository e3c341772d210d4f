/** A file problem in plain words, with its place first: `jobs[41].amount: expected a whole number of cents`. */
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/i18n.svelte';
import type { Problem } from '../../state/sync.svelte';

export function problemText(problem: Problem): string {
  // The same code names a file too large to read and a value too large for its field.
  const code = problem.code === 'too_large' && problem.path ? 'too_large_value' : problem.code;
  const message = t(`sync.problem.${code}` as MessageKey, problem.params);
  return problem.path ? `${problem.path}: ${message}` : message;
}
