/** The facts "keep or part ways?" reads: how late, how often, which way it is heading. */
import type { Day } from '../../../dates';
import { clientFigures } from '../../../metrics';
import { contactInitiative } from '../../../metrics/contact-initiative';
import { latenessPattern } from '../../../metrics/lateness-pattern';
import { reminderResponse } from '../../../metrics/reminder-response';
import type { Currency } from '../../../money';
import type { Party } from '../../../records';
import {
  addProjection,
  addRelationship,
  inCurrency,
  source,
  type FactBook,
  type Ledger,
} from '../../fact-book';

export function keepFacts(
  book: FactBook,
  client: Party,
  ledger: Ledger,
  asOf: Day,
  currency: Currency,
) {
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
