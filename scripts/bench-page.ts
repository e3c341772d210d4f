/**
 * The pure functions the benchmark times inside the page, bundled by scripts/bench.mjs into one
 * script it evaluates there (`GLBench`). They are the app's own sources, not copies, so the figure
 * is what the screens pay; only the reading of the records is left out, and timed on its own.
 */
import { LedgerDb } from '../src/db/database';
import type { Day } from '../src/domain/dates';
import { clientSlice } from '../src/domain/demo/worksheets';
import type { Currency } from '../src/domain/money';
import { worksheetTemplateIds } from '../src/domain/records';
import { deriveFacts, type Ledger } from '../src/domain/worksheets';
import { applyImport } from '../src/sync/apply';
import { loadDataset } from '../src/sync/export';
import { planImport } from '../src/sync/plan';
import { readExportText } from '../src/sync/read';

export interface FactsTiming {
  templateId: string;
  /** Over the whole ledger, as the worksheet screen passes it. */
  ms: number;
  /** Over only the client's records (what reads by the client's indexes would give). */
  sliceMs: number;
  /** Both give the same facts. */
  same: boolean;
}

function medianMs(run: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/**
 * Worksheet facts for one client, every template (with the client's latest invoiced job where the
 * template is about a job), each the median of `runs`: over the whole ledger, and over the
 * client's slice of it. Selecting the slice is not timed: an indexed read does it.
 */
export function timeFacts(ledger: Ledger, clientId: string, asOf: Day, runs = 5): FactsTiming[] {
  const client = ledger.parties.find((p) => p.id === clientId);
  if (!client) throw new Error(`no client ${clientId}`);
  const own = ledger.jobs.filter((j) => j.clientId === clientId);
  const job = own
    .filter((j) => j.invoicedOn !== null)
    .sort((a, b) => (a.orderedOn < b.orderedOn ? 1 : -1))[0];
  const currency: Currency = job?.currency ?? own[0]?.currency ?? 'USD';
  const slice = clientSlice(ledger, client);
  return worksheetTemplateIds.map((templateId) => {
    const aboutJob = templateId === 'forgive_or_pursue' || templateId === 'who_pays_whom';
    const subject = {
      templateId,
      partyIds: [clientId],
      jobIds: aboutJob && job ? [job.id] : [],
      currency,
    };
    const whole = JSON.stringify(deriveFacts(subject, ledger, asOf).values);
    const part = JSON.stringify(deriveFacts(subject, slice, asOf).values);
    return {
      templateId,
      ms: medianMs(() => deriveFacts(subject, ledger, asOf), runs),
      sliceMs: medianMs(() => deriveFacts(subject, slice, asOf), runs),
      same: whole === part,
    };
  });
}

export interface ImportPhases {
  readText: number;
  parse: number;
  check: number;
  loadLocal: number;
  compare: number;
  apply: number;
}

/**
 * The app's import taken apart, into a fresh database of its own (so the app's is untouched):
 * reading the file's text, JSON.parse alone, the whole-file check (parse included), reading this
 * device's records, the comparison, and the write in one transaction. Tells which step a slow
 * import spends its time in.
 */
export async function timeImportPhases(file: File): Promise<ImportPhases> {
  const at = () => performance.now();
  let t = at();
  const text = await file.text();
  const readText = at() - t;
  t = at();
  JSON.parse(text);
  const parse = at() - t;
  t = at();
  const read = await readExportText(text);
  const check = at() - t;
  if (!read.ok) throw new Error(`the file was refused: ${JSON.stringify(read.problems[0])}`);
  const db = new LedgerDb('bench-phases');
  await db.delete();
  await db.open();
  try {
    t = at();
    const local = await loadDataset(db);
    const loadLocal = at() - t;
    t = at();
    await planImport(local, read.file.dataset);
    const compare = at() - t;
    t = at();
    await applyImport(db, read.file.dataset, { fileName: file.name, header: read.file.header });
    const apply = at() - t;
    return { readText, parse, check, loadLocal, compare, apply };
  } finally {
    await db.delete();
  }
}
