/**
 * Version 1 of "Forgive or pursue?", frozen: a worksheet decided under it is shown by it (its
 * factors, facts and reasons as decided). Never edit: a change of judgement is a new version.
 *
 * Forgive or pursue? A client disputes or refuses a bill. Weighs the relationship (how long, how
 * they paid, who they sent your way, what they are likely worth next year) against the money at
 * stake and whether the complaint holds up. Options run from pursuing in full to forgiving with a
 * one-time discount on a future job.
 */
import type { TemplateDef } from '../../types';

export const forgiveOrPursueV1 = {
  id: 'forgive_or_pursue',
  version: 1,
  facts: [
    { key: 'tenureMonths', kind: 'months' },
    { key: 'jobCount', kind: 'count' },
    { key: 'revenueToDate', kind: 'money' },
    { key: 'lateBefore', kind: 'count' },
    { key: 'onTimeRate', kind: 'ratio' },
    { key: 'complaintsBefore', kind: 'count' },
    { key: 'amountInDispute', kind: 'money' },
    { key: 'referralCount', kind: 'count' },
    { key: 'referralRevenue', kind: 'money' },
    { key: 'projectedValue', kind: 'money' },
  ],
  questions: [
    {
      key: 'complaintValid',
      kind: 'choice',
      choices: ['yes', 'partly', 'no', 'unsure'],
      initial: null,
    },
    {
      key: 'raisedWhen',
      kind: 'choice',
      choices: ['before_invoice', 'after_invoice', 'when_chased'],
      initial: null,
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
      input: [{ fact: 'amountInDispute' }],
      per: [{ fact: 'projectedValue' }],
      // Small next to a year of their business favours forgiving; as much or more, pursuing.
      curve: [
        [0, 1],
        [0.1, 0.6],
        [0.5, -0.2],
        [1, -1],
      ],
      weight: 3,
      whenMissing: 0,
      reasons: { for: 'stakeSmall', against: 'stakeLarge' },
    },
    {
      key: 'paymentRecord',
      kind: 'curve',
      input: { fact: 'lateBefore' },
      curve: [
        [0, 1],
        [1, 0.3],
        [2, -0.3],
        [4, -1],
      ],
      weight: 2,
      whenMissing: 0,
      reasons: { for: 'paidWell', against: 'paidBadly' },
    },
    {
      key: 'tenure',
      kind: 'curve',
      input: { fact: 'tenureMonths' },
      curve: [
        [0, -0.5],
        [6, 0],
        [24, 0.7],
        [60, 1],
      ],
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'longTenure', against: 'shortTenure' },
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
      reasons: { for: 'referredOthers', against: 'noReferrals' },
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
      reasons: { for: 'firstComplaint', against: 'complainsOften' },
    },
  ],
  options: ['pursue', 'partial_credit', 'forgive', 'forgive_discount'],
  rules: [
    {
      option: 'forgive_discount',
      minScore: 55,
      when: [{ source: { answer: 'canAfford' }, op: 'in', values: ['yes'] }],
    },
    { option: 'forgive', minScore: 25 },
    { option: 'partial_credit', minScore: -15 },
    { option: 'pursue', minScore: -100 },
  ],
  summaries: [
    {
      key: 'greatCustomer',
      when: [
        { source: { fact: 'lateBefore' }, op: 'lte', value: 0 },
        { source: { fact: 'tenureMonths' }, op: 'gte', value: 12 },
      ],
    },
    {
      key: 'troubledCustomer',
      when: [{ source: { fact: 'lateBefore' }, op: 'gte', value: 2 }],
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
  reviewAfterDays: { pursue: 14, partial_credit: 30, forgive: 90, forgive_discount: 90 },
  reasonParams: [
    'amountInDispute',
    'projectedValue',
    'lateBefore',
    'tenureMonths',
    'referralCount',
    'referralRevenue',
    'complaintsBefore',
  ],
} as const satisfies TemplateDef;
