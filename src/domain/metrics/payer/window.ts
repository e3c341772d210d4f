/**
 * Which invoices the payer model reads: those that fell due in the last twelve months, or, when
 * fewer than six did, the last six whatever their age, so a client billed twice a year is judged
 * on enough bills and a busy one on recent behaviour only. Every figure of the model (lateness,
 * its trend, reminders, promises, who gets in touch) reads the same window, so old history never
 * moves one figure while the others ignore it. The result says which window it used, for the
 * screen to state.
 */
import { addMonths, type Day } from '../../dates';
import type { PayerInvoice } from './invoices';

export const WINDOW_MONTHS = 12;
export const WINDOW_MIN_INVOICES = 6;

export type PayerWindow =
  | { kind: 'months'; months: typeof WINDOW_MONTHS; from: Day; to: Day }
  /**
   * The last `count` invoices (fewer than six only when the client has no more), from the day the
   * oldest was billed, so the contacts and promises about it are read with it.
   */
  | { kind: 'invoices'; count: number; from: Day; to: Day };

/** `invoices` oldest due first, as payerInvoices gives them. */
export function payerWindow(
  invoices: readonly PayerInvoice[],
  asOf: Day,
): { window: PayerWindow; invoices: readonly PayerInvoice[] } {
  const from = addMonths(asOf, -WINDOW_MONTHS);
  const recent = invoices.filter((i) => i.dueOn >= from && i.dueOn <= asOf);
  if (recent.length >= WINDOW_MIN_INVOICES) {
    return { window: { kind: 'months', months: WINDOW_MONTHS, from, to: asOf }, invoices: recent };
  }
  const last = invoices.filter((i) => i.dueOn <= asOf).slice(-WINDOW_MIN_INVOICES);
  return {
    // With no invoice at all the window is the one day asked about: nothing to read.
    window: {
      kind: 'invoices',
      count: last.length,
      from: last.reduce<Day>((day, i) => (i.billedOn < day ? i.billedOn : day), asOf),
      to: asOf,
    },
    invoices: last,
  };
}
