/**
 * The facts a worksheet starts from, derived from the records through the metrics, each with a
 * note of where it came from. While a worksheet is a draft its facts follow the records; when the
 * decision is made they are frozen into it.
 */
import { daysBetween, type Day } from '../dates';
import {
  clientFigures,
  isBillable,
  jobBalances,
  type ClientFigures,
  type MoneyRecords,
} from '../metrics';
import { contactInitiative } from '../metrics/contact-initiative';
import { latenessPattern } from '../metrics/lateness-pattern';
import { projectedValue } from '../metrics/projected-value';
import { referralsBy } from '../metrics/referrals';
import { reminderResponse } from '../metrics/reminder-response';
import type { Currency, Totals } from '../money';
import { linesSubcontractorCost, linesTotal } from '../records/job-lines';
import { liveOnly } from '../records/live';
import type {
  Contact,
  Job,
  Party,
  PromiseToPay,
  Reason,
  ScalarMap,
  WorksheetTemplateId,
} from '../records';

export interface Ledger extends MoneyRecords {
  parties: readonly Party[];
  jobs: readonly Job[];
  contacts: readonly Contact[];
  promises: readonly PromiseToPay[];
}

export interface Subject {
  templateId: WorksheetTemplateId;
  partyIds: readonly string[];
  jobIds: readonly string[];
  currency: Currency;
}

export interface DerivedFacts {
  values: ScalarMap;
  sources: Record<string, Reason>;
  /** Names the worksheet refers to: the client or party (`name`), the job, the subcontractor. */
  labels: Record<string, string>;
}

const source = (key: string, params: Reason['params'] = {}): Reason => ({
  key: `worksheets.source.${key}`,
  params,
});

function inCurrency(totals: Totals, currency: Currency): number {
  return totals[currency] ?? 0;
}

class FactBook {
  values: ScalarMap = {};
  sources: Record<string, Reason> = {};
  set(key: string, value: number | string | null, from: Reason) {
    this.values[key] = value;
    this.sources[key] = from;
  }
}

function addRelationship(book: FactBook, figures: ClientFigures) {
  book.set('tenureMonths', figures.tenureMonths, source('since', { day: { day: figures.since } }));
}

function addProjection(
  book: FactBook,
  client: Party,
  ledger: Ledger,
  figures: ClientFigures,
  asOf: Day,
  currency: Currency,
) {
  const value = projectedValue(client.id, ledger.jobs, asOf, currency, figures.since);
  book.set(
    'projectedValue',
    value.projected,
    source('pace', { months: Math.round(value.monthsObserved) }),
  );
}

function forgiveFacts(
  book: FactBook,
  client: Party,
  job: Job | undefined,
  ledger: Ledger,
  asOf: Day,
  currency: Currency,
) {
  const figures = clientFigures(client, ledger.jobs, ledger, asOf);
  addRelationship(book, figures);
  book.set('jobCount', figures.jobCount, source('jobs'));
  book.set('revenueToDate', inCurrency(figures.billed, currency), source('jobs'));
  const except = job ? [job.id] : [];
  const lateness = latenessPattern(client.id, ledger.jobs, ledger, asOf, {
    exceptJobIds: except,
  });
  book.set('lateBefore', lateness.lateCount, source('payments', { count: lateness.counted }));
  book.set('onTimeRate', figures.onTimeRate, source('payments', { count: figures.settledCount }));
  const complaints = liveOnly(ledger.contacts).filter(
    (c) => c.partyId === client.id && c.kind === 'complaint' && (!job || c.jobId !== job.id),
  ).length;
  book.set('complaintsBefore', complaints, source('contacts'));
  if (job) {
    const balance = jobBalances([job], ledger, asOf).get(job.id);
    const paid = balance?.paid ?? 0;
    const amount = isBillable(job)
      ? (balance?.outstanding ?? 0)
      : Math.max(0, linesTotal(job.lines) - paid);
    book.set('amountInDispute', amount, source('job', { job: job.title.slice(0, 200) }));
  } else {
    book.set('amountInDispute', inCurrency(figures.outstanding, currency), source('outstanding'));
  }
  const referrals = referralsBy(client.id, ledger.parties, ledger.jobs, ledger.contacts, asOf);
  book.set('referralCount', referrals.count, source('referrals'));
  book.set('referralRevenue', inCurrency(referrals.revenue, currency), source('referrals'));
  addProjection(book, client, ledger, figures, asOf, currency);
}

function keepFacts(book: FactBook, client: Party, ledger: Ledger, asOf: Day, currency: Currency) {
  const figures = clientFigures(client, ledger.jobs, ledger, asOf);
  addRelationship(book, figures);
  book.set('jobCount', figures.jobCount, source('jobs'));
  const payments = source('payments', { count: figures.settledCount + figures.overdueCount });
  book.set('lateCount12m', figures.lateCount12m, payments);
  book.set(
    'averageDaysLate',
    figures.averageDaysLate === null ? null : Math.round(figures.averageDaysLate * 10) / 10,
    payments,
  );
  book.set('worstDaysLate', figures.worstDaysLate, payments);
  book.set('onTimeRate', figures.onTimeRate, payments);
  const lateness = latenessPattern(client.id, ledger.jobs, ledger, asOf);
  book.set('latenessPattern', lateness.pattern, payments);
  book.set('latenessTrend', lateness.trend, payments);
  const reminders = reminderResponse(client.id, ledger.contacts, ledger.payments, asOf);
  book.set('remindersSent', reminders.reminders, source('contacts'));
  book.set('paidAfterReminder', reminders.answered, source('reminders'));
  const initiative = contactInitiative(client.id, ledger.contacts, asOf);
  book.set('contactsByThem', initiative.byThem, source('contacts'));
  book.set('contactsByMe', initiative.byMe, source('contacts'));
  book.set('initiative', initiative.pattern, source('contacts'));
  book.set('outstanding', inCurrency(figures.outstanding, currency), source('outstanding'));
  book.set('overdueCount', figures.overdueCount, source('outstanding'));
  addProjection(book, client, ledger, figures, asOf, currency);
  book.set('termsNetDays', client.termsNetDays, source('party'));
  book.set('depositPercent', client.depositPercent, source('party'));
}

function whoPaysFacts(
  book: FactBook,
  client: Party,
  job: Job | undefined,
  ledger: Ledger,
  asOf: Day,
  currency: Currency,
) {
  const figures = clientFigures(client, ledger.jobs, ledger, asOf);
  if (job) {
    const balance = jobBalances([job], ledger, asOf).get(job.id);
    const from = source('job', { job: job.title.slice(0, 200) });
    const paid = balance?.paid ?? 0;
    const billed = linesTotal(job.lines);
    book.set('jobAmount', billed, from);
    book.set('paidSoFar', paid, from);
    book.set(
      'outstanding',
      isBillable(job) ? (balance?.outstanding ?? 0) : Math.max(0, billed - paid),
      from,
    );
    book.set('subcontractorCost', linesSubcontractorCost(job.lines), from);
    const toSub = liveOnly(ledger.payments)
      .filter((p) => p.direction === 'me_to_sub' && p.currency === job.currency)
      .flatMap((p) => p.allocations.filter((a) => a.jobId === job.id))
      .reduce((total, a) => total + a.amount, 0);
    book.set('paidToSubcontractor', toSub, source('subcontractorPayments'));
  }
  addRelationship(book, figures);
  addProjection(book, client, ledger, figures, asOf, currency);
}

function warnFacts(book: FactBook, party: Party, ledger: Ledger, asOf: Day, currency: Currency) {
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

export function deriveFacts(subject: Subject, ledger: Ledger, asOf: Day): DerivedFacts {
  const book = new FactBook();
  const labels: Record<string, string> = {};
  const party = ledger.parties.find((p) => p.id === subject.partyIds[0]);
  const job = ledger.jobs.find((j) => j.id === subject.jobIds[0]);
  if (party) labels.name = party.name;
  if (job) {
    labels.job = job.title;
    const sub = ledger.parties.find((p) => p.id === job.subcontractorId);
    if (sub) labels.subcontractor = sub.name;
    if (job.problems.length) labels.problems = job.problems.join(',');
  }
  if (party) {
    if (subject.templateId === 'forgive_or_pursue') {
      forgiveFacts(book, party, job, ledger, asOf, subject.currency);
    } else if (subject.templateId === 'keep_or_part') {
      keepFacts(book, party, ledger, asOf, subject.currency);
    } else if (subject.templateId === 'who_pays_whom') {
      whoPaysFacts(book, party, job, ledger, asOf, subject.currency);
    } else {
      warnFacts(book, party, ledger, asOf, subject.currency);
    }
  }
  return { values: book.values, sources: book.sources, labels };
}

/**
 * The currency a worksheet counts in: the job's, else the one the client was billed most in, else
 * the owner's default.
 */
export function worksheetCurrency(
  party: Party | undefined,
  job: Job | undefined,
  ledger: Ledger,
  fallback: Currency,
): Currency {
  if (job) return job.currency;
  if (!party) return fallback;
  const billed: Totals = {};
  for (const j of liveOnly(ledger.jobs)) {
    if (j.clientId === party.id || j.subcontractorId === party.id) {
      billed[j.currency] = (billed[j.currency] ?? 0) + linesTotal(j.lines);
    }
  }
  const top = Object.entries(billed).sort((a, b) => b[1] - a[1])[0];
  return top ? top[0] : fallback;
}
