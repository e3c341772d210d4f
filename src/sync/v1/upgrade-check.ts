/**
 * For the tests only: a version 1 ledger brought to version 2 both ways a device meets one — rows
 * of a version 1 database opened by today's code (the Dexie upgrade), and a version 1 export file
 * read and imported into an empty device (the file migration) — and the check that its money adds
 * up the same: per client and currency, the version 1 model (money-v1.ts) on the version 1 records
 * against the sums of version 2's `jobBalances` on the upgraded ones.
 */
import Dexie from 'dexie';
import { expect } from 'vitest';
import { LedgerDb } from '../../db/database';
import { dbVersions } from '../../db/versions';
import { jobBalances } from '../../domain/metrics/job-balance';
import { tableNames, type TableName } from '../../domain/records';
import { applyImport } from '../apply';
import { loadDataset } from '../export';
import { FORMAT_NAME, type Dataset } from '../format';
import { readExportText } from '../read';
import { v1ClientMoney } from './money-v1';
import { v1Tables, type V1Ledger } from './records-v1';

let made = 0;

/** Writes `ledger` as rows of a version 1 database (as Dexie stored them), then opens it today. */
export async function upgradedDatabase(
  ledger: Partial<V1Ledger>,
): Promise<{ db: LedgerDb; dataset: Dataset }> {
  made += 1;
  const name = `v1-upgrade-${Date.now()}-${made}`;
  const old = new Dexie(name);
  old.version(1).stores(dbVersions[0]!.stores);
  await old.open();
  for (const table of v1Tables) {
    const rows = ledger[table];
    if (rows && rows.length > 0) await old.table(table).bulkPut(rows);
  }
  old.close();
  const db = new LedgerDb(name);
  await db.open();
  return { db, dataset: await loadDataset(db) };
}

/** A version 1 export file of `ledger`, written as version 1 wrote its plain files. */
export function v1FileText(ledger: V1Ledger): string {
  const lines = [
    `"format": ${JSON.stringify(FORMAT_NAME)}`,
    `"version": 1`,
    `"exportedAt": "2026-11-30T18:00:00.000Z"`,
    `"device": {"id":"device-v1","name":"Version 1 laptop"}`,
    ...v1Tables.map((table) => `${JSON.stringify(table)}: ${JSON.stringify(ledger[table])}`),
  ];
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Reads an export file and imports it into `db` as the import screen does. */
export async function importInto(db: LedgerDb, text: string, passphrase?: string) {
  const read = await readExportText(text, passphrase === undefined ? {} : { passphrase });
  if (!read.ok) throw new Error(`The reader refused the file: ${JSON.stringify(read.problems)}`);
  await applyImport(db, read.file.dataset, { fileName: 'v1.json', header: read.file.header });
  return { file: read.file, dataset: await loadDataset(db) };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every day-valued field anywhere in the records (nested too), so nothing is dated after it. */
function collectDays(value: unknown, into: string[]) {
  if (typeof value === 'string') {
    if (DAY.test(value)) into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectDays(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key !== 'stamps') collectDays(item, into);
  }
}

/** The day after the latest day any record of either ledger names. */
export function dayAfterEverything(...ledgers: object[]): string {
  const days: string[] = ['2000-01-01'];
  for (const ledger of ledgers) collectDays(ledger, days);
  const last = days.reduce((a, b) => (a > b ? a : b));
  return new Date(Date.parse(`${last}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

export interface MoneyRow {
  billed: number;
  paid: number;
  sent: number;
  refunded: number;
  writtenOff: number;
  outstanding: number;
  credited: number;
}

const fields: (keyof MoneyRow)[] = [
  'billed',
  'paid',
  'sent',
  'refunded',
  'writtenOff',
  'outstanding',
  'credited',
];

function addTo(rows: Map<string, MoneyRow>, key: string, figures: MoneyRow) {
  let row = rows.get(key);
  if (row === undefined) {
    row = { billed: 0, paid: 0, sent: 0, refunded: 0, writtenOff: 0, outstanding: 0, credited: 0 };
    rows.set(key, row);
  }
  for (const field of fields) row[field] += figures[field];
}

/** Rows with any money, keyed `client currency`. */
function nonZero(rows: Map<string, MoneyRow>): Record<string, MoneyRow> {
  return Object.fromEntries(
    [...rows]
      .filter(([, row]) => fields.some((f) => row[f] !== 0))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** Version 1's money per client and currency, as the version 1 model says (credited is always 0). */
export function v1Money(ledger: V1Ledger, day: string): Record<string, MoneyRow> {
  const rows = new Map<string, MoneyRow>();
  for (const r of v1ClientMoney(ledger, day))
    addTo(rows, `${r.clientId} ${r.currency}`, { ...r, credited: 0 });
  return nonZero(rows);
}

/**
 * Version 2's money per client and currency: sums of `jobBalances`. Version 1 had no refund apart
 * from a goodwill payment, so both count as its "refunded".
 */
export function v2Money(dataset: Dataset, day: string): Record<string, MoneyRow> {
  const rows = new Map<string, MoneyRow>();
  const balances = jobBalances(dataset.jobs, dataset, day);
  for (const b of balances.values()) {
    addTo(rows, `${b.clientId} ${b.currency}`, {
      billed: b.billed,
      paid: b.paid,
      sent: b.sent,
      refunded: b.refunded + b.paidToClient,
      writtenOff: b.writtenOff,
      outstanding: b.outstanding,
      credited: b.credited,
    });
  }
  return nonZero(rows);
}

/** As of a day after every record's dates, version 2's figures are version 1's. */
export function expectMoneyAddsUp(v1: V1Ledger, v2: Dataset): string {
  const day = dayAfterEverything(v1, v2);
  expect(v2Money(v2, day)).toEqual(v1Money(v1, day));
  return day;
}

/** Every record is valid under today's strict schemas; the first problem, by table and id. */
export function problemsOf(
  dataset: Dataset,
  schemas: {
    [T in TableName]: { safeParse: (v: unknown) => { success: boolean; error?: unknown } };
  },
): string[] {
  const problems: string[] = [];
  for (const table of tableNames) {
    for (const record of dataset[table] as { id: string }[]) {
      const result = schemas[table].safeParse(record);
      if (!result.success) problems.push(`${table} ${record.id}: ${JSON.stringify(result.error)}`);
    }
  }
  return problems;
}

/** Every version 1 id, by table, is still in the upgraded dataset, with nothing else in its table. */
export function expectEveryIdKept(v1: Partial<V1Ledger>, v2: Dataset) {
  for (const table of v1Tables) {
    const before = (v1[table] ?? []).map((r) => r.id).sort();
    const after = (v2[table] as { id: string }[]).map((r) => r.id).sort();
    expect(after, table).toEqual(before);
  }
}
