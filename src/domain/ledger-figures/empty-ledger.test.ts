import { expect, test } from 'vitest';
import { EMPTY_LEDGER } from './empty-ledger';
import type { LedgerRecord } from './tables';

test('the empty ledger has an empty list for every table the figures read', () => {
  expect(EMPTY_LEDGER).toEqual({
    parties: [],
    jobs: [],
    payments: [],
    credits: [],
    writeOffs: [],
    disputes: [],
    promises: [],
    contacts: [],
    worksheets: [],
  });
});

test('nobody holding the shared empty ledger can put a record into it', () => {
  const jobs = EMPTY_LEDGER.jobs as LedgerRecord[];
  expect(() => jobs.push({} as LedgerRecord)).toThrow(TypeError);
  expect(() => Object.assign(EMPTY_LEDGER, { jobs: [] })).toThrow(TypeError);
  expect(EMPTY_LEDGER.jobs).toHaveLength(0);
});
