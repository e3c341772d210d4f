/**
 * Everything the client scorecard shows. How the client pays (lateness, reminders, promises, who
 * gets in touch, grievances) is the payer model's, the one reading the worksheets and Home's
 * dashboard use, over the window it states and beyond the owner's grace days.
 */
import type { Day } from '../dates';
import { clientFigures, type ClientFigures } from '../metrics';
import { disputeTimingCounts, type DisputeTimingCounts } from '../metrics/dispute-timing';
import { payerModel, type PayerModel } from '../metrics/payer/payer-model';
import { jobsOfClient, moneyOfParty } from '../metrics/records-of-party';
import { relationshipValue, type RelationshipValue } from '../metrics/relationship-value';
import { referralsBy, type Referrals } from '../metrics/referrals';
import type { Currency } from '../money';
import type { Party } from '../records';
import { jobLatenessHistory, type JobLateness } from './job-lateness';
import type { InsightLedger } from './ledger';

export interface Scorecard {
  currency: Currency;
  figures: ClientFigures;
  /** Lateness, reminders, promises, contact and grievances, over the window it states. */
  payer: PayerModel;
  referrals: Referrals;
  /** What they are likely worth over the next twelve months, and how sure that is. */
  projected: RelationshipValue;
  /** Every bill that fell due, read as the payer model reads it, beyond the same grace days. */
  history: JobLateness[];
  /** Their disputes by when they came: before the bill was due, once chased, or later. */
  disputes: DisputeTimingCounts;
}

export function clientScorecard(
  client: Party,
  ledger: InsightLedger,
  asOf: Day,
  currency: Currency,
  graceDays: number,
): Scorecard {
  const figures = clientFigures(client, ledger.jobs, ledger, asOf);
  const money = moneyOfParty(ledger, client.id);
  return {
    currency,
    figures,
    payer: payerModel(client, ledger, asOf, { graceDays }),
    referrals: referralsBy(client.id, ledger.parties, ledger.jobs, ledger.contacts, asOf),
    projected: relationshipValue(client.id, ledger, asOf, currency, { since: figures.since }),
    history: jobLatenessHistory(client.id, ledger.jobs, ledger, asOf, graceDays),
    disputes: disputeTimingCounts(
      client.id,
      money.disputes,
      jobsOfClient(ledger.jobs, client.id),
      ledger.contacts,
      asOf,
    ),
  };
}
