/**
 * Invoice numbers: each device issues from its own series (a short code kept on the device), and
 * the next number of a series is one past the highest ever issued in it, counting voided and
 * deleted invoices too. So a number is never handed out twice, and two devices working offline
 * never clash: they draw from different series.
 */
import type { Invoice } from '../records';

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
