/**
 * The facts a worksheet starts from, derived from the records through the metrics, each with a
 * note of where it came from. While a worksheet is a draft its facts follow the records; when the
 * decision is made they are frozen into it. Which facts: the template's own `deriveFacts`.
 */
import type { Day } from '../dates';
import type { Currency, Totals } from '../money';
import { linesTotal } from '../records/job-lines';
import { liveOnly } from '../records/live';
import type { Job, Party, Reason, ScalarMap, WorksheetTemplateId } from '../records';
import { FactBook, type Ledger } from './fact-book';
import { templateModule } from './registry';
import type { OwnerTerms } from './template';

export type { Ledger };

export interface Subject {
  templateId: WorksheetTemplateId;
  partyIds: readonly string[];
  jobIds: readonly string[];
  currency: Currency;
}

export interface DerivedFacts {
  values: ScalarMap;
  sources: Record<string, Reason>;
  /** Names the worksheet refers to: the client or party (`name`), the job, the subcontractor. */
  labels: Record<string, string>;
  /** The owner's terms the facts were read with; a message may say where to send the money. */
  owner?: OwnerTerms;
}

export function deriveFacts(
  subject: Subject,
  ledger: Ledger,
  asOf: Day,
  owner: OwnerTerms,
): DerivedFacts {
  const book = new FactBook();
  const labels: Record<string, string> = {};
  const party = ledger.parties.find((p) => p.id === subject.partyIds[0]);
  const job = ledger.jobs.find((j) => j.id === subject.jobIds[0]);
  if (party) labels.name = party.name;
  if (job) {
    labels.job = job.title;
    const sub = ledger.parties.find((p) => p.id === job.subcontractorId);
    if (sub) labels.subcontractor = sub.name;
    if (job.problems.length) labels.problems = job.problems.join(',');
  }
  if (party) {
    templateModule(subject.templateId).deriveFacts(book, {
      party,
      job,
      ledger,
      asOf,
      currency: subject.currency,
      owner,
    });
  }
  return { values: book.values, sources: book.sources, labels, owner };
}

/**
 * The currency a worksheet counts in: the job's, else the one the client was billed most in, else
 * the owner's default.
 */
export function worksheetCurrency(
  party: Party | undefined,
  job: Job | undefined,
  ledger: Ledger,
  fallback: Currency,
): Currency {
  if (job) return job.currency;
  if (!party) return fallback;
  const billed: Totals = {};
  for (const j of liveOnly(ledger.jobs)) {
    if (j.clientId === party.id || j.subcontractorId === party.id) {
      billed[j.currency] = (billed[j.currency] ?? 0) + linesTotal(j.lines);
    }
  }
  const top = Object.entries(billed).sort((a, b) => b[1] - a[1])[0];
  return top ? top[0] : fallback;
}
