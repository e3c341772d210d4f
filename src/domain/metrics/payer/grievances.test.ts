import { describe, expect, test } from 'vitest';
import { makeContact } from '../test-contacts';
import { makeDispute } from '../test-records';
import { payerModel } from './payer-model';
import { billDue, client, ledgerOf } from './test-payer';

const asOf = '2026-12-01';

describe('complaints and disputes, once each', () => {
  const roof = billDue('2025-03-01');
  const gutter = billDue('2026-10-01');
  const complaint = (on: string, jobId: string | null) =>
    makeContact(on, { kind: 'complaint', initiatedBy: 'them', jobId });

  test('a complaint and the dispute about the same job are one grievance, over the whole relationship', () => {
    const ledger = ledgerOf({
      jobs: [roof, gutter],
      contacts: [
        complaint('2025-03-05', roof.id),
        complaint('2025-03-09', roof.id),
        complaint('2026-01-10', null),
      ],
      disputes: [
        makeDispute('2025-03-06', roof, 50_000, {
          resolvedOn: '2025-04-01',
          resolution: 'credited',
        }),
      ],
    });
    const { grievances } = payerModel(client, ledger, asOf, { graceDays: 5 });
    // The roof (two complaints and a dispute) and the complaint about nothing in particular.
    expect(grievances).toEqual({
      scope: 'relationship',
      count: 2,
      disputed: 1,
      complaintsOnly: 1,
      open: 0,
    });
  });

  test('the job being decided is not counted as a grievance before', () => {
    const ledger = ledgerOf({
      jobs: [roof, gutter],
      contacts: [complaint('2026-10-03', gutter.id), complaint('2025-03-05', roof.id)],
      disputes: [makeDispute('2026-10-04', gutter, 30_000)],
    });
    const all = payerModel(client, ledger, asOf, { graceDays: 5 }).grievances;
    expect(all).toMatchObject({ count: 2, disputed: 1, open: 1 });
    const before = payerModel(client, ledger, asOf, {
      graceDays: 5,
      exceptJobIds: [gutter.id],
    }).grievances;
    expect(before).toEqual({
      scope: 'relationship',
      count: 1,
      disputed: 0,
      complaintsOnly: 1,
      open: 0,
    });
  });
});
