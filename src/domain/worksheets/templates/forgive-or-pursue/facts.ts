/**
 * The facts "forgive or pursue?" reads, each with where it came from. How they paid comes from the
 * payer model over the bills before this one (the bill on the table is not part of their record);
 * what they are worth from the relationship's value with this bill left out; what pursuing would
 * bring from the collection chance of a bill this old. Only the client's own records are read
 * (and the jobs of the people they referred), so a party's slice of the ledger gives the same facts.
 */
import { daysBetween, type Day } from '../../../dates';
import { clientFigures, isBillable, jobBalances } from '../../../metrics';
import { collectionChance } from '../../../metrics/collection-chance';
import { payerModel, type PayerModel } from '../../../metrics/payer/payer-model';
import { referralsBy } from '../../../metrics/referrals';
import { relationshipValue } from '../../../metrics/relationship-value';
import { jobsOfClient } from '../../../metrics/records-of-party';
import type { Reason } from '../../../records';
import { linesTotal } from '../../../records/job-lines';
import { addRelationship, inCurrency, source, type FactBook } from '../../fact-book';
import type { FactContext } from '../../template';
import { complaintOnRecord, raisedOnRecord } from './pre-answers';

/** Where the window of bills came from, for the payment facts' source notes. */
function windowNote(model: PayerModel): Reason {
  const grace = model.graceDays;
  if (model.invoices.length === 0) return source('forgiveNoBills', { grace });
  return model.window.kind === 'months'
    ? source('forgiveWindowMonths', { months: model.window.months, grace })
    : source('forgiveWindowBills', { count: model.window.count, grace });
}

/** Days the bill (or, about the client as a whole, their oldest unpaid bill) is past due. */
function daysPastDue(dueDays: readonly (Day | null)[], asOf: Day): number {
  let days = 0;
  for (const due of dueDays)
    if (due !== null && due < asOf) days = Math.max(days, daysBetween(due, asOf));
  return days;
}

export function forgiveFacts(book: FactBook, context: FactContext) {
  const { party: client, job, ledger, asOf, currency, owner } = context;
  const figures = clientFigures(client, ledger.jobs, ledger, asOf);
  addRelationship(book, figures);
  const except = job ? [job.id] : [];

  // Their record before this bill: the payer model over their other bills.
  const before = job ? { ...ledger, jobs: ledger.jobs.filter((j) => j.id !== job.id) } : ledger;
  const payer = payerModel(client, before, asOf, {
    graceDays: owner.lateGraceDays,
    exceptJobIds: except,
  });
  const window = windowNote(payer);
  const { lateness } = payer;
  book.set('billsInWindow', lateness.counted, window);
  book.set('billsPaidInWindow', payer.invoices.filter((i) => i.settledOn !== null).length, window);
  book.set('billsLateInWindow', lateness.late, window);
  book.set(
    'worstDaysBeyondGrace',
    lateness.counted === 0 ? null : lateness.worstDaysBeyondGrace,
    lateness.typicalDaysBeyondGrace === null
      ? window
      : source('forgiveTypicalLate', { count: Math.round(lateness.typicalDaysBeyondGrace) }),
  );
  book.set('complaintsBefore', payer.grievances.count, source('forgiveGrievances'));

  // The money on the table, and what pursuing it would likely bring.
  let amount: number;
  let dues: (Day | null)[];
  if (job) {
    const balance = jobBalances([job], ledger, asOf).get(job.id);
    const paid = balance?.paid ?? 0;
    amount = isBillable(job)
      ? (balance?.outstanding ?? 0)
      : Math.max(0, linesTotal(job.lines) - paid);
    dues = [balance?.dueOn ?? null];
    book.set('amountInDispute', amount, source('job', { job: job.title.slice(0, 200) }));
  } else {
    amount = inCurrency(figures.outstanding, currency);
    const balances = jobBalances(jobsOfClient(ledger.jobs, client.id), ledger, asOf);
    dues = [...balances.values()]
      .filter((b) => b.currency === currency && b.outstanding > 0)
      .map((b) => b.dueOn);
    book.set('amountInDispute', amount, source('outstanding'));
  }
  const pastDue = daysPastDue(dues, asOf);
  const chance = collectionChance(pastDue);
  const percent = Math.round(chance.chance * 100);
  book.set('billDaysPastDue', pastDue, source('forgiveDue'));
  book.set(
    'billCollectChance',
    percent,
    source(chance.beyondSurvey ? 'forgiveChanceBeyond' : 'forgiveChance', {
      site: chance.source.name,
    }),
  );
  // A rough figure: something owed is never expected to bring nothing.
  const recovery = amount > 0 ? Math.max(1, Math.round((amount * percent) / 100)) : 0;
  book.set('likelyRecovery', recovery, source('forgiveRecovery', { percent }));

  // What the relationship is worth, the bill in dispute left out, referrals counted once.
  const value = relationshipValue(client.id, ledger, asOf, currency, {
    excludeJobIds: except,
    since: figures.since,
  });
  book.set(
    'ownValueNextYear',
    value.value,
    source('forgiveValue', {
      count: Math.round(value.monthsObserved),
      sure: { key: `worksheets.forgive_or_pursue.confidence.${value.confidence}` },
    }),
  );
  const referrals = referralsBy(client.id, ledger.parties, ledger.jobs, ledger.contacts, asOf);
  book.set('referralCount', referrals.count, source('referrals'));
  book.set('referralRevenue', value.referralRevenue, source('forgiveReferralRevenue'));

  // Answers the records already give; not shown as facts, they pre-fill the questions.
  const complaint = complaintOnRecord(job);
  book.set('complaintOnRecord', complaint.value, complaint.from);
  const raised = raisedOnRecord(job, ledger, asOf);
  book.set('raisedOnRecord', raised.value, raised.from);
}
