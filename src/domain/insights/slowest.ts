/**
 * "Who pays slowest": the clients who paid late beyond the owner's grace days, by how far beyond it
 * they typically pay, each with the share of their bills late over the window the payer model
 * states and the direction they are heading: the same reading as the client's scorecard and the
 * worksheets.
 */
import type { Day } from '../dates';
import type { PayerLedger } from '../metrics/payer/payer-model';
import { clientLateness } from '../metrics/payer/client-lateness';
import type { PayerTrend } from '../metrics/payer/lateness';
import type { PayerWindow } from '../metrics/payer/window';
import { jobsOfClient } from '../metrics/records-of-party';
import type { Id, Party } from '../records';
import { isLive } from '../records/live';

export interface SlowPayer {
  clientId: Id;
  name: string;
  window: PayerWindow;
  /** Bills in the window, and of them late beyond the grace. */
  counted: number;
  late: number;
  share: number;
  /** Median days beyond the grace of the late ones. */
  typicalDaysBeyondGrace: number;
  worstDaysBeyondGrace: number;
  stillOverdue: number;
  trend: PayerTrend;
  earlierAverage: number | null;
  laterAverage: number | null;
}

/** The list's order; clients alike in all of it keep the parties' order. */
export function slowestFirst(a: SlowPayer, b: SlowPayer): number {
  return (
    b.typicalDaysBeyondGrace - a.typicalDaysBeyondGrace ||
    b.share - a.share ||
    b.worstDaysBeyondGrace - a.worstDaysBeyondGrace ||
    a.name.localeCompare(b.name)
  );
}

/** Slowest first (typically furthest beyond the grace); clients never late beyond it are not listed. */
export function slowestPayers(
  parties: readonly Party[],
  ledger: PayerLedger,
  asOf: Day,
  graceDays: number,
  limit = 8,
): SlowPayer[] {
  const rows: SlowPayer[] = [];
  for (const client of parties) {
    const row = slowPayerRow(client, ledger, asOf, graceDays);
    if (row) rows.push(row);
  }
  rows.sort(slowestFirst);
  return rows.slice(0, limit);
}

/**
 * The party's row, or null when it is not a live client with work, or never late beyond the grace.
 * Its window and lateness are the payer model's (read through clientLateness, as the model does).
 */
export function slowPayerRow(
  client: Party,
  ledger: PayerLedger,
  asOf: Day,
  graceDays: number,
): SlowPayer | null {
  if (client.kind !== 'client' || !isLive(client)) return null;
  if (!jobsOfClient(ledger.jobs, client.id).some(isLive)) return null;
  const { window, lateness } = clientLateness(client.id, ledger.jobs, ledger, asOf, graceDays);
  if (lateness.late === 0) return null;
  return {
    clientId: client.id,
    name: client.name,
    window,
    counted: lateness.counted,
    late: lateness.late,
    share: lateness.share!,
    typicalDaysBeyondGrace: lateness.typicalDaysBeyondGrace!,
    worstDaysBeyondGrace: lateness.worstDaysBeyondGrace,
    stillOverdue: lateness.stillOverdue,
    trend: lateness.trend,
    earlierAverage: lateness.earlierAverage,
    laterAverage: lateness.laterAverage,
  };
}
