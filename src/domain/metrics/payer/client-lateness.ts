/**
 * How late one client pays, and nothing else of the payer model: for the screens that show only
 * that (the client page's figures), so they need the client's jobs and money but no contacts or
 * promises. payerModel reads its window and lateness through this function, so the client page,
 * the scorecard, Home and the worksheets always give the same figures.
 */
import type { Day } from '../../dates';
import type { Id, Job } from '../../records';
import type { MoneyRecords } from '../job-balance';
import { jobsOfClient, moneyOfParty } from '../records-of-party';
import { payerInvoices, type PayerInvoice } from './invoices';
import { payerLateness, type PayerLateness } from './lateness';
import { payerWindow, type PayerWindow } from './window';

export interface ClientLateness {
  window: PayerWindow;
  /** The window's invoices, oldest due first. */
  invoices: readonly PayerInvoice[];
  lateness: PayerLateness;
}

/** `jobs` and `money`: the whole ledger's or the client's own; other parties' are passed over. */
export function clientLateness(
  clientId: Id,
  jobs: readonly Job[],
  money: MoneyRecords,
  asOf: Day,
  graceDays: number,
): ClientLateness {
  const all = payerInvoices(jobsOfClient(jobs, clientId), moneyOfParty(money, clientId), asOf);
  const { window, invoices } = payerWindow(all, asOf);
  return { window, invoices, lateness: payerLateness(invoices, graceDays) };
}
