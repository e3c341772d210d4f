/**
 * What a job's status looks like on screen and the one-tap steps that move it along. The stored
 * status says where the work stands (open, done, invoiced, cancelled); what happened to the money
 * (paid, credited, written off, in dispute) is derived from the balance and shown instead.
 */
import type { Day } from '../../domain/dates';
import type { JobBalance } from '../../domain/metrics';
import type { Job, JobInput, JobStatus } from '../../domain/records';
import { jobInputOf } from './job-draft';

/** A stored status, or what the money records say about a billed job. */
export type ShownStatus = JobStatus | 'paid' | 'credited' | 'written_off' | 'disputed';
export const shownStatuses = [
  'open',
  'done',
  'invoiced',
  'disputed',
  'paid',
  'credited',
  'written_off',
  'cancelled',
] as const satisfies readonly ShownStatus[];

export function isShownStatus(value: string): value is ShownStatus {
  return (shownStatuses as readonly string[]).includes(value);
}

/**
 * The status to show: an open dispute reads "Disputed"; a billed job whose bill is covered reads
 * by what closed it ("Paid", "Credited", "Written off"), so recording the last payment, credit or
 * write-off is enough, without also editing the job.
 */
export function shownStatus(
  job: Pick<Job, 'status'>,
  balance: JobBalance | undefined,
): ShownStatus {
  if (job.status === 'cancelled' || balance === undefined) return job.status;
  if (balance.inDispute > 0) return 'disputed';
  if (balance.billed > 0 && balance.settledBy !== null) {
    if (balance.settledBy === 'write_off') return 'written_off';
    if (balance.settledBy === 'credit') return 'credited';
    return 'paid';
  }
  return job.status;
}

/**
 * The stored statuses a job may have to show as `shown`, so the list can read just those through
 * the status index: what the money says is shown only for billed (done or invoiced) jobs, and a
 * dispute may be raised on an open one too.
 */
export function storedStatusesShownAs(shown: ShownStatus): JobStatus[] {
  if (shown === 'disputed') return ['open', 'done', 'invoiced'];
  if (shown === 'paid' || shown === 'credited' || shown === 'written_off') {
    return ['done', 'invoiced'];
  }
  return [shown];
}

export type StatusTone = 'plain' | 'ok' | 'warn' | 'danger';

export function statusTone(status: ShownStatus): StatusTone {
  if (status === 'paid' || status === 'credited') return 'ok';
  if (status === 'disputed') return 'danger';
  if (status === 'written_off') return 'warn';
  return 'plain';
}

export type QuickStep = 'done' | 'invoiced';

/** The next natural steps from a job's status; an invoiced or cancelled job has none. */
export function quickSteps(status: JobStatus): QuickStep[] {
  if (status === 'open') return ['done'];
  if (status === 'done') return ['invoiced'];
  return [];
}

/** The job after a quick step: done and invoiced also date that step today, unless already dated. */
export function applyStep(job: Job, step: QuickStep, today: Day): JobInput {
  const input = jobInputOf(job);
  input.status = step;
  if (step === 'done') input.doneOn ??= today;
  if (step === 'invoiced') input.invoicedOn ??= today;
  return input;
}
