/**
 * No file can move this device's clock past the drift bound or stop it from saving: files built
 * from records with arbitrary stamps (sane, from the future, at the full counter, at the bound's
 * edge) go through the real reader and the real apply. fast-check prints the seed of a failure;
 * FC_SEED replays it.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { saveRecord, type LedgerDb } from '../db';
import { clientInput, freshDb } from '../db/test-db';
import { formatStamp, MAX_COUNTER, MAX_DRIFT_MS, parseStamp } from '../domain/hlc';
import { applyImport } from './apply';
import { buildExport } from './export';
import { readExportText } from './read';

const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);
const BOUND = NOW + MAX_DRIFT_MS;
const LARGEST_WALL = 999_999_999_999_999;
const fields = Object.keys(clientInput());

const counter = fc.oneof(fc.constant(MAX_COUNTER), fc.integer({ min: 0, max: MAX_COUNTER }));
const wall = fc.oneof(
  fc.integer({ min: NOW - 86_400_000, max: BOUND - 1 }),
  fc.integer({ min: BOUND - 2, max: BOUND + 2 }),
  fc.constantFrom(NOW, NOW + 1, LARGEST_WALL),
  fc.integer({ min: BOUND, max: LARGEST_WALL }),
);
const device = fc.constantFrom('other-device', 'b0b0b0b0-0000-4000-8000-000000000000');
const stamp = fc
  .tuple(wall, counter, device)
  .map(([w, c, d]) => formatStamp({ wall: w, counter: c }, d));
/** A record: which of the device's clients it is (or a new one), and a stamp for each field. */
const record = fc.record({
  which: fc.integer({ min: 0, max: 3 }),
  stamps: fc.array(stamp, { minLength: fields.length, maxLength: fields.length }),
});

// Vitest passes the environment through import.meta.env: FC_SEED=<seed> replays a failure.
const seed = Number(import.meta.env.FC_SEED);
const replay = Number.isInteger(seed) ? { seed } : {};

let template: { text: string; ids: string[] };
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW - 60_000);
  const db = freshDb();
  const ids: string[] = [];
  for (const name of ['Ada', 'Bob'])
    ids.push((await saveRecord(db, 'parties', clientInput({ name }))).id);
  template = { text: (await buildExport(db, { deviceName: 'Other' })).text, ids };
  await db.delete();
});
afterAll(() => {
  vi.useRealTimers();
});

/** A file holding the template's clients and new ones, each stamped as generated. */
function fileText(records: { which: number; stamps: string[] }[]): string {
  const raw = JSON.parse(template.text) as { parties: Record<string, unknown>[] };
  const base = raw.parties[0]!;
  const parties = new Map<string, Record<string, unknown>>();
  records.forEach((r, i) => {
    const id = template.ids[r.which] ?? `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const stamps = Object.fromEntries(fields.map((f, k) => [f, r.stamps[k]!]));
    parties.set(id, { ...base, id, name: `Client ${i}`, stamps });
  });
  raw.parties = [...parties.values()];
  return JSON.stringify(raw);
}

describe('no file moves the clock past the drift bound', () => {
  test('after any file, the clock is within five minutes of now and the device still saves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 4 }), async (records) => {
        vi.setSystemTime(NOW);
        const db: LedgerDb = freshDb();
        try {
          // This device already holds the two clients, as an earlier exchange left them.
          const first = await readExportText(template.text);
          if (!first.ok) throw new Error('template unreadable');
          await applyImport(db, first.file.dataset, {
            fileName: 'first.json',
            header: first.file.header,
            now: () => new Date(NOW),
          });

          const read = await readExportText(fileText(records));
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          await applyImport(db, read.file.dataset, {
            fileName: 'any.json',
            header: read.file.header,
            now: () => new Date(NOW),
          });
          const clock = (await db.meta.get('clock'))?.value as { wall: number };
          expect(clock.wall).toBeLessThanOrEqual(BOUND);

          const saved = await saveRecord(db, 'parties', clientInput({ name: 'Saved after' }));
          expect(parseStamp(saved.stamps.name!).wall).toBeLessThanOrEqual(BOUND + 1);
          for (const party of await db.parties.toArray()) {
            if (party.id === saved.id) continue;
            for (const s of Object.values(party.stamps)) {
              expect(parseStamp(s!).wall).toBeLessThan(BOUND);
            }
          }
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 150, ...replay },
    );
  }, 60_000);
});
