/**
 * Forgive or pursue? A client disputes or refuses a bill: is losing it worth saving the
 * relationship? Version 2 (issue 15) reads how they paid through the payer model (the share of
 * recent bills late beyond the grace days, and how late at worst), what they are worth through the
 * relationship's value (this bill left out, a short record shrunk, referrals once), and weighs not
 * the bill's face value but what pursuing it would likely bring in (amount × the chance of
 * collecting a bill that old) against that value.
 *
 * Forgiving is barred outright when the likely recovery is more than half of what the relationship
 * is worth over the next year: that value is revenue, not profit, so giving up more than half a
 * year of a client's business costs more than a year of the work earns at the margins of a small
 * trade, and no relationship argument makes it up. A partial credit is barred when the likely
 * recovery is more than a whole year of their business, unless the complaint holds (then a credit
 * is a fair settlement of work at fault, not goodwill). With nothing owed there is nothing to
 * decide: the one option left is to answer the complaint.
 */
import { TENURE_CURVE } from '../../tenure-curve';
import type { Condition, TemplateDef } from '../../types';

/** The likely recovery against the relationship's value, referrals counted once. */
const stakeRatio = {
  input: [{ fact: 'likelyRecovery' }],
  per: [{ fact: 'ownValueNextYear' }, { fact: 'referralRevenue' }],
} as const;

/** Forgiving gives up at most half a year of their likely business. */
export const FORGIVE_MAX_STAKE = 0.5;
/** A partial credit on goodwill alone gives up at most a year of it. */
export const CREDIT_MAX_STAKE = 1;
/** "Always paid" needs this many bills paid in the window, none late. */
export const ALWAYS_PAID_MIN_BILLS = 3;

const owed: Condition = { source: { fact: 'amountInDispute' }, op: 'gt', value: 0 };

export const forgiveOrPursue = {
  id: 'forgive_or_pursue',
  version: 2,
  facts: [
    { key: 'tenureMonths', kind: 'months' },
    { key: 'billsInWindow', kind: 'count' },
    { key: 'billsPaidInWindow', kind: 'count' },
    { key: 'billsLateInWindow', kind: 'count' },
    { key: 'worstDaysBeyondGrace', kind: 'days' },
    { key: 'complaintsBefore', kind: 'count' },
    { key: 'amountInDispute', kind: 'money' },
    { key: 'billDaysPastDue', kind: 'days' },
    { key: 'billCollectChance', kind: 'percent' },
    { key: 'likelyRecovery', kind: 'money' },
    { key: 'ownValueNextYear', kind: 'money' },
    { key: 'referralCount', kind: 'count' },
    { key: 'referralRevenue', kind: 'money' },
  ],
  questions: [
    {
      key: 'complaintValid',
      kind: 'choice',
      choices: ['yes', 'partly', 'no', 'unsure'],
      // The job's problem flags, where they say the work was at fault.
      initial: { fact: 'complaintOnRecord' },
    },
    {
      key: 'raisedWhen',
      kind: 'choice',
      choices: ['before_invoice', 'after_invoice', 'when_chased'],
      // The dispute or complaint recorded, timed against the bill and the reminders.
      initial: { fact: 'raisedOnRecord' },
    },
    {
      key: 'moreReferrals',
      kind: 'choice',
      choices: ['likely', 'maybe', 'unlikely'],
      initial: null,
    },
    { key: 'canAfford', kind: 'choice', choices: ['yes', 'no'], initial: null },
  ],
  factors: [
    {
      key: 'complaint',
      kind: 'choice',
      input: { answer: 'complaintValid' },
      values: { yes: 1, partly: 0.5, unsure: 0, no: -1 },
      weight: 3,
      whenMissing: 0,
      reasons: { for: 'complaintHolds', against: 'complaintFails' },
    },
    {
      key: 'stake',
      kind: 'ratio',
      ...stakeRatio,
      // Little next to a year of their business favours forgiving; as much or more, pursuing.
      curve: [
        [0, 1],
        [0.1, 0.6],
        [0.5, -0.2],
        [1, -1],
      ],
      weight: 3,
      whenMissing: 0,
      // Something over nothing (no record to value them by yet) is as far against as it goes.
      reasons: { for: 'recoverySmall', against: 'recoveryLarge' },
      when: [owed],
    },
    {
      key: 'lateShare',
      kind: 'ratio',
      input: [{ fact: 'billsLateInWindow' }],
      per: [{ fact: 'billsInWindow' }],
      // One bill in ten late is a slip; one in four, a habit; half, how they pay.
      curve: [
        [0, 1],
        [0.1, 0.5],
        [0.25, -0.2],
        [0.5, -1],
      ],
      weight: 2,
      whenMissing: 0,
      reasons: { for: 'paidOnTimeShare', against: 'paidLateShare' },
    },
    {
      key: 'lateSeverity',
      kind: 'curve',
      input: { fact: 'worstDaysBeyondGrace' },
      // A few days beyond the grace is a slip; a month, a problem; a quarter, money withheld.
      curve: [
        [0, 0],
        [10, -0.2],
        [30, -0.6],
        [90, -1],
      ],
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'neverVeryLate', against: 'paidVeryLate' },
    },
    {
      key: 'tenure',
      kind: 'curve',
      input: { fact: 'tenureMonths' },
      curve: TENURE_CURVE,
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'longTenure', against: 'newRelationship' },
    },
    {
      key: 'referralsMade',
      kind: 'curve',
      input: { fact: 'referralCount' },
      curve: [
        [0, -0.3],
        [1, 0.4],
        [3, 1],
      ],
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'referredPeople', against: 'noReferrals' },
    },
    {
      key: 'referralsAhead',
      kind: 'choice',
      input: { answer: 'moreReferrals' },
      values: { likely: 1, maybe: 0.2, unlikely: -0.5 },
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'referralsLikely', against: 'referralsUnlikely' },
    },
    {
      key: 'timing',
      kind: 'choice',
      input: { answer: 'raisedWhen' },
      values: { before_invoice: 1, after_invoice: 0, when_chased: -0.6 },
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'raisedEarly', against: 'raisedWhenChased' },
    },
    {
      key: 'complaintHistory',
      kind: 'curve',
      input: { fact: 'complaintsBefore' },
      curve: [
        [0, 0.5],
        [1, -0.2],
        [3, -1],
      ],
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'firstComplaint', against: 'grievancesBefore' },
    },
  ],
  options: ['answer_complaint', 'pursue', 'partial_credit', 'forgive', 'forgive_discount'],
  rules: [
    {
      option: 'answer_complaint',
      minScore: -100,
      when: [{ source: { fact: 'amountInDispute' }, op: 'lte', value: 0 }],
    },
    {
      option: 'forgive_discount',
      minScore: 55,
      when: [
        { source: { answer: 'canAfford' }, op: 'in', values: ['yes'] },
        { ratio: stakeRatio, op: 'lte', value: FORGIVE_MAX_STAKE },
      ],
    },
    {
      option: 'forgive',
      minScore: 25,
      when: [{ ratio: stakeRatio, op: 'lte', value: FORGIVE_MAX_STAKE }],
    },
    {
      option: 'partial_credit',
      minScore: -15,
      when: [{ ratio: stakeRatio, op: 'lte', value: CREDIT_MAX_STAKE }],
    },
    {
      option: 'partial_credit',
      minScore: -15,
      when: [{ source: { answer: 'complaintValid' }, op: 'in', values: ['yes', 'partly'] }],
    },
    { option: 'pursue', minScore: -100 },
  ],
  summaries: [
    { key: 'nothingOwed', when: [{ source: { fact: 'amountInDispute' }, op: 'lte', value: 0 }] },
    {
      key: 'greatCustomer',
      when: [
        { source: { fact: 'tenureMonths' }, op: 'gte', value: 12 },
        { source: { fact: 'billsPaidInWindow' }, op: 'gte', value: ALWAYS_PAID_MIN_BILLS },
        { source: { fact: 'billsLateInWindow' }, op: 'lte', value: 0 },
      ],
    },
    {
      key: 'latePattern',
      when: [
        { source: { fact: 'billsLateInWindow' }, op: 'gte', value: 2 },
        {
          ratio: { input: [{ fact: 'billsLateInWindow' }], per: [{ fact: 'billsInWindow' }] },
          op: 'gte',
          value: 0.5,
        },
      ],
    },
  ],
  actions: [
    {
      key: 'preventRepeat',
      when: [{ source: { answer: 'complaintValid' }, op: 'in', values: ['yes', 'partly'] }],
    },
    {
      key: 'investigate',
      when: [{ source: { answer: 'complaintValid' }, op: 'in', values: ['unsure'] }],
    },
  ],
  reviewAfterDays: {
    answer_complaint: 30,
    pursue: 14,
    partial_credit: 30,
    forgive: 90,
    forgive_discount: 90,
  },
  // At most eight: with the names (client, job, problems, subcontractor) a reason keeps twelve.
  reasonParams: [
    'amountInDispute',
    'likelyRecovery',
    'tenureMonths',
    'referralCount',
    'complaintsBefore',
    'billsInWindow',
    'billsLateInWindow',
    'worstDaysBeyondGrace',
  ],
} as const satisfies TemplateDef;
