/**
 * The facts "keep or part ways?" reads, all of the client's behaviour through the payer model (one
 * window, beyond the owner's grace days) and their worth through relationshipValue, so this
 * worksheet, the scorecard and Home never disagree. Each fact's source note states the window.
 */
import { clientFigures } from '../../../metrics';
import { payerModel, type PayerModel } from '../../../metrics/payer/payer-model';
import { relationshipValue } from '../../../metrics/relationship-value';
import type { Reason } from '../../../records';
import { addRelationship, inCurrency, source, type FactBook } from '../../fact-book';
import type { FactContext } from '../../template';

/** Where the window's figures came from: which bills, and the grace that was allowed. */
export function windowSource(model: PayerModel): Reason {
  const { window } = model;
  if (model.invoices.length === 0) return source('keep_or_part.windowEmpty');
  const common = { from: { day: window.from }, grace: model.graceDays };
  return window.kind === 'months'
    ? source('keep_or_part.windowMonths', { ...common, count: model.invoices.length })
    : source('keep_or_part.windowInvoices', { ...common, count: window.count });
}

export function keepFacts(book: FactBook, context: FactContext) {
  const { party: client, ledger, asOf, currency, owner } = context;
  const figures = clientFigures(client, ledger.jobs, ledger, asOf);
  addRelationship(book, figures);
  const model = payerModel(client, ledger, asOf, { graceDays: owner.lateGraceDays });
  const inWindow = windowSource(model);
  book.set('graceDays', model.graceDays, source('keep_or_part.grace'));
  const { lateness, reminders, contact } = model;

  book.set('invoicesInWindow', lateness.counted, inWindow);
  book.set('lateInvoices', lateness.late, inWindow);
  book.set('latenessPattern', lateness.pattern, inWindow);
  book.set('typicalDaysBeyondGrace', lateness.typicalDaysBeyondGrace, inWindow);
  book.set('worstDaysBeyondGrace', lateness.worstDaysBeyondGrace, inWindow);
  book.set('latenessTrend', lateness.trend, inWindow);

  const chased = source('keep_or_part.reminders', { count: reminders.invoices });
  book.set('remindersNeeded', reminders.needed, chased);
  book.set('oneReminderEnough', reminders.enoughWithOne, chased);
  book.set('neededMoreReminders', reminders.neededMore, chased);
  book.set('reminderRate', reminders.rate, chased);

  const talked = source('keep_or_part.contacts', { from: { day: model.window.from } });
  book.set('contactsByThem', contact.initiative.byThem, talked);
  book.set('contactsByMe', contact.initiative.byMe, talked);
  book.set('initiative', contact.initiative.pattern, talked);
  book.set('datesGiven', contact.datesGiven, talked);
  book.set('datesMet', contact.datesMet, talked);
  book.set('datesMissed', contact.datesMissed, talked);
  // A call logged from them before being chased is what the rough-patch question asks about; with
  // none logged the question is left for the owner (no log is not proof they never called).
  const calledFirst = contact.initiative.calledFirst;
  book.set(
    'roughPatchOnRecord',
    calledFirst > 0 ? 'yes' : null,
    source('keep_or_part.calledFirst', { count: calledFirst, from: { day: model.window.from } }),
  );

  book.set('outstanding', inCurrency(figures.outstanding, currency), source('outstanding'));
  book.set('overdueCount', figures.overdueCount, source('outstanding'));
  const value = relationshipValue(client.id, ledger, asOf, currency, { since: figures.since });
  book.set(
    'projectedValue',
    value.total,
    source(`keep_or_part.value.${value.confidence}`, {
      months: Math.round(value.monthsObserved),
      count: value.invoicesCounted,
    }),
  );
  book.set('termsNetDays', client.termsNetDays, source('party'));
  book.set('depositPercent', client.depositPercent, source('party'));
}
