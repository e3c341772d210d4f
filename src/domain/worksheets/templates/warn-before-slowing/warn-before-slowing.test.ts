import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../facts';
import {
  CLIENT_ID,
  SUB_ID,
  ledger,
  makeContact,
  makeJob,
  makeParty,
  makePayment,
  score,
  TEST_OWNER,
} from '../../test-ledger';

const unpaid = {
  side: 'they_owe_me',
  outstanding: 300000,
  overdueCount: 1,
  oldestDaysOverdue: 45,
  inTheMail: 0,
  remindersSinceDue: 2,
  warningsSinceDue: 0,
  openJobs: 1,
  termsNetDays: 30,
  addressConfirmedOn: '2025-06-01',
  addressAgeDays: 390,
};

describe('Warn before slowing down', () => {
  it('long overdue, twice reminded, terms in writing, nothing lost: warn with a deadline', () => {
    const answers = {
      paymentLost: 'no',
      addressChanged: 'no',
      termsAgreed: 'in_writing',
      dependence: 'some',
    };
    const result = score('warn_before_slowing', unpaid, answers);
    expect(result.option).toBe('warn');
    expect(result.actions.map((a) => a.key)).toEqual([
      'worksheets.warn_before_slowing.action.rewardAfter',
    ]);
  });

  it('never slows down without a warning first, however late', () => {
    const answers = {
      paymentLost: 'no',
      addressChanged: 'no',
      termsAgreed: 'in_writing',
      dependence: 'a_lot',
    };
    const veryLate = { ...unpaid, oldestDaysOverdue: 120, remindersSinceDue: 5 };
    expect(score('warn_before_slowing', veryLate, answers).option).toBe('warn');
    expect(score('warn_before_slowing', { ...veryLate, warningsSinceDue: 1 }, answers).option).toBe(
      'slow_down',
    );
  });

  it('you moved, terms were never agreed and cheques may be in the mail: check first', () => {
    const answers = {
      paymentLost: 'maybe',
      addressChanged: 'yes',
      termsAgreed: 'never',
      dependence: 'a_lot',
    };
    const result = score(
      'warn_before_slowing',
      { ...unpaid, oldestDaysOverdue: 30, remindersSinceDue: 0, inTheMail: 150000 },
      answers,
    );
    expect(result.option).toBe('check_first');
    expect(result.reasons[0]!.key).toBe('worksheets.warn_before_slowing.summary.maybeInTheMail');
    expect(result.actions.map((a) => a.key)).toEqual(
      expect.arrayContaining([
        'worksheets.warn_before_slowing.action.agreeTerms',
        'worksheets.warn_before_slowing.action.sendNewAddress',
      ]),
    );
  });

  it('ten days late and not yet reminded: a friendly reminder', () => {
    const answers = {
      paymentLost: 'no',
      addressChanged: 'no',
      termsAgreed: 'verbally',
      dependence: 'some',
    };
    const result = score(
      'warn_before_slowing',
      { ...unpaid, oldestDaysOverdue: 10, remindersSinceDue: 0 },
      answers,
    );
    expect(result.option).toBe('remind');
  });

  it('seen from the client side: if your payment may be lost, trace it; if not, pay', () => {
    const side = {
      side: 'i_owe_them',
      owedToThem: 80000,
      sentToThem: 80000,
      termsNetDays: 30,
      addressConfirmedOn: null,
      addressAgeDays: null,
    };
    const lost = score('warn_before_slowing', side, {
      myPaymentLost: 'maybe',
      termsAgreed: 'never',
    });
    expect(lost.option).toBe('trace_payment');
    expect(lost.reasons[0]!.key).toBe('worksheets.warn_before_slowing.summary.supplierSide');
    expect(lost.actions.map((a) => a.key)).toContain(
      'worksheets.warn_before_slowing.action.confirmTheirAddress',
    );
    const owed = score(
      'warn_before_slowing',
      { ...side, addressAgeDays: 10 },
      { myPaymentLost: 'no', termsAgreed: 'in_writing' },
    );
    expect(owed.option).toBe('pay_now');
  });

  it('reads what is owed, how late, what is in the mail and the reminders since it fell due', () => {
    const client = makeParty({ addressConfirmedOn: '2026-01-01', termsNetDays: 30 });
    const overdue = makeJob({ dueOn: '2026-05-01', amount: 300000 });
    const open = makeJob({ status: 'open', orderedOn: '2026-06-01', amount: 50000 });
    const payments = [
      makePayment('2026-06-20', [{ job: overdue, amount: 100000 }], { receivedOn: null }),
    ];
    const contacts = [
      makeContact('2026-04-20'),
      makeContact('2026-05-10'),
      makeContact('2026-06-01', { kind: 'warning_sent' }),
    ];
    const facts = deriveFacts(
      {
        templateId: 'warn_before_slowing',
        partyIds: [CLIENT_ID],
        jobIds: [overdue.id],
        currency: 'USD',
      },
      ledger({ parties: [client], jobs: [overdue, open], payments, contacts }),
      '2026-06-30',
      TEST_OWNER,
    );
    expect(facts.values).toEqual({
      side: 'they_owe_me',
      termsNetDays: 30,
      addressConfirmedOn: '2026-01-01',
      addressAgeDays: 180,
      outstanding: 300000,
      overdueCount: 1,
      oldestDaysOverdue: 60,
      inTheMail: 100000,
      remindersSinceDue: 1,
      warningsSinceDue: 1,
      openJobs: 1,
    });
  });

  it('for a subcontractor, reads what you owe them and what you sent', () => {
    const sub = makeParty({ id: SUB_ID, kind: 'subcontractor', name: 'Quick Crew' });
    const job = makeJob({ subcontractorId: SUB_ID, subcontractorCost: 80000 });
    const payments = [
      makePayment('2026-06-01', [], {
        direction: 'me_to_sub',
        partyId: SUB_ID,
        amount: 30000,
        receivedOn: null,
        allocations: [{ jobId: job.id, amount: 30000 }],
      }),
    ];
    const facts = deriveFacts(
      { templateId: 'warn_before_slowing', partyIds: [SUB_ID], jobIds: [], currency: 'USD' },
      ledger({ parties: [sub], jobs: [job], payments }),
      '2026-06-30',
      TEST_OWNER,
    );
    expect(facts.values).toMatchObject({
      side: 'i_owe_them',
      owedToThem: 80000,
      sentToThem: 30000,
      addressAgeDays: null,
    });
  });
});
