import { describe, expect, it } from 'vitest';
import { makeContact } from '../metrics/test-contacts';
import { makeJob, makeParty, testId } from '../metrics/test-records';
import { PartySlices, type Tables } from './slices';
import { LEDGER_TABLES, Table } from './tables';

const client = makeParty({ id: testId(1) });
const jobs = [10, 20].map((n) => makeJob({ id: testId(n), clientId: client.id }));

function slices(): { slices: PartySlices; tables: Tables } {
  const rows: Record<string, readonly { id: string }[]> = { parties: [client], jobs };
  const tables = Object.fromEntries(
    LEDGER_TABLES.map((t) => [t, new Table(rows[t] ?? [], t === 'jobs')]),
  ) as unknown as Tables;
  return { slices: new PartySlices(tables), tables };
}

describe('PartySlices', () => {
  it('leaves a view handed out as it was when a later write changes the slice', () => {
    const { slices: s } = slices();
    const before = s.view(client.id)!;
    const added = makeJob({ id: testId(15), clientId: client.id });
    s.set('jobs', added.id, added, new Set());
    expect(before.jobs).toEqual(jobs);
    expect(s.view(client.id)!.jobs).toEqual([jobs[0], added, jobs[1]]);
  });

  it('keeps a list no write touched as the same array from one view to the next', () => {
    const { slices: s } = slices();
    const before = s.view(client.id)!;
    const contact = makeContact('2026-01-10', { id: testId(30), partyId: client.id, jobId: null });
    const touched = new Set<string>();
    s.set('contacts', contact.id, contact, touched);
    const after = s.view(client.id)!;
    expect(touched).toEqual(new Set([client.id]));
    expect(after.contacts).toEqual([contact]);
    // The balances worked out over these lists are remembered by the arrays themselves.
    expect(after.jobs).toBe(before.jobs);
    expect(after.payments).toBe(before.payments);
  });
});
