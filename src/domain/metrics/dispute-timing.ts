/**
 * When a dispute came: before the bill was due (a fair question), only once the client was chased
 * (a reason not to pay, perhaps), or after it fell due without a chase. Never stored: it follows
 * from the day raised, the job's due date and the reminders sent.
 */
import type { Day } from '../dates';
import type { Contact, Dispute, Id, Job } from '../records';
import { isLive } from '../records/live';
import { dueDate } from './due-date';

export const disputeTimings = ['before_due', 'when_chased', 'after_due'] as const;
export type DisputeTiming = (typeof disputeTimings)[number];

const chasing = new Set<Contact['kind']>(['reminder_sent', 'warning_sent']);

export type DisputeTimingCounts = Record<DisputeTiming, number>;

/** How the client's disputes raised by `asOf` came: a client who disputes only once chased differs. */
export function disputeTimingCounts(
  clientId: Id,
  disputes: readonly Dispute[],
  jobs: readonly Job[],
  contacts: readonly Contact[],
  asOf: Day,
): DisputeTimingCounts {
  const counts: DisputeTimingCounts = { before_due: 0, when_chased: 0, after_due: 0 };
  const byId = new Map(jobs.filter(isLive).map((j) => [j.id, j]));
  for (const dispute of disputes) {
    if (!isLive(dispute) || dispute.partyId !== clientId || dispute.raisedOn > asOf) continue;
    const job = byId.get(dispute.jobId);
    if (job) counts[disputeTiming(dispute, job, contacts)] += 1;
  }
  return counts;
}

/** Reads only the day raised, so a complaint logged as a contact is timed the same way. */
export function disputeTiming(
  dispute: Pick<Dispute, 'raisedOn'>,
  job: Job,
  contacts: readonly Contact[],
): DisputeTiming {
  const due = dueDate(job);
  if (due === null || dispute.raisedOn <= due) return 'before_due';
  const chased = contacts.some(
    (c) =>
      isLive(c) &&
      c.partyId === job.clientId &&
      chasing.has(c.kind) &&
      (c.jobId === null || c.jobId === job.id) &&
      c.on < dispute.raisedOn,
  );
  return chased ? 'when_chased' : 'after_due';
}
