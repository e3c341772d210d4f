/**
 * What happened to a job's units, in money: line by line, the units the client did themselves, the
 * units nobody did and the units delivered late, each at the client's price (what the bill would
 * charge for them) and at the subcontractor's price per unit (what he would be paid for them). The
 * two prices are never mixed: a credit to the client is at the client's price, what the
 * subcontractor bears is at his.
 */
import type { JobLine } from '../../../records';
import { lineTotal } from '../../../records/job-lines';
import { quantityTimes } from '../../../records/quantity';

export interface UnitTally {
  /** What the lines bill as ordered. */
  billed: number;
  /** At the client's price: done by the client's own people, not done at all, delivered late. */
  clientDid: number;
  notDone: number;
  late: number;
  /** At the subcontractor's price: the whole order, what he did not deliver, what he delivered late. */
  subcontractorCost: number;
  subcontractorUndelivered: number;
  subcontractorLate: number;
}

type Line = Pick<
  JobLine,
  'quantity' | 'unitPrice' | 'subcontractorUnitCost' | 'late' | 'doneByClient' | 'notDone'
>;

export function unitTally(lines: readonly Line[]): UnitTally {
  const tally: UnitTally = {
    billed: 0,
    clientDid: 0,
    notDone: 0,
    late: 0,
    subcontractorCost: 0,
    subcontractorUndelivered: 0,
    subcontractorLate: 0,
  };
  for (const line of lines) {
    const cost = line.subcontractorUnitCost;
    tally.billed += lineTotal(line);
    tally.clientDid += quantityTimes(line.doneByClient, line.unitPrice);
    tally.notDone += quantityTimes(line.notDone, line.unitPrice);
    tally.late += quantityTimes(line.late, line.unitPrice);
    tally.subcontractorCost += quantityTimes(line.quantity, cost);
    // Each part rounded on its own, as line totals are; the settlement caps credits at the bill.
    tally.subcontractorUndelivered +=
      quantityTimes(line.doneByClient, cost) + quantityTimes(line.notDone, cost);
    tally.subcontractorLate += quantityTimes(line.late, cost);
  }
  return tally;
}

/** The share of the bill (by value, 0–100, whole percent) the client ended up doing themselves. */
export function clientSharePercent(tally: Pick<UnitTally, 'billed' | 'clientDid'>): number {
  return tally.billed > 0 ? Math.round((100 * tally.clientDid) / tally.billed) : 0;
}
