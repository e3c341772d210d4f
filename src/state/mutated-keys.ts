/**
 * What a write changed, in the ledger's tables, from what Dexie reports after each committed
 * transaction (`storagemutated`, in this tab and, through a BroadcastChannel, from the others).
 *
 * Dexie names each changed part `idb://<database>/<table>/<index>`; the primary key's part (the
 * empty index name) holds a RangeSet of the changed keys: a tree of `{ from, to, l, r }` nodes, a
 * single key where `from` equals `to`. A message from another tab arrives structured-cloned, so the
 * tree is read as plain objects, never through RangeSet's methods. A range (a clear, a deleteRange,
 * a bulk put of 50 records or more, Dexie's "everything" after a database is created or a page comes
 * back from the back/forward cache) cannot be read key by key: the whole table is read again.
 */
import { LEDGER_TABLES, type LedgerTable } from '../domain/ledger-figures/ledger-figures';

/** Per table, the keys to read again, or `'whole'` to read the table whole. */
export type Dirty = Map<LedgerTable, Set<string> | 'whole'>;

/** Above this many keys of one table, one read of the whole table is simpler than the keys. */
const MANY_KEYS = 5_000;

interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

const ledgerTables: ReadonlySet<string> = new Set(LEDGER_TABLES);

function isLedgerTable(name: string): name is LedgerTable {
  return ledgerTables.has(name);
}

/** The single keys of a RangeSet tree, or undefined when it holds a range (or anything unknown). */
export function keysOf(node: unknown): string[] | undefined {
  const keys: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (n === null || n === undefined) continue;
    if (typeof n !== 'object') return undefined;
    const { from, to, l, r } = n as RangeNode;
    // A node without `from` is an empty set.
    if (!('from' in n)) continue;
    if (typeof from !== 'string' || from !== to) return undefined;
    keys.push(from);
    stack.push(l, r);
  }
  return keys;
}

export function markWhole(dirty: Dirty, table: LedgerTable): void {
  dirty.set(table, 'whole');
}

function markKeys(dirty: Dirty, table: LedgerTable, keys: readonly string[]): void {
  const known = dirty.get(table);
  if (known === 'whole') return;
  const set = known ?? new Set<string>();
  for (const key of keys) set.add(key);
  dirty.set(table, set.size > MANY_KEYS ? 'whole' : set);
}

/** Adds what `parts` says changed in database `dbName`'s ledger tables to `dirty`. */
export function addMutatedParts(
  dirty: Dirty,
  parts: Record<string, unknown>,
  dbName: string,
): void {
  const prefix = `idb://${dbName}/`;
  for (const [part, set] of Object.entries(parts)) {
    // Dexie's "everything may have changed" (a page back from the back/forward cache).
    if (part === 'all') {
      for (const table of LEDGER_TABLES) markWhole(dirty, table);
      continue;
    }
    if (!part.startsWith(prefix)) continue;
    const [table, index, ...rest] = part.slice(prefix.length).split('/');
    // Only the primary key's part: an index's part holds index values, and `:dels` repeats keys.
    if (table === undefined || index !== '' || rest.length > 0 || !isLedgerTable(table)) continue;
    const keys = keysOf(set);
    if (keys === undefined) markWhole(dirty, table);
    else markKeys(dirty, table, keys);
  }
}
