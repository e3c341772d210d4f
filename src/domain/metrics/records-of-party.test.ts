import { describe, expect, it } from 'vitest';
import { jobsOfClient, paymentsOfParty } from './records-of-party';
import { CLIENT_ID, makeJob, makePayment, OTHER_CLIENT_ID } from './test-records';

describe('records of one party', () => {
  it("picks out a client's jobs and a party's payments in the order given, deleted ones too", () => {
    const first = makeJob();
    const other = makeJob({ clientId: OTHER_CLIENT_ID });
    const gone = makeJob({ deletedAt: '2026-02-01T00:00:00.000Z' });
    const jobs = [first, other, gone];
    expect(jobsOfClient(jobs, CLIENT_ID)).toEqual([first, gone]);
    expect(jobsOfClient(jobs, OTHER_CLIENT_ID)).toEqual([other]);
    expect(jobsOfClient(jobs, 'nobody')).toEqual([]);

    const ours = makePayment('2026-02-02', [{ job: first, amount: 100 }]);
    const theirs = makePayment('2026-02-03', [{ job: other, amount: 100 }], {
      partyId: OTHER_CLIENT_ID,
    });
    expect(paymentsOfParty([ours, theirs], CLIENT_ID)).toEqual([ours]);
  });

  it('gives the same group for the same records, and a new one once the records change', () => {
    const jobs = [makeJob()];
    const group = jobsOfClient(jobs, CLIENT_ID);
    expect(jobsOfClient(jobs, CLIENT_ID)).toBe(group);
    const changed = [...jobs, makeJob()];
    expect(jobsOfClient(changed, CLIENT_ID)).toHaveLength(2);
    expect(group).toHaveLength(1);
  });
});
