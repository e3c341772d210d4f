/**
 * The named steps from version 1 to 2, each on hand-made version 1 records. Amounts and days are
 * worked out by hand in the comments; the database upgrade and the file migration are checked
 * end to end in src/db/versions.test.ts, src/sync/migrations.test.ts and src/sync/v1.
 */
import { describe, expect, test } from 'vitest';
import { jobSchema } from '../job';
import { partySchema } from '../party';
import { paymentSchema } from '../payment';
import { settingsSchema } from '../settings';
import { writeOffSchema } from '../write-off';
import { disputeSchema } from '../dispute';
import { derivedId } from './derived-id';
import {
  jobAmountBecomesOneLine,
  jobStatusSaysOnlyTheWork,
  partyGetsFeesAndLanguage,
  paymentKeepsSentAndReceived,
  recordsFromV1Statuses,
  settingsGetOwnerDetails,
  type Raw,
} from './v1-to-v2';

const CLIENT = '00000000-0000-4000-8000-00000000000a';
const JOB = '00000000-0000-4000-8000-000000000001';
const AT = '2026-04-10T12:00:00.000Z';
/** 10, 11 and 12 April 2026 at noon UTC, as stamps of device d. */
const S1 = '001775822400000-000000-d';
const S2 = '001775908800000-000000-d';
const S3 = '001775995200000-000000-d';

function v1Job(fields: Raw = {}): Raw {
  const job: Raw = {
    id: JOB,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    clientId: CLIENT,
    title: 'Fix the roof',
    orderedOn: '2026-03-01',
    promisedOn: null,
    doneOn: '2026-03-05',
    invoicedOn: '2026-03-06',
    dueOn: null,
    amount: 150_000,
    currency: 'USD',
    termsNetDays: 30,
    status: 'invoiced',
    subcontractorId: null,
    subcontractorCost: 0,
    problems: [],
    problemNote: '',
    notes: '',
    ...fields,
  };
  if (!('stamps' in fields)) {
    job.stamps = Object.fromEntries(
      Object.keys(job)
        .filter((k) => !['id', 'createdAt', 'updatedAt', 'deletedAt'].includes(k))
        .map((k) => [k, S1]),
    );
  }
  return job;
}

function v1Payment(n: number, fields: Raw = {}): Raw {
  return {
    id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    direction: 'client_to_me',
    partyId: CLIENT,
    paidOn: '2026-03-20',
    amount: 50_000,
    currency: 'USD',
    method: 'transfer',
    state: 'received',
    allocations: [{ jobId: JOB, amount: 50_000 }],
    reference: '',
    notes: '',
    stamps: { paidOn: S1, state: S1, direction: S1, amount: S1, allocations: S1 },
    ...fields,
  };
}

const upgradedJob = (job: Raw) => jobStatusSaysOnlyTheWork(jobAmountBecomesOneLine(job));

describe('a job', () => {
  test('its amount becomes one line of that price, the subcontractor’s cost its unit cost, stamped by the later of the two', () => {
    const job = upgradedJob(
      v1Job({ subcontractorCost: 60_000, stamps: { amount: S1, subcontractorCost: S2 } }),
    );
    expect(job.lines).toEqual([
      {
        description: '',
        quantity: 1,
        unit: '',
        unitPrice: 150_000,
        subcontractorUnitCost: 60_000,
        late: 0,
        doneByClient: 0,
        notDone: 0,
      },
    ]);
    expect(job.depositAsked).toBe(0);
    expect(job).not.toHaveProperty('amount');
    expect(job).not.toHaveProperty('subcontractorCost');
    expect(job.stamps).toEqual({ lines: S2 });
  });

  test.each([
    ['paid', '2026-03-06', 'invoiced'],
    ['paid', null, 'done'],
    ['disputed', '2026-03-06', 'invoiced'],
    ['written_off', null, 'done'],
    ['open', null, 'open'],
    ['done', null, 'done'],
    ['invoiced', '2026-03-06', 'invoiced'],
    ['cancelled', null, 'cancelled'],
  ])('marked %s (invoiced on %s) is %s', (status, invoicedOn, expected) => {
    const job = upgradedJob(v1Job({ status, invoicedOn }));
    expect(job.status).toBe(expected);
    expect(jobSchema.safeParse(job).success).toBe(true);
  });

  test('already of version 2 is left as it is', () => {
    const job = upgradedJob(v1Job({ status: 'paid' }));
    expect(upgradedJob(job)).toEqual(job);
  });
});

describe('a payment', () => {
  test('received: sent and received the same day, a payment, stamped as the day and state were', () => {
    const payment = paymentKeepsSentAndReceived(
      v1Payment(1, { stamps: { paidOn: S1, state: S2, direction: S1 } }),
    );
    expect(payment).toMatchObject({
      sentOn: '2026-03-20',
      receivedOn: '2026-03-20',
      purpose: 'payment',
    });
    expect(payment).not.toHaveProperty('paidOn');
    expect(payment).not.toHaveProperty('state');
    expect(payment.stamps).toEqual({ sentOn: S2, receivedOn: S2, direction: S1, purpose: S1 });
    expect(paymentSchema.safeParse(payment).success).toBe(true);
  });

  test('a cheque in the mail keeps its day as the day sent and is not received', () => {
    const payment = paymentKeepsSentAndReceived(v1Payment(1, { state: 'sent', method: 'cheque' }));
    expect(payment).toMatchObject({ sentOn: '2026-03-20', receivedOn: null });
  });

  test.each([
    ['me_to_client', 'goodwill'],
    ['sub_to_me', 'charge_back'],
    ['me_to_sub', 'payment'],
    ['client_to_me', 'payment'],
  ])('%s gets the purpose %s, one its direction allows', (direction, purpose) => {
    const payment = paymentKeepsSentAndReceived(v1Payment(1, { direction, allocations: [] }));
    expect(payment.purpose).toBe(purpose);
    expect(paymentSchema.safeParse(payment).success).toBe(true);
  });

  test('already of version 2 is left as it is', () => {
    const payment = paymentKeepsSentAndReceived(v1Payment(1));
    expect(paymentKeepsSentAndReceived(payment)).toBe(payment);
  });
});

test('a party gets late fees off and no document language; the settings empty owner’s details', () => {
  const party = partyGetsFeesAndLanguage({ id: CLIENT, name: 'Ada' });
  expect(party).toMatchObject({
    lateFeeKind: 'none',
    lateFeeFlat: 0,
    lateFeeRateBasisPoints: 0,
    lateFeeGraceDays: 0,
    documentLanguage: null,
  });
  expect(partyGetsFeesAndLanguage(party)).toBe(party);
  const settings = settingsGetOwnerDetails({ businessName: 'Harbour Roofing' });
  expect(settings).toMatchObject({
    businessName: 'Harbour Roofing',
    businessAddress: '',
    businessAddressChangedOn: null,
    businessEmail: '',
    businessPhone: '',
    paymentDetails: '',
  });
  expect(settingsGetOwnerDetails(settings)).toBe(settings);
  // Both shapes are checked in full by the fixtures' upgrades; here only that the keys exist.
  expect(Object.keys(partySchema.shape)).toEqual(
    expect.arrayContaining(Object.keys(party).filter((k) => k !== 'id' && k !== 'name')),
  );
  expect(Object.keys(settingsSchema.shape)).toEqual(expect.arrayContaining(Object.keys(settings)));
});

describe('a job marked written off or disputed', () => {
  test('written off: a write-off of what was still unpaid, counting only received money in its currency from live payments', () => {
    // $1,500 billed. Counted: $500 received. Not counted: a $200 cheque in the mail, a $300
    // payment deleted, €100 (another currency). Unpaid: 1,500 − 500 = $1,000.
    const payments = [
      v1Payment(1),
      v1Payment(2, {
        state: 'sent',
        amount: 20_000,
        allocations: [{ jobId: JOB, amount: 20_000 }],
      }),
      v1Payment(3, {
        deletedAt: AT,
        amount: 30_000,
        allocations: [{ jobId: JOB, amount: 30_000 }],
      }),
      v1Payment(4, {
        currency: 'EUR',
        amount: 10_000,
        allocations: [{ jobId: JOB, amount: 10_000 }],
      }),
    ];
    const job = v1Job({ status: 'written_off', stamps: { status: S2, amount: S1 } });
    const { writeOffs, disputes } = recordsFromV1Statuses([job], payments);
    expect(disputes).toEqual([]);
    expect(writeOffs).toEqual([
      {
        id: derivedId(JOB, 'v1-write-off'),
        createdAt: AT,
        updatedAt: AT,
        deletedAt: null,
        partyId: CLIENT,
        jobId: JOB,
        // The day of the status's stamp: 2026-04-11.
        on: '2026-04-11',
        amount: 100_000,
        currency: 'USD',
        note: '',
        stamps: { partyId: S2, jobId: S2, on: S2, amount: S2, currency: S2, note: S2 },
      },
    ]);
    expect(writeOffSchema.safeParse(writeOffs[0]).success).toBe(true);
  });

  test('written off but paid in full: no write-off', () => {
    const paid = v1Payment(1, { amount: 150_000, allocations: [{ jobId: JOB, amount: 150_000 }] });
    expect(recordsFromV1Statuses([v1Job({ status: 'written_off' })], [paid]).writeOffs).toEqual([]);
  });

  test('disputed: an open dispute for what was unpaid, with the problem note as its reason', () => {
    // $1,500 billed, $500 received: $1,000 questioned.
    const job = v1Job({ status: 'disputed', problemNote: 'Gutter left unfinished.' });
    const { disputes } = recordsFromV1Statuses([job], [v1Payment(1)]);
    expect(disputes).toMatchObject([
      {
        id: derivedId(JOB, 'v1-dispute'),
        jobId: JOB,
        partyId: CLIENT,
        raisedOn: '2026-04-10',
        amount: 100_000,
        reason: 'Gutter left unfinished.',
        resolvedOn: null,
        resolution: null,
      },
    ]);
    expect(disputeSchema.safeParse(disputes[0]).success).toBe(true);
  });

  test('disputed though paid in full: the dispute questions the whole bill', () => {
    const paid = v1Payment(1, { amount: 150_000, allocations: [{ jobId: JOB, amount: 150_000 }] });
    const { disputes } = recordsFromV1Statuses([v1Job({ status: 'disputed' })], [paid]);
    expect(disputes.map((d) => d.amount)).toEqual([150_000]);
  });

  test('dated no earlier than the job was ordered, and deleted with a deleted job', () => {
    const job = v1Job({
      status: 'written_off',
      orderedOn: '2026-05-01',
      doneOn: null,
      invoicedOn: null,
      deletedAt: AT,
      stamps: { status: S1, deletedAt: S3 },
    });
    const [writeOff] = recordsFromV1Statuses([job], []).writeOffs;
    expect(writeOff).toMatchObject({ on: '2026-05-01', amount: 150_000, deletedAt: AT });
    expect(writeOff!.stamps).toMatchObject({ deletedAt: S3 });
  });

  test('on every device the same record; its amount stamped by the newest of what it was read from', () => {
    // A device upgraded the job as it stood; the other, still on version 1, then took a $250
    // payment (stamped later) and sent its file. The file's write-off is smaller and its amount
    // newer, so the merge keeps it: 1,500 − 500 − 250 = $750.
    const job = v1Job({ status: 'written_off', stamps: { status: S1, amount: S1 } });
    const before = recordsFromV1Statuses([job], [v1Payment(1)]).writeOffs[0]!;
    const later = v1Payment(2, {
      amount: 25_000,
      allocations: [{ jobId: JOB, amount: 25_000 }],
      stamps: { paidOn: S3, state: S3, allocations: S3 },
    });
    const after = recordsFromV1Statuses([job], [v1Payment(1), later]).writeOffs[0]!;
    expect(after.id).toBe(before.id);
    expect([before.amount, after.amount]).toEqual([100_000, 75_000]);
    expect((before.stamps as Raw).amount).toBe(S1);
    expect((after.stamps as Raw).amount).toBe(S3);
    expect((after.stamps as Raw).on).toBe(S1);
  });
});

test('a derived id is a version 8 UUID, the same for the same job and purpose, different otherwise', () => {
  const id = derivedId(JOB, 'v1-write-off');
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(derivedId(JOB, 'v1-write-off')).toBe(id);
  expect(derivedId(JOB, 'v1-dispute')).not.toBe(id);
  expect(derivedId('00000000-0000-4000-8000-000000000002', 'v1-write-off')).not.toBe(id);
});
