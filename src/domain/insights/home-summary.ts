/**
 * Home's figures at a glance: what is owed, how much of it is overdue, in dispute or in the mail,
 * and the clients who owe, most overdue first. A client with an open promise not yet due is shown
 * as promised: while a promise stands, the app does not chase for that money.
 */
import type { Day } from '../dates';
// Each from its own module, not the metrics barrel: Home is the first screen, and the barrel's
// other figures (a client's scorecard, credit, disputes) would come with it.
import { receivablesAging, type AgingBucket } from '../metrics/aging';
import { jobBalances } from '../metrics/job-balance';
import type { ClientRecords } from '../metrics/party-figures';
import { openPromises } from '../metrics/promises';
import { addToTotals, type Totals } from '../money';
import type { Id, Job, Party } from '../records';

export interface Debtor {
  clientId: Id;
  name: string;
  buckets: Record<AgingBucket, Totals>;
  outstanding: Totals;
  inDispute: Totals;
  oldestDaysOverdue: number;
  /** The day named by their earliest open promise, when one stands. */
  promisedBy: Day | null;
}

export interface HomeSummary {
  owed: Totals;
  overdue: Totals;
  /** Of what is owed, the part the clients question. */
  inDispute: Totals;
  /** Sent by clients toward what they owe, not received yet. */
  inTheMail: Totals;
  overdueJobs: number;
  debtors: Debtor[];
  hasClients: boolean;
}

export interface HomeLedger extends ClientRecords {
  parties: readonly Party[];
  jobs: readonly Job[];
}

export function homeSummary(data: HomeLedger, asOf: Day): HomeSummary {
  const aging = receivablesAging(data.jobs, data, asOf);
  const owed: Totals = {};
  const overdue: Totals = {};
  const inDispute: Totals = {};
  for (const row of aging.rows) {
    addToTotals(owed, row.currency, row.outstanding);
    if (row.daysOverdue > 0) addToTotals(overdue, row.currency, row.outstanding);
    if (row.inDispute > 0) addToTotals(inDispute, row.currency, row.inDispute);
  }
  const inTheMail: Totals = {};
  for (const b of jobBalances(data.jobs, data, asOf).values()) {
    if (b.sent > 0 && b.outstanding > 0)
      addToTotals(inTheMail, b.currency, Math.min(b.sent, b.outstanding));
  }
  const names = new Map(data.parties.map((p) => [p.id, p.name]));
  const debtors = [...aging.byClient.entries()]
    .map(([clientId, a]) => {
      const promisedBy =
        openPromises(data.promises, data.payments, { clientId }, asOf)
          .map((p) => p.dueOn)
          .sort()[0] ?? null;
      return { clientId, name: names.get(clientId) ?? '', promisedBy, ...a };
    })
    .filter((d) => d.name !== '')
    .sort((a, b) => b.oldestDaysOverdue - a.oldestDaysOverdue || a.name.localeCompare(b.name));
  return {
    owed,
    overdue,
    inDispute,
    inTheMail,
    overdueJobs: aging.rows.filter((r) => r.daysOverdue > 0).length,
    debtors,
    hasClients: data.parties.some((p) => p.kind === 'client'),
  };
}
