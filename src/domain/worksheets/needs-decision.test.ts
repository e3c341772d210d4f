import { makeDispute } from '../metrics/test-records';
import { describe, expect, it } from 'vitest';
import { needsDecision } from './needs-decision';
import {
  CLIENT_ID,
  SUB_ID,
  ledger,
  makeContact,
  makeJob,
  makeParty,
  makePayment,
  storedWorksheet,
  testId,
  TEST_OWNER,
} from './test-ledger';

const AS_OF = '2026-06-30';
const client = makeParty();
const sub = makeParty({ id: SUB_ID, kind: 'subcontractor', name: 'Quick Crew' });

describe('needsDecision', () => {
  it('a disputed bill calls for "forgive or pursue", with the amount still owed', () => {
    const job = makeJob({ status: 'invoiced', invoicedOn: '2026-06-01', amount: 150000 });
    const disputes = [makeDispute('2026-06-10', job, 150000)];
    const { situations } = needsDecision(
      ledger({ parties: [client], jobs: [job], disputes }),
      [],
      AS_OF,
      TEST_OWNER,
    );
    expect(situations).toEqual([
      {
        templateId: 'forgive_or_pursue',
        partyId: CLIENT_ID,
        jobId: job.id,
        since: '2026-06-01',
        draftId: null,
        reason: {
          key: 'worksheets.needs.disputed',
          params: {
            name: 'Acme Bakery',
            job: 'Shop sign',
            amount: { minor: 150000, currency: 'USD' },
          },
        },
      },
    ]);
  });

  it('an unpaid bill the client complained about counts as disputed; a paid one does not', () => {
    const unpaid = makeJob({ invoicedOn: '2026-06-20' });
    const paid = makeJob({ invoicedOn: '2026-06-01' });
    const contacts = [
      makeContact('2026-06-25', { kind: 'complaint', initiatedBy: 'them', jobId: unpaid.id }),
      makeContact('2026-06-10', { kind: 'complaint', initiatedBy: 'them', jobId: paid.id }),
    ];
    const payments = [makePayment('2026-06-05', [{ job: paid, amount: 100000 }])];
    const { situations } = needsDecision(
      ledger({ parties: [client], jobs: [unpaid, paid], payments, contacts }),
      [],
      AS_OF,
      TEST_OWNER,
    );
    expect(situations.map((s) => [s.templateId, s.jobId])).toEqual([
      ['forgive_or_pursue', unpaid.id],
    ]);
  });

  it('a client overdue again says how many times before', () => {
    const before1 = makeJob({ orderedOn: '2025-10-01', dueOn: '2025-11-01' });
    const before2 = makeJob({ orderedOn: '2025-10-01', dueOn: '2026-01-01' });
    const now = makeJob({ orderedOn: '2026-04-01', dueOn: '2026-06-01' });
    const payments = [
      makePayment('2025-11-20', [{ job: before1, amount: 100000 }]),
      makePayment('2026-01-25', [{ job: before2, amount: 100000 }]),
    ];
    const { situations } = needsDecision(
      ledger({ parties: [client], jobs: [before1, before2, now], payments }),
      [],
      AS_OF,
      TEST_OWNER,
    );
    expect(situations).toHaveLength(1);
    expect(situations[0]).toMatchObject({
      templateId: 'keep_or_part',
      partyId: CLIENT_ID,
      jobId: null,
      since: '2026-06-01',
      reason: { key: 'worksheets.needs.overdueAgain', params: { count: 2, days: 29 } },
    });
  });

  it('overdue for the first time is not yet "again"', () => {
    const now = makeJob({ dueOn: '2026-06-01' });
    expect(
      needsDecision(ledger({ parties: [client], jobs: [now] }), [], AS_OF, TEST_OWNER).situations,
    ).toEqual([]);
  });

  it('a job gone wrong with a subcontractor on it calls for "who should pay whom?"', () => {
    const job = makeJob({
      status: 'done',
      doneOn: '2026-06-10',
      subcontractorId: SUB_ID,
      problems: ['not_done'],
    });
    const alone = makeJob({ status: 'done', problems: ['late'] });
    const { situations } = needsDecision(
      ledger({ parties: [client, sub], jobs: [job, alone] }),
      [],
      AS_OF,
      TEST_OWNER,
    );
    expect(situations).toHaveLength(1);
    expect(situations[0]).toMatchObject({
      templateId: 'who_pays_whom',
      jobId: job.id,
      since: '2026-06-10',
      reason: { params: { subcontractor: 'Quick Crew' } },
    });
  });

  it('work going on for a client who has not paid calls for a warning first', () => {
    const overdue = makeJob({ dueOn: '2026-06-01' });
    const open = makeJob({ status: 'open', orderedOn: '2026-06-15' });
    const { situations } = needsDecision(
      ledger({ parties: [client], jobs: [overdue, open] }),
      [],
      AS_OF,
      TEST_OWNER,
    );
    expect(situations).toEqual([
      expect.objectContaining({
        templateId: 'warn_before_slowing',
        jobId: overdue.id,
        reason: {
          key: 'worksheets.needs.workWhileUnpaid',
          params: { name: 'Acme Bakery', count: 1, days: 29 },
        },
      }),
    ]);
  });

  it('a decision made since the situation began settles it; a draft is offered to continue', () => {
    const job = makeJob({ status: 'invoiced', invoicedOn: '2026-06-01' });
    const disputes = [makeDispute('2026-06-02', job, 10000)];
    const records = ledger({ parties: [client], jobs: [job], disputes });
    const decided = storedWorksheet({
      templateId: 'forgive_or_pursue',
      jobIds: [job.id],
      status: 'decided',
      decision: { option: 'forgive', decidedOn: '2026-06-05', note: '' },
    });
    expect(needsDecision(records, [decided], AS_OF, TEST_OWNER).situations).toEqual([]);

    const decidedBefore = {
      ...decided,
      decision: { ...decided.decision, decidedOn: '2026-05-01' },
    };
    const draft = storedWorksheet({ templateId: 'forgive_or_pursue', jobIds: [job.id] });
    const { situations } = needsDecision(records, [decidedBefore, draft], AS_OF, TEST_OWNER);
    expect(situations).toHaveLength(1);
    expect(situations[0]!.draftId).toBe(draft.id);
  });

  it('lists decided worksheets whose review day has come and that have no outcome yet', () => {
    const due = storedWorksheet({
      status: 'decided',
      followUp: { ...storedWorksheet().followUp, reviewOn: '2026-06-30' },
    });
    const later = storedWorksheet({
      status: 'decided',
      followUp: { ...storedWorksheet().followUp, reviewOn: '2026-07-01' },
    });
    const reviewed = storedWorksheet({
      status: 'reviewed',
      followUp: { ...storedWorksheet().followUp, reviewOn: '2026-06-01' },
    });
    const deleted = { ...due, id: testId(7999), deletedAt: '2026-06-02T00:00:00.000Z' };
    expect(
      needsDecision(ledger({}), [due, later, reviewed, deleted], AS_OF, TEST_OWNER).reviews,
    ).toEqual([due]);
  });
});
