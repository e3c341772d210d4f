/** A client overdue again: late before, and overdue now (money a standing promise covers aside). */
import type { Day } from '../../../dates';
import { latenessPattern } from '../../../metrics/lateness-pattern';
import type { Ledger } from '../../fact-book';
import type { SituationContext, SituationFound } from '../../template';
import { keepOrPart } from './definition';

export function situations(ledger: Ledger, asOf: Day, context: SituationContext): SituationFound[] {
  const found: SituationFound[] = [];
  for (const client of context.parties.values()) {
    if (client.kind !== 'client') continue;
    const overdue = context.overdue(client.id);
    if (overdue.length === 0) continue;
    const before = latenessPattern(client.id, ledger.jobs, ledger, asOf, {
      exceptJobIds: overdue.map((b) => b.jobId),
    }).lateCount;
    if (before === 0) continue;
    const since = [...overdue.map((b) => b.fallsDueOn!)].sort()[0]!;
    const days = Math.max(...overdue.map((b) => b.daysOverdue));
    found.push({
      templateId: keepOrPart.id,
      partyId: client.id,
      jobId: null,
      since,
      reason: {
        key: 'worksheets.needs.overdueAgain',
        params: { name: client.name.slice(0, 200), count: before, days },
      },
    });
  }
  return found;
}
