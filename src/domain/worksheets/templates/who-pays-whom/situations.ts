/**
 * Jobs gone wrong with a subcontractor on them, while there is still money between you and the
 * client to settle: a job whose bill is wholly let off or written off, with nothing paid on it,
 * leaves nothing to decide.
 */
import { isBillable } from '../../../metrics';
import { linesTotal } from '../../../records/job-lines';
import type { SituationContext, SituationFound } from '../../template';
import { whoPaysWhom } from './definition';

export function situations(context: SituationContext): SituationFound[] {
  const { parties, jobs, balances } = context;
  const found: SituationFound[] = [];
  for (const job of jobs) {
    if (job.problems.length === 0 || job.subcontractorId === null || job.status === 'cancelled') {
      continue;
    }
    const sub = parties.get(job.subcontractorId);
    if (!sub) continue;
    const balance = balances.get(job.id);
    const paid = balance?.paid ?? 0;
    const owed = isBillable(job) ? (balance?.outstanding ?? 0) : linesTotal(job.lines) - paid;
    if (owed <= 0 && paid <= 0) continue;
    found.push({
      templateId: whoPaysWhom.id,
      partyId: job.clientId,
      jobId: job.id,
      since: job.doneOn ?? job.orderedOn,
      reason: {
        key: 'worksheets.needs.wentWrong',
        params: {
          name: parties.get(job.clientId)!.name.slice(0, 200),
          job: job.title.slice(0, 200),
          subcontractor: sub.name.slice(0, 200),
        },
      },
    });
  }
  return found;
}
