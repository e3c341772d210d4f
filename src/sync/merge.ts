/**
 * The merge, per field, last writer wins. For each field the value with the greater HLC stamp
 * wins; stamps hold the device id, so two different stamps never tie and every device picks the
 * same winner. A field stamped on one side only wins over an unstamped one. Should two sides ever
 * hold the same stamp (or none) with different values — only a hand-edited file can — the greater
 * value in canonical JSON wins, so even then every device agrees.
 *
 * Each field is thus a register ordered by (stamp, value), and the merge takes the maximum field by
 * field: it is idempotent, commutative and associative, which is what lets two or three devices
 * exchange files in any order and end up identical. `deletedAt` is a field like any other, so a
 * delete travels and a later restore wins over it. `createdAt` keeps the earliest, `updatedAt` the
 * latest. The merged record is built from the table's listed fields only.
 */
import { sameValue } from '../domain/same-value';
import { canonicalJson } from './canonical';

export interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  stamps: Partial<Record<string, string>>;
}

export type Side = 'local' | 'incoming';

function valueOf(record: StoredRecord, field: string): unknown {
  return (record as unknown as Record<string, unknown>)[field];
}

/** Which side's value of one field the merge keeps. */
export function fieldWinner(field: string, local: StoredRecord, incoming: StoredRecord): Side {
  const a = local.stamps[field];
  const b = incoming.stamps[field];
  if (a !== b) {
    if (b === undefined) return 'local';
    if (a === undefined) return 'incoming';
    return a > b ? 'local' : 'incoming';
  }
  const va = valueOf(local, field);
  const vb = valueOf(incoming, field);
  // Equal lists and objects (a record's problems, a payment's allocations) need no canonical form.
  if (va === vb || sameValue(va, vb)) return 'local';
  return canonicalJson(va) >= canonicalJson(vb) ? 'local' : 'incoming';
}

/** `side` holds a change of `field` that the other side has not seen. */
export function isAhead(field: string, side: StoredRecord, other: StoredRecord): boolean {
  const mine = side.stamps[field];
  const theirs = other.stamps[field];
  return mine !== undefined && (theirs === undefined || mine > theirs);
}

export function mergeRecord<R extends StoredRecord>(
  fields: readonly string[],
  local: R,
  incoming: R,
): R {
  const merged: Record<string, unknown> = {
    id: local.id,
    createdAt: local.createdAt <= incoming.createdAt ? local.createdAt : incoming.createdAt,
    updatedAt: local.updatedAt >= incoming.updatedAt ? local.updatedAt : incoming.updatedAt,
  };
  const stamps: Record<string, string> = {};
  for (const field of fields) {
    const from = fieldWinner(field, local, incoming) === 'local' ? local : incoming;
    merged[field] = valueOf(from, field);
    const stamp = from.stamps[field];
    if (stamp !== undefined) stamps[field] = stamp;
  }
  merged.stamps = stamps;
  return merged as unknown as R;
}
