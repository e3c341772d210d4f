/**
 * What a job's status looks like on screen and the one-tap steps that move it along.
 */
import type { Day } from '../../domain/dates';
import type { JobBalance } from '../../domain/metrics';
import type { Job, JobInput, JobStatus } from '../../domain/records';
import { jobInputOf } from './job-draft';

/**
 * The status to show: a done or invoiced job whose received payments cover the bill reads "Paid",
 * so recording the last payment is enough, without also editing the job.
 */
export function shownStatus(job: Pick<Job, 'status'>, balance: JobBalance | undefined): JobStatus {
  if (
    (job.status === 'done' || job.status === 'invoiced') &&
    balance !== undefined &&
    balance.billed > 0 &&
    balance.settledOn !== null
  ) {
    return 'paid';
  }
  return job.status;
}

/**
 * The stored statuses a job may have to show as `shown`, so the list can read just those through
 * the status index: "Paid" also covers done and invoiced jobs whose payments cover the bill.
 */
export function storedStatusesShownAs(shown: JobStatus): JobStatus[] {
  return shown === 'paid' ? ['paid', 'done', 'invoiced'] : [shown];
}

export type StatusTone = 'plain' | 'ok' | 'warn' | 'danger';

export function statusTone(status: JobStatus): StatusTone {
  if (status === 'paid') return 'ok';
  if (status === 'disputed') return 'danger';
  if (status === 'written_off') return 'warn';
  return 'plain';
}

export type QuickStep = 'done' | 'invoiced' | 'disputed';

/** The next natural steps from a job's status; a paid or closed job has none. */
export function quickSteps(status: JobStatus): QuickStep[] {
  if (status === 'open') return ['done', 'disputed'];
  if (status === 'done') return ['invoiced', 'disputed'];
  if (status === 'invoiced') return ['disputed'];
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
