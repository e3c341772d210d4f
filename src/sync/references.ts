/**
 * The links between records. A file holds every record of the exporting device, tombstones too,
 * so every link in it must point at a record in the same file; a link to a deleted record is fine.
 * Every synced table needs an entry here (a test checks it): list its links, or none.
 */
import type { RecordOf, TableName } from '../domain/records';
import type { PathPart } from './problems';

export interface Reference {
  /** Where the link is inside the record, e.g. `['allocations', 0, 'jobId']`. */
  path: PathPart[];
  table: TableName;
  id: string;
}

type Links<T extends TableName> = (record: RecordOf[T]) => (Reference | null)[];

const to = (table: TableName, path: PathPart[], id: string | null): Reference | null =>
  id === null ? null : { table, path, id };

export const recordLinks: Partial<{ [T in TableName]: Links<T> }> = {
  parties: (p) => [to('parties', ['referredById'], p.referredById)],
  jobs: (j) => [
    to('parties', ['clientId'], j.clientId),
    to('parties', ['subcontractorId'], j.subcontractorId),
  ],
  payments: (p) => [
    to('parties', ['partyId'], p.partyId),
    ...p.allocations.map((a, i) => to('jobs', ['allocations', i, 'jobId'], a.jobId)),
  ],
  contacts: (c) => [
    to('parties', ['partyId'], c.partyId),
    to('jobs', ['jobId'], c.jobId),
    to('parties', ['referredPartyId'], c.referredPartyId),
  ],
  settings: () => [],
  worksheets: (w) => [
    ...w.partyIds.map((id, i) => to('parties', ['partyIds', i], id)),
    ...w.jobIds.map((id, i) => to('jobs', ['jobIds', i], id)),
  ],
};

export function referencesOf<T extends TableName>(table: T, record: RecordOf[T]): Reference[] {
  const links = recordLinks[table] as Links<T> | undefined;
  return links ? links(record).filter((r): r is Reference => r !== null) : [];
}
