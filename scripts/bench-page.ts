/**
 * The pure functions the benchmark times inside the page, bundled by scripts/bench.mjs into one
 * script it evaluates there (`GLBench`). They are the app's own sources, not copies, so the figure
 * is what the screens pay; only the reading of the records is left out, and timed on its own.
 */
import { DEFAULT_DB_NAME, LedgerDb } from '../src/db/database';
import { partyLedger } from '../src/db/party-ledger';
import { saveRecord } from '../src/db/write';
import { today, type Day } from '../src/domain/dates';
import type { Currency } from '../src/domain/money';
import { linesTotal, worksheetTemplateIds, type PaymentInput } from '../src/domain/records';
import { deriveFacts, ownerTermsOf, type Ledger } from '../src/domain/worksheets';
import { defaultSettings } from '../src/domain/records/settings-defaults';
import { applyImport } from '../src/sync/apply';
import { loadDataset } from '../src/sync/export';
import { planImport } from '../src/sync/plan';
import { readExportText } from '../src/sync/read';

export interface FactsTiming {
  templateId: string;
  /** Facts over the client's records as the worksheet screen reads them (by index). */
  ms: number;
  /** Over the whole ledger, as the screen passed it before it read by index. */
  wholeMs: number;
  /** Both give the same facts. */
  same: boolean;
}

export interface FactsFigures {
  clientJobs: number;
  /** Reading the client's records by index (partyLedger), median. */
  readMs: number;
  timings: FactsTiming[];
}

/** Median of `runs`; `fresh` makes each run's input outside the timing. */
async function medianOf<T>(
  runs: number,
  fresh: () => T | Promise<T>,
  run: (input: T) => unknown,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = await fresh();
    const start = performance.now();
    await run(input);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/** New arrays over the same records: the figures keep answers per array, a first ask gets none. */
function copyOf(ledger: Ledger): Ledger {
  return {
    parties: [...ledger.parties],
    jobs: [...ledger.jobs],
    payments: [...ledger.payments],
    credits: [...ledger.credits],
    writeOffs: [...ledger.writeOffs],
    disputes: [...ledger.disputes],
    promises: [...ledger.promises],
    contacts: [...ledger.contacts],
  };
}

/**
 * Worksheet facts for one client, every template (with the client's latest invoiced job where the
 * template is about a job), each the median of `runs`, every run a first ask (fresh arrays): over
 * the client's records read from the app's database by index, as the worksheet screen reads them,
 * and over the whole ledger given.
 */
export async function timeFacts(
  ledger: Ledger,
  clientId: string,
  asOf: Day,
  runs = 5,
): Promise<FactsFigures> {
  const client = ledger.parties.find((p) => p.id === clientId);
  if (!client) throw new Error(`no client ${clientId}`);
  const own = ledger.jobs.filter((j) => j.clientId === clientId);
  const job = own
    .filter((j) => j.invoicedOn !== null)
    .sort((a, b) => (a.orderedOn < b.orderedOn ? 1 : -1))[0];
  const currency: Currency = job?.currency ?? own[0]?.currency ?? 'USD';
  const db = new LedgerDb(DEFAULT_DB_NAME);
  await db.open();
  try {
    const readMs = await medianOf(
      runs,
      () => undefined,
      () => partyLedger(db, [clientId]),
    );
    const timings: FactsTiming[] = [];
    for (const templateId of worksheetTemplateIds) {
      const aboutJob = templateId === 'forgive_or_pursue' || templateId === 'who_pays_whom';
      const partyIds = [clientId];
      if (templateId === 'who_pays_whom' && job?.subcontractorId)
        partyIds.push(job.subcontractorId);
      const subject = { templateId, partyIds, jobIds: aboutJob && job ? [job.id] : [], currency };
      const slice = await partyLedger(db, partyIds);
      const owner = ownerTermsOf(defaultSettings);
      timings.push({
        templateId,
        ms: await medianOf(
          runs,
          () => partyLedger(db, partyIds),
          (l) => deriveFacts(subject, l, asOf, owner),
        ),
        wholeMs: await medianOf(
          runs,
          () => copyOf(ledger),
          (l) => deriveFacts(subject, l, asOf, owner),
        ),
        same:
          JSON.stringify(deriveFacts(subject, slice, asOf, owner).values) ===
          JSON.stringify(deriveFacts(subject, copyOf(ledger), asOf, owner).values),
      });
    }
    return { clientJobs: own.length, readMs, timings };
  } finally {
    db.close();
  }
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

/** One payment the bench records while Home is open in another page. */
export interface BenchPayment {
  clientId: string;
  jobId: string;
  currency: Currency;
  /** Minor units: small enough that every run still lowers what the job owes. */
  amount: number;
}

/** The client's latest invoiced job that still owes at least `runs` payments of `amount`. */
export async function pickPaymentJob(
  clientId: string,
  runs: number,
  amount = 100,
): Promise<BenchPayment> {
  const db = new LedgerDb(DEFAULT_DB_NAME);
  try {
    const jobs = await db.jobs.where('clientId').equals(clientId).toArray();
    const payments = await db.payments.where('partyId').equals(clientId).toArray();
    const paid = new Map<string, number>();
    for (const p of payments)
      for (const a of p.allocations) paid.set(a.jobId, (paid.get(a.jobId) ?? 0) + a.amount);
    const job = jobs
      .filter((j) => j.deletedAt === null && j.invoicedOn !== null)
      .filter((j) => linesTotal(j.lines) - (paid.get(j.id) ?? 0) >= amount * (runs + 1))
      .sort((a, b) => (a.orderedOn < b.orderedOn ? 1 : -1))[0];
    if (!job) throw new Error(`no job of ${clientId} owes enough for ${runs} payments`);
    return { clientId, jobId: job.id, currency: job.currency, amount };
  } finally {
    db.close();
  }
}

/**
 * Records the payment through the app's write path (validated, stamped, one transaction), from
 * this page: a tab of its own, so the page showing Home hears of it as another tab's write.
 * Times are on the shared clock (ms since the epoch) so the other page's can be compared.
 */
export async function recordPayment(
  w: BenchPayment,
): Promise<{ id: string; startedAt: number; savedAt: number }> {
  const db = new LedgerDb(DEFAULT_DB_NAME);
  await db.open();
  const day = today();
  const input: PaymentInput = {
    direction: 'client_to_me',
    partyId: w.clientId,
    sentOn: day,
    receivedOn: day,
    amount: w.amount,
    currency: w.currency,
    method: 'transfer',
    purpose: 'payment',
    allocations: [{ jobId: w.jobId, amount: w.amount }],
    reference: 'bench',
    notes: '',
  };
  try {
    const startedAt = performance.timeOrigin + performance.now();
    const saved = await saveRecord(db, 'payments', input);
    return { id: saved.id, startedAt, savedAt: performance.timeOrigin + performance.now() };
  } finally {
    db.close();
  }
}

/** The baseline: one raw IndexedDB put of that payment record (as stored) in its own transaction. */
export async function rawPutPayment(id: string): Promise<number> {
  const req = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const idb = await req(indexedDB.open(DEFAULT_DB_NAME));
  try {
    const record = await req(idb.transaction('payments').objectStore('payments').get(id));
    const start = performance.now();
    const tx = idb.transaction('payments', 'readwrite', { durability: 'default' });
    tx.objectStore('payments').put(record);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return performance.now() - start;
  } finally {
    idb.close();
  }
}
