import { describe, expect, it } from 'vitest';
import { referralsBy } from './referrals';
import { makeContact } from './test-contacts';
import { CLIENT_ID, DELETED, OTHER_CLIENT_ID, makeJob, makeParty, testId } from './test-records';

const AS_OF = '2026-04-30';
const THIRD = testId(3);

describe('referralsBy', () => {
  it('counts people recorded as referred and referrals logged, with what they were billed', () => {
    const client = makeParty();
    const referredByField = makeParty({ id: OTHER_CLIENT_ID, referredById: CLIENT_ID });
    const referredByContact = makeParty({ id: THIRD, name: 'Third' });
    const contacts = [
      makeContact('2026-02-01', {
        kind: 'referral',
        initiatedBy: 'them',
        referredPartyId: THIRD,
      }),
      // The same person logged again does not count twice.
      makeContact('2026-02-02', { kind: 'referral', initiatedBy: 'them', referredPartyId: THIRD }),
      makeContact('2026-03-01', { kind: 'referral', initiatedBy: 'them' }),
    ];
    const jobs = [
      makeJob({ clientId: OTHER_CLIENT_ID, amount: 120000 }),
      makeJob({ clientId: THIRD, amount: 30000, currency: 'EUR' }),
      makeJob({ clientId: THIRD, status: 'open', amount: 99999 }),
      makeJob({ clientId: CLIENT_ID, amount: 50000 }),
    ];
    expect(
      referralsBy(CLIENT_ID, [client, referredByField, referredByContact], jobs, contacts, AS_OF),
    ).toEqual({
      count: 3,
      partyIds: [OTHER_CLIENT_ID, THIRD].sort(),
      revenue: { USD: 120000, EUR: 30000 },
      lastOn: '2026-03-01',
    });
  });

  it('a deleted referral is not counted', () => {
    const gone = makeParty({ id: OTHER_CLIENT_ID, referredById: CLIENT_ID, deletedAt: DELETED });
    expect(referralsBy(CLIENT_ID, [makeParty(), gone], [], [], AS_OF)).toMatchObject({
      count: 0,
      revenue: {},
      lastOn: null,
    });
  });
});
