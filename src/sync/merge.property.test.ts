/**
 * The merge's promises, checked over random edit histories on two and three devices: creates,
 * edits of random fields, deletes and restores, clocks that jump forward and back, and files
 * exchanged between devices at random. fast-check prints the seed and the shrunk history of any
 * failure; rerun it with `{ seed, path }` in the options.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jobProblems, jobStatuses, type Job, type TableName } from '../domain/records';
import { canonicalJson } from './canonical';
import { serializePlain } from './export';
import { CURRENT_VERSION, emptyDataset, FORMAT_NAME, type ExportHeader } from './format';
import { mergeDatasets, type StoredRecord } from './merge';
import { readExportText } from './read';
import {
  datasetJson,
  simDelete,
  simDevice,
  simImport,
  simJob,
  simParty,
  simPayment,
  simWrite,
  type Edit,
  type SimDevice,
} from './test-helpers';

const RUNS = { numRuns: 1000 };

type Editable = 'parties' | 'jobs' | 'payments';

const text = (max: number) => fc.string({ maxLength: max }).map((s) => s.trim());
const day = fc.constantFrom('2026-02-27', '2026-03-01', '2026-03-05', '2026-03-06', '2026-04-01');

const fieldEdit: Record<Editable, fc.Arbitrary<[string, unknown]>> = {
  parties: fc.oneof(
    fc.tuple(fc.constant('name'), fc.constantFrom('Ada', 'Bo Ng', '<b>Zoë</b>', 'Юлия')),
    fc.tuple(fc.constant('phone'), text(12)),
    fc.tuple(fc.constant('notes'), text(20)),
    fc.tuple(fc.constant('termsNetDays'), fc.integer({ min: 0, max: 365 })),
    fc.tuple(fc.constant('archived'), fc.boolean()),
    fc.tuple(fc.constant('email'), fc.constantFrom('', 'ada@example.com')),
  ),
  jobs: fc.oneof(
    fc.tuple(fc.constant('title'), fc.constantFrom('Roof', 'Gutter', 'Fence')),
    fc.tuple(fc.constant('amount'), fc.integer({ min: 0, max: 10_000_000 })),
    fc.tuple(fc.constant('orderedOn'), day),
    fc.tuple(fc.constant('doneOn'), fc.option(day, { nil: null })),
    fc.tuple(fc.constant('status'), fc.constantFrom(...jobStatuses)),
    fc.tuple(fc.constant('problems'), fc.subarray([...jobProblems])),
  ),
  payments: fc.oneof(
    fc.tuple(fc.constant('amount'), fc.integer({ min: 1, max: 1_000_000 })),
    fc.tuple(fc.constant('notes'), text(20)),
    fc.tuple(fc.constant('state'), fc.constantFrom('received', 'sent')),
  ),
};

type Op =
  | { kind: 'party'; d: number; name: string }
  | { kind: 'job'; d: number; pick: number }
  | { kind: 'payment'; d: number; pick: number; amount: number }
  | { kind: 'edit'; d: number; table: Editable; pick: number; edit: [string, unknown] }
  | { kind: 'delete'; d: number; table: Editable; pick: number; deleted: boolean }
  | { kind: 'wait'; d: number; ms: number }
  | { kind: 'sync'; from: number; to: number };

const d = fc.nat({ max: 2 });
const pick = fc.nat({ max: 50 });
const table = fc.constantFrom<Editable>('parties', 'jobs', 'payments');

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('party' as const), d, name: fc.constantFrom('Ada', 'Bo') }),
  fc.record({ kind: fc.constant('job' as const), d, pick }),
  fc.record({
    kind: fc.constant('payment' as const),
    d,
    pick,
    amount: fc.integer({ min: 1, max: 200_000 }),
  }),
  table.chain((t) =>
    fc.record({
      kind: fc.constant('edit' as const),
      d,
      table: fc.constant(t),
      pick,
      edit: fieldEdit[t],
    }),
  ),
  fc.record({ kind: fc.constant('delete' as const), d, table, pick, deleted: fc.boolean() }),
  // Clocks drift: a device's wall clock may even step back, the HLC must not.
  fc.record({ kind: fc.constant('wait' as const), d, ms: fc.integer({ min: -3000, max: 60_000 }) }),
  fc.record({ kind: fc.constant('sync' as const), from: d, to: d }),
);

const history = fc.array(op, { maxLength: 40 });

function choose<T>(list: readonly T[], n: number): T | undefined {
  return list.length ? list[n % list.length] : undefined;
}

/** Plays a history on `count` devices; returns them and every field edit made. */
function play(ops: Op[], count: number): { devices: SimDevice[]; log: Edit[] } {
  const devices = Array.from({ length: count }, (_, i) => simDevice(i + 1));
  const log: Edit[] = [];
  for (const o of ops) {
    if (o.kind === 'sync') {
      const from = devices[o.from % count]!;
      const to = devices[o.to % count]!;
      if (from !== to) simImport(to, from);
      continue;
    }
    const device = devices[o.d % count]!;
    switch (o.kind) {
      case 'party':
        simParty(device, o.name, log);
        break;
      case 'job': {
        const party = choose(device.data.parties, o.pick);
        if (party) simJob(device, party.id, log);
        break;
      }
      case 'payment': {
        const job = choose(device.data.jobs, o.pick);
        if (job) simPayment(device, job as Job, o.amount, log);
        break;
      }
      case 'edit': {
        const record = choose(device.data[o.table] as StoredRecord[], o.pick);
        if (record) simWrite(device, o.table, record.id, { [o.edit[0]]: o.edit[1] }, log);
        break;
      }
      case 'delete': {
        const record = choose(device.data[o.table] as StoredRecord[], o.pick);
        if (record) simDelete(device, o.table, record.id, o.deleted, log);
        break;
      }
      case 'wait':
        device.wall += o.ms;
        break;
    }
  }
  return { devices, log };
}

const same = (a: Parameters<typeof datasetJson>[0], b: Parameters<typeof datasetJson>[0]) =>
  expect(datasetJson(a)).toBe(datasetJson(b));

describe('merge properties over random edit histories', () => {
  test('importing the same file twice changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const [a, b] = play(ops, 2).devices as [SimDevice, SimDevice];
        const once = mergeDatasets(a.data, b.data);
        same(mergeDatasets(once, b.data), once);
        same(mergeDatasets(a.data, a.data), mergeDatasets(a.data, emptyDataset()));
      }),
      RUNS,
    );
  });

  test('A into B gives the same records as B into A (commutative)', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const [a, b] = play(ops, 2).devices as [SimDevice, SimDevice];
        same(mergeDatasets(a.data, b.data), mergeDatasets(b.data, a.data));
      }),
      RUNS,
    );
  });

  test('the grouping of several imports does not matter (associative), on three devices', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const [a, b, c] = play(ops, 3).devices as [SimDevice, SimDevice, SimDevice];
        same(
          mergeDatasets(mergeDatasets(a.data, b.data), c.data),
          mergeDatasets(a.data, mergeDatasets(b.data, c.data)),
        );
        same(
          mergeDatasets(mergeDatasets(a.data, b.data), c.data),
          mergeDatasets(mergeDatasets(c.data, a.data), b.data),
        );
      }),
      RUNS,
    );
  });

  test('after exchanging files both ways, two devices hold identical data', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const [a, b] = play(ops, 2).devices as [SimDevice, SimDevice];
        simImport(b, a);
        simImport(a, b);
        same(a.data, b.data);
      }),
      RUNS,
    );
  });

  test('after exchanging files around, three devices hold identical data', () => {
    fc.assert(
      fc.property(history, fc.nat({ max: 2 }), (ops, hub) => {
        const devices = play(ops, 3).devices;
        const centre = devices[hub]!;
        for (const other of devices) if (other !== centre) simImport(centre, other);
        for (const other of devices) if (other !== centre) simImport(other, centre);
        same(devices[0]!.data, devices[1]!.data);
        same(devices[1]!.data, devices[2]!.data);
      }),
      RUNS,
    );
  });

  test('no record and no field edit is lost; a delete stays unless a later restore undoes it', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 2, max: 3 }), (ops, count) => {
        const { devices, log } = play(ops, count);
        const all = devices.map((x) => x.data).reduce((acc, data) => mergeDatasets(acc, data));
        const latest = new Map<string, Edit>();
        for (const edit of log) {
          const key = `${edit.table}/${edit.id}/${edit.field}`;
          const seen = latest.get(key);
          if (!seen || edit.stamp > seen.stamp) latest.set(key, edit);
        }
        for (const edit of latest.values()) {
          const record = (all[edit.table as TableName] as StoredRecord[]).find(
            (r) => r.id === edit.id,
          ) as (StoredRecord & Record<string, unknown>) | undefined;
          expect(record, `${edit.table} ${edit.id} is missing`).toBeDefined();
          expect(canonicalJson(record![edit.field])).toBe(canonicalJson(edit.value));
          expect(record!.stamps[edit.field]).toBe(edit.stamp);
        }
      }),
      RUNS,
    );
  });

  test('export, import into an empty device, export again: the records are byte-identical', async () => {
    const header: ExportHeader = {
      format: FORMAT_NAME,
      version: CURRENT_VERSION,
      exportedAt: '2026-03-01T09:00:00.000Z',
      device: { id: 'device-1', name: 'Phone' },
    };
    await fc.assert(
      fc.asyncProperty(history, async (ops) => {
        const [a] = play(ops, 2).devices as [SimDevice];
        const first = serializePlain({ ...header, ...a.data });
        const read = await readExportText(first);
        if (!read.ok) throw new Error(JSON.stringify(read.problems));
        const empty = emptyDataset();
        const second = serializePlain({ ...header, ...mergeDatasets(empty, read.file.dataset) });
        expect(second).toBe(first);
      }),
      RUNS,
    );
  });
});
