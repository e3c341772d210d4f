import { describe, expect, test } from 'vitest';
import { EACH, linkedIds, recordLinks, referencesOf } from './links';
import { tableNames } from './index';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const J1 = '00000000-0000-4000-8000-0000000000f1';
const J2 = '00000000-0000-4000-8000-0000000000f2';

describe('the table of links', () => {
  test('every synced table says which links its records hold', () => {
    for (const table of tableNames) expect(Array.isArray(recordLinks[table]), table).toBe(true);
    expect(Object.keys(recordLinks).sort()).toEqual([...tableNames].sort());
  });

  test('gives each id a record links to, with the table it is in and its place in the record', () => {
    const payment = {
      partyId: A,
      allocations: [
        { jobId: J1, amount: 1 },
        { jobId: J2, amount: 2 },
      ],
    };
    expect(referencesOf('payments', payment)).toEqual([
      { table: 'parties', path: ['partyId'], id: A },
      { table: 'jobs', path: ['allocations', 0, 'jobId'], id: J1 },
      { table: 'jobs', path: ['allocations', 1, 'jobId'], id: J2 },
    ]);
    expect(referencesOf('worksheets', { partyIds: [A, B], jobIds: [J1] })).toEqual([
      { table: 'parties', path: ['partyIds', 0], id: A },
      { table: 'parties', path: ['partyIds', 1], id: B },
      { table: 'jobs', path: ['jobIds', 0], id: J1 },
    ]);
  });

  test('an empty link holds no id, and a record of the wrong shape gives only the ids it has', () => {
    expect(referencesOf('jobs', { clientId: A, subcontractorId: null })).toEqual([
      { table: 'parties', path: ['clientId'], id: A },
    ]);
    expect(referencesOf('settings', { businessName: A })).toEqual([]);
    const link = { table: 'jobs', path: ['allocations', EACH, 'jobId'] } as const;
    expect(linkedIds(link, { allocations: 'nope' })).toEqual([]);
    expect(linkedIds(link, { allocations: [null, { jobId: 7 }, { jobId: J1 }] })).toEqual([
      { table: 'jobs', path: ['allocations', 2, 'jobId'], id: J1 },
    ]);
    expect(linkedIds(link, null)).toEqual([]);
  });
});
