/**
 * Everything the client scorecard shows, each figure from the metric the worksheets use for it, so
 * the scorecard and a worksheet about the same client never disagree.
 */
import type { Day } from '../dates';
import { clientFigures, type ClientFigures } from '../metrics';
import { contactInitiative, type ContactInitiative } from '../metrics/contact-initiative';
import { latenessPattern, type LatenessSummary } from '../metrics/lateness-pattern';
import { projectedValue, type ProjectedValue } from '../metrics/projected-value';
import { referralsBy, type Referrals } from '../metrics/referrals';
import { reminderResponse, type ReminderResponse } from '../metrics/reminder-response';
import type { Currency } from '../money';
import type { Party } from '../records';
import { jobLatenessHistory, type JobLateness } from './job-lateness';
import type { InsightLedger } from './ledger';

export interface Scorecard {
  currency: Currency;
  figures: ClientFigures;
  lateness: LatenessSummary;
  reminders: ReminderResponse;
  initiative: ContactInitiative;
  referrals: Referrals;
  projected: ProjectedValue;
  history: JobLateness[];
}

export function clientScorecard(
  client: Party,
  ledger: InsightLedger,
  asOf: Day,
  currency: Currency,
): Scorecard {
  const figures = clientFigures(client, ledger.jobs, ledger.payments, asOf);
  return {
    currency,
    figures,
    lateness: latenessPattern(client.id, ledger.jobs, ledger.payments, asOf),
    reminders: reminderResponse(client.id, ledger.contacts, ledger.payments, asOf),
    initiative: contactInitiative(client.id, ledger.contacts, asOf),
    referrals: referralsBy(client.id, ledger.parties, ledger.jobs, ledger.contacts, asOf),
    projected: projectedValue(client.id, ledger.jobs, asOf, currency, figures.since),
    history: jobLatenessHistory(client.id, ledger.jobs, ledger.payments, asOf),
  };
}
