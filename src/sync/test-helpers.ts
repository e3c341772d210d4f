/**
 * For the tests only: devices simulated in memory (each with its own clock and data), and helpers
 * for a real database on fake-indexeddb. A simulated edit stamps the fields it changes exactly as
 * the write path does; an import merges the other device's data and moves the clock past it.
 */
import type { LedgerDb } from '../db';
import { jobInput } from '../db/test-db';
import { formatStamp, receive, tick, type HlcState } from '../domain/hlc';
import {
  emptyParty,
  tableNames,
  type Job,
  type Party,
  type Payment,
  type TableName,
} from '../domain/records';
import { canonicalJson } from './canonical';
import { emptyDataset, type Dataset } from './format';
import { mergeDatasets, type StoredRecord } from './merge';

export interface SimDevice {
  id: string;
  index: number;
  wall: number;
  clock: HlcState;
  data: Dataset;
  made: number;
}

export interface Edit {
  table: TableName;
  id: string;
  field: string;
  stamp: string;
  value: unknown;
}

export const START_MS = Date.UTC(2026, 2, 1, 9, 0, 0);

export function simDevice(index: number): SimDevice {
  return {
    id: `device-${index}`,
    index,
    wall: START_MS,
    clock: { wall: 0, counter: 0 },
    data: emptyDataset(),
    made: 0,
  };
}

export function simId(device: SimDevice): string {
  device.made += 1;
  return `0000000${device.index}-0000-4000-8000-${device.made.toString(16).padStart(12, '0')}`;
}

function rows(device: SimDevice, table: TableName): StoredRecord[] {
  return device.data[table] as unknown as StoredRecord[];
}

/** Applies an edit of some fields, stamping each changed one, as the write path would. */
export function simWrite(
  device: SimDevice,
  table: TableName,
  id: string,
  values: Record<string, unknown>,
  log?: Edit[],
): StoredRecord {
  device.clock = tick(device.clock, device.wall);
  const stamp = formatStamp(device.clock, device.id);
  const now = new Date(device.clock.wall).toISOString();
  const list = rows(device, table);
  const index = list.findIndex((r) => r.id === id);
  const base =
    index >= 0
      ? { ...list[index]! }
      : ({ id, createdAt: now, updatedAt: now, deletedAt: null, stamps: {} } as StoredRecord);
  const next = { ...base, stamps: { ...base.stamps }, updatedAt: now } as StoredRecord &
    Record<string, unknown>;
  for (const [field, value] of Object.entries(values)) {
    next[field] = value;
    next.stamps[field] = stamp;
    log?.push({ table, id, field, stamp, value });
  }
  if (index >= 0) list[index] = next;
  else list.push(next);
  return next;
}

export function simParty(device: SimDevice, name: string, log?: Edit[]): Party {
  const values = { ...emptyParty('client', { termsNetDays: 30 }), name };
  return simWrite(device, 'parties', simId(device), values, log) as unknown as Party;
}

export function simJob(device: SimDevice, clientId: string, log?: Edit[]): Job {
  const values = jobInput(clientId);
  return simWrite(device, 'jobs', simId(device), values, log) as unknown as Job;
}

export function simPayment(device: SimDevice, job: Job, amount: number, log?: Edit[]): Payment {
  const values: Omit<Payment, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'stamps'> = {
    direction: 'client_to_me',
    partyId: job.clientId,
    paidOn: '2026-03-20',
    amount,
    currency: 'USD',
    method: 'transfer',
    state: 'received',
    allocations: [{ jobId: job.id, amount }],
    reference: '',
    notes: '',
  };
  return simWrite(device, 'payments', simId(device), values, log) as unknown as Payment;
}

export function simDelete(
  device: SimDevice,
  table: TableName,
  id: string,
  deleted: boolean,
  log?: Edit[],
) {
  const value = deleted ? new Date(Math.max(device.wall, device.clock.wall)).toISOString() : null;
  return simWrite(device, table, id, { deletedAt: value }, log);
}

export function newestStampOf(data: Dataset): string | undefined {
  let newest: string | undefined;
  for (const table of tableNames) {
    for (const record of data[table] as unknown as StoredRecord[]) {
      for (const stamp of Object.values(record.stamps)) {
        if (stamp !== undefined && (newest === undefined || stamp > newest)) newest = stamp;
      }
    }
  }
  return newest;
}

/** `to` imports a file exported by `from`. */
export function simImport(to: SimDevice, from: SimDevice) {
  to.data = mergeDatasets(to.data, from.data);
  const newest = newestStampOf(from.data);
  if (newest) to.clock = receive(to.clock, newest, to.wall);
}

export function datasetJson(data: Dataset): string {
  return canonicalJson(
    Object.fromEntries(
      tableNames.map((t) => [
        t,
        [...(data[t] as unknown as StoredRecord[])].sort((a, b) => (a.id < b.id ? -1 : 1)),
      ]),
    ),
  );
}

/** Every table, `meta` included, as canonical JSON: to prove that nothing changed at all. */
export async function dumpDb(db: LedgerDb, options: { meta?: boolean } = {}): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const table of tableNames) out[table] = await db.table(table).toArray();
  if (options.meta !== false) out.meta = await db.meta.toArray();
  return canonicalJson(out);
}
