/** A bill in open dispute, or an unpaid one the client complained about; nothing once settled. */
import { billedOn } from '../../../metrics';
import { isLive } from '../../../records/live';
import type { Ledger } from '../../fact-book';
import type { SituationContext, SituationFound } from '../../template';
import { forgiveOrPursue } from './definition';

export function situations(ledger: Ledger, context: SituationContext): SituationFound[] {
  const { parties, jobs, balances } = context;
  const complainedAbout = new Set(
    ledger.contacts
      .filter((c) => isLive(c) && c.kind === 'complaint' && c.jobId !== null)
      .map((c) => c.jobId!),
  );
  const found: SituationFound[] = [];
  for (const job of jobs) {
    const balance = balances.get(job.id);
    const owed = balance?.outstanding ?? 0;
    const disputed = (balance?.inDispute ?? 0) > 0 || (complainedAbout.has(job.id) && owed > 0);
    if (!disputed || owed <= 0 || job.status === 'cancelled') continue;
    found.push({
      templateId: forgiveOrPursue.id,
      partyId: job.clientId,
      jobId: job.id,
      since: billedOn(job),
      reason: {
        key: 'worksheets.needs.disputed',
        params: {
          name: parties.get(job.clientId)!.name.slice(0, 200),
          job: job.title.slice(0, 200),
          amount: { minor: owed, currency: job.currency },
        },
      },
    });
  }
  return found;
}
