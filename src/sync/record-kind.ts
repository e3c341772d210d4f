/**
 * The kinds of record the import preview lists apart: a table, except that people split into
 * clients and subcontractors, which the owner thinks of as different things.
 */
import { tableNames, type TableName } from '../domain/records';
import type { StoredRecord } from './merge';

export type RecordKind = Exclude<TableName, 'parties'> | 'clients' | 'subcontractors';

/** In the order the preview shows them: people first, as the records everything else refers to. */
export const recordKinds: readonly RecordKind[] = [
  'clients',
  'subcontractors',
  ...tableNames.filter((t): t is Exclude<TableName, 'parties'> => t !== 'parties'),
];

export function recordKind(table: TableName, record: StoredRecord): RecordKind {
  if (table !== 'parties') return table;
  return (record as unknown as { kind?: unknown }).kind === 'subcontractor'
    ? 'subcontractors'
    : 'clients';
}
