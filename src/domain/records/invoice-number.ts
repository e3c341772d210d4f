/** How an invoice's number is printed, apart from the schemas so documents get it without zod. */
import type { Invoice } from './invoice';

/** Series, then the sequence padded to four digits: "A-0007". */
export function invoiceNumber(invoice: Pick<Invoice, 'series' | 'sequence'>): string {
  return `${invoice.series}-${String(invoice.sequence).padStart(4, '0')}`;
}
