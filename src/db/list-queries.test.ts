import { describe, expect, test } from 'vitest';
import { jobsWithStatus, partiesOfKind } from './list-queries';
import { clientInput, freshDb, jobInput } from './test-db';
import { saveRecord, setDeleted } from './write';

describe('list reads', () => {
  test('reads only the parties of one kind, and leaves deleted ones out', async () => {
    const db = freshDb();
    const ada = await saveRecord(db, 'parties', clientInput({ name: 'Ada' }));
    const gone = await saveRecord(db, 'parties', clientInput({ name: 'Gone' }));
    await saveRecord(db, 'parties', clientInput({ name: 'Sub', kind: 'subcontractor' }));
    await setDeleted(db, 'parties', gone.id, true);

    expect((await partiesOfKind(db, 'client')).map((p) => p.name)).toEqual([ada.name]);
    expect((await partiesOfKind(db, 'subcontractor')).map((p) => p.name)).toEqual(['Sub']);
  });

  test('reads only the jobs with the statuses asked for, newest first', async () => {
    const db = freshDb();
    const client = await saveRecord(db, 'parties', clientInput());
    const job = (title: string, status: 'open' | 'done' | 'cancelled', orderedOn: string) =>
      saveRecord(
        db,
        'jobs',
        jobInput(client.id, { title, status, orderedOn, doneOn: null, invoicedOn: null }),
      );
    await job('Old cancelled', 'cancelled', '2026-01-01');
    await job('Open', 'open', '2026-02-01');
    await job('New cancelled', 'cancelled', '2026-03-01');
    await job('Done', 'done', '2026-04-01');

    expect((await jobsWithStatus(db, ['cancelled'])).map((j) => j.title)).toEqual([
      'New cancelled',
      'Old cancelled',
    ]);
    expect((await jobsWithStatus(db, ['open', 'done'])).map((j) => j.title)).toEqual([
      'Done',
      'Open',
    ]);
  });
});
