/** Bringing back a record on import is a write like any other: it must pass its table's schema. */
import { afterEach, expect, test, vi } from 'vitest';
import { saveRecord, setDeleted, type LedgerDb } from '../db';
import { clientInput, freshDb, jobInput } from '../db/test-db';
import { applyImport } from './apply';
import { buildExport, loadDataset } from './export';
import { planImport } from './plan';
import { readExportText } from './read';
import { dumpDb } from './test-helpers';

const dbs: LedgerDb[] = [];
function device(): LedgerDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  vi.useRealTimers();
  while (dbs.length) await dbs.pop()!.delete();
});

async function fileOf(db: LedgerDb) {
  const read = await readExportText((await buildExport(db, { deviceName: 'Phone' })).text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.file;
}

test('a record brought back that would break a rule is refused, and the import changes nothing', async () => {
  const T = Date.UTC(2026, 2, 20, 9, 0, 0);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T);
  const phone = device();
  const laptop = device();
  const client = await saveRecord(phone, 'parties', clientInput());
  const undone = { orderedOn: '2026-03-01', doneOn: null, invoicedOn: null };
  const job = await saveRecord(phone, 'jobs', jobInput(client.id, undone));
  const first = await fileOf(phone);
  await applyImport(laptop, first.dataset, { fileName: 'a.json', header: first.header });

  // The laptop moves the order date to the 10th, then deletes the job; meanwhile the phone
  // records it done on the 5th. Merged, it is done before it was ordered.
  vi.setSystemTime(T + 1_000);
  const later = { ...undone, orderedOn: '2026-03-10' };
  await saveRecord(laptop, 'jobs', jobInput(client.id, later), job.id);
  vi.setSystemTime(T + 2_000);
  await saveRecord(phone, 'jobs', jobInput(client.id, { ...undone, doneOn: '2026-03-05' }), job.id);
  vi.setSystemTime(T + 3_000);
  await setDeleted(laptop, 'jobs', job.id, true);

  const file = await fileOf(phone);
  const plan = await planImport(await loadDataset(laptop), file.dataset);
  expect(plan.deletedButEdited.map((d) => [d.id, d.deletedOn])).toEqual([[job.id, 'local']]);
  const before = await dumpDb(laptop);
  const applying = applyImport(laptop, file.dataset, {
    fileName: 'b.json',
    header: file.header,
    restore: [{ table: 'jobs', id: job.id }],
  });
  await expect(applying).rejects.toMatchObject({
    kind: 'validation',
    fields: { doneOn: 'before_ordered' },
  });
  expect(await dumpDb(laptop)).toBe(before);
});
