/** Totals of a job's lines, apart from the schemas so screens get them without zod. */
import type { JobLine } from './job-line';
import { hundredths, quantityTimes } from './quantity';

type Priced = Pick<JobLine, 'quantity' | 'unitPrice'>;

export function lineTotal(line: Priced): number {
  return quantityTimes(line.quantity, line.unitPrice);
}

/** What the job bills: the sum of its lines, each rounded on its own as an invoice shows them. */
export function linesTotal(lines: readonly Priced[]): number {
  let total = 0;
  for (const line of lines) total += lineTotal(line);
  return total;
}

/** What the subcontractor is paid for the job as ordered. */
export function linesSubcontractorCost(
  lines: readonly Pick<JobLine, 'quantity' | 'subcontractorUnitCost'>[],
): number {
  let total = 0;
  for (const line of lines) total += quantityTimes(line.quantity, line.subcontractorUnitCost);
  return total;
}

/** Units delivered (on time or late): the quantity less what the client did and what was not done. */
export function deliveredQuantity(
  line: Pick<JobLine, 'quantity' | 'doneByClient' | 'notDone'>,
): number {
  const q = hundredths(line.quantity) ?? 0;
  const gone = (hundredths(line.doneByClient) ?? 0) + (hundredths(line.notDone) ?? 0);
  return Math.max(0, q - gone) / 100;
}

/** One line for a job billed as a single amount: quantity 1, nothing went wrong. */
export function singleLine(amount: number, subcontractorCost = 0): JobLine {
  return {
    description: '',
    quantity: 1,
    unit: '',
    unitPrice: amount,
    subcontractorUnitCost: subcontractorCost,
    late: 0,
    doneByClient: 0,
    notDone: 0,
  };
}
