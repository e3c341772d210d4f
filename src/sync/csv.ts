/**
 * CSV for an accountant (not for sync): one file of jobs, one of payments, live records only. Per
 * job what was billed, credited and written off (each its own column: a write-off is bad debt, a
 * credit is not), paid, outstanding and in dispute; per payment the day sent and the day received.
 * RFC 4180 quoting, CRLF line ends and a byte-order mark so spreadsheets read the text as UTF-8;
 * dates as YYYY-MM-DD and amounts as plain decimals ("1500.00"), which every spreadsheet parses.
 * A cell that a spreadsheet would run as a formula (starting with = + - @) gets a leading
 * apostrophe, so a client named "=HYPERLINK(…)" stays a name.
 */
import { dayOf, type Day } from '../domain/dates';
import { jobBalances, noMoneyRecords, type MoneyRecords } from '../domain/metrics';
import { minorToInput } from '../domain/money';
import type {
  Job,
  JobStatus,
  Party,
  Payment,
  PaymentDirection,
  PaymentMethod,
  PaymentPurpose,
} from '../domain/records';
import { linesSubcontractorCost, linesTotal } from '../domain/records/job-lines';
import { liveOnly } from '../domain/records/live';

export type Cell = string | number | null;

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cellText).join(',')).join('\r\n')}\r\n`;
}

/** The words a CSV needs, in the owner's language. */
export interface CsvText {
  jobColumns: readonly string[];
  paymentColumns: readonly string[];
  status: (status: JobStatus) => string;
  direction: (direction: PaymentDirection) => string;
  method: (method: PaymentMethod) => string;
  purpose: (purpose: PaymentPurpose) => string;
}

/** The records the CSVs read: a whole ledger (or export dataset) can be passed as it is. */
export interface CsvLedger extends Partial<Omit<MoneyRecords, 'payments'>> {
  parties: readonly Party[];
  jobs: readonly Job[];
  payments: readonly Payment[];
}

export const jobColumnKeys = [
  'client',
  'job',
  'ordered',
  'done',
  'invoiced',
  'due',
  'status',
  'currency',
  'billed',
  'credited',
  'writtenOff',
  'paid',
  'outstanding',
  'inDispute',
  'subcontractor',
  'subcontractorCost',
] as const;

export const paymentColumnKeys = [
  'sent',
  'received',
  'direction',
  'purpose',
  'party',
  'currency',
  'amount',
  'method',
  'reference',
  'jobs',
  'notes',
] as const;

export function jobsCsv(ledger: CsvLedger, text: CsvText, asOf: Day): string {
  const names = new Map(ledger.parties.map((p) => [p.id, p.name]));
  const balances = jobBalances(
    ledger.jobs,
    {
      payments: ledger.payments,
      credits: ledger.credits ?? noMoneyRecords.credits,
      writeOffs: ledger.writeOffs ?? noMoneyRecords.writeOffs,
      disputes: ledger.disputes ?? noMoneyRecords.disputes,
    },
    asOf,
  );
  const jobs = liveOnly(ledger.jobs).sort(
    (a, b) => a.orderedOn.localeCompare(b.orderedOn) || a.id.localeCompare(b.id),
  );
  const rows: Cell[][] = [[...text.jobColumns]];
  for (const job of jobs) {
    const balance = balances.get(job.id);
    const money = (minor: number) => minorToInput(minor, job.currency);
    rows.push([
      names.get(job.clientId) ?? '',
      job.title,
      job.orderedOn,
      job.doneOn,
      job.invoicedOn,
      // When the bill fell due, settled since or not: the accountant reads lateness from it.
      balance?.fallsDueOn ?? null,
      text.status(job.status),
      job.currency,
      // What the lines bill, whether or not it is billed by the day asked about.
      money(linesTotal(job.lines)),
      money(balance?.credited ?? 0),
      money(balance?.writtenOff ?? 0),
      money(balance?.paid ?? 0),
      money(balance?.outstanding ?? 0),
      money(balance?.inDispute ?? 0),
      job.subcontractorId ? (names.get(job.subcontractorId) ?? '') : '',
      job.subcontractorId ? money(linesSubcontractorCost(job.lines)) : '',
    ]);
  }
  return toCsv(rows);
}

export function paymentsCsv(ledger: CsvLedger, text: CsvText): string {
  const names = new Map(ledger.parties.map((p) => [p.id, p.name]));
  const titles = new Map(ledger.jobs.map((j) => [j.id, j.title]));
  const payments = liveOnly(ledger.payments).sort(
    (a, b) => a.sentOn.localeCompare(b.sentOn) || a.id.localeCompare(b.id),
  );
  const rows: Cell[][] = [[...text.paymentColumns]];
  for (const p of payments) {
    rows.push([
      p.sentOn,
      // Empty while on its way.
      p.receivedOn,
      text.direction(p.direction),
      text.purpose(p.purpose),
      names.get(p.partyId) ?? '',
      p.currency,
      minorToInput(p.amount, p.currency),
      text.method(p.method),
      p.reference,
      p.allocations
        .map((a) => `${titles.get(a.jobId) ?? ''} (${minorToInput(a.amount, p.currency)})`)
        .join('; '),
      p.notes,
    ]);
  }
  return toCsv(rows);
}

export function csvFileName(what: 'jobs' | 'payments', now: Date = new Date()): string {
  return `goodwill-ledger-${what}-${dayOf(now)}.csv`;
}
