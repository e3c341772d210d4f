/**
 * Older versions of the file are brought up to today's shape by a chain of small named steps,
 * oldest first, before the strict check. A step works on the raw parsed file (plain data, no
 * classes) and returns a new object; it never reads more than the fields it changes.
 *
 * To change the format: raise CURRENT_VERSION in format.ts, add a step here that turns the
 * previous version into the new one, freeze a file of the new version in
 * tests/fixtures/export-vN.json, and regenerate docs/export-format.schema.json.
 */
import {
  jobAmountBecomesOneLine,
  jobStatusSaysOnlyTheWork,
  partyGetsFeesAndLanguage,
  paymentKeepsSentAndReceived,
  recordsFromV1Statuses,
  settingsGetOwnerDetails,
} from '../domain/records/upgrade/v1-to-v2';
import { settingsGetLateGrace } from '../domain/records/upgrade/v2-to-v3';
import { CURRENT_VERSION } from './format';

export type RawFile = { [key: string]: unknown };

export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  name: string;
  up: (file: RawFile) => RawFile;
}

/** Runs named steps in order; each is one change, so a version's migration reads as a list. */
function steps(...list: readonly { name: string; up: (file: RawFile) => RawFile }[]) {
  return (file: RawFile) => list.reduce((current, step) => step.up(current), file);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export const migrations: readonly Migration[] = [
  {
    from: 1,
    name: 'the ledger says what happened to the money',
    // The same record steps as the database's upgrade to version 2 (db/versions.ts).
    up: steps(
      { name: 'add credits', up: addTable('credits') },
      { name: 'add write-offs', up: addTable('writeOffs') },
      { name: 'add disputes', up: addTable('disputes') },
      { name: 'add promises to pay', up: addTable('promises') },
      { name: 'add invoices', up: addTable('invoices') },
      {
        name: 'disputed and written-off jobs get their own records',
        up: (file) => {
          const { disputes, writeOffs } = recordsFromV1Statuses(
            list(file.jobs),
            list(file.payments),
          );
          return {
            ...file,
            disputes: [...list(file.disputes), ...disputes],
            writeOffs: [...list(file.writeOffs), ...writeOffs],
          };
        },
      },
      { name: 'a job amount becomes one line', up: mapRecords('jobs', jobAmountBecomesOneLine) },
      { name: 'a job status says only the work', up: mapRecords('jobs', jobStatusSaysOnlyTheWork) },
      {
        name: 'payments keep sent and received days and a purpose',
        up: mapRecords('payments', paymentKeepsSentAndReceived),
      },
      { name: 'clients get late-fee terms', up: mapRecords('parties', partyGetsFeesAndLanguage) },
      {
        name: 'settings get the owner’s details',
        up: mapRecords('settings', settingsGetOwnerDetails),
      },
    ),
  },
  {
    from: 2,
    name: 'a grace window before a payment counts as late',
    // The same step as the database's upgrade to version 3 (db/versions.ts).
    up: steps({
      name: 'settings get the late grace days',
      up: mapRecords('settings', settingsGetLateGrace),
    }),
  },
];

/** A step for a table that a new version adds: older files simply have none of its records. */
export function addTable(table: string): (file: RawFile) => RawFile {
  return (file) => ({ ...file, [table]: Object.hasOwn(file, table) ? file[table] : [] });
}

/** A step that reshapes every record of one table. */
export function mapRecords(
  table: string,
  change: (record: RawFile) => RawFile,
): (file: RawFile) => RawFile {
  return (file) => {
    const records = file[table];
    if (!Array.isArray(records)) return file;
    return {
      ...file,
      [table]: records.map((r: unknown) =>
        r !== null && typeof r === 'object' && !Array.isArray(r) ? change(r as RawFile) : r,
      ),
    };
  };
}

export function migrate(
  file: RawFile,
  from: number,
  chain: readonly Migration[] = migrations,
  to: number = CURRENT_VERSION,
): RawFile {
  let current = file;
  for (let version = from; version < to; version++) {
    const step = chain.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from export format version ${version}.`);
    current = { ...step.up(current), version: version + 1 };
  }
  return current;
}
