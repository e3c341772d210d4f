/**
 * A client overdue again: a bill more than the grace days past due now (money a standing promise
 * covers aside), and another bill of the payer model's window paid late beyond the grace before
 * it. A client never late before, or with nothing overdue, has nothing to decide here.
 */
import type { Day } from '../../../dates';
import { daysBeyondGrace } from '../../../metrics/payer/lateness';
import { payerModel } from '../../../metrics/payer/payer-model';
import type { Ledger } from '../../fact-book';
import type { SituationContext, SituationFound } from '../../template';
import { keepOrPart } from './definition';

export function situations(ledger: Ledger, asOf: Day, context: SituationContext): SituationFound[] {
  const found: SituationFound[] = [];
  const graceDays = context.owner.lateGraceDays;
  for (const client of context.parties.values()) {
    if (client.kind !== 'client') continue;
    const overdue = context.overdue(client.id).filter((b) => b.daysOverdue > graceDays);
    if (overdue.length === 0) continue;
    const now = new Set(overdue.map((b) => b.jobId));
    const model = payerModel(client, ledger, asOf, { graceDays });
    const before = model.invoices.filter(
      (i) => !now.has(i.jobId) && !i.stillOverdue && daysBeyondGrace(i, graceDays) > 0,
    ).length;
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
