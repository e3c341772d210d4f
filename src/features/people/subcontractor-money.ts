/**
 * A subcontractor's page, seen from the owner's side: what I still owe them for the jobs they
 * billed me (each job's subcontractor cost less what reached them), what I sent that has not
 * reached them yet, and what they paid me back (charge-backs, refunds). Read the way the "Warn
 * before slowing down" worksheet reads it, so the page and the worksheet never disagree: only billed
 * jobs are owed, and a payment counts once it has arrived.
 */
import type { Day } from '../../domain/dates';
import { isBilledBy } from '../../domain/metrics/billable';
import { addToTotals, type Currency, type Totals } from '../../domain/money';
import { linesSubcontractorCost, type Id, type Job, type Payment } from '../../domain/records';
import { liveOnly } from '../../domain/records/live';

export interface SubcontractorJobOwed {
  currency: Currency;
  cost: number;
  /** Of the cost, what reached them. */
  paid: number;
  /** What I still owe them for this job; 0 for a job not billed yet. */
  owed: number;
}

export interface SubcontractorMoney {
  byJob: Map<Id, SubcontractorJobOwed>;
  /** What I owe them, over their billed jobs. */
  owed: Totals;
  /** Sent to them, not arrived yet. */
  sent: Totals;
  /** What they paid me back: charge-backs and refunds that arrived. */
  paidBack: Totals;
}

export function subcontractorMoney(
  subcontractorId: Id,
  jobs: readonly Job[],
  payments: readonly Payment[],
  asOf: Day,
): SubcontractorMoney {
  const mine = liveOnly(payments).filter((p) => p.partyId === subcontractorId && p.sentOn <= asOf);
  const arrived = (p: Payment) => p.receivedOn !== null && p.receivedOn <= asOf;
  const toThem = mine.filter((p) => p.direction === 'me_to_sub');
  const byJob = new Map<Id, SubcontractorJobOwed>();
  const owed: Totals = {};
  for (const job of liveOnly(jobs).filter((j) => j.subcontractorId === subcontractorId)) {
    const cost = linesSubcontractorCost(job.lines);
    const paid = toThem
      .filter((p) => arrived(p) && p.currency === job.currency)
      .flatMap((p) => p.allocations.filter((a) => a.jobId === job.id))
      .reduce((sum, a) => sum + a.amount, 0);
    const due = isBilledBy(job, asOf) ? Math.max(0, cost - paid) : 0;
    byJob.set(job.id, { currency: job.currency, cost, paid, owed: due });
    if (due > 0) addToTotals(owed, job.currency, due);
  }
  const sent: Totals = {};
  for (const p of toThem.filter((p) => !arrived(p))) addToTotals(sent, p.currency, p.amount);
  const paidBack: Totals = {};
  for (const p of mine.filter((p) => p.direction === 'sub_to_me' && arrived(p)))
    addToTotals(paidBack, p.currency, p.amount);
  return { byJob, owed, sent, paidBack };
}
