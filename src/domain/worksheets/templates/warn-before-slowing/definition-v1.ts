/**
 * Version 1 of "warn before slowing down", frozen as it was decided by: a worksheet decided under
 * it is shown with these facts, factors and options (registry.ts `definitionFor`). Never edit it;
 * a change of judgement is a new version in definition.ts.
 */
import type { Condition, TemplateDef } from '../../types';

const theyOwe: readonly Condition[] = [
  { source: { fact: 'side' }, op: 'in', values: ['they_owe_me'] },
];
const iOwe: readonly Condition[] = [{ source: { fact: 'side' }, op: 'in', values: ['i_owe_them'] }];

export const warnBeforeSlowingV1 = {
  id: 'warn_before_slowing',
  version: 1,
  facts: [
    { key: 'side', kind: 'choice', choices: ['they_owe_me', 'i_owe_them'] },
    { key: 'outstanding', kind: 'money', when: theyOwe },
    { key: 'overdueCount', kind: 'count', when: theyOwe },
    { key: 'oldestDaysOverdue', kind: 'days', when: theyOwe },
    { key: 'inTheMail', kind: 'money', when: theyOwe },
    { key: 'remindersSinceDue', kind: 'count', when: theyOwe },
    { key: 'warningsSinceDue', kind: 'count', when: theyOwe },
    { key: 'openJobs', kind: 'count', when: theyOwe },
    { key: 'owedToThem', kind: 'money', when: iOwe },
    { key: 'sentToThem', kind: 'money', when: iOwe },
    { key: 'termsNetDays', kind: 'days' },
    { key: 'addressConfirmedOn', kind: 'day' },
    { key: 'addressAgeDays', kind: 'days' },
  ],
  questions: [
    {
      key: 'paymentLost',
      kind: 'choice',
      choices: ['no', 'maybe', 'yes'],
      initial: null,
      when: theyOwe,
    },
    {
      key: 'addressChanged',
      kind: 'choice',
      choices: ['no', 'unsure', 'yes'],
      initial: null,
      when: theyOwe,
    },
    {
      key: 'myPaymentLost',
      kind: 'choice',
      choices: ['no', 'maybe', 'yes'],
      initial: null,
      when: iOwe,
    },
    {
      key: 'termsAgreed',
      kind: 'choice',
      choices: ['in_writing', 'verbally', 'never'],
      initial: null,
    },
    { key: 'agreedNetDays', kind: 'days', initial: { fact: 'termsNetDays' } },
    {
      key: 'dependence',
      kind: 'choice',
      choices: ['a_lot', 'some', 'little'],
      initial: null,
      when: theyOwe,
    },
  ],
  factors: [
    {
      key: 'overdue',
      kind: 'curve',
      input: { fact: 'oldestDaysOverdue' },
      curve: [
        [0, -1],
        [7, -0.5],
        [30, 0.3],
        [60, 1],
      ],
      weight: 3,
      whenMissing: 0,
      reasons: { for: 'longOverdue', against: 'barelyOverdue' },
      when: theyOwe,
    },
    {
      key: 'lost',
      kind: 'choice',
      input: { answer: 'paymentLost' },
      values: { no: 1, maybe: -0.5, yes: -1 },
      weight: 2,
      whenMissing: 0,
      reasons: { for: 'notLost', against: 'mayBeLost' },
      when: theyOwe,
    },
    {
      key: 'address',
      kind: 'choice',
      input: { answer: 'addressChanged' },
      values: { no: 0.5, unsure: -0.3, yes: -1 },
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'addressSame', against: 'addressChanged' },
      when: theyOwe,
    },
    {
      key: 'terms',
      kind: 'choice',
      input: { answer: 'termsAgreed' },
      values: { in_writing: 1, verbally: 0.2, never: -1 },
      weight: 2,
      whenMissing: 0,
      reasons: { for: 'termsClear', against: 'termsUnclear' },
    },
    {
      key: 'reminded',
      kind: 'curve',
      input: { fact: 'remindersSinceDue' },
      curve: [
        [0, -1],
        [1, 0.3],
        [2, 1],
      ],
      weight: 2,
      whenMissing: 0,
      reasons: { for: 'alreadyReminded', against: 'notReminded' },
      when: theyOwe,
    },
    {
      key: 'leverage',
      kind: 'choice',
      input: { answer: 'dependence' },
      values: { a_lot: 0.6, some: 0.2, little: -0.4 },
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'theyNeedYou', against: 'littleLeverage' },
      when: theyOwe,
    },
    {
      key: 'myPayment',
      kind: 'choice',
      input: { answer: 'myPaymentLost' },
      values: { no: 1, maybe: -0.5, yes: -1 },
      weight: 3,
      whenMissing: 0,
      reasons: { for: 'nothingSent', against: 'paymentMayBeLost' },
      when: iOwe,
    },
    {
      key: 'theirAddress',
      kind: 'curve',
      input: { fact: 'addressAgeDays' },
      curve: [
        [0, 1],
        [180, 0.3],
        [365, -0.5],
      ],
      weight: 1,
      whenMissing: -0.5,
      reasons: { for: 'addressRecent', against: 'addressOld' },
      when: iOwe,
    },
  ],
  options: ['check_first', 'remind', 'warn', 'slow_down', 'trace_payment', 'pay_now'],
  rules: [
    {
      option: 'slow_down',
      minScore: 40,
      when: [...theyOwe, { source: { fact: 'warningsSinceDue' }, op: 'gte', value: 1 }],
    },
    { option: 'warn', minScore: 5, when: theyOwe },
    { option: 'remind', minScore: -35, when: theyOwe },
    { option: 'check_first', minScore: -100, when: theyOwe },
    { option: 'pay_now', minScore: 20, when: iOwe },
    { option: 'trace_payment', minScore: -100 },
  ],
  summaries: [
    {
      key: 'maybeInTheMail',
      when: [...theyOwe, { source: { fact: 'inTheMail' }, op: 'gt', value: 0 }],
    },
    {
      key: 'warnedAlready',
      when: [...theyOwe, { source: { fact: 'warningsSinceDue' }, op: 'gte', value: 1 }],
    },
    { key: 'supplierSide', when: iOwe },
  ],
  actions: [
    {
      key: 'agreeTerms',
      when: [{ source: { answer: 'termsAgreed' }, op: 'in', values: ['never', 'verbally'] }],
    },
    {
      key: 'sendNewAddress',
      when: [
        ...theyOwe,
        { source: { answer: 'addressChanged' }, op: 'in', values: ['yes', 'unsure'] },
      ],
    },
    {
      key: 'confirmTheirAddress',
      when: [...iOwe, { source: { answer: 'myPaymentLost' }, op: 'in', values: ['maybe', 'yes'] }],
    },
    { key: 'rewardAfter', when: theyOwe },
  ],
  reviewAfterDays: {
    check_first: 3,
    remind: 7,
    warn: 7,
    slow_down: 14,
    trace_payment: 7,
    pay_now: 7,
  },
  reasonParams: [
    'oldestDaysOverdue',
    'outstanding',
    'remindersSinceDue',
    'inTheMail',
    'owedToThem',
  ],
} as const satisfies TemplateDef;
