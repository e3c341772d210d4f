/** The facts "who should pay whom?" reads: the job's bill, what was paid, the subcontractor's fee. */
import type { Day } from '../../../dates';
import { clientFigures, isBillable, jobBalances } from '../../../metrics';
import type { Currency } from '../../../money';
import type { Job, Party } from '../../../records';
import { linesSubcontractorCost, linesTotal } from '../../../records/job-lines';
import { liveOnly } from '../../../records/live';
import {
  addProjection,
  addRelationship,
  source,
  type FactBook,
  type Ledger,
} from '../../fact-book';

export function whoPaysFacts(
  book: FactBook,
  client: Party,
  job: Job | undefined,
  ledger: Ledger,
  asOf: Day,
  currency: Currency,
) {
  const figures = clientFigures(client, ledger.jobs, ledger, asOf);
  if (job) {
    const balance = jobBalances([job], ledger, asOf).get(job.id);
    const from = source('job', { job: job.title.slice(0, 200) });
    const paid = balance?.paid ?? 0;
    const billed = linesTotal(job.lines);
    book.set('jobAmount', billed, from);
    book.set('paidSoFar', paid, from);
    book.set(
      'outstanding',
      isBillable(job) ? (balance?.outstanding ?? 0) : Math.max(0, billed - paid),
      from,
    );
    book.set('subcontractorCost', linesSubcontractorCost(job.lines), from);
    const toSub = liveOnly(ledger.payments)
      .filter((p) => p.direction === 'me_to_sub' && p.currency === job.currency)
      .flatMap((p) => p.allocations.filter((a) => a.jobId === job.id))
      .reduce((total, a) => total + a.amount, 0);
    book.set('paidToSubcontractor', toSub, source('subcontractorPayments'));
  }
  addRelationship(book, figures);
  addProjection(book, client, ledger, figures, asOf, currency);
}
