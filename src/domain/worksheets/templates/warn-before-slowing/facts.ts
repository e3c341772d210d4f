/**
 * The facts "warn before slowing down" reads, for the side you are on: owed to you, or by you.
 *
 * What is owed and past due counts money on the day it was received (jobBalances): a cheque in the
 * post has not paid anything yet. How late the client is, and how they usually pay, come from the
 * payer model, which counts money on the day it was SENT: the post's delay is never their
 * lateness. Only the party's own records are read.
 */
import { daysBetween, type Day } from '../../../dates';
import {
  billedOn,
  clientFigures,
  isBilledBy,
  jobBalances,
  jobsOfClient,
  moneyOfParty,
} from '../../../metrics';
import { daysBeyondGrace } from '../../../metrics/payer/lateness';
import { payerInvoices } from '../../../metrics/payer/invoices';
import { payerModel } from '../../../metrics/payer/payer-model';
import { relationshipValue } from '../../../metrics/relationship-value';
import type { Party, Reason } from '../../../records';
import { linesSubcontractorCost } from '../../../records/job-lines';
import { isLive, liveOnly } from '../../../records/live';
import { source, type FactBook } from '../../fact-book';
import type { FactContext } from '../../template';
import { warningsOnRecord } from './deadline';

/** A client's address confirmed this long before the bill went out still counts as current. */
export const ADDRESS_CURRENT_DAYS = 365;

export function warnFacts(book: FactBook, context: FactContext) {
  const { party } = context;
  const fromParty = source('party');
  const theyOwe = party.kind === 'client';
  book.set('side', theyOwe ? 'they_owe_me' : 'i_owe_them', fromParty);
  book.set('termsNetDays', party.termsNetDays, fromParty);
  book.set('addressConfirmedOn', party.addressConfirmedOn, fromParty);
  if (theyOwe) clientSide(book, context);
  else supplierSide(book, context);
}

function clientSide(book: FactBook, context: FactContext) {
  const { party, ledger, asOf, currency, owner } = context;
  const theirJobs = jobsOfClient(ledger.jobs, party.id).filter(
    (j) => isLive(j) && j.currency === currency,
  );
  const money = moneyOfParty(ledger, party.id);
  const balances = [...jobBalances(theirJobs, money, asOf).values()].filter(
    (b) => b.outstanding > 0,
  );
  const pastDue = balances.filter((b) => b.daysOverdue > 0);
  const owing = source('outstanding');
  const sum = (list: typeof balances, f: (b: (typeof balances)[number]) => number) =>
    list.reduce((t, b) => t + f(b), 0);
  book.set(
    'outstanding',
    sum(balances, (b) => b.outstanding),
    owing,
  );
  book.set(
    'pastDueOwed',
    sum(pastDue, (b) => b.outstanding),
    owing,
  );
  const inTheMail = sum(balances, (b) => Math.min(b.sent, b.outstanding));
  book.set('inTheMail', inTheMail, source('inTheMail'));
  book.set(
    'pastDueNotSent',
    sum(pastDue, (b) => Math.max(0, b.outstanding - b.sent)),
    source('warnNotSent'),
  );

  // How far past the grace the oldest bill still unpaid is, counting money on the day it was sent.
  const grace = owner.lateGraceDays;
  const invoices = payerInvoices(theirJobs, money, asOf);
  const beyond = Math.max(
    0,
    ...invoices.filter((i) => i.settledOn === null).map((i) => daysBeyondGrace(i, grace)),
  );
  book.set('unpaidDaysBeyondGrace', beyond, source('warnBeyondGrace'));

  // How they usually pay, over the payer model's window (stated in the source note).
  const model = payerModel(party, ledger, asOf, { graceDays: grace });
  const lateness = model.lateness;
  const windowNote: Reason =
    model.window.kind === 'months'
      ? source('warnLatenessMonths', { months: model.window.months })
      : model.window.count === 0
        ? source('warnNoBills')
        : source('warnLatenessInvoices', { count: model.window.count });
  book.set('paysLateShare', lateness.share, windowNote);

  // What I did about the bills past due: reminders, warnings and the last warning's deadline.
  const firstDue = pastDue.map((b) => b.dueOn!).sort()[0] ?? null;
  const contacts = liveOnly(ledger.contacts).filter(
    (c) =>
      c.partyId === party.id &&
      c.initiatedBy === 'me' &&
      firstDue !== null &&
      c.on >= firstDue &&
      c.on <= asOf,
  );
  book.set(
    'remindersSinceDue',
    contacts.filter((c) => c.kind === 'reminder_sent').length,
    source('contacts'),
  );
  const warning = warningsOnRecord(ledger.contacts, party.id, firstDue, asOf);
  book.set('warningsSinceDue', warning.count, source('contacts'));
  if (warning.deadline !== null && warning.sentOn !== null) {
    const fromWarning = source('warnDeadline', { day: { day: warning.sentOn } });
    book.set('warningDeadline', warning.deadline, fromWarning);
    book.set('daysPastDeadline', Math.max(0, daysBetween(warning.deadline, asOf)), fromWarning);
  } else {
    book.set('warningDeadline', null, source('contacts'));
    book.set('daysPastDeadline', null, source('contacts'));
  }
  book.set('openJobs', theirJobs.filter((j) => j.status === 'open').length, source('jobs'));

  // Where the money should go: has either address changed since the bill went out?
  const billDays = (pastDue.length > 0 ? pastDue : balances)
    .map((b) => theirJobs.find((j) => j.id === b.jobId))
    .filter((j) => j !== undefined && isBilledBy(j, asOf))
    .map((j) => billedOn(j!))
    .sort();
  const billDay = billDays[0] ?? null;
  const mine = owner.businessAddressChangedOn;
  book.set('ownAddressChangedOn', mine, source('warnSettings'));
  preAnswers(book, { party, billDay, mine, inTheMail });

  const since = clientFigures(party, ledger.jobs, ledger, asOf).since;
  const value = relationshipValue(party.id, ledger, asOf, currency, { since });
  book.set(
    'valueNextYear',
    value.total,
    source('warnValue', {
      confidence: { key: `worksheets.source.warnConfidence.${value.confidence}` },
    }),
  );
}

/**
 * The answers the records already give, each with where it came from: money marked sent may be
 * lost; my address changed after the bill went out (they may pay to the old one); theirs was
 * updated after it (the bill may not have reached them). Null where the records say nothing.
 */
function preAnswers(
  book: FactBook,
  r: { party: Party; billDay: Day | null; mine: Day | null; inTheMail: number },
) {
  const { party, billDay, mine, inTheMail } = r;
  book.set('paymentLostOnRecord', inTheMail > 0 ? 'yes' : null, source('warnMarkedSent'));
  const myChange = mine === null || billDay === null ? null : mine >= billDay ? 'yes' : 'no';
  book.set(
    'addressChangedOnRecord',
    myChange,
    mine === null
      ? source('warnSettings')
      : source(myChange === 'yes' ? 'warnMovedAfterBill' : 'warnMovedBeforeBill', {
          day: { day: mine },
        }),
  );
  const theirs = party.addressConfirmedOn;
  const theirChange =
    theirs === null || billDay === null
      ? null
      : theirs > billDay
        ? 'unsure'
        : daysBetween(theirs, billDay) <= ADDRESS_CURRENT_DAYS
          ? 'no'
          : null;
  book.set(
    'theirAddressOnRecord',
    theirChange,
    theirs === null
      ? source('party')
      : source(theirChange === 'unsure' ? 'warnTheirsAfterBill' : 'warnTheirsConfirmed', {
          day: { day: theirs },
        }),
  );
}

function supplierSide(book: FactBook, context: FactContext) {
  const { party, ledger, asOf, currency } = context;
  book.set(
    'addressAgeDays',
    party.addressConfirmedOn === null
      ? null
      : Math.max(0, daysBetween(party.addressConfirmedOn, asOf)),
    source('party'),
  );
  const theirJobs = liveOnly(ledger.jobs).filter(
    (j) => j.subcontractorId === party.id && j.currency === currency && isBilledBy(j, asOf),
  );
  const toThem = liveOnly(ledger.payments).filter(
    (p) =>
      p.partyId === party.id &&
      p.direction === 'me_to_sub' &&
      p.currency === currency &&
      p.sentOn <= asOf,
  );
  const arrived = toThem.filter((p) => p.receivedOn !== null && p.receivedOn <= asOf);
  let owed = 0;
  for (const job of theirJobs) {
    const paid = arrived
      .flatMap((p) => p.allocations.filter((a) => a.jobId === job.id))
      .reduce((t, a) => t + a.amount, 0);
    owed += Math.max(0, linesSubcontractorCost(job.lines) - paid);
  }
  book.set('owedToThem', owed, source('subcontractorJobs'));
  const onItsWay = toThem.filter((p) => p.receivedOn === null || p.receivedOn > asOf);
  const sent = onItsWay.reduce((t, p) => t + p.amount, 0);
  book.set('sentToThem', sent, source('inTheMail'));
  const firstSent = onItsWay.map((p) => p.sentOn).sort()[0] ?? null;
  book.set(
    'myPaymentLostOnRecord',
    sent > 0 ? 'yes' : owed > 0 ? 'no' : null,
    sent > 0 ? source('warnISent', { day: { day: firstSent! } }) : source('warnNothingSent'),
  );
}
