/**
 * Days late for each of a client's jobs, in the order they fell due: the figures of the scorecard's
 * chart. A job paid in full counts its days late when settled; a job still owing counts its days
 * overdue so far, so a client who stopped paying does not look punctual. Jobs not yet due, or
 * written off, are left out, as latenessPattern does.
 */
import type { Day } from '../dates';
import { jobBalances, jobsOfClient, moneyOfParty, type MoneyRecords } from '../metrics';
import type { Id, Job } from '../records';
import { isLive } from '../records/live';

export interface JobLateness {
  jobId: Id;
  title: string;
  dueOn: Day;
  daysLate: number;
  /** False while the job is still owing: its days are counted up to `asOf`. */
  settled: boolean;
  settledOn: Day | null;
}

export function jobLatenessHistory(
  clientId: Id,
  jobs: readonly Job[],
  money: MoneyRecords,
  asOf: Day,
): JobLateness[] {
  // The same group latenessPattern reads, so the balances are worked out once for both.
  const theirJobs = jobsOfClient(jobs, clientId);
  const titles = new Map(theirJobs.filter(isLive).map((j) => [j.id, j.title]));
  const rows: JobLateness[] = [];
  for (const b of jobBalances(theirJobs, moneyOfParty(money, clientId), asOf).values()) {
    if (b.fallsDueOn === null || b.fallsDueOn > asOf) continue;
    if (b.settledBy === 'write_off') continue;
    if (b.settledOn === null && b.daysOverdue <= 0) continue;
    rows.push({
      jobId: b.jobId,
      title: titles.get(b.jobId) ?? '',
      dueOn: b.fallsDueOn,
      daysLate: b.daysLate ?? b.daysOverdue,
      settled: b.settledOn !== null,
      settledOn: b.settledOn,
    });
  }
  return rows.sort((a, b) =>
    a.dueOn !== b.dueOn ? (a.dueOn < b.dueOn ? -1 : 1) : a.jobId < b.jobId ? -1 : 1,
  );
}
