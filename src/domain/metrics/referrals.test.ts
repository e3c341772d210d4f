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

  it('a person both recorded as referred and logged as a referral is one referral, billed once', () => {
    const referred = makeParty({ id: OTHER_CLIENT_ID, referredById: CLIENT_ID });
    const contacts = [
      makeContact('2026-02-01', {
        kind: 'referral',
        initiatedBy: 'them',
        referredPartyId: OTHER_CLIENT_ID,
      }),
    ];
    const jobs = [makeJob({ clientId: OTHER_CLIENT_ID, amount: 70000 })];
    expect(referralsBy(CLIENT_ID, [makeParty(), referred], jobs, contacts, AS_OF)).toMatchObject({
      count: 1,
      partyIds: [OTHER_CLIENT_ID],
      revenue: { USD: 70000 },
    });
  });

  it('a referral logged without a name, then entered as referred by them, counts once', () => {
    // Logged the day they called to say a friend would ring; the friend was entered a week later.
    const friend = makeParty({
      id: OTHER_CLIENT_ID,
      referredById: CLIENT_ID,
      relationshipStart: '2026-02-08',
    });
    const contacts = [makeContact('2026-02-01', { kind: 'referral', initiatedBy: 'them' })];
    expect(referralsBy(CLIENT_ID, [makeParty(), friend], [], contacts, AS_OF)).toMatchObject({
      count: 1,
      partyIds: [OTHER_CLIENT_ID],
    });
  });

  it('a referral logged without a name a few days after the person was entered counts once', () => {
    const friend = makeParty({
      id: OTHER_CLIENT_ID,
      referredById: CLIENT_ID,
      relationshipStart: '2026-02-08',
    });
    const contacts = [makeContact('2026-02-13', { kind: 'referral', initiatedBy: 'them' })];
    expect(referralsBy(CLIENT_ID, [makeParty(), friend], [], contacts, AS_OF).count).toBe(1);
  });

  it('an unnamed referral logged long after a referred person started is another referral', () => {
    const friend = makeParty({
      id: OTHER_CLIENT_ID,
      referredById: CLIENT_ID,
      relationshipStart: '2025-01-10',
    });
    const contacts = [makeContact('2026-03-01', { kind: 'referral', initiatedBy: 'them' })];
    expect(referralsBy(CLIENT_ID, [makeParty(), friend], [], contacts, AS_OF).count).toBe(2);
  });

  it('two unnamed referrals and one person entered as referred make two referrals', () => {
    const friend = makeParty({
      id: OTHER_CLIENT_ID,
      referredById: CLIENT_ID,
      relationshipStart: '2026-02-08',
    });
    const contacts = [
      makeContact('2026-02-01', { kind: 'referral', initiatedBy: 'them' }),
      makeContact('2026-02-03', { kind: 'referral', initiatedBy: 'them' }),
    ];
    expect(referralsBy(CLIENT_ID, [makeParty(), friend], [], contacts, AS_OF).count).toBe(2);
  });

  it('the work of a deleted person once logged as referred is not referral revenue', () => {
    const gone = makeParty({ id: OTHER_CLIENT_ID, deletedAt: DELETED });
    const contacts = [
      makeContact('2026-02-01', {
        kind: 'referral',
        initiatedBy: 'them',
        referredPartyId: OTHER_CLIENT_ID,
      }),
    ];
    const jobs = [makeJob({ clientId: OTHER_CLIENT_ID, amount: 70000 })];
    const referrals = referralsBy(CLIENT_ID, [makeParty(), gone], jobs, contacts, AS_OF);
    expect(referrals.count).toBe(0);
    expect(referrals.revenue).toEqual({});
  });
});
