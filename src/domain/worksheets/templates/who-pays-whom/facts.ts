/**
 * The facts "who should pay whom?" reads: the job's bill and what happened to its units, what was
 * paid, the subcontractor's price per unit and what he was paid, and what the client is worth over
 * the next year (the relationship value, this job left out). Also the two pre-answers the job
 * holds: whose fault (its problem flags) and the client's share (its lines).
 */
import type { Day } from '../../../dates';
import { clientFigures, isBillable, jobBalances } from '../../../metrics';
import { relationshipValue, type RelationshipValue } from '../../../metrics/relationship-value';
import type { Currency } from '../../../money';
import type { Job, JobProblem, Party } from '../../../records';
import { liveOnly } from '../../../records/live';
import { addRelationship, source, type FactBook, type Ledger } from '../../fact-book';
import { clientSharePercent, unitTally } from './units';

/** Problems that say the work itself failed (not only that the client complained). */
const failures: readonly JobProblem[] = ['late', 'not_done', 'done_badly', 'redone_by_client'];

/**
 * Whose fault, as the job's problem flags say: the subcontractor's when flagged so and he was on
 * the job; yours when the work failed otherwise (your name was on it); unknown (asked) when the
 * flags say nothing about the work — a complaint alone does not say whose fault it was.
 */
export function faultFromProblems(
  problems: readonly JobProblem[],
  hasSubcontractor: boolean,
): 'mine' | 'subcontractor' | null {
  if (hasSubcontractor && problems.includes('subcontractor_fault')) return 'subcontractor';
  return problems.some((p) => failures.includes(p)) ? 'mine' : null;
}

/** Where the value came from, with how sure it is and the window it reads. */
function valueSource(value: RelationshipValue, since: Day) {
  if (value.priorSource === 'none') return source('whoPays.valueNone');
  return source(`whoPays.value.${value.confidence}`, {
    count: value.invoicesCounted,
    day: { day: since },
  });
}

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
    const jobName = { job: job.title.slice(0, 200) };
    const fromJob = source('job', jobName);
    const fromLines = source('whoPays.lines', jobName);
    const units = unitTally(job.lines);
    const paid = balance?.paid ?? 0;
    book.set('jobAmount', units.billed, fromJob);
    book.set('paidSoFar', paid, fromJob);
    book.set(
      'outstanding',
      isBillable(job) ? (balance?.outstanding ?? 0) : Math.max(0, units.billed - paid),
      fromJob,
    );
    book.set('clientDidValue', units.clientDid, fromLines);
    book.set('notDoneValue', units.notDone, fromLines);
    book.set('lateValue', units.late, fromLines);
    book.set(
      'deliveredValue',
      Math.max(0, units.billed - units.clientDid - units.notDone),
      fromLines,
    );
    book.set('clientShareOnRecord', clientSharePercent(units), fromLines);
    const sub = ledger.parties.find((p) => p.id === job.subcontractorId);
    book.set(
      'faultOnRecord',
      faultFromProblems(job.problems, sub !== undefined),
      source('whoPays.problems', jobName),
    );
    if (sub) {
      const atHisPrice = source('whoPays.subcontractorLines', jobName);
      book.set('subcontractorCost', units.subcontractorCost, atHisPrice);
      book.set('subcontractorUndelivered', units.subcontractorUndelivered, atHisPrice);
      book.set('subcontractorLate', units.subcontractorLate, atHisPrice);
      const toSub = liveOnly(ledger.payments)
        .filter(
          (p) => p.direction === 'me_to_sub' && p.partyId === sub.id && p.currency === job.currency,
        )
        .flatMap((p) => p.allocations.filter((a) => a.jobId === job.id))
        .reduce((total, a) => total + a.amount, 0);
      book.set('paidToSubcontractor', toSub, source('subcontractorPayments'));
    }
  }
  addRelationship(book, figures);
  const value = relationshipValue(client.id, ledger, asOf, currency, {
    excludeJobIds: job ? [job.id] : [],
    since: figures.since,
  });
  book.set('clientYearValue', value.total, valueSource(value, figures.since));
}
