import { afterEach, describe, expect, test } from 'vitest';
import encryptedV1 from '../../tests/fixtures/encrypted-export-v1.json?raw';
import type { LedgerDb } from '../db';
import { freshDb } from '../db/test-db';
import { applyImport } from './apply';
import { buildExport } from './export';
import { CURRENT_VERSION } from './format';
import { addTable, mapRecords, migrate, migrations, type Migration } from './migrations';
import { readExportText } from './read';
import type { V1Ledger } from './v1/records-v1';
import {
  expectEveryIdKept,
  expectMoneyAddsUp,
  importInto,
  problemsOf,
  upgradedDatabase,
  v2Money,
} from './v1/upgrade-check';
import { recordSchemas, tableNames } from '../domain/records';

/**
 * Every frozen export file, by name, as text: `export-vN.json`, and any further file of the same
 * version named `export-vN-what.json` (`export-v1-demo.json`: the demo business).
 */
const fixtureTexts = import.meta.glob<string>('../../tests/fixtures/export-v*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const fixtureFiles = Object.entries(fixtureTexts)
  .map(([path, text]) => {
    const name = path.split('/').pop()!;
    return { name, text, version: Number(/^export-v(\d+)(?:-[a-z0-9-]+)?\.json$/.exec(name)?.[1]) };
  })
  .sort((a, b) => a.version - b.version || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** The one plain file of a version, `export-vN.json`. */
function mainFile(version: number) {
  return fixtureFiles.find((f) => f.name === `export-v${version}.json`)!;
}

describe('the migration chain', () => {
  test('has one step from each older version, in order', () => {
    expect(migrations.map((m) => m.from)).toEqual(
      Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  test('runs small steps oldest first, each seeing the previous one’s output', () => {
    const chain: Migration[] = [
      {
        from: 2,
        name: 'rename notes to note',
        up: mapRecords('parties', ({ notes, ...r }) => ({ ...r, note: notes })),
      },
      { from: 1, name: 'add worksheets', up: addTable('worksheets') },
    ];
    const v1 = { format: 'x', version: 1, parties: [{ id: 'a', notes: 'hi' }] };
    expect(migrate(v1, 1, chain, 3)).toEqual({
      format: 'x',
      version: 3,
      parties: [{ id: 'a', note: 'hi' }],
      worksheets: [],
    });
    expect(migrate({ version: 2, parties: [] }, 2, chain, 3)).toEqual({
      version: 3,
      parties: [],
    });
  });

  test('a gap in the chain is an error, not a silent skip', () => {
    expect(() => migrate({ version: 1 }, 1, [], 2)).toThrow(/version 1/);
  });

  test('a step adding a table keeps one that is already there', () => {
    expect(addTable('worksheets')({ worksheets: [1] })).toEqual({ worksheets: [1] });
  });
});

describe('frozen files of every format version', () => {
  let db: LedgerDb | undefined;
  afterEach(async () => {
    await db?.delete();
    db = undefined;
  });

  test('there is one for each version up to the current one', () => {
    expect(fixtureFiles.map((f) => f.name)).toEqual(
      expect.arrayContaining(
        Array.from({ length: CURRENT_VERSION }, (_, i) => `export-v${i + 1}.json`),
      ),
    );
  });

  test('every frozen file’s name says its version, and no file is of a version not yet made', () => {
    for (const { name, version } of fixtureFiles) {
      expect(Number.isInteger(version), name).toBe(true);
      expect(version, name).toBeGreaterThanOrEqual(1);
      expect(version, name).toBeLessThanOrEqual(CURRENT_VERSION);
    }
  });

  test.each(fixtureFiles)(
    '$name reads into today’s shape with every record',
    async ({ text, version }) => {
      const result = await readExportText(text);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.file.fromVersion).toBe(version);
      expect(result.file.header.version).toBe(CURRENT_VERSION);
      expect(result.file.records).toBeGreaterThan(0);
      for (const table of tableNames) expect(Array.isArray(result.file.dataset[table])).toBe(true);
    },
  );

  test('the demo business frozen from version 1 reads back with every record it was exported with', async () => {
    const result = await readExportText(
      fixtureFiles.find((f) => f.name === 'export-v1-demo.json')!.text,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.file.fromVersion).toBe(1);
    expect(result.file.header.exportedAt).toBe('2026-11-30T18:00:00.000Z');
    // As generateDemo made it for DEMO_SEED, 2026-11-30, USD; tombstones included (there are none).
    const { parties, jobs, payments, contacts, settings, worksheets } = result.file.dataset;
    expect([parties, jobs, payments, contacts, settings, worksheets].map((t) => t.length)).toEqual([
      53, 574, 719, 386, 0, 0,
    ]);
    // The 1,732 records of the file, and the 6 write-offs and 1 dispute its statuses said.
    expect([result.file.dataset.writeOffs.length, result.file.dataset.disputes.length]).toEqual([
      6, 1,
    ]);
    expect(result.file.records).toBe(1732 + 7);
  });

  // One key derivation of 600,000 rounds, on a machine that may be busy.
  test('the encrypted file frozen before the header digest opens with its passphrase', async () => {
    const plain = mainFile(1).text;
    const opened = await readExportText(encryptedV1, { passphrase: 'Frozen fixture, 2026' });
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    expect(encryptedV1).not.toContain('headerDigest');
    expect(opened.file.encrypted).toBe(true);
    const expected = await readExportText(plain);
    if (!expected.ok) throw new Error(JSON.stringify(expected.problems));
    expect(opened.file.dataset).toEqual(expected.file.dataset);
    expect(await readExportText(encryptedV1, { passphrase: 'Frozen fixture' })).toMatchObject({
      ok: false,
      problems: [{ code: 'wrong_passphrase' }],
    });
  }, 30_000);

  test.each(fixtureFiles.filter((f) => f.version === CURRENT_VERSION))(
    '$name, of the current version, imports into an empty device and exports byte for byte',
    async ({ name, text }) => {
      const result = await readExportText(text);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      db = freshDb();
      await applyImport(db, result.file.dataset, { fileName: name, header: result.file.header });
      const again = (await buildExport(db, { deviceName: 'Laptop' })).text;
      expect(again.split('\n').slice(5)).toEqual(text.split('\n').slice(5));
    },
    30_000,
  );

  test('the version 2 file holds one of each new record, and its money is as worked by hand', async () => {
    const result = await readExportText(mainFile(2).text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.file.fromVersion).toBe(2);
    const { credits, writeOffs, disputes, promises, invoices } = result.file.dataset;
    expect([credits, writeOffs, disputes, promises, invoices].map((t) => t.length)).toEqual([
      1, 1, 1, 1, 1,
    ]);
    // The $1,500 roof: $500 received, a $100 goodwill credit (the dispute it settled is
    // resolved), $50 written off: 1,500 − 500 − 100 − 50 = $850 still owed.
    expect(Object.values(v2Money(result.file.dataset, '2026-12-31'))).toEqual([
      {
        billed: 150_000,
        paid: 50_000,
        sent: 0,
        refunded: 0,
        writtenOff: 5_000,
        outstanding: 85_000,
        credited: 10_000,
      },
    ]);
  });
});

describe('a version 2 file imported into an empty version 3 device', () => {
  let db: LedgerDb | undefined;
  afterEach(async () => {
    await db?.delete();
    db = undefined;
  });

  test('keeps every record as it was, the settings given 5 grace days, and the money', async () => {
    const text = mainFile(2).text;
    const ledger = JSON.parse(text) as Record<string, { id: string }[]>;
    db = freshDb();
    const { file, dataset } = await importInto(db, text);
    expect(file.fromVersion).toBe(2);
    expect(problemsOf(dataset, recordSchemas)).toEqual([]);
    for (const table of tableNames) {
      const byId = (rows: readonly { id: string }[]) =>
        [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
      const expected =
        table === 'settings'
          ? ledger.settings!.map((s) => ({ ...s, lateGraceDays: 5 }))
          : (ledger[table] ?? []);
      expect(byId(dataset[table] as { id: string }[]), table).toEqual(byId(expected));
    }
    // $1,500 billed, $500 received, $100 credited, $50 written off: $850 owed, as in version 2.
    expect(Object.values(v2Money(dataset, '2026-12-31'))).toEqual([
      {
        billed: 150_000,
        paid: 50_000,
        sent: 0,
        refunded: 0,
        writtenOff: 5_000,
        outstanding: 85_000,
        credited: 10_000,
      },
    ]);
  });

  test('the version 3 file holds the settings’ grace days', async () => {
    const result = await readExportText(mainFile(3).text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.file.fromVersion).toBe(3);
    expect(result.file.dataset.settings.map((s) => s.lateGraceDays)).toEqual([5]);
  });
});

/** The version 1 records in each version 1 file (the encrypted one holds export-v1.json's). */
const v1Files = [
  { name: 'export-v1.json', text: mainFile(1).text, ledger: JSON.parse(mainFile(1).text) },
  {
    name: 'export-v1-demo.json',
    text: fixtureFiles.find((f) => f.name === 'export-v1-demo.json')!.text,
    ledger: JSON.parse(fixtureFiles.find((f) => f.name === 'export-v1-demo.json')!.text),
  },
  {
    name: 'encrypted-export-v1.json',
    text: encryptedV1,
    ledger: JSON.parse(mainFile(1).text),
    passphrase: 'Frozen fixture, 2026',
  },
] as { name: string; text: string; ledger: V1Ledger; passphrase?: string }[];

describe('a version 1 file imported into an empty version 2 device, as the app does', () => {
  let db: LedgerDb | undefined;
  afterEach(async () => {
    await db?.delete();
    db = undefined;
  });

  test.each(v1Files)(
    '$name keeps every record, all valid, and every amount',
    async ({ text, ledger, passphrase }) => {
      db = freshDb();
      const { file, dataset } = await importInto(db, text, passphrase);
      expect(file.fromVersion).toBe(1);
      expectEveryIdKept(ledger, dataset);
      expect(problemsOf(dataset, recordSchemas)).toEqual([]);
      expectMoneyAddsUp(ledger, dataset);
    },
    60_000,
  );

  test('the small file’s money, worked by hand: its one job is owed what version 1 said', async () => {
    db = freshDb();
    const { dataset } = await importInto(db, mainFile(1).text);
    const rows = Object.values(v2Money(dataset, '2026-12-31'));
    expect(rows).toEqual(EXPORT_V1_MONEY);
  });

  test('the demo imported from its file gives the very records its database rows upgrade to', async () => {
    const demo = v1Files[1]!;
    db = freshDb();
    const imported = await importInto(db, demo.text);
    const upgraded = await upgradedDatabase(demo.ledger);
    try {
      for (const table of tableNames) {
        expect(imported.dataset[table], table).toEqual(upgraded.dataset[table]);
      }
    } finally {
      await upgraded.db.delete();
    }
  }, 60_000);
});

/** export-v1.json's one job: $1,500 invoiced 6 March, $500 received 20 March, so $1,000 owed. */
const EXPORT_V1_MONEY = [
  {
    billed: 150_000,
    paid: 50_000,
    sent: 0,
    refunded: 0,
    writtenOff: 0,
    outstanding: 100_000,
    credited: 0,
  },
];
