import { describe, expect, it } from 'vitest';
import type { Credit, Job, Payment, WriteOff } from '../records';
import { jobBalances, type JobBalance } from './job-balance';
import {
  CLIENT_ID,
  DELETED,
  type JobShorthand,
  makeCredit,
  makeDispute,
  makeJob,
  makePayment,
  makeWriteOff,
  moneyOf,
} from './test-records';

function balanceOf(
  job: Job,
  payments: Payment[],
  asOf: string,
  rest: { credits?: Credit[]; writeOffs?: WriteOff[] } = {},
): JobBalance {
  const balance = jobBalances([job], moneyOf(payments, rest), asOf).get(job.id);
  if (balance === undefined) throw new Error('no balance for the job');
  return balance;
}

/** 1000.00 USD, invoiced 1 March 2026, due 31 March 2026. */
function marchJob(fields: Partial<Job> & JobShorthand = {}): Job {
  return makeJob({ invoicedOn: '2026-03-01', dueOn: '2026-03-31', amount: 100000, ...fields });
}

describe('jobBalances', () => {
  it('a job paid in two parts is settled on the day of the second part, 10 days late', () => {
    const job = marchJob();
    const payments = [
      makePayment('2026-03-20', [{ job, amount: 40000 }]),
      makePayment('2026-04-10', [{ job, amount: 60000 }]),
    ];
    expect(balanceOf(job, payments, '2026-04-30')).toEqual({
      jobId: job.id,
      clientId: CLIENT_ID,
      currency: 'USD',
      billed: 100000,
      credited: 0,
      writtenOff: 0,
      paid: 100000,
      sent: 0,
      refunded: 0,
      paidToClient: 0,
      depositAsked: 0,
      depositPaid: 0,
      outstanding: 0,
      inDispute: 0,
      // Nothing is owed once settled, so no due date is shown any more.
      dueOn: null,
      fallsDueOn: '2026-03-31',
      settledOn: '2026-04-10',
      settledBy: 'payment',
      daysLate: 10,
      daysOverdue: 0,
    });
  });

  it('between the two parts the job owes the rest and is overdue', () => {
    const job = marchJob();
    const payments = [
      makePayment('2026-03-20', [{ job, amount: 40000 }]),
      makePayment('2026-04-10', [{ job, amount: 60000 }]),
    ];
    expect(balanceOf(job, payments, '2026-04-05')).toMatchObject({
      paid: 40000,
      outstanding: 60000,
      settledOn: null,
      daysLate: null,
      daysOverdue: 5,
    });
  });

  it('the order the payments are listed in does not change the settlement day', () => {
    const job = marchJob();
    const payments = [
      makePayment('2026-04-10', [{ job, amount: 60000 }]),
      makePayment('2026-03-20', [{ job, amount: 40000 }]),
    ];
    expect(balanceOf(job, payments, '2026-04-30').settledOn).toBe('2026-04-10');
  });

  it('a job paid before its due date is 0 days late, not early', () => {
    const job = marchJob();
    const payments = [makePayment('2026-03-25', [{ job, amount: 100000 }])];
    expect(balanceOf(job, payments, '2026-04-30')).toMatchObject({
      settledOn: '2026-03-25',
      daysLate: 0,
      outstanding: 0,
    });
  });

  it('a job never paid owes its full amount and counts the days since it fell due', () => {
    const job = makeJob({ invoicedOn: '2026-01-01', dueOn: '2026-01-01', amount: 100000 });
    // 30 days to 31 January, 28 more to 28 February, 15 more to 15 March.
    expect(balanceOf(job, [], '2026-03-15')).toMatchObject({
      billed: 100000,
      paid: 0,
      outstanding: 100000,
      settledOn: null,
      daysLate: null,
      daysOverdue: 73,
    });
  });

  it('a job not yet due is owed but not overdue', () => {
    expect(balanceOf(marchJob(), [], '2026-03-31')).toMatchObject({
      outstanding: 100000,
      daysOverdue: 0,
    });
  });

  it('a cheque only sent shows as sent and does not reduce what is owed', () => {
    const job = marchJob();
    const payments = [makePayment('2026-03-28', [{ job, amount: 100000 }], { receivedOn: null })];
    expect(balanceOf(job, payments, '2026-04-10')).toMatchObject({
      paid: 0,
      sent: 100000,
      outstanding: 100000,
      settledOn: null,
      daysOverdue: 10,
    });
  });

  it('one payment split across two jobs pays each its own share', () => {
    const a = marchJob({ amount: 100000 });
    const b = marchJob({ amount: 80000 });
    const payments = [
      makePayment('2026-03-30', [
        { job: a, amount: 100000 },
        { job: b, amount: 50000 },
      ]),
    ];
    const balances = jobBalances([a, b], moneyOf(payments), '2026-04-15');
    expect(balances.get(a.id)).toMatchObject({ paid: 100000, outstanding: 0, daysLate: 0 });
    expect(balances.get(b.id)).toMatchObject({
      paid: 50000,
      outstanding: 30000,
      settledOn: null,
      daysOverdue: 15,
    });
  });

  it('a deleted payment is ignored', () => {
    const job = marchJob();
    const payments = [makePayment('2026-03-20', [{ job, amount: 100000 }], { deletedAt: DELETED })];
    expect(balanceOf(job, payments, '2026-04-01')).toMatchObject({
      paid: 0,
      outstanding: 100000,
      settledOn: null,
    });
  });

  it('a deleted job has no balance', () => {
    const job = marchJob({ deletedAt: DELETED });
    expect(jobBalances([job], moneyOf([]), '2026-04-01').has(job.id)).toBe(false);
  });

  it('a written-off job is never overdue: the write-off settles what was unpaid', () => {
    const job = marchJob();
    const payments = [makePayment('2026-03-20', [{ job, amount: 25000 }])];
    // 1000.00 billed − 250.00 paid = 750.00 written off on 1 May, a month after it fell due.
    const writeOffs = [makeWriteOff('2026-05-01', job, 75000)];
    expect(balanceOf(job, payments, '2026-06-01', { writeOffs })).toMatchObject({
      billed: 100000,
      paid: 25000,
      writtenOff: 75000,
      credited: 0,
      outstanding: 0,
      dueOn: null,
      settledOn: '2026-05-01',
      settledBy: 'write_off',
      daysLate: null,
      daysOverdue: 0,
    });
  });

  it('a $500 credit on a $1,500 job paid $1,000 on time is settled and never overdue', () => {
    const job = marchJob({ amount: 150000 });
    const payments = [makePayment('2026-03-25', [{ job, amount: 100000 }])];
    // Billed 1500.00 stays billed; 1500.00 − 500.00 credit − 1000.00 paid = 0 owed. The credit on
    // 10 April closes the bill; the job was not paid late, it was let off.
    const credits = [makeCredit('2026-04-10', job, 50000, { reason: 'dispute_settled' })];
    const balance = balanceOf(job, payments, '2026-06-01', { credits });
    expect(balance).toMatchObject({
      billed: 150000,
      credited: 50000,
      paid: 100000,
      outstanding: 0,
      settledOn: '2026-04-10',
      settledBy: 'credit',
      // Their 1000.00 came on 25 March, before the 31 March due date: not a late payer.
      daysLate: 0,
      daysOverdue: 0,
    });
  });

  it('a job closed by a credit after a late part payment counts the days late of that payment', () => {
    const job = marchJob({ amount: 150000 });
    const payments = [makePayment('2026-04-20', [{ job, amount: 100000 }])];
    const credits = [makeCredit('2026-05-02', job, 50000, { reason: 'dispute_settled' })];
    // Paid 20 April, 20 days after the 31 March due date.
    expect(balanceOf(job, payments, '2026-06-01', { credits })).toMatchObject({
      settledBy: 'credit',
      daysLate: 20,
    });
  });

  it('a job credited in full is never late', () => {
    const job = marchJob();
    const credits = [makeCredit('2026-05-02', job, 100000)];
    expect(balanceOf(job, [], '2026-06-01', { credits })).toMatchObject({
      outstanding: 0,
      settledBy: 'credit',
      daysLate: 0,
      daysOverdue: 0,
    });
  });

  it('a 5-unit job at $75 with 2 done by the client and 3 late bills $375 and owes $375 until credited', () => {
    const job = marchJob({
      lines: [
        {
          description: 'Field orders',
          quantity: 5,
          unit: 'order',
          unitPrice: 7500,
          subcontractorUnitCost: 0,
          late: 3,
          doneByClient: 2,
          notDone: 0,
        },
      ],
    });
    // 5 × 75.00 = 375.00 billed: what happened to the units does not change the bill.
    expect(balanceOf(job, [], '2026-04-10')).toMatchObject({
      billed: 37500,
      outstanding: 37500,
      daysOverdue: 10,
    });
    // Crediting the 2 the client did (2 × 75.00 = 150.00) leaves 225.00 owed.
    const credits = [makeCredit('2026-04-12', job, 15000)];
    expect(balanceOf(job, [], '2026-04-15', { credits })).toMatchObject({
      billed: 37500,
      credited: 15000,
      outstanding: 22500,
    });
  });

  it('a waived late fee does not touch the bill', () => {
    const job = marchJob();
    const credits = [makeCredit('2026-04-12', job, 2500, { reason: 'late_fee_waived' })];
    expect(balanceOf(job, [], '2026-04-15', { credits })).toMatchObject({
      credited: 0,
      outstanding: 100000,
    });
  });

  it('an open dispute marks what it questions of what is owed', () => {
    const job = marchJob();
    const disputes = [makeDispute('2026-04-02', job, 40000)];
    const balance = jobBalances([job], moneyOf([], { disputes }), '2026-04-15').get(job.id);
    expect(balance).toMatchObject({ outstanding: 100000, inDispute: 40000 });
  });

  it('a cancelled job is not billed, and a deposit on it does not settle it', () => {
    const job = makeJob({ status: 'cancelled', amount: 100000 });
    const payments = [makePayment('2026-01-02', [{ job, amount: 20000 }])];
    expect(balanceOf(job, payments, '2026-03-01')).toMatchObject({
      billed: 0,
      paid: 20000,
      outstanding: 0,
      dueOn: null,
      settledOn: null,
      daysLate: null,
      daysOverdue: 0,
    });
  });

  it('a payment in another currency is not counted toward the job', () => {
    const job = marchJob();
    const payments = [makePayment('2026-03-20', [{ job, amount: 100000 }], { currency: 'EUR' })];
    expect(balanceOf(job, payments, '2026-04-01')).toMatchObject({
      currency: 'USD',
      paid: 0,
      outstanding: 100000,
    });
  });

  it('a refund to the client is shown apart and does not undo the payment', () => {
    const job = marchJob();
    const payments = [
      makePayment('2026-03-20', [{ job, amount: 100000 }]),
      makePayment('2026-04-02', [{ job, amount: 10000 }], {
        direction: 'me_to_client',
        purpose: 'refund',
      }),
    ];
    expect(balanceOf(job, payments, '2026-04-30')).toMatchObject({
      paid: 100000,
      refunded: 10000,
      outstanding: 0,
      settledOn: '2026-03-20',
    });
  });

  it('payments to and from a subcontractor do not touch the client balance', () => {
    const job = marchJob();
    const payments = [
      makePayment('2026-03-20', [{ job, amount: 30000 }], { direction: 'me_to_sub' }),
      makePayment('2026-03-21', [{ job, amount: 5000 }], {
        direction: 'sub_to_me',
        purpose: 'charge_back',
      }),
    ];
    expect(balanceOf(job, payments, '2026-04-30')).toMatchObject({
      paid: 0,
      refunded: 0,
      outstanding: 100000,
    });
  });

  it('a payment dated after the as-of day is not counted yet', () => {
    const job = marchJob();
    const payments = [makePayment('2026-04-10', [{ job, amount: 100000 }])];
    expect(balanceOf(job, payments, '2026-04-09')).toMatchObject({
      paid: 0,
      outstanding: 100000,
      settledOn: null,
      daysOverdue: 9,
    });
  });

  it('an overpaid job is settled by the payment that first covered the bill', () => {
    const job = marchJob({ amount: 50000 });
    const payments = [
      makePayment('2026-03-01', [{ job, amount: 30000 }]),
      makePayment('2026-03-05', [{ job, amount: 30000 }]),
    ];
    expect(balanceOf(job, payments, '2026-04-01')).toMatchObject({
      paid: 60000,
      outstanding: 0,
      settledOn: '2026-03-05',
      daysLate: 0,
    });
  });

  it('a job invoiced after the as-of day is not billed yet', () => {
    const job = marchJob();
    expect(balanceOf(job, [], '2026-02-28')).toMatchObject({
      billed: 0,
      outstanding: 0,
      daysOverdue: 0,
    });
  });

  it('an open job with a deposit paid is not billed and owes nothing yet', () => {
    const job = makeJob({ status: 'open', amount: 100000 });
    const payments = [makePayment('2026-01-02', [{ job, amount: 30000 }])];
    expect(balanceOf(job, payments, '2026-03-01')).toMatchObject({
      billed: 0,
      paid: 30000,
      outstanding: 0,
      settledOn: null,
    });
  });

  it('once the job is billed, the earlier deposit counts toward settling it', () => {
    const job = makeJob({ status: 'invoiced', invoicedOn: '2026-02-01', amount: 100000 });
    const payments = [
      makePayment('2026-01-02', [{ job, amount: 30000 }]),
      makePayment('2026-02-20', [{ job, amount: 70000 }]),
    ];
    // Due 30 days after 1 February: 3 March, so 20 February is on time.
    expect(balanceOf(job, payments, '2026-03-10')).toMatchObject({
      paid: 100000,
      dueOn: null,
      settledOn: '2026-02-20',
      daysLate: 0,
    });
  });

  it('the same records asked about the same day share one answer, and new records get a new one', () => {
    const job = marchJob();
    const jobs = [job];
    const money = moneyOf([makePayment('2026-03-20', [{ job, amount: 40000 }])]);
    const first = jobBalances(jobs, money, '2026-04-30');
    expect(jobBalances(jobs, money, '2026-04-30')).toBe(first);
    expect(jobBalances(jobs, money, '2026-03-10')).not.toBe(first);
    expect(jobBalances(jobs, money, '2026-03-10').get(job.id)?.paid).toBe(0);

    // A change gives new arrays (as a live query does): the answer follows the records.
    const more = [...money.payments, makePayment('2026-04-10', [{ job, amount: 60000 }])];
    expect(jobBalances(jobs, moneyOf(more), '2026-04-30').get(job.id)?.settledOn).toBe(
      '2026-04-10',
    );
    expect(first.get(job.id)?.settledOn).toBeNull();
  });

  it('a subset of the jobs gets the same balances as the whole ledger gives them', () => {
    const a = marchJob();
    const b = marchJob({ amount: 50000 });
    const payments = [
      makePayment('2026-04-05', [
        { job: a, amount: 100000 },
        { job: b, amount: 20000 },
      ]),
    ];
    const whole = jobBalances([a, b], moneyOf(payments), '2026-04-30');
    expect(jobBalances([b], moneyOf(payments), '2026-04-30').get(b.id)).toEqual(whole.get(b.id));
  });
});
