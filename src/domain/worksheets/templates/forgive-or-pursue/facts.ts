/** The facts "forgive or pursue?" reads: the relationship, the bill in dispute, the referrals. */
import type { Day } from '../../../dates';
import { clientFigures, isBillable, jobBalances } from '../../../metrics';
import { latenessPattern } from '../../../metrics/lateness-pattern';
import { referralsBy } from '../../../metrics/referrals';
import type { Currency } from '../../../money';
import type { Job, Party } from '../../../records';
import { linesTotal } from '../../../records/job-lines';
import { liveOnly } from '../../../records/live';
import {
  addProjection,
  addRelationship,
  inCurrency,
  source,
  type FactBook,
  type Ledger,
} from '../../fact-book';

export function forgiveFacts(
  book: FactBook,
  client: Party,
  job: Job | undefined,
  ledger: Ledger,
  asOf: Day,
  currency: Currency,
) {
  const figures = clientFigures(client, ledger.jobs, ledger, asOf);
  addRelationship(book, figures);
  book.set('jobCount', figures.jobCount, source('jobs'));
  book.set('revenueToDate', inCurrency(figures.billed, currency), source('jobs'));
  const except = job ? [job.id] : [];
  const lateness = latenessPattern(client.id, ledger.jobs, ledger, asOf, {
    exceptJobIds: except,
  });
  book.set('lateBefore', lateness.lateCount, source('payments', { count: lateness.counted }));
  book.set('onTimeRate', figures.onTimeRate, source('payments', { count: figures.settledCount }));
  const complaints = liveOnly(ledger.contacts).filter(
    (c) => c.partyId === client.id && c.kind === 'complaint' && (!job || c.jobId !== job.id),
  ).length;
  book.set('complaintsBefore', complaints, source('contacts'));
  if (job) {
    const balance = jobBalances([job], ledger, asOf).get(job.id);
    const paid = balance?.paid ?? 0;
    const amount = isBillable(job)
      ? (balance?.outstanding ?? 0)
      : Math.max(0, linesTotal(job.lines) - paid);
    book.set('amountInDispute', amount, source('job', { job: job.title.slice(0, 200) }));
  } else {
    book.set('amountInDispute', inCurrency(figures.outstanding, currency), source('outstanding'));
  }
  const referrals = referralsBy(client.id, ledger.parties, ledger.jobs, ledger.contacts, asOf);
  book.set('referralCount', referrals.count, source('referrals'));
  book.set('referralRevenue', inCurrency(referrals.revenue, currency), source('referrals'));
  addProjection(book, client, ledger, figures, asOf, currency);
}
