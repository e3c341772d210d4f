/** The facts "warn before slowing down" reads, for the side you are on: owed to you, or by you. */
import { daysBetween, type Day } from '../../../dates';
import { isBillable, jobBalances } from '../../../metrics';
import type { Currency } from '../../../money';
import type { Party } from '../../../records';
import { linesSubcontractorCost } from '../../../records/job-lines';
import { liveOnly } from '../../../records/live';
import { source, type FactBook, type Ledger } from '../../fact-book';

export function warnFacts(
  book: FactBook,
  party: Party,
  ledger: Ledger,
  asOf: Day,
  currency: Currency,
) {
  const fromParty = source('party');
  const theyOwe = party.kind === 'client';
  book.set('side', theyOwe ? 'they_owe_me' : 'i_owe_them', fromParty);
  book.set('termsNetDays', party.termsNetDays, fromParty);
  book.set('addressConfirmedOn', party.addressConfirmedOn, fromParty);
  book.set(
    'addressAgeDays',
    party.addressConfirmedOn === null
      ? null
      : Math.max(0, daysBetween(party.addressConfirmedOn, asOf)),
    fromParty,
  );
  const jobs = liveOnly(ledger.jobs);
  const payments = liveOnly(ledger.payments);
  if (theyOwe) {
    const theirJobs = jobs.filter((j) => j.clientId === party.id);
    const balances = [...jobBalances(theirJobs, ledger, asOf).values()];
    const inCur = balances.filter((b) => b.currency === currency);
    const overdue = inCur.filter((b) => b.daysOverdue > 0);
    const owing = source('outstanding');
    book.set(
      'outstanding',
      inCur.reduce((t, b) => t + b.outstanding, 0),
      owing,
    );
    book.set('overdueCount', overdue.length, owing);
    book.set('oldestDaysOverdue', Math.max(0, ...overdue.map((b) => b.daysOverdue)), owing);
    book.set(
      'inTheMail',
      inCur.reduce((t, b) => t + (b.outstanding > 0 ? Math.min(b.sent, b.outstanding) : 0), 0),
      source('inTheMail'),
    );
    const firstDue = overdue.map((b) => b.dueOn!).sort()[0];
    const chasedSince = liveOnly(ledger.contacts).filter(
      (c) =>
        c.partyId === party.id &&
        c.initiatedBy === 'me' &&
        firstDue !== undefined &&
        c.on >= firstDue &&
        c.on <= asOf,
    );
    book.set(
      'remindersSinceDue',
      chasedSince.filter((c) => c.kind === 'reminder_sent').length,
      source('contacts'),
    );
    book.set(
      'warningsSinceDue',
      chasedSince.filter((c) => c.kind === 'warning_sent').length,
      source('contacts'),
    );
    book.set('openJobs', theirJobs.filter((j) => j.status === 'open').length, source('jobs'));
  } else {
    const theirJobs = jobs.filter(
      (j) => j.subcontractorId === party.id && j.currency === currency && isBillable(j),
    );
    const toThem = payments.filter((p) => p.partyId === party.id && p.direction === 'me_to_sub');
    let owed = 0;
    for (const job of theirJobs) {
      const paid = toThem
        .filter((p) => p.receivedOn !== null && p.receivedOn <= asOf)
        .flatMap((p) => p.allocations.filter((a) => a.jobId === job.id))
        .reduce((t, a) => t + a.amount, 0);
      owed += Math.max(0, linesSubcontractorCost(job.lines) - paid);
    }
    book.set('owedToThem', owed, source('subcontractorJobs'));
    book.set(
      'sentToThem',
      toThem
        .filter((p) => (p.receivedOn === null || p.receivedOn > asOf) && p.currency === currency)
        .reduce((t, p) => t + p.amount, 0),
      source('inTheMail'),
    );
  }
}
