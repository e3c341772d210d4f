/**
 * "Great customer, bad debt" (sources/002) and its contrasts, built as records: the loyal,
 * referring client who refuses a $1,500 bill when chased; the same client with no case; a client of
 * two months whose only job is the one in dispute; a dispute hundreds of times a year of their
 * business; a bill with nothing left owing. Every figure below is worked out by hand in comments.
 */
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../dates';
import { makeDispute } from '../../../metrics/test-records';
import { newWorksheet, type Dispute, type Job, type Scalar } from '../../../records';
import { planEffects } from '../../effects';
import { evaluateWorksheet } from '../../evaluate';
import { deriveFacts, type Ledger } from '../../facts';
import {
  CLIENT_ID,
  ledger,
  makeContact,
  makeJob,
  makeParty,
  makePayment,
  testId,
  TEST_OWNER,
} from '../../test-ledger';
import { moneySides } from './screen';

const AS_OF = '2026-07-01';
const R = 'worksheets.forgive_or_pursue';

function worksheet(job: Job, answers: Record<string, Scalar> = {}, option: string | null = null) {
  return {
    ...newWorksheet('forgive_or_pursue', 2, [CLIENT_ID], [job.id], 'USD'),
    answers,
    decision: { option, decidedOn: null, note: '' },
  };
}

function run(records: Ledger, job: Job, answers: Record<string, Scalar>, option?: string) {
  const ws = worksheet(job, answers, option ?? null);
  const derived = deriveFacts(ws, records, AS_OF, TEST_OWNER);
  const evaluation = evaluateWorksheet(ws, derived);
  const party = records.parties.find((p) => p.id === CLIENT_ID)!;
  const effects = planEffects(
    ws,
    evaluation,
    {
      party,
      job,
      subcontractor: undefined,
      disputes: records.disputes.filter((d) => d.jobId === job.id),
    },
    AS_OF,
    'ref',
  );
  return { derived, evaluation, result: evaluation.result, effects };
}

/**
 * Five years (since 2021-07-01): a $500 job on the 2nd of every month, net 14, paid ten days after
 * the bill — sixty bills, none late. Three people they referred, each billed $1,000 this year.
 * The $1,500 "Kitchen repaint" billed 2026-05-20 (due 2026-06-03) is refused: a reminder on
 * 2026-06-10, and only then, on 2026-06-12, the complaint and the dispute.
 */
function greatCustomer(disputed = 150000) {
  const client = makeParty({ relationshipStart: '2021-07-01' });
  const jobs: Job[] = [];
  const payments = [];
  for (let i = 0; i < 60; i++) {
    const on = addMonths('2021-07-02', i);
    const job = makeJob({
      id: testId(2000 + i),
      orderedOn: on,
      doneOn: on,
      invoicedOn: on,
      termsNetDays: 14,
      amount: 50000,
    });
    jobs.push(job);
    payments.push(makePayment(addMonths('2021-07-12', i), [{ job, amount: 50000 }]));
  }
  const referred = [21, 22, 23].map((n) =>
    makeParty({ id: testId(n), name: `Friend ${n}`, referredById: CLIENT_ID }),
  );
  const referredJobs = referred.map((p) =>
    makeJob({ clientId: p.id, orderedOn: '2026-02-02', invoicedOn: '2026-02-02', amount: 100000 }),
  );
  const kitchen = makeJob({
    title: 'Kitchen repaint',
    orderedOn: '2026-05-10',
    doneOn: '2026-05-20',
    invoicedOn: '2026-05-20',
    termsNetDays: 14,
    amount: disputed,
  });
  const dispute = makeDispute('2026-06-12', kitchen, disputed, { reason: 'Had it redone' });
  const records = ledger({
    parties: [client, ...referred],
    jobs: [...jobs, ...referredJobs, kitchen],
    payments,
    disputes: [dispute],
    contacts: [
      makeContact('2026-06-10', { jobId: kitchen.id }),
      makeContact('2026-06-12', { kind: 'complaint', initiatedBy: 'them', jobId: kitchen.id }),
    ],
  });
  return { records, kitchen, dispute };
}

const article = {
  complaintValid: 'yes',
  moreReferrals: 'likely',
  canAfford: 'yes',
};

describe('Forgive or pursue? The great customer with a bad debt', () => {
  it('reads the six questions from the records: tenure, the payer model, the value with this bill left out, the likely recovery', () => {
    const { records, kitchen } = greatCustomer();
    const { derived } = run(records, kitchen, {});
    expect(derived.values).toMatchObject({
      tenureMonths: 60,
      // Due in the last twelve months: the twelve bills from 2025-07-02 on; none late.
      billsInWindow: 12,
      billsPaidInWindow: 12,
      billsLateInWindow: 0,
      worstDaysBeyondGrace: 0,
      complaintsBefore: 0,
      amountInDispute: 150000,
      // Due 2026-06-03, 28 days ago: 1 − 28 / 91.3125 × 0.28 = 0.914 → 91%; 1,500 × 91% = 1,365.
      billDaysPastDue: 28,
      billCollectChance: 91,
      likelyRecovery: 136500,
      // Pace 12 × 500 = 6,000; prior 60 × 500 × 12 / 60 = 6,000; so 6,000 whatever the weight.
      ownValueNextYear: 600000,
      referralCount: 3,
      referralRevenue: 300000,
      // A reminder on 06-10 came before the dispute on 06-12, after the due date.
      raisedOnRecord: 'when_chased',
      complaintOnRecord: null,
    });
    expect(derived.sources.billsInWindow).toEqual({
      key: 'worksheets.source.forgiveWindowMonths',
      params: { months: 12, grace: 5 },
    });
    expect(derived.sources.ownValueNextYear).toEqual({
      key: 'worksheets.source.forgiveValue',
      params: { count: 60, sure: { key: `${R}.confidence.high` } },
    });
    expect(derived.sources.billCollectChance).toEqual({
      key: 'worksheets.source.forgiveChance',
      params: { site: 'ccicollects.com' },
    });
    expect(derived.sources.raisedOnRecord).toEqual({
      key: 'worksheets.source.forgiveRaisedDispute',
      params: { day: { day: '2026-06-12' } },
    });
  });

  it('with a valid complaint: forgive, with a one-time discount if affordable; the dispute is closed by the credit', () => {
    const { records, kitchen, dispute } = greatCustomer();
    const { result, evaluation, effects } = run(records, kitchen, article);
    // Stake 1,365 / (6,000 + 3,000) = 0.1517 → 0.6 − 0.0517 / 0.4 × 0.8 = 0.4967.
    // (3 + 3 × 0.4967 + 2 × 1 + 0 + 1 + 1 + 1 − 0.6 + 0.5) / 14 × 100 = 67.07.
    expect(result.option).toBe('forgive_discount');
    expect(result.score).toBeCloseTo(67.07, 1);
    expect(evaluation.answers.raisedWhen).toBe('when_chased');
    expect(result.reasons.map((r) => r.key)).toEqual([
      `${R}.summary.greatCustomer`,
      `${R}.reason.complaintHolds`,
      `${R}.reason.paidOnTimeShare`,
      `${R}.reason.recoverySmall`,
      `${R}.reason.referralsLikely`,
    ]);
    expect(result.reasons[0]!.params).toEqual({
      name: 'Acme Bakery',
      job: 'Kitchen repaint',
      amountInDispute: { minor: 150000, currency: 'USD' },
      likelyRecovery: { minor: 136500, currency: 'USD' },
      tenureMonths: 60,
      referralCount: 3,
      complaintsBefore: 0,
      billsInWindow: 12,
      billsLateInWindow: 0,
      worstDaysBeyondGrace: 0,
    });
    expect(result.actions.map((a) => a.key)).toEqual([`${R}.action.preventRepeat`]);
    expect(moneySides(evaluation)).toEqual({
      left: {
        heading: 'worksheets.side.atStake',
        rows: [
          { key: 'amountInDispute', minor: 150000 },
          { key: 'likelyRecovery', minor: 136500 },
        ],
      },
      right: {
        heading: 'worksheets.side.relationship',
        rows: [
          { key: 'ownValueNextYear', minor: 600000 },
          { key: 'referralsLastYear', minor: 300000 },
        ],
      },
    });
    expect(effects.map((e) => e.effect)).toEqual([
      'credit',
      'resolve_dispute',
      'discount_note',
      'note_contact',
    ]);
    expect(effects[0]).toMatchObject({
      table: 'credits',
      create: { jobId: kitchen.id, amount: 150000, reason: 'goodwill', on: AS_OF },
    });
    expect(effects[1]).toMatchObject({
      table: 'disputes',
      id: dispute.id,
      patch: { resolvedOn: AS_OF, resolution: 'credited' },
      summary: {
        key: 'worksheets.effect.resolve_dispute',
        params: {
          job: 'Kitchen repaint',
          amount: { minor: 150000, currency: 'USD' },
          how: { key: 'worksheets.resolution.credited' },
        },
      },
    });
    // Without the money for a discount, forgiving is still the advice.
    expect(run(records, kitchen, { ...article, canAfford: 'no' }).result.option).toBe('forgive');
  });

  it('when the complaint does not hold up: meet them partway rather than lose them', () => {
    const { records, kitchen } = greatCustomer();
    const { result, effects } = run(records, kitchen, { ...article, complaintValid: 'no' });
    // (−3 + 1.49 + 2 + 3 − 0.6 + 0.5) / 14 × 100 = 24.21: below forgiving (25).
    expect(result.score).toBeCloseTo(24.21, 1);
    expect(result.option).toBe('partial_credit');
    expect(result.reasons.map((r) => r.key)).toContain(`${R}.reason.complaintFails`);
    expect(effects.map((e) => e.effect)).toEqual(['credit', 'resolve_dispute', 'note_contact']);
    expect(effects[0]).toMatchObject({ create: { amount: 75000, reason: 'dispute_settled' } });
  });

  it('pursuing writes a reminder and leaves the dispute open', () => {
    const { records, kitchen } = greatCustomer();
    const { effects } = run(records, kitchen, article, 'pursue');
    expect(effects.map((e) => e.effect)).toEqual(['reminder_contact']);
    expect(effects[0]).toMatchObject({ table: 'contacts', create: { kind: 'reminder_sent' } });
  });
});

/**
 * A client of two months (since 2026-05-01) whose one job, $1,500 billed 2026-05-10 net 14 (due
 * 05-24), is the one in dispute; chased on 06-01, complaint on 06-05.
 */
function newClient(problems: Job['problems'] = []) {
  const client = makeParty({ relationshipStart: '2026-05-01' });
  const job = makeJob({
    title: 'Fence',
    orderedOn: '2026-05-01',
    doneOn: '2026-05-10',
    invoicedOn: '2026-05-10',
    termsNetDays: 14,
    amount: 150000,
    problems,
  });
  const records = ledger({
    parties: [client],
    jobs: [job],
    contacts: [
      makeContact('2026-06-01', { jobId: job.id }),
      makeContact('2026-06-05', { kind: 'complaint', initiatedBy: 'them', jobId: job.id }),
    ],
  });
  return { records, job };
}

describe('Forgive or pursue? A new client whose only job is the one in dispute', () => {
  const answers = { complaintValid: 'unsure', moreReferrals: 'unlikely', canAfford: 'yes' };

  it('is worth nothing yet on their record, so the bill is all there is to weigh: pursue', () => {
    const { records, job } = newClient();
    const { derived, result, evaluation, effects } = run(records, job, answers);
    expect(derived.values).toMatchObject({
      tenureMonths: 2,
      billsInWindow: 0,
      worstDaysBeyondGrace: null,
      // Due 05-24, 38 days: 1 − 38 / 91.3125 × 0.28 = 0.883 → 88%; 1,500 × 88% = 1,320.
      billDaysPastDue: 38,
      billCollectChance: 88,
      likelyRecovery: 132000,
      // The one job left out: no pace, no prior — not a year of $1,500.
      ownValueNextYear: 0,
      referralRevenue: 0,
    });
    expect(derived.sources.ownValueNextYear).toEqual({
      key: 'worksheets.source.forgiveValue',
      params: { count: 2, sure: { key: `${R}.confidence.low` } },
    });
    // (0 − 3 + 0 + 0 − 1/3 − 0.3 − 0.5 − 0.6 + 0.5) / 14 × 100 = −30.24.
    expect(result.score).toBeCloseTo(-30.24, 1);
    expect(result.option).toBe('pursue');
    // Anything owed is a lot next to a relationship their record does not yet value: stake −1.
    expect(result.factors.find((f) => f.key === 'stake')).toMatchObject({ input: null, value: -1 });
    expect(result.reasons.map((r) => r.key)).toEqual([
      `${R}.reason.recoveryLarge`,
      `${R}.reason.raisedWhenChased`,
      `${R}.reason.firstComplaint`,
      `${R}.reason.referralsUnlikely`,
    ]);
    expect(moneySides(evaluation).right.rows).toEqual([
      { key: 'ownValueNextYear', minor: 0 },
      { key: 'referralsLastYear', minor: 0 },
    ]);
    expect(effects.map((e) => e.effect)).toEqual(['reminder_contact']);
  });

  it('with the work at fault on the job’s own record, a partial credit at most: a fair settlement, not goodwill', () => {
    const { records, job } = newClient(['done_badly']);
    const { derived, evaluation, result } = run(records, job, {
      moreReferrals: 'unlikely',
      canAfford: 'yes',
    });
    expect(derived.values.complaintOnRecord).toBe('yes');
    expect(derived.sources.complaintOnRecord).toEqual({
      key: 'worksheets.source.forgiveProblems',
      params: { job: 'Fence' },
    });
    expect(evaluation.answers.complaintValid).toBe('yes');
    // (3 − 4.2333) / 14 × 100 = −8.81: above −15, and the complaint holds.
    expect(result.score).toBeCloseTo(-8.81, 1);
    expect(result.option).toBe('partial_credit');
    // The owner can still say otherwise.
    expect(
      run(records, job, { complaintValid: 'no', moreReferrals: 'unlikely' }).result.option,
    ).toBe('pursue');
  });
});

/**
 * Since 2021-07-01, one $100 job a year (2021-07-02 … 2025-07-02), paid on time: worth $100 a
 * year. Then a $30,000 bill, billed 2026-06-20 and not yet due, complained of before the bill.
 */
function smallClientHugeBill(amount: number) {
  const client = makeParty({ relationshipStart: '2021-07-01' });
  const jobs = [0, 1, 2, 3, 4].map((i) =>
    makeJob({
      id: testId(3000 + i),
      orderedOn: addMonths('2021-07-02', 12 * i),
      invoicedOn: addMonths('2021-07-02', 12 * i),
      termsNetDays: 14,
      amount: 10000,
    }),
  );
  const payments = jobs.map((job) => makePayment(job.invoicedOn!, [{ job, amount: 10000 }]));
  const big = makeJob({
    title: 'Warehouse',
    orderedOn: '2026-06-01',
    invoicedOn: '2026-06-20',
    termsNetDays: 14,
    amount,
  });
  const records = ledger({
    parties: [client],
    jobs: [...jobs, big],
    payments,
    contacts: [
      makeContact('2026-06-15', { kind: 'complaint', initiatedBy: 'them', jobId: big.id }),
    ],
  });
  return { records, big };
}

describe('Forgive or pursue? Size against worth', () => {
  const answers = { complaintValid: 'yes', moreReferrals: 'likely', canAfford: 'yes' };

  it('a dispute three hundred times a year of their business is never forgiven, whatever the score', () => {
    const { records, big } = smallClientHugeBill(3_000_000);
    const { derived, result } = run(records, big, answers);
    expect(derived.values).toMatchObject({
      ownValueNextYear: 10000,
      billDaysPastDue: 0,
      billCollectChance: 100,
      likelyRecovery: 3_000_000,
      raisedOnRecord: 'before_invoice',
      billsInWindow: 5,
    });
    // Stake 300 → −1: (3 − 3 + 2 + 0 + 1 − 0.3 + 1 + 1 + 0.5) / 14 × 100 = 37.14, forgiving's score.
    expect(result.score).toBeCloseTo(37.14, 1);
    // But forgiving would give up three hundred years of their business: the complaint holds, so
    // a credit settles it, no more.
    expect(result.option).toBe('partial_credit');
    expect(result.reasons.map((r) => r.key)).toContain(`${R}.reason.recoveryLarge`);
  });

  it('the same client with a $40 dispute: forgive, with the discount', () => {
    const { records, big } = smallClientHugeBill(4000);
    const { result } = run(records, big, answers);
    // Stake 0.4 → 0.6 − 0.3 / 0.4 × 0.8 = 0: (3 + 0 + 2 + 1 − 0.3 + 1 + 1 + 0.5) / 14 × 100 = 58.57.
    expect(result.score).toBeCloseTo(58.57, 1);
    expect(result.option).toBe('forgive_discount');
  });
});

describe('Forgive or pursue? Nothing owed', () => {
  it('a bill paid in full that they complain about: nothing to forgive or pursue, only the complaint to answer', () => {
    const { records, kitchen } = greatCustomer();
    const paid = {
      ...records,
      payments: [
        ...records.payments,
        makePayment('2026-06-20', [{ job: kitchen, amount: 150000 }]),
      ],
    };
    const { result, evaluation, effects } = run(paid, kitchen, article);
    expect(evaluation.facts.amountInDispute).toBe(0);
    expect(evaluation.facts.likelyRecovery).toBe(0);
    expect(result.option).toBe('answer_complaint');
    expect(result.reasons[0]!.key).toBe(`${R}.summary.nothingOwed`);
    expect(result.factors.map((f) => f.key)).not.toContain('stake');
    expect(effects.map((e) => e.effect)).toEqual(['note_contact']);
  });
});

describe('Forgive or pursue? When it was raised, from the records', () => {
  it('before the bill, after it on their own, or only once chased — and nothing said when nothing is recorded', () => {
    const { records, job } = newClient();
    const base = (contacts: ReturnType<typeof makeContact>[], disputes: Dispute[] = []) =>
      run({ ...records, contacts, disputes }, job, {}).derived;
    const complaint = (on: string) =>
      makeContact(on, { kind: 'complaint', initiatedBy: 'them', jobId: job.id });
    expect(base([complaint('2026-05-08')]).values.raisedOnRecord).toBe('before_invoice');
    expect(base([complaint('2026-05-20')]).values.raisedOnRecord).toBe('after_invoice');
    expect(base([complaint('2026-06-20')]).values.raisedOnRecord).toBe('after_invoice');
    expect(
      base([makeContact('2026-06-01', { jobId: job.id }), complaint('2026-06-20')]).values
        .raisedOnRecord,
    ).toBe('when_chased');
    // A dispute recorded earlier than the complaint is when it was raised.
    const early = base([complaint('2026-06-20')], [makeDispute('2026-05-12', job, 150000)]);
    expect(early.values.raisedOnRecord).toBe('after_invoice');
    expect(early.sources.raisedOnRecord).toEqual({
      key: 'worksheets.source.forgiveRaisedDispute',
      params: { day: { day: '2026-05-12' } },
    });
    const none = base([]);
    expect(none.values.raisedOnRecord).toBeNull();
    expect(none.sources.raisedOnRecord).toEqual({
      key: 'worksheets.source.forgiveNothingRecorded',
      params: {},
    });
  });

  it('the job’s problems: at fault → yes, late or redone by the client → partly, a bare complaint → no answer', () => {
    const answer = (problems: Job['problems']) => {
      const { records, job } = newClient(problems);
      return run(records, job, {}).derived.values.complaintOnRecord;
    };
    expect(answer(['subcontractor_fault'])).toBe('yes');
    expect(answer(['late', 'not_done'])).toBe('yes');
    expect(answer(['redone_by_client'])).toBe('partly');
    expect(answer(['late'])).toBe('partly');
    expect(answer(['complaint'])).toBeNull();
  });
});
