/**
 * For the tests only: devices that are real databases on fake-indexeddb, each with its own device
 * id and its own wall clock, exchanging files the way the import screen does: the real export,
 * the real reader (readExportText), the real preview (planImport) and the real apply.
 *
 * Time is `Date` faked by the test (vi.useFakeTimers({ toFake: ['Date'] })): `at` sets it to the
 * acting device's wall clock, so the write path's own clock reads it. Only one device acts at a
 * time, so one faked `Date` serves them all.
 */
import { vi } from 'vitest';
import type { LedgerDb } from '../db';
import { tableNames } from '../domain/records';
import { applyImport, type ApplyResult } from './apply';
import { META_DEVICE_ID } from './device';
import { buildExport, loadDataset } from './export';
import { planImport, type ImportPlan } from './plan';
import { readExportText, type ImportFile } from './read';

export interface Device {
  db: LedgerDb;
  /** The id inside every stamp this device writes: it breaks ties between devices. */
  id: string;
  /** This device's wall clock, in ms. */
  wall: number;
}

/** A Monday morning in 2026: stamps stay near it, well within any drift bound. */
export const START_MS = Date.UTC(2026, 2, 2, 9, 0, 0);

/**
 * Empties `db` (made with freshDb) and makes it a device with this id, its clock at START_MS.
 * Runs reuse their databases: clearing one is cheaper than opening another, and a property runs a
 * thousand times.
 */
export async function becomeDevice(db: LedgerDb, id: string): Promise<Device> {
  const tables = [...tableNames.map((t) => db.table(t)), db.meta];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
    // Set before the first write, which would otherwise draw a random id.
    await db.meta.put({ key: META_DEVICE_ID, value: id });
  });
  return { db, id, wall: START_MS };
}

/** Runs `work` with `Date` reading this device's wall clock. */
export function at<R>(device: Device, work: () => Promise<R>): Promise<R> {
  vi.setSystemTime(device.wall);
  return work();
}

/**
 * Record ids made by counting rather than drawn at random, so a run — and its replay from a
 * printed seed — writes the same records. `reset` starts the count again for a new run.
 */
export function countedRecordIds(): { reset: () => void } {
  let made = 0;
  vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(() => {
    made += 1;
    return `00000000-0000-4000-8000-${made.toString(16).padStart(12, '0')}`;
  });
  return {
    reset: () => {
      made = 0;
    },
  };
}

/** The file `from` exports now. */
export async function exportText(from: Device): Promise<string> {
  return (await at(from, () => buildExport(from.db, { deviceName: from.id }))).text;
}

async function readFile(text: string): Promise<ImportFile> {
  const read = await readExportText(text);
  if (!read.ok) throw new Error(`The reader refused the file: ${JSON.stringify(read.problems)}`);
  return read.file;
}

/** `to` reads the file and applies it as the import screen does, bringing back no tombstone. */
export function importText(to: Device, text: string): Promise<ApplyResult> {
  return at(to, async () => {
    const file = await readFile(text);
    return applyImport(to.db, file.dataset, { fileName: 'export.json', header: file.header });
  });
}

/** What the import screen's preview says the file would change on `to`. */
export function preview(to: Device, text: string): Promise<ImportPlan> {
  return at(to, async () => planImport(await loadDataset(to.db), (await readFile(text)).dataset));
}

/** `to` imports a file exported by `from`. */
export async function exchange(from: Device, to: Device): Promise<ApplyResult> {
  return importText(to, await exportText(from));
}

/**
 * Every record a device holds, as its export writes them (canonical bytes, sorted by id): the
 * file without the header, which names the device and the time.
 */
export async function recordBytes(device: Device): Promise<string> {
  const text = await exportText(device);
  const start = text.indexOf(`\n"${tableNames[0]}": `);
  if (start < 0) throw new Error(`No "${tableNames[0]}" in the export:\n${text}`);
  return text.slice(start);
}
