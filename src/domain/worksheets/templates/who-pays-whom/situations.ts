/** Jobs gone wrong with a subcontractor on them. */
import type { SituationContext, SituationFound } from '../../template';
import { whoPaysWhom } from './definition';

export function situations(context: SituationContext): SituationFound[] {
  const { parties, jobs } = context;
  const found: SituationFound[] = [];
  for (const job of jobs) {
    if (job.problems.length === 0 || job.subcontractorId === null || job.status === 'cancelled') {
      continue;
    }
    const sub = parties.get(job.subcontractorId);
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
          subcontractor: (sub?.name ?? '').slice(0, 200),
        },
      },
    });
  }
  return found;
}
