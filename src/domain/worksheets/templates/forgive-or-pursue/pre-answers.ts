/**
 * What the records already answer of the owner's questions, with where it came from: whether the
 * complaint holds (the job's problem flags, where they say the work was at fault) and when it was
 * raised (the first dispute or complaint about the job, timed against the bill and the reminders).
 * Each only pre-fills its question: the owner can always answer otherwise.
 */
import type { Day } from '../../../dates';
import { billedOn, isBilledBy } from '../../../metrics/billable';
import { disputeTiming } from '../../../metrics/dispute-timing';
import type { Job, JobProblem, Reason } from '../../../records';
import { isLive } from '../../../records/live';
import { source, type Ledger } from '../../fact-book';

export interface PreAnswer {
  value: string | null;
  from: Reason;
}

/** The work itself was at fault: ours, or our subcontractor's. */
const AT_FAULT: readonly JobProblem[] = ['not_done', 'done_badly', 'subcontractor_fault'];
/** Part of it was: late, or the client had to redo some of it. */
const PARTLY_AT_FAULT: readonly JobProblem[] = ['late', 'redone_by_client'];

const nothingRecorded = source('forgiveNothingRecorded');

/** 'yes' or 'partly' when the job's problems say so; a bare "complaint" flag says nothing. */
export function complaintOnRecord(job: Job | undefined): PreAnswer {
  if (!job) return { value: null, from: nothingRecorded };
  const from = source('forgiveProblems', { job: job.title.slice(0, 200) });
  if (job.problems.some((p) => AT_FAULT.includes(p))) return { value: 'yes', from };
  if (job.problems.some((p) => PARTLY_AT_FAULT.includes(p))) return { value: 'partly', from };
  return { value: null, from: nothingRecorded };
}

/**
 * When the client first raised the problem: no later than the bill went out ('before_invoice'),
 * only after a reminder about it ('when_chased'), or after the bill on their own ('after_invoice').
 */
export function raisedOnRecord(job: Job | undefined, ledger: Ledger, asOf: Day): PreAnswer {
  if (!job) return { value: null, from: nothingRecorded };
  let first: { on: Day; kind: 'dispute' | 'complaint' } | null = null;
  for (const d of ledger.disputes) {
    if (!isLive(d) || d.jobId !== job.id || d.raisedOn > asOf) continue;
    if (first === null || d.raisedOn < first.on) first = { on: d.raisedOn, kind: 'dispute' };
  }
  for (const c of ledger.contacts) {
    if (!isLive(c) || c.kind !== 'complaint' || c.jobId !== job.id || c.on > asOf) continue;
    if (first === null || c.on < first.on) first = { on: c.on, kind: 'complaint' };
  }
  if (first === null) return { value: null, from: nothingRecorded };
  const from = source(
    first.kind === 'dispute' ? 'forgiveRaisedDispute' : 'forgiveRaisedComplaint',
    {
      day: { day: first.on },
    },
  );
  if (!isBilledBy(job, first.on) || first.on <= billedOn(job)) {
    return { value: 'before_invoice', from };
  }
  const timing = disputeTiming({ raisedOn: first.on }, job, ledger.contacts);
  return { value: timing === 'when_chased' ? 'when_chased' : 'after_invoice', from };
}
