/**
 * Work going on for a client who has not paid: a decision about warning them, about the oldest bill
 * past due. Money marked as sent is not chased: a client whose past-due money is all on its way is
 * left alone while the post may still bring it, and after MAIL_DAYS is listed for a check (the
 * article's cheques went to an old address; pressing them would have been wrong). Once the last
 * warning's deadline has passed, the situation begins again the day after it, so the warning
 * decided before does not settle the decision about slowing down.
 */
import { addDays, daysBetween, type Day } from '../../../dates';
import type { JobBalance } from '../../../metrics';
import { isLive } from '../../../records/live';
import type { Ledger } from '../../fact-book';
import type { SituationContext, SituationFound } from '../../template';
import { warningsOnRecord } from './deadline';
import { warnBeforeSlowing } from './definition';

/** Days a payment may take in the post before it is worth asking where it went. */
export const MAIL_DAYS = 14;

const oldestFirst = (a: JobBalance, b: JobBalance) =>
  b.daysOverdue - a.daysOverdue || (a.jobId < b.jobId ? -1 : 1);

export function situations(ledger: Ledger, asOf: Day, context: SituationContext): SituationFound[] {
  const found: SituationFound[] = [];
  for (const client of context.parties.values()) {
    if (client.kind !== 'client') continue;
    const overdue = context.overdue(client.id);
    if (overdue.length === 0) continue;
    const open = (context.jobsByClient.get(client.id) ?? []).filter((j) => j.status === 'open');
    if (open.length === 0) continue;
    const name = client.name.slice(0, 200);
    const notSent = overdue.filter((b) => b.outstanding - b.sent > 0).sort(oldestFirst);
    const oldest = notSent[0];
    if (oldest) {
      const firstDue = notSent.map((b) => b.fallsDueOn!).sort()[0]!;
      const warning = warningsOnRecord(ledger.contacts, client.id, firstDue, asOf);
      if (warning.deadline !== null && warning.deadline < asOf) {
        found.push({
          templateId: warnBeforeSlowing.id,
          partyId: client.id,
          jobId: oldest.jobId,
          since: addDays(warning.deadline, 1),
          reason: {
            key: 'worksheets.needs.warningDeadlinePassed',
            params: { name, deadline: { day: warning.deadline } },
          },
        });
        continue;
      }
      found.push({
        templateId: warnBeforeSlowing.id,
        partyId: client.id,
        jobId: oldest.jobId,
        since: firstDue,
        reason: {
          key: 'worksheets.needs.workWhileUnpaid',
          params: { name, count: open.length, days: oldest.daysOverdue },
        },
      });
      continue;
    }
    // Everything past due is marked as sent: ask where it went once the post has had its time.
    const jobIds = new Set(overdue.map((b) => b.jobId));
    const firstSent = ledger.payments
      .filter(
        (p) =>
          isLive(p) &&
          p.partyId === client.id &&
          p.direction === 'client_to_me' &&
          p.sentOn <= asOf &&
          (p.receivedOn === null || p.receivedOn > asOf) &&
          p.allocations.some((a) => jobIds.has(a.jobId)),
      )
      .map((p) => p.sentOn)
      .sort()[0];
    if (firstSent === undefined || daysBetween(firstSent, asOf) < MAIL_DAYS) continue;
    const first = [...overdue].sort(oldestFirst)[0]!;
    const onItsWay = overdue
      .filter((b) => b.currency === first.currency)
      .reduce((t, b) => t + Math.min(b.sent, b.outstanding), 0);
    found.push({
      templateId: warnBeforeSlowing.id,
      partyId: client.id,
      jobId: first.jobId,
      since: addDays(firstSent, MAIL_DAYS),
      reason: {
        key: 'worksheets.needs.paymentAstray',
        params: {
          name,
          amount: { minor: onItsWay, currency: first.currency },
          sentOn: { day: firstSent },
        },
      },
    });
  }
  return found;
}
