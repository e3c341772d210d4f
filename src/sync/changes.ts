/**
 * The import preview's list by name: the records an import would write, grouped by kind of
 * record and by what happens to each, in words the owner uses — new, changed, changed on both
 * devices, back from the trash, moved to the trash here, or deleted on the other device only
 * (a record this device never had: nothing here to remove).
 */
import type { ImportPlan, PlannedRecord } from './plan';
import { recordKind, recordKinds, type RecordKind } from './record-kind';

export type ChangeType = 'conflict' | 'new' | 'changed' | 'restored' | 'removed' | 'gone';

/** In the order the preview shows them: what needs a look first. */
export const changeTypes: readonly ChangeType[] = [
  'conflict',
  'new',
  'changed',
  'restored',
  'removed',
  'gone',
];

export interface KindChanges {
  kind: RecordKind;
  /** Records of this kind in the file that this device already holds as they are. */
  same: number;
  /** Only the change types that have records. */
  byType: Partial<Record<ChangeType, PlannedRecord[]>>;
}

export function changeType(record: PlannedRecord): ChangeType {
  if (record.conflict) return 'conflict';
  switch (record.outcome) {
    case 'new':
      return 'new';
    case 'deleted':
      return record.liveHere ? 'removed' : 'gone';
    case 'updated':
      // Live in the file's merge but in the trash (or absent) here: it comes back.
      return !record.liveHere && record.merged.deletedAt === null ? 'restored' : 'changed';
  }
}

/** The plan's records by kind, then by change type; kinds with nothing in the file are left out. */
export function groupChanges(plan: Pick<ImportPlan, 'records' | 'same'>): KindChanges[] {
  const groups = new Map<RecordKind, KindChanges>();
  const group = (kind: RecordKind) => {
    let found = groups.get(kind);
    if (!found) {
      found = { kind, same: plan.same[kind] ?? 0, byType: {} };
      groups.set(kind, found);
    }
    return found;
  };
  for (const record of plan.records) {
    const { byType } = group(recordKind(record.table, record.merged));
    (byType[changeType(record)] ??= []).push(record);
  }
  for (const kind of recordKinds) if (plan.same[kind]) group(kind);
  return recordKinds.flatMap((kind) => groups.get(kind) ?? []);
}

/** How many records of a group change in each way, zero for a way with none. */
export function typeCounts(group: KindChanges): Record<ChangeType, number> {
  return Object.fromEntries(
    changeTypes.map((type) => [type, group.byType[type]?.length ?? 0]),
  ) as Record<ChangeType, number>;
}
