/** Work going on for a client who has not paid: warn first, about the oldest overdue bill. */
import type { SituationContext, SituationFound } from '../../template';
import { warnBeforeSlowing } from './definition';

export function situations(context: SituationContext): SituationFound[] {
  const found: SituationFound[] = [];
  for (const client of context.parties.values()) {
    if (client.kind !== 'client') continue;
    const overdue = context.overdue(client.id);
    if (overdue.length === 0) continue;
    const open = (context.jobsByClient.get(client.id) ?? []).filter((j) => j.status === 'open');
    if (open.length === 0) continue;
    const since = [...overdue.map((b) => b.fallsDueOn!)].sort()[0]!;
    const days = Math.max(...overdue.map((b) => b.daysOverdue));
    const oldest = [...overdue].sort((a, b) => b.daysOverdue - a.daysOverdue)[0]!;
    found.push({
      templateId: warnBeforeSlowing.id,
      partyId: client.id,
      jobId: oldest.jobId,
      since,
      reason: {
        key: 'worksheets.needs.workWhileUnpaid',
        params: { name: client.name.slice(0, 200), count: open.length, days },
      },
    });
  }
  return found;
}
