/**
 * What a credit, write-off, dispute, promise or invoice may say about a job: only a job of the
 * client it is about, and, where it carries money, in the job's currency (sums never mix currencies).
 */
import type { JobInput } from './job';

export function ownJobProblem(
  record: { partyId: string; currency?: string },
  job: Pick<JobInput, 'clientId' | 'currency'> | undefined,
): 'not_their_job' | 'currency_mismatch' | null {
  if (!job) return null;
  if (job.clientId !== record.partyId) return 'not_their_job';
  if (record.currency !== undefined && job.currency !== record.currency) return 'currency_mismatch';
  return null;
}
