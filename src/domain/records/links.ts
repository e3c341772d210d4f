/**
 * The one table of links between records: per table, each link's target table and the path of
 * its ids inside the record (its first step is the field it is reported at). The write path, the
 * bulk add and the hard delete, the import reader and the import's undo all read links from here.
 * Every synced table has an entry (none, for a table without links).
 *
 * Rules about what a link may point at (a payment settles only its own party's jobs, in its
 * currency) are not links: they live with the payment.
 */
import type { InputOf, TableName } from './index';

/** Stands for every item of a list in a link's path. */
export const EACH = Symbol('each item');

export type LinkTarget = 'parties' | 'jobs';
type PathPart = string | number;

export interface Link<F extends string = string> {
  table: LinkTarget;
  /** The field, then the steps from it to each id: a list's items (EACH) or an object's key. */
  path: readonly [F, ...(string | typeof EACH)[]];
}

export const recordLinks: {
  readonly [T in TableName]: readonly Link<keyof InputOf[T] & string>[];
} = {
  parties: [{ table: 'parties', path: ['referredById'] }],
  jobs: [
    { table: 'parties', path: ['clientId'] },
    { table: 'parties', path: ['subcontractorId'] },
  ],
  payments: [
    { table: 'parties', path: ['partyId'] },
    { table: 'jobs', path: ['allocations', EACH, 'jobId'] },
  ],
  credits: [
    { table: 'parties', path: ['partyId'] },
    { table: 'jobs', path: ['jobId'] },
  ],
  writeOffs: [
    { table: 'parties', path: ['partyId'] },
    { table: 'jobs', path: ['jobId'] },
  ],
  disputes: [
    { table: 'parties', path: ['partyId'] },
    { table: 'jobs', path: ['jobId'] },
  ],
  promises: [
    { table: 'parties', path: ['partyId'] },
    { table: 'jobs', path: ['jobId'] },
  ],
  invoices: [
    { table: 'parties', path: ['partyId'] },
    { table: 'jobs', path: ['jobIds', EACH] },
  ],
  contacts: [
    { table: 'parties', path: ['partyId'] },
    { table: 'jobs', path: ['jobId'] },
    { table: 'parties', path: ['referredPartyId'] },
  ],
  settings: [],
  worksheets: [
    { table: 'parties', path: ['partyIds', EACH] },
    { table: 'jobs', path: ['jobIds', EACH] },
  ],
};

/** One id a record links to: the table it is in, and where it sits in the record. */
export interface Reference {
  table: LinkTarget;
  /** e.g. `['allocations', 0, 'jobId']`; its first part is the link's field. */
  path: PathPart[];
  id: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

type Visit = (value: unknown, path: PathPart[], out: Reference[]) => void;

/** A link's path made into nested functions once, as the import reads every record with it. */
function compile(link: Link): Visit {
  let visit: Visit = (value, path, out) => {
    if (typeof value === 'string') out.push({ table: link.table, path, id: value });
  };
  for (let step = link.path.length - 1; step >= 0; step--) {
    const key = link.path[step]!;
    const next = visit;
    visit =
      key === EACH
        ? (value, path, out) => {
            if (!Array.isArray(value)) return;
            for (let i = 0; i < value.length; i++) next(value[i], [...path, i], out);
          }
        : (value, path, out) => {
            if (isObject(value) && Object.hasOwn(value, key)) next(value[key], [...path, key], out);
          };
  }
  return visit;
}

const compiled = new WeakMap<Link, Visit>();

/**
 * The ids one link of `record` holds, in order; an empty link (null) holds none. Tolerant of any
 * shape, so it reads stored rows and file records alike; it follows the link's fixed path (a few
 * steps), never the depth of the record.
 */
export function linkedIds(link: Link, record: unknown, out: Reference[] = []): Reference[] {
  let visit = compiled.get(link);
  if (!visit) compiled.set(link, (visit = compile(link)));
  visit(record, [], out);
  return out;
}

/** Every id `record` of `table` links to. */
export function referencesOf(table: TableName, record: unknown): Reference[] {
  const out: Reference[] = [];
  for (const link of recordLinks[table]) linkedIds(link, record, out);
  return out;
}
