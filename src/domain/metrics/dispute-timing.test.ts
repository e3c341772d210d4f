import { describe, expect, it } from 'vitest';
import { disputeTiming, disputeTimingCounts } from './dispute-timing';
import { makeContact } from './test-contacts';
import { CLIENT_ID, DELETED, makeDispute, makeJob, OTHER_CLIENT_ID } from './test-records';

/** Invoiced 1 March on 30 days' terms: due 31 March. */
const job = makeJob({ invoicedOn: '2026-03-01' });

describe('when a dispute was raised', () => {
  it('on or before the due date is before it was due', () => {
    expect(disputeTiming(makeDispute('2026-03-31', job, 100), job, [])).toBe('before_due');
  });

  it('after a reminder about that job, or about nothing in particular, is when chased', () => {
    const dispute = makeDispute('2026-04-10', job, 100);
    const aboutJob = makeContact('2026-04-05', { jobId: job.id });
    const general = makeContact('2026-04-05', { kind: 'warning_sent' });
    expect(disputeTiming(dispute, job, [aboutJob])).toBe('when_chased');
    expect(disputeTiming(dispute, job, [general])).toBe('when_chased');
  });

  it('after the due date with no chase before it is after it was due', () => {
    const dispute = makeDispute('2026-04-10', job, 100);
    const sameDay = makeContact('2026-04-10');
    const otherJob = makeContact('2026-04-05', { jobId: makeJob().id });
    const otherClient = makeContact('2026-04-05', { partyId: OTHER_CLIENT_ID });
    const aCall = makeContact('2026-04-05', { kind: 'client_called_first', initiatedBy: 'them' });
    expect(disputeTiming(dispute, job, [sameDay, otherJob, otherClient, aCall])).toBe('after_due');
  });

  it("counts a client's disputes by when they came, raised by the day asked about", () => {
    const chase = makeContact('2026-04-05');
    const disputes = [
      makeDispute('2026-03-20', job, 100),
      makeDispute('2026-04-10', job, 100),
      makeDispute('2026-04-11', job, 100, { deletedAt: DELETED }),
      makeDispute('2026-05-10', job, 100),
    ];
    expect(disputeTimingCounts(CLIENT_ID, disputes, [job], [chase], '2026-04-30')).toEqual({
      before_due: 1,
      when_chased: 1,
      after_due: 0,
    });
  });
});
