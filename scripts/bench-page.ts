/**
 * The pure functions the benchmark times inside the page, bundled by scripts/bench.mjs into one
 * script it evaluates there (`GLBench`). They are the app's own sources, not copies, so the figure
 * is what the screens pay; only the reading of the records is left out, and timed on its own.
 */
import type { Day } from '../src/domain/dates';
import type { Currency } from '../src/domain/money';
import { worksheetTemplateIds } from '../src/domain/records';
import { deriveFacts, type Ledger } from '../src/domain/worksheets';

export interface FactsTiming {
  templateId: string;
  ms: number;
  facts: number;
}

/**
 * Worksheet facts for one client, every template (with the client's latest invoiced job where the
 * template is about a job), over the whole ledger as the worksheet screen passes it; each the
 * median of `runs`.
 */
export function timeFacts(ledger: Ledger, clientId: string, asOf: Day, runs = 5): FactsTiming[] {
  const own = ledger.jobs.filter((j) => j.clientId === clientId);
  const job = own
    .filter((j) => j.invoicedOn !== null)
    .sort((a, b) => (a.orderedOn < b.orderedOn ? 1 : -1))[0];
  const currency: Currency = job?.currency ?? own[0]?.currency ?? 'USD';
  return worksheetTemplateIds.map((templateId) => {
    const aboutJob = templateId === 'forgive_or_pursue' || templateId === 'who_pays_whom';
    const subject = {
      templateId,
      partyIds: [clientId],
      jobIds: aboutJob && job ? [job.id] : [],
      currency,
    };
    const times: number[] = [];
    let facts = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      facts = Object.keys(deriveFacts(subject, ledger, asOf).values).length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { templateId, ms: times[Math.floor(times.length / 2)]!, facts };
  });
}
