/**
 * Older versions of the file are brought up to today's shape by a chain of small named steps,
 * oldest first, before the strict check. A step works on the raw parsed file (plain data, no
 * classes) and returns a new object; it never reads more than the fields it changes.
 *
 * To change the format: raise CURRENT_VERSION in format.ts, add a step here that turns the
 * previous version into the new one, freeze a file of the new version in
 * tests/fixtures/export-vN.json, and regenerate docs/export-format.schema.json.
 */
import { CURRENT_VERSION } from './format';

export type RawFile = { [key: string]: unknown };

export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  name: string;
  up: (file: RawFile) => RawFile;
}

/** Version 1 is the first; there is nothing to migrate yet. */
export const migrations: readonly Migration[] = [];

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
