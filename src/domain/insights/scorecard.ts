/**
 * Everything the client scorecard shows, each figure from the metric the worksheets use for it, so
 * the scorecard and a worksheet about the same client never disagree.
 */
import { addMonths, type Day } from '../dates';
import { clientFigures, type ClientFigures } from '../metrics';
import { contactInitiative, type ContactInitiative } from '../metrics/contact-initiative';
import { disputeTimingCounts, type DisputeTimingCounts } from '../metrics/dispute-timing';
import { latenessPattern, type LatenessSummary } from '../metrics/lateness-pattern';
import { brokenPromiseRate, promiseCounts, type PromiseCounts } from '../metrics/promises';
import { jobsOfClient, moneyOfParty, promisesOfParty } from '../metrics/records-of-party';
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
  /** Promises due in the twelve months up to `asOf` (the window of the late count), and how many broke. */
  promises12m: PromiseCounts;
  /** Of those whose day has come, the share broken outright; null with none. */
  brokenPromiseRate: number | null;
  /** Their disputes by when they came: before the bill was due, once chased, or later. */
  disputes: DisputeTimingCounts;
}

export function clientScorecard(
  client: Party,
  ledger: InsightLedger,
  asOf: Day,
  currency: Currency,
): Scorecard {
  const figures = clientFigures(client, ledger.jobs, ledger, asOf);
  const money = moneyOfParty(ledger, client.id);
  const payments = money.payments;
  const promises12m = promiseCounts(
    client.id,
    promisesOfParty(ledger.promises, client.id),
    payments,
    asOf,
    addMonths(asOf, -12),
  );
  return {
    currency,
    figures,
    lateness: latenessPattern(client.id, ledger.jobs, ledger, asOf),
    reminders: reminderResponse(client.id, ledger.contacts, payments, asOf),
    initiative: contactInitiative(client.id, ledger.contacts, asOf),
    referrals: referralsBy(client.id, ledger.parties, ledger.jobs, ledger.contacts, asOf),
    projected: projectedValue(client.id, ledger.jobs, asOf, currency, figures.since),
    history: jobLatenessHistory(client.id, ledger.jobs, ledger, asOf),
    promises12m,
    brokenPromiseRate: brokenPromiseRate(promises12m),
    disputes: disputeTimingCounts(
      client.id,
      money.disputes,
      jobsOfClient(ledger.jobs, client.id),
      ledger.contacts,
      asOf,
    ),
  };
}
