/**
 * The write path, the bulk add and the import reader all take their links from the domain's one
 * table: a record linking to a record that does not exist is refused by each, at the same field.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { saveRecord, type LedgerDb } from '../db';
import { bulkAdd, bulkTables, type BulkRecords } from '../db/bulk-write';
import { clientInput, freshDb, jobInput, paymentInput } from '../db/test-db';
import { WriteError } from '../db/write-error';
import { newWorksheet, recordLinks, type TableName } from '../domain/records';
import { buildExport } from './export';
import { readExportText } from './read';

const GHOST = '7a0c5b52-5f3c-4b8e-9d61-3f1c2b4a5e6f';

/**
 * Each link, by hand: its table, the field it is reported at, where its first id sits (as a path
 * and as the reader writes it) and the table the id is looked up in.
 */
type LinkedTable = Exclude<TableName, 'settings'>;

const cases: [LinkedTable, string, (string | number)[], string, 'parties' | 'jobs'][] = [
  ['parties', 'referredById', ['referredById'], 'referredById', 'parties'],
  ['jobs', 'clientId', ['clientId'], 'clientId', 'parties'],
  ['jobs', 'subcontractorId', ['subcontractorId'], 'subcontractorId', 'parties'],
  ['payments', 'partyId', ['partyId'], 'partyId', 'parties'],
  ['payments', 'allocations', ['allocations', 0, 'jobId'], 'allocations[0].jobId', 'jobs'],
  ['credits', 'partyId', ['partyId'], 'partyId', 'parties'],
  ['credits', 'jobId', ['jobId'], 'jobId', 'jobs'],
  ['writeOffs', 'partyId', ['partyId'], 'partyId', 'parties'],
  ['writeOffs', 'jobId', ['jobId'], 'jobId', 'jobs'],
  ['disputes', 'partyId', ['partyId'], 'partyId', 'parties'],
  ['disputes', 'jobId', ['jobId'], 'jobId', 'jobs'],
  ['promises', 'partyId', ['partyId'], 'partyId', 'parties'],
  ['promises', 'jobId', ['jobId'], 'jobId', 'jobs'],
  ['invoices', 'partyId', ['partyId'], 'partyId', 'parties'],
  ['invoices', 'jobIds', ['jobIds', 0], 'jobIds[0]', 'jobs'],
  ['contacts', 'partyId', ['partyId'], 'partyId', 'parties'],
  ['contacts', 'jobId', ['jobId'], 'jobId', 'jobs'],
  ['contacts', 'referredPartyId', ['referredPartyId'], 'referredPartyId', 'parties'],
  ['worksheets', 'partyIds', ['partyIds', 0], 'partyIds[0]', 'parties'],
  ['worksheets', 'jobIds', ['jobIds', 0], 'jobIds[0]', 'jobs'],
];

let db: LedgerDb;
afterEach(async () => {
  await db?.delete();
});

/** A ledger with one record of each table whose every link is set. */
async function linkedLedger() {
  db = freshDb();
  const client = await saveRecord(db, 'parties', clientInput());
  const sub = await saveRecord(
    db,
    'parties',
    clientInput({ kind: 'subcontractor', name: 'Sam Sub' }),
  );
  const referred = await saveRecord(
    db,
    'parties',
    clientInput({ name: 'Rita Referred', referredById: client.id }),
  );
  const job = await saveRecord(db, 'jobs', jobInput(client.id, { subcontractorId: sub.id }));
  const payment = await saveRecord(
    db,
    'payments',
    paymentInput(client.id, { allocations: [{ jobId: job.id, amount: 100 }] }),
  );
  const contact = await saveRecord(db, 'contacts', {
    partyId: client.id,
    jobId: job.id,
    on: '2026-03-10',
    kind: 'referral',
    initiatedBy: 'them',
    promisedOn: null,
    referredPartyId: referred.id,
    note: '',
  });
  const worksheet = await saveRecord(
    db,
    'worksheets',
    newWorksheet('forgive_or_pursue', 1, [client.id], [job.id], 'USD'),
  );
  const owed = { partyId: client.id, jobId: job.id, currency: 'USD' };
  const credit = await saveRecord(db, 'credits', {
    ...owed,
    on: '2026-03-20',
    amount: 5_000,
    reason: 'goodwill',
    note: '',
  });
  const writeOff = await saveRecord(db, 'writeOffs', {
    ...owed,
    on: '2026-06-30',
    amount: 5_000,
    note: '',
  });
  const dispute = await saveRecord(db, 'disputes', {
    partyId: client.id,
    jobId: job.id,
    raisedOn: '2026-03-15',
    amount: 5_000,
    reason: '',
    resolvedOn: null,
    resolution: null,
  });
  const promise = await saveRecord(db, 'promises', {
    ...owed,
    madeOn: '2026-03-16',
    dueOn: '2026-03-31',
    amount: 5_000,
    via: 'call',
    note: '',
  });
  const invoice = await saveRecord(db, 'invoices', {
    partyId: client.id,
    series: 'A',
    sequence: 1,
    issuedOn: '2026-03-06',
    dueOn: '2026-04-05',
    jobIds: [job.id],
    currency: 'USD',
    language: 'en',
    note: '',
    voidedOn: null,
  });
  return {
    parties: referred,
    jobs: job,
    payments: payment,
    credits: credit,
    writeOffs: writeOff,
    disputes: dispute,
    promises: promise,
    invoices: invoice,
    contacts: contact,
    worksheets: worksheet,
  };
}

/** `record` with the id at `path` replaced by one no record has. */
function broken<T extends object>(record: T, path: (string | number)[]): T {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let at = copy;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
  at[path.at(-1)!] = GHOST;
  return copy as T;
}

async function writeError(work: Promise<unknown>): Promise<WriteError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WriteError);
  return error as WriteError;
}

/** The fields refused as missing links (a payment's own rules may refuse more). */
function missingAt(error: WriteError): string[] {
  return Object.keys(error.fields).filter((key) => error.fields[key] === 'missing_reference');
}

test('the cases below are every link of the table', () => {
  const listed = Object.entries(recordLinks).flatMap(([table, links]) =>
    links.map((link) => `${table}.${link.path[0]}`),
  );
  expect(listed.sort()).toEqual(cases.map(([table, field]) => `${table}.${field}`).sort());
});

const stored = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'stamps']);

/** The editable fields of the linked ledger's record of `table`, and its id. */
async function linkedInput(table: LinkedTable) {
  const records = await linkedLedger();
  const record = records[table] as object;
  const input = Object.fromEntries(Object.entries(record).filter(([key]) => !stored.has(key)));
  return { input, id: records[table].id };
}

describe.each(cases)('a %s record whose %s names no record', (table, field, path, at, target) => {
  test('is refused by the write path at that field', async () => {
    const { input } = await linkedInput(table);
    const error = await writeError(saveRecord(db, table, broken(input, path) as never));
    expect(missingAt(error)).toEqual([field]);
  });

  test('is refused by the import reader at the same place', async () => {
    const { id } = await linkedInput(table);
    const json = JSON.parse((await buildExport(db, { deviceName: 'Phone' })).text) as Record<
      string,
      { id: string }[]
    >;
    const index = json[table]!.findIndex((r) => r.id === id);
    json[table]![index] = broken(json[table]![index]!, path);
    const result = await readExportText(JSON.stringify(json));
    expect(result.ok ? [] : result.problems).toEqual([
      { code: 'missing_reference', path: `${table}[${index}].${at}`, params: { table: target } },
    ]);
  });
});

// Worksheets and invoices are never added in bulk.
const bulkCases = cases.filter(([table]) => (bulkTables as readonly string[]).includes(table));

describe.each(bulkCases)('a %s record whose %s names no record', (table, field, path) => {
  test('is refused by the bulk add at that field', async () => {
    const { input } = await linkedInput(table);
    const batch: Partial<BulkRecords> = {
      [table]: [{ ...broken(input, path), id: '7a0c5b52-5f3c-4b8e-9d61-3f1c2b4a5e70' }],
    };
    const error = await writeError(bulkAdd(db, batch));
    expect(missingAt(error)).toEqual([`${table}.0.${field}`]);
  });
});
