import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../dates';
import type { Job, JobStatus, WriteOff } from '../records';
import { referralsBy } from './referrals';
import { relationshipValue, valueConfidence, type ValueLedger } from './relationship-value';
import { makeContact } from './test-contacts';
import { CLIENT_ID, makeJob, makeParty, makeWriteOff, testId } from './test-records';

const AS_OF = '2026-06-30';
const TWO_MONTHS_AGO = '2026-04-30';
const [P1, P2, P3] = [testId(11), testId(12), testId(13)];
const FRIEND = testId(20);

/**
 * Three other clients with more than a year each. Their first twelve months: 2,000, 4,000 and 500
 * (median 2,000); the last twelve months: 3,000, 2,000 and nothing (median of the active, 2,500).
 * So the prior is 2,000 a year.
 */
const peers = [P1, P2, P3].map((id, i) => makeParty({ id, name: `Peer ${i + 1}` }));
const peerJobs = [
  makeJob({ clientId: P1, orderedOn: '2024-01-01', invoicedOn: '2024-01-10', amount: 100000 }),
  makeJob({ clientId: P1, orderedOn: '2024-06-01', invoicedOn: '2024-06-10', amount: 100000 }),
  makeJob({ clientId: P1, orderedOn: '2026-01-01', invoicedOn: '2026-01-10', amount: 300000 }),
  makeJob({ clientId: P2, orderedOn: '2023-03-01', invoicedOn: '2023-03-01', amount: 400000 }),
  makeJob({ clientId: P2, orderedOn: '2025-09-01', invoicedOn: '2025-09-01', amount: 200000 }),
  makeJob({ clientId: P3, orderedOn: '2024-05-01', invoicedOn: '2024-05-01', amount: 50000 }),
];

function ledger(fields: Partial<ValueLedger> = {}): ValueLedger {
  return {
    parties: [makeParty(), ...peers],
    jobs: peerJobs,
    contacts: [],
    writeOffs: [],
    ...fields,
  };
}

const billed = (invoicedOn: string, amount: number, fields: Partial<Job> = {}) =>
  makeJob({ orderedOn: invoicedOn, invoicedOn, amount, ...fields });

describe('relationshipValue', () => {
  it('a client of two months whose one job is in dispute is worth a modest prior, not a year of that job', () => {
    const disputed = makeJob({ orderedOn: '2026-05-01', invoicedOn: '2026-05-10', amount: 150000 });
    const records = ledger({ jobs: [...peerJobs, disputed] });
    // Nothing of theirs counts; z = 2 / (2 + 6) = 0.25; 0.75 × 2,000 = 1,500.
    expect(
      relationshipValue(CLIENT_ID, records, AS_OF, 'USD', {
        excludeJobIds: [disputed.id],
        since: TWO_MONTHS_AGO,
      }),
    ).toEqual({
      currency: 'USD',
      value: 150000,
      expectedBilling: 150000,
      booked: 0,
      billedInWindow: 0,
      monthsObserved: 2,
      invoicesCounted: 0,
      observedPace: 0,
      prior: 200000,
      priorSource: 'peers',
      priorBasis: 3,
      weight: 0.25,
      confidence: 'low',
      referralRevenue: 0,
      total: 150000,
    });
    // Were it counted, two months of 1,500 is a pace of 9,000 a year, still shrunk:
    // 0.25 × 9,000 + 0.75 × 2,000 = 3,750.
    expect(
      relationshipValue(CLIENT_ID, records, AS_OF, 'USD', { since: TWO_MONTHS_AGO }).value,
    ).toBe(375000);
  });

  it('a client of ten years billed steadily is worth about their last twelve months, with high confidence', () => {
    const jobs = Array.from({ length: 120 }, (_, i) => billed(addMonths('2016-07-15', i), 100000));
    const value = relationshipValue(
      CLIENT_ID,
      ledger({ jobs: [...peerJobs, ...jobs] }),
      AS_OF,
      'USD',
      { since: '2016-06-30' },
    );
    // z = 120 / 126; (120 × 12,000 + 6 × 2,000) / 126 = 11,523.81.
    expect(value).toMatchObject({
      value: 1152381,
      billedInWindow: 1200000,
      invoicesCounted: 12,
      monthsObserved: 120,
      observedPace: 1200000,
      weight: 0.95,
      confidence: 'high',
    });
  });

  it('a huge disputed job is left out of the value it is weighed against', () => {
    const jobs = [
      billed('2024-01-15', 250000),
      billed('2025-08-15', 250000),
      billed('2025-11-15', 250000),
      billed('2026-02-15', 250000),
      billed('2026-05-15', 250000),
    ];
    const huge = billed('2026-06-01', 50_000_000);
    const value = relationshipValue(
      CLIENT_ID,
      ledger({ jobs: [...peerJobs, ...jobs, huge] }),
      AS_OF,
      'USD',
      { excludeJobIds: [huge.id], since: '2023-06-30' },
    );
    // Four bills in the last year, 10,000; z = 36 / 42; (36 × 10,000 + 6 × 2,000) / 42 = 8,857.14.
    expect(value).toMatchObject({
      value: 885714,
      billedInWindow: 1000000,
      invoicesCounted: 4,
      weight: 0.86,
      confidence: 'high',
    });
  });

  it('adds work ordered and not billed yet, but not cancelled, excluded, future or foreign work', () => {
    const booked = makeJob({ status: 'open', orderedOn: '2026-06-01', amount: 45000 });
    const billedLater = makeJob({
      orderedOn: '2026-06-20',
      invoicedOn: '2026-07-02',
      amount: 20000,
    });
    const excluded = makeJob({ status: 'open', orderedOn: '2026-06-01', amount: 30000 });
    const jobs = [
      booked,
      billedLater,
      excluded,
      makeJob({ status: 'open', orderedOn: '2026-07-05', amount: 99999 }),
      makeJob({ status: 'cancelled', orderedOn: '2026-06-01', amount: 70000 }),
      makeJob({ status: 'open', orderedOn: '2026-06-01', amount: 80000, currency: 'EUR' }),
    ];
    // 1,500 from the prior (as in the two-month case) + 450 + 200 booked.
    expect(
      relationshipValue(CLIENT_ID, ledger({ jobs: [...peerJobs, ...jobs] }), AS_OF, 'USD', {
        excludeJobIds: [excluded.id],
        since: TWO_MONTHS_AGO,
      }),
    ).toMatchObject({ booked: 65000, expectedBilling: 150000, value: 215000 });
  });

  it('leaves out what was written off: a wholly written-off job counts for nothing', () => {
    const gone = billed('2026-01-10', 200000);
    const part = billed('2026-03-10', 100000);
    const writeOffs = [
      makeWriteOff('2026-04-01', gone, 200000),
      makeWriteOff('2026-04-01', part, 40000),
    ];
    const jobs = [...peerJobs, billed('2025-09-10', 300000), gone, part];
    // 3,000 + 600 billed; z = 12 / 18; 2/3 × 3,600 + 1/3 × 2,000 = 3,066.67.
    expect(
      relationshipValue(CLIENT_ID, ledger({ jobs, writeOffs }), AS_OF, 'USD', {
        since: '2025-06-30',
      }),
    ).toMatchObject({
      billedInWindow: 360000,
      invoicesCounted: 2,
      value: 306667,
      confidence: 'medium',
    });
  });

  it('caps the prior at what a typical active client brings now', () => {
    const [Q1, Q2, Q3] = [testId(31), testId(32), testId(33)];
    const parties = [makeParty(), ...[Q1, Q2, Q3].map((id) => makeParty({ id, name: 'Q' }))];
    const jobs = [
      billed('2023-01-10', 500000, { clientId: Q1 }),
      billed('2026-02-01', 100000, { clientId: Q1 }),
      billed('2023-02-10', 600000, { clientId: Q2 }),
      billed('2023-03-10', 700000, { clientId: Q3 }),
    ];
    // First years 5,000 / 6,000 / 7,000 (median 6,000); the one still active brings 1,000 a year.
    // A client starting today is all prior: z = 0.
    expect(
      relationshipValue(CLIENT_ID, { parties, jobs, contacts: [], writeOffs: [] }, AS_OF, 'USD', {
        since: AS_OF,
      }),
    ).toMatchObject({
      prior: 100000,
      priorSource: 'peers',
      monthsObserved: 0,
      weight: 0,
      value: 100000,
      confidence: 'low',
    });
  });

  it('with fewer than three clients of a year, the prior is one typical job of theirs a year', () => {
    const twoPeers = peerJobs.filter((j) => j.clientId !== P3);
    // Their jobs: 1,000, 1,000, 3,000, 4,000, 2,000: the median is 2,000.
    expect(
      relationshipValue(CLIENT_ID, ledger({ jobs: twoPeers }), AS_OF, 'USD', {
        since: TWO_MONTHS_AGO,
      }),
    ).toMatchObject({ prior: 200000, priorSource: 'typical_job', priorBasis: 5, value: 150000 });
  });

  it('with no other client billed in the currency, only their own record counts, shrunk', () => {
    const own = billed('2026-05-10', 150000);
    const alone = { parties: [makeParty()], jobs: [own], contacts: [], writeOffs: [] };
    // 0.25 × 9,000 = 2,250; their own job never becomes the prior.
    expect(
      relationshipValue(CLIENT_ID, alone, AS_OF, 'USD', { since: TWO_MONTHS_AGO }),
    ).toMatchObject({ prior: 0, priorSource: 'none', observedPace: 900000, value: 225000 });
    expect(
      relationshipValue(CLIENT_ID, ledger(), AS_OF, 'EUR', { since: TWO_MONTHS_AGO }),
    ).toMatchObject({ prior: 0, priorSource: 'none', value: 0 });
  });

  it('counts a referred client once, apart from the value, over the same twelve months', () => {
    // Entered as referred by them, named in one referral log and logged unnamed the week before.
    const friend = makeParty({
      id: FRIEND,
      name: 'Friend',
      referredById: CLIENT_ID,
      relationshipStart: '2026-05-01',
    });
    const contacts = [
      makeContact('2026-04-24', { kind: 'referral', initiatedBy: 'them' }),
      makeContact('2026-05-02', { kind: 'referral', initiatedBy: 'them', referredPartyId: FRIEND }),
    ];
    const jobs = [
      ...peerJobs,
      billed('2026-05-15', 80000, { clientId: FRIEND }),
      billed('2026-05-20', 10000, { clientId: FRIEND, currency: 'EUR' }),
    ];
    const records = ledger({ parties: [makeParty(), ...peers, friend], jobs, contacts });
    expect(referralsBy(CLIENT_ID, records.parties, jobs, contacts, AS_OF).count).toBe(1);
    expect(
      relationshipValue(CLIENT_ID, records, AS_OF, 'USD', { since: TWO_MONTHS_AGO }),
    ).toMatchObject({ value: 150000, referralRevenue: 80000, total: 230000 });
  });

  it('states its confidence from months observed and bills counted', () => {
    expect(valueConfidence(24, 4)).toBe('high');
    expect(valueConfidence(23.9, 12)).toBe('medium');
    expect(valueConfidence(120, 3)).toBe('medium');
    expect(valueConfidence(6, 2)).toBe('medium');
    expect(valueConfidence(5.9, 12)).toBe('low');
    expect(valueConfidence(120, 1)).toBe('low');
  });
});

describe('relationshipValue over generated records', () => {
  const statuses: JobStatus[] = ['open', 'done', 'invoiced', 'cancelled'];
  const jobShape = fc.record({
    orderedBack: fc.integer({ min: 0, max: 4000 }),
    billedAfter: fc.integer({ min: 0, max: 90 }),
    status: fc.constantFrom(...statuses),
    amount: fc.integer({ min: 1, max: 500000 }),
    currency: fc.constantFrom('USD', 'EUR'),
    writtenOffShare: fc.constantFrom(0, 0, 0, 0.5, 1),
  });
  type Shape = typeof jobShape extends fc.Arbitrary<infer T> ? T : never;

  function build(shape: Shape): { job: Job; writeOffs: WriteOff[] } {
    const orderedOn = addDays(AS_OF, -shape.orderedBack);
    const billedOn = addDays(orderedOn, shape.billedAfter);
    const job = makeJob({
      orderedOn,
      status: shape.status,
      invoicedOn: shape.status === 'invoiced' ? billedOn : null,
      doneOn: shape.status === 'done' ? billedOn : null,
      amount: shape.amount,
      currency: shape.currency,
    });
    const billable = shape.status === 'done' || shape.status === 'invoiced';
    const off = Math.floor(shape.amount * shape.writtenOffShare);
    return {
      job,
      writeOffs: billable && off > 0 ? [makeWriteOff(addDays(billedOn, 10), job, off)] : [],
    };
  }

  it('more billed history never lowers the value', () => {
    fc.assert(
      fc.property(
        fc.array(jobShape, { maxLength: 10 }),
        jobShape,
        fc.integer({ min: 0, max: 3650 }),
        fc.boolean(),
        fc.boolean(),
        (shapes, extraShape, sinceBack, withPeers, excludeFirst) => {
          const built = shapes.map(build);
          const extra = build(extraShape);
          const since = addDays(AS_OF, -sinceBack);
          const base = {
            parties: withPeers ? [makeParty(), ...peers] : [makeParty()],
            contacts: [],
          };
          const options = {
            since,
            excludeJobIds: excludeFirst && built[0] ? [built[0].job.id] : [],
          };
          const before = relationshipValue(
            CLIENT_ID,
            {
              ...base,
              jobs: [...(withPeers ? peerJobs : []), ...built.map((b) => b.job)],
              writeOffs: built.flatMap((b) => b.writeOffs),
            },
            AS_OF,
            'USD',
            options,
          );
          const after = relationshipValue(
            CLIENT_ID,
            {
              ...base,
              jobs: [...(withPeers ? peerJobs : []), ...built.map((b) => b.job), extra.job],
              writeOffs: [...built.flatMap((b) => b.writeOffs), ...extra.writeOffs],
            },
            AS_OF,
            'USD',
            options,
          );
          expect(after.value).toBeGreaterThanOrEqual(before.value);
          expect(after.total).toBeGreaterThanOrEqual(before.total);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
