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
const FRIEND = testId(20);
const OTHER = testId(11);

/** Another client's bills: over the whole ledger they must change nothing of this client's value. */
const otherJobs = [
  makeJob({ clientId: OTHER, orderedOn: '2024-01-01', invoicedOn: '2024-01-10', amount: 900000 }),
  makeJob({ clientId: OTHER, orderedOn: '2026-01-01', invoicedOn: '2026-01-10', amount: 300000 }),
];

function ledger(fields: Partial<ValueLedger> = {}): ValueLedger {
  return {
    parties: [makeParty(), makeParty({ id: OTHER, name: 'Other' })],
    jobs: otherJobs,
    contacts: [],
    writeOffs: [],
    ...fields,
  };
}

const billed = (invoicedOn: string, amount: number, fields: Partial<Job> = {}) =>
  makeJob({ orderedOn: invoicedOn, invoicedOn, amount, ...fields });

describe('relationshipValue', () => {
  it('a client of two months whose one job is in dispute is worth nothing yet, not a year of that job', () => {
    const disputed = makeJob({ orderedOn: '2026-05-01', invoicedOn: '2026-05-10', amount: 150000 });
    const records = ledger({ jobs: [...otherJobs, disputed] });
    expect(
      relationshipValue(CLIENT_ID, records, AS_OF, 'USD', {
        excludeJobIds: [disputed.id],
        since: TWO_MONTHS_AGO,
      }),
    ).toEqual({
      currency: 'USD',
      value: 0,
      expectedBilling: 0,
      booked: 0,
      billedInWindow: 0,
      monthsObserved: 2,
      invoicesCounted: 0,
      observedPace: 0,
      prior: 0,
      priorSource: 'none',
      priorBasis: 0,
      weight: 0.25,
      confidence: 'low',
      referralRevenue: 0,
      total: 0,
    });
    // Were it counted: two months of 1,500 is a pace of 9,000 a year, but the prior is 1,500 (two
    // months counted as a year), and z = 2 / (2 + 6) = 0.25: 0.25 × 9,000 + 0.75 × 1,500 = 3,375.
    expect(
      relationshipValue(CLIENT_ID, records, AS_OF, 'USD', { since: TWO_MONTHS_AGO }),
    ).toMatchObject({ value: 337500, prior: 150000, priorSource: 'own_history', priorBasis: 1 });
  });

  it('a client starting today with one bill is worth that one bill a year, not a pace', () => {
    const today = billed(AS_OF, 120000);
    expect(
      relationshipValue(CLIENT_ID, ledger({ jobs: [...otherJobs, today] }), AS_OF, 'USD', {
        since: AS_OF,
      }),
    ).toMatchObject({ weight: 0, prior: 120000, value: 120000, confidence: 'low' });
  });

  it('a client of ten years billed steadily is worth about their last twelve months, with high confidence', () => {
    const jobs = Array.from({ length: 120 }, (_, i) => billed(addMonths('2016-07-15', i), 100000));
    const value = relationshipValue(
      CLIENT_ID,
      ledger({ jobs: [...otherJobs, ...jobs] }),
      AS_OF,
      'USD',
      { since: '2016-06-30' },
    );
    // The last twelve months: 12 × 1,000; the prior, 120,000 over ten years: 12,000 a year too.
    expect(value).toMatchObject({
      value: 1200000,
      billedInWindow: 1200000,
      invoicesCounted: 12,
      monthsObserved: 120,
      observedPace: 1200000,
      prior: 1200000,
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
      ledger({ jobs: [...otherJobs, ...jobs, huge] }),
      AS_OF,
      'USD',
      { excludeJobIds: [huge.id], since: '2023-06-30' },
    );
    // Four bills in the last year, 10,000; the prior 12,500 over 36 months, 4,166.67 a year;
    // z = 36 / 42: (36 × 10,000 + 6 × 4,166.67) / 42 = 9,166.67.
    expect(value).toMatchObject({
      value: 916667,
      billedInWindow: 1000000,
      invoicesCounted: 4,
      prior: 416667,
      weight: 0.86,
      confidence: 'high',
    });
  });

  it('leans on the long record when the last year was thin', () => {
    const jobs = [billed('2022-07-10', 800000), billed('2026-01-10', 100000)];
    // Pace 1,000; prior 9,000 over 48 months, 2,250 a year; z = 48 / 54:
    // (48 × 1,000 + 6 × 2,250) / 54 = 1,138.89.
    expect(
      relationshipValue(CLIENT_ID, ledger({ jobs: [...otherJobs, ...jobs] }), AS_OF, 'USD', {
        since: '2022-06-30',
      }),
    ).toMatchObject({ value: 113889, prior: 225000, priorSource: 'own_history', priorBasis: 2 });
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
    // Nothing billed yet: 450 + 200 booked.
    expect(
      relationshipValue(CLIENT_ID, ledger({ jobs: [...otherJobs, ...jobs] }), AS_OF, 'USD', {
        excludeJobIds: [excluded.id],
        since: TWO_MONTHS_AGO,
      }),
    ).toMatchObject({ booked: 65000, expectedBilling: 0, value: 65000 });
  });

  it('leaves out what was written off: a wholly written-off job counts for nothing', () => {
    const gone = billed('2026-01-10', 200000);
    const part = billed('2026-03-10', 100000);
    const writeOffs = [
      makeWriteOff('2026-04-01', gone, 200000),
      makeWriteOff('2026-04-01', part, 40000),
    ];
    const jobs = [...otherJobs, billed('2025-09-10', 300000), gone, part];
    // 3,000 + 600 billed in a year of record: pace and prior both 3,600.
    expect(
      relationshipValue(CLIENT_ID, ledger({ jobs, writeOffs }), AS_OF, 'USD', {
        since: '2025-06-30',
      }),
    ).toMatchObject({
      billedInWindow: 360000,
      invoicesCounted: 2,
      value: 360000,
      confidence: 'medium',
    });
  });

  it('reads only their own records: other clients and other currencies change nothing', () => {
    const own = billed('2026-05-10', 150000);
    const alone = { parties: [makeParty()], jobs: [own], contacts: [], writeOffs: [] };
    const withOthers = ledger({ jobs: [...otherJobs, own] });
    const options = { since: TWO_MONTHS_AGO };
    expect(relationshipValue(CLIENT_ID, withOthers, AS_OF, 'USD', options)).toEqual(
      relationshipValue(CLIENT_ID, alone, AS_OF, 'USD', options),
    );
    expect(relationshipValue(CLIENT_ID, ledger(), AS_OF, 'EUR', options)).toMatchObject({
      prior: 0,
      priorSource: 'none',
      value: 0,
    });
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
      ...otherJobs,
      billed('2026-05-15', 80000, { clientId: FRIEND }),
      billed('2026-05-20', 10000, { clientId: FRIEND, currency: 'EUR' }),
    ];
    const records = ledger({ parties: [makeParty(), friend], jobs, contacts });
    expect(referralsBy(CLIENT_ID, records.parties, jobs, contacts, AS_OF).count).toBe(1);
    expect(
      relationshipValue(CLIENT_ID, records, AS_OF, 'USD', { since: TWO_MONTHS_AGO }),
    ).toMatchObject({ value: 0, referralRevenue: 80000, total: 80000 });
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
        (shapes, extraShape, sinceBack, withOthers, excludeFirst) => {
          const built = shapes.map(build);
          const extra = build(extraShape);
          const since = addDays(AS_OF, -sinceBack);
          const base = {
            parties: [makeParty(), makeParty({ id: OTHER, name: 'Other' })],
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
              jobs: [...(withOthers ? otherJobs : []), ...built.map((b) => b.job)],
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
              jobs: [...(withOthers ? otherJobs : []), ...built.map((b) => b.job), extra.job],
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
