import { describe, expect, test } from 'vitest';
import { freshDb } from '../db/test-db';
import { generateDemo } from '../domain/demo';
import { generateStress } from '../domain/demo/stress';
import { demoWorksheets } from '../domain/demo/worksheets';
import { tableNames } from '../domain/records';
import { byId, canonicalJson } from './canonical';
import { buildExport, loadDataset, serializePlain } from './export';
import {
  CURRENT_VERSION,
  emptyDataset,
  fileRecordSchemas,
  FORMAT_NAME,
  type Dataset,
  type ExportHeader,
  type PlainEnvelope,
} from './format';
import { stampedFields } from './format';
import { saveRecord } from '../db';
import { clientInput } from '../db/test-db';
import { seedLedger } from './test-ledger';

const header: ExportHeader = {
  format: FORMAT_NAME,
  version: CURRENT_VERSION,
  exportedAt: '2026-11-30T12:00:00.000Z',
  device: { id: 'test-device', name: 'Test' },
};

/** The file as the export wrote it before it let native JSON write the records: the reference. */
function referenceSerialize(envelope: PlainEnvelope): string {
  const lines = [
    `"format": ${JSON.stringify(envelope.format)}`,
    `"version": ${envelope.version}`,
    `"exportedAt": ${JSON.stringify(envelope.exportedAt)}`,
    `"device": ${canonicalJson(envelope.device)}`,
  ];
  for (const table of tableNames) {
    const records = [...(envelope[table] as { id: string }[])].sort(byId);
    lines.push(
      records.length === 0
        ? `"${table}": []`
        : `"${table}": [\n${records.map((r) => `  ${canonicalJson(r)}`).join(',\n')}\n]`,
    );
  }
  return `{\n${lines.join(',\n')}\n}\n`;
}

function mapRecords(dataset: Dataset, change: (record: object, table: string) => object): Dataset {
  const out = emptyDataset() as unknown as Record<string, object[]>;
  for (const table of tableNames) out[table] = dataset[table].map((r) => change(r, table));
  return out as unknown as Dataset;
}

/** Every object's keys inserted in reverse order: same data, another shape. */
function reversed(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(reversed);
  const entries = Object.entries(v).reverse();
  return Object.fromEntries(entries.map(([k, field]) => [k, reversed(field)]));
}

/** Stamps on a varying subset of each record's fields, as records edited on a device carry. */
function stamped(record: object, table: string, index: number): object {
  const fields = stampedFields(table as (typeof tableNames)[number]);
  const stamps: Record<string, string> = {};
  fields.forEach((field, i) => {
    if ((index + i) % 3 !== 0) stamps[field] = `0001900000000-0000-dev${i}`;
  });
  return { ...record, stamps };
}

function stressSet(): Dataset {
  const { bigClientId: _, ...set } = generateStress({
    seed: 3,
    scale: 0.002,
    asOf: '2026-11-30',
    currency: 'USD',
  });
  return { ...emptyDataset(), ...set };
}

function demoSet(): Dataset {
  const demo = generateDemo({ seed: 2, asOf: '2026-06-30', currency: 'EUR' });
  return {
    ...emptyDataset(),
    ...demo,
    worksheets: demoWorksheets(demo, { seed: 2, asOf: '2026-06-30' }),
  };
}

describe('serializePlain', () => {
  test('writes the stress set and the demo with its worksheets byte for byte as before', () => {
    for (const dataset of [stressSet(), demoSet()]) {
      const envelope = { ...header, ...dataset };
      expect(serializePlain(envelope)).toBe(referenceSerialize(envelope));
    }
  }, 30_000);

  test('writes the same bytes whatever order the records keys were stored in', () => {
    const dataset = demoSet();
    const expected = referenceSerialize({ ...header, ...dataset });
    const schemaOrder = mapRecords(dataset, (r, table) =>
      fileRecordSchemas[table as (typeof tableNames)[number]].parse(r),
    );
    const reverse = mapRecords(dataset, (r) => reversed(r) as object);
    for (const variant of [schemaOrder, reverse]) {
      expect(serializePlain({ ...header, ...variant })).toBe(expected);
    }
  }, 30_000);

  test('writes records with stamps on varying fields as before', () => {
    let index = 0;
    const dataset = mapRecords(stressSet(), (r, table) => stamped(r, table, index++));
    const envelope = { ...header, ...dataset };
    expect(serializePlain(envelope)).toBe(referenceSerialize(envelope));
  }, 30_000);

  test('sorts records given out of id order without reordering the caller’s list', () => {
    const dataset = stressSet();
    const sorted = serializePlain({ ...header, ...dataset });
    const jobs = [...dataset.jobs].reverse();
    const first = jobs[0];
    expect(serializePlain({ ...header, ...dataset, jobs })).toBe(sorted);
    expect(jobs[0]).toBe(first);
  }, 30_000);
});

describe('buildExport', () => {
  test('writes each table as it is read, giving the file serializePlain gives for the loaded data', async () => {
    const db = freshDb();
    try {
      await seedLedger(db);
      const now = new Date('2026-11-30T10:00:00.000Z');
      const built = await buildExport(db, { deviceName: 'Laptop', now });
      const dataset = await loadDataset(db);
      expect(built.text).toBe(serializePlain({ ...built.header, ...dataset }));
      expect(built.text).toBe(referenceSerialize({ ...built.header, ...dataset }));
      const counted = tableNames.reduce((n, table) => n + dataset[table].length, 0);
      expect(built.records).toBe(counted);
      expect(dataset.jobs.length).toBeGreaterThan(0);
      for (const table of tableNames) {
        const ids = dataset[table].map((r) => r.id);
        expect(ids).toEqual([...ids].sort());
      }
    } finally {
      await db.delete();
    }
  });

  test('hands over the file as a Blob holding exactly the text, plain or encrypted', async () => {
    const db = freshDb();
    try {
      await seedLedger(db);
      const now = new Date('2026-11-30T10:00:00.000Z');
      for (const passphrase of [undefined, 'correct horse']) {
        const built = await buildExport(db, { deviceName: 'Laptop', now, passphrase });
        expect(built.blob.type).toBe('application/json');
        expect(await built.blob.text()).toBe(built.text);
        expect(built.text.startsWith('{\n"format": ')).toBe(true);
        expect(built.text.endsWith('\n}\n')).toBe(true);
      }
    } finally {
      await db.delete();
    }
  }, 30_000);

  test('hands over names in any script as the UTF-8 of the text the file is', async () => {
    const db = freshDb();
    try {
      await seedLedger(db);
      // Two-, three- and four-byte characters, in a table the export reads early (parties) and late.
      await saveRecord(
        db,
        'parties',
        clientInput({ name: 'Жанна Ким 😀', notes: 'Кафе «Ёлка» €' }),
      );
      const now = new Date('2026-11-30T10:00:00.000Z');
      const built = await buildExport(db, { deviceName: 'Телефон', now });
      const dataset = await loadDataset(db);
      expect(built.text).toBe(referenceSerialize({ ...built.header, ...dataset }));
      expect(built.text).toContain('"name":"Жанна Ким 😀"');
      const bytes = new Uint8Array(await built.blob.arrayBuffer());
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(built.text);
      expect(bytes.length).toBe(new TextEncoder().encode(built.text).length);
    } finally {
      await db.delete();
    }
  });
});
