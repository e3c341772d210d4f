/**
 * Invoice numbers: each device issues from its own series (a short code kept on the device), and
 * the next number of a series is one past the highest ever issued in it, counting voided and
 * deleted invoices too. So a number is never handed out twice, and two devices working offline
 * never clash: they draw from different series.
 */
import { parseStamp } from '../hlc';
import type { Invoice } from '../records';
import { invoiceNumber } from '../records/invoice-number';

export const SERIES_PATTERN = /^[A-Z0-9]{1,8}$/;

/** Whether `text` can be a series: one to eight capital letters or digits. */
export function isSeries(text: string): boolean {
  return SERIES_PATTERN.test(text);
}

/** What a person typed, as a series would be stored: trimmed and in capitals ("a1 " → "A1"). */
export function normaliseSeries(text: string): string {
  return text.trim().toUpperCase();
}

/**
 * A device's first series, from its id: the first four letters and digits of the id, in capitals
 * ("3f9a0c…" → "3F9A"). Ids are random, so two devices almost never start alike, and the owner
 * can change a series in Settings (say to "OFFICE") if they do.
 */
export function seriesFromDeviceId(deviceId: string): string {
  const code = deviceId
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 4);
  return code === '' ? 'A' : code;
}

/**
 * The sequence the next invoice of `series` takes: 1 + the highest sequence of every invoice of
 * that series given (pass them all: voided ones and tombstones too), or 1 for a new series.
 */
export function nextSequence(
  invoices: Iterable<Pick<Invoice, 'series' | 'sequence'>>,
  series: string,
): number {
  let highest = 0;
  for (const invoice of invoices) {
    if (invoice.series === series && invoice.sequence > highest) highest = invoice.sequence;
  }
  return highest + 1;
}

/** The device that issued an invoice: the one that stamped its sequence, or null if unstamped. */
function issuer(invoice: Pick<Invoice, 'stamps'>): string | null {
  const stamp = invoice.stamps.sequence;
  return stamp === undefined ? null : parseStamp(stamp).deviceId;
}

/**
 * Whether another device also issues from `series`: two devices starting with the same code (rare)
 * or a series typed the same on both. Numbers issued offline on both could then clash, so Settings
 * asks for a different series on one of them.
 */
export function seriesSharedWith(
  invoices: Iterable<Pick<Invoice, 'series' | 'stamps'>>,
  series: string,
  deviceId: string,
): boolean {
  for (const invoice of invoices) {
    if (invoice.series !== series) continue;
    const by = issuer(invoice);
    if (by !== null && by !== deviceId) return true;
  }
  return false;
}

/** Numbers held by more than one invoice ("A-0003"), oldest series and number first. */
export function duplicateNumbers(
  invoices: Iterable<Pick<Invoice, 'series' | 'sequence'>>,
): string[] {
  const seen = new Map<string, number>();
  for (const invoice of invoices) {
    const number = invoiceNumber(invoice);
    seen.set(number, (seen.get(number) ?? 0) + 1);
  }
  return [...seen]
    .filter(([, count]) => count > 1)
    .map(([number]) => number)
    .sort();
}
