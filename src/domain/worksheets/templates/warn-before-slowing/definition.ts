/**
 * Warn before slowing down, version 2. You are not being paid, or you are the client and your
 * supplier says so. Which side you are on follows from who the worksheet is about: a client owes
 * you; you owe a subcontractor.
 *
 * The ladder on your side: nothing to chase (nothing past due) → check first (money marked sent
 * and not arrived, or an address changed since the bill went out: the article's lost cheques) →
 * a reminder → a warning with a deadline → slowing down, only once the last warning's deadline has
 * passed. How late they are and how they usually pay come from the payer model (beyond the owner's
 * grace days, money counted on the day it was sent); what the relationship is worth, from the
 * relationship value. On their side: nothing owed on record → ask which bill; money I sent and
 * they did not get → trace it; else pay.
 *
 * Version 1 (definition-v1.ts) counted days overdue from the day money arrived, so a cheque in the
 * post read as lateness; it offered slowing down the day after a warning.
 */
import type { Condition, TemplateDef } from '../../types';

const theyOwe: readonly Condition[] = [
  { source: { fact: 'side' }, op: 'in', values: ['they_owe_me'] },
];
const iOwe: readonly Condition[] = [{ source: { fact: 'side' }, op: 'in', values: ['i_owe_them'] }];
const warned: readonly Condition[] = [
  ...theyOwe,
  { source: { fact: 'warningsSinceDue' }, op: 'gte', value: 1 },
];
const nothingPastDue: readonly Condition[] = [
  ...theyOwe,
  { source: { fact: 'pastDueOwed' }, op: 'lte', value: 0 },
];
const somethingPastDue: readonly Condition[] = [
  ...theyOwe,
  { source: { fact: 'pastDueOwed' }, op: 'gt', value: 0 },
];

export const warnBeforeSlowing = {
  id: 'warn_before_slowing',
  version: 2,
  facts: [
    { key: 'side', kind: 'choice', choices: ['they_owe_me', 'i_owe_them'] },
    { key: 'outstanding', kind: 'money', when: theyOwe },
    { key: 'pastDueOwed', kind: 'money', when: theyOwe },
    { key: 'inTheMail', kind: 'money', when: theyOwe },
    { key: 'pastDueNotSent', kind: 'money', when: theyOwe },
    { key: 'unpaidDaysBeyondGrace', kind: 'days', when: theyOwe },
    { key: 'paysLateShare', kind: 'ratio', when: theyOwe },
    { key: 'remindersSinceDue', kind: 'count', when: theyOwe },
    { key: 'warningsSinceDue', kind: 'count', when: theyOwe },
    { key: 'warningDeadline', kind: 'day', when: warned },
    { key: 'daysPastDeadline', kind: 'days', when: warned },
    { key: 'openJobs', kind: 'count', when: theyOwe },
    { key: 'valueNextYear', kind: 'money', when: theyOwe },
    { key: 'ownAddressChangedOn', kind: 'day', when: theyOwe },
    { key: 'owedToThem', kind: 'money', when: iOwe },
    { key: 'sentToThem', kind: 'money', when: iOwe },
    { key: 'termsNetDays', kind: 'days' },
    { key: 'addressConfirmedOn', kind: 'day' },
    { key: 'addressAgeDays', kind: 'days', when: iOwe },
  ],
  questions: [
    {
      key: 'paymentLost',
      kind: 'choice',
      choices: ['no', 'maybe', 'yes'],
      initial: { fact: 'paymentLostOnRecord' },
      when: theyOwe,
    },
    {
      key: 'addressChanged',
      kind: 'choice',
      choices: ['no', 'unsure', 'yes'],
      initial: { fact: 'addressChangedOnRecord' },
      when: theyOwe,
    },
    {
      key: 'theirAddressChanged',
      kind: 'choice',
      choices: ['no', 'unsure', 'yes'],
      initial: { fact: 'theirAddressOnRecord' },
      when: theyOwe,
    },
    {
      key: 'myPaymentLost',
      kind: 'choice',
      choices: ['no', 'maybe', 'yes'],
      initial: { fact: 'myPaymentLostOnRecord' },
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
      input: { fact: 'unpaidDaysBeyondGrace' },
      curve: [
        [0, -1],
        [7, -0.5],
        [30, 0.3],
        [60, 1],
      ],
      weight: 3,
      whenMissing: 0,
      reasons: { for: 'longPastGrace', against: 'notLongPastGrace' },
      when: theyOwe,
    },
    {
      key: 'habit',
      kind: 'curve',
      input: { fact: 'paysLateShare' },
      curve: [
        [0, -0.6],
        [0.25, 0],
        [0.5, 0.6],
        [1, 1],
      ],
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'lateBefore', against: 'usuallyOnTime' },
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
      key: 'billAddress',
      kind: 'choice',
      input: { answer: 'theirAddressChanged' },
      values: { no: 0.3, unsure: -0.5, yes: -1 },
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'billReachedThem', against: 'billMayHaveMissed' },
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
      reasons: { for: 'remindedAlready', against: 'notReminded' },
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
  options: [
    'nothing_to_chase',
    'check_first',
    'remind',
    'warn',
    'slow_down',
    'ask_which_bill',
    'trace_payment',
    'pay_now',
  ],
  rules: [
    // Nothing past due: nothing to press for, whatever the score.
    { option: 'nothing_to_chase', minScore: -100, when: nothingPastDue },
    // Money that may be on its way, or an address that changed since the bill: check before pressing.
    {
      option: 'check_first',
      minScore: -100,
      when: [...theyOwe, { source: { answer: 'paymentLost' }, op: 'in', values: ['maybe', 'yes'] }],
    },
    {
      option: 'check_first',
      minScore: -100,
      when: [
        ...theyOwe,
        { source: { answer: 'addressChanged' }, op: 'in', values: ['unsure', 'yes'] },
      ],
    },
    {
      option: 'check_first',
      minScore: -100,
      when: [
        ...theyOwe,
        { source: { answer: 'theirAddressChanged' }, op: 'in', values: ['unsure', 'yes'] },
      ],
    },
    // Only once the last warning's deadline has passed, and only with work to slow down.
    {
      option: 'slow_down',
      minScore: 40,
      when: [
        ...warned,
        { source: { fact: 'daysPastDeadline' }, op: 'gte', value: 1 },
        { source: { fact: 'openJobs' }, op: 'gte', value: 1 },
      ],
    },
    // Warned, and the deadline not passed yet: a second warning says nothing new; a reminder may.
    {
      option: 'remind',
      minScore: -35,
      when: [...warned, { source: { fact: 'daysPastDeadline' }, op: 'lte', value: 0 }],
    },
    { option: 'warn', minScore: 5, when: theyOwe },
    { option: 'remind', minScore: -35, when: theyOwe },
    { option: 'check_first', minScore: -100, when: theyOwe },
    {
      option: 'ask_which_bill',
      minScore: -100,
      when: [
        ...iOwe,
        { source: { fact: 'owedToThem' }, op: 'lte', value: 0 },
        { source: { fact: 'sentToThem' }, op: 'lte', value: 0 },
      ],
    },
    {
      option: 'trace_payment',
      minScore: -100,
      when: [...iOwe, { source: { answer: 'myPaymentLost' }, op: 'in', values: ['maybe', 'yes'] }],
    },
    { option: 'pay_now', minScore: 20, when: iOwe },
    { option: 'trace_payment', minScore: -100 },
  ],
  summaries: [
    { key: 'nothingPastDue', when: nothingPastDue },
    {
      key: 'allInTheMail',
      when: [
        ...somethingPastDue,
        { source: { fact: 'pastDueNotSent' }, op: 'lte', value: 0 },
        { source: { fact: 'inTheMail' }, op: 'gt', value: 0 },
      ],
    },
    {
      key: 'maybeInTheMail',
      when: [...somethingPastDue, { source: { fact: 'inTheMail' }, op: 'gt', value: 0 }],
    },
    {
      key: 'addressMoved',
      when: [
        ...somethingPastDue,
        { source: { answer: 'addressChanged' }, op: 'in', values: ['unsure', 'yes'] },
      ],
    },
    {
      key: 'theirAddressMoved',
      when: [
        ...somethingPastDue,
        { source: { answer: 'theirAddressChanged' }, op: 'in', values: ['unsure', 'yes'] },
      ],
    },
    {
      key: 'deadlineNotYet',
      when: [...warned, { source: { fact: 'daysPastDeadline' }, op: 'lte', value: 0 }],
    },
    {
      key: 'deadlinePassed',
      when: [...warned, { source: { fact: 'daysPastDeadline' }, op: 'gte', value: 1 }],
    },
    {
      key: 'nothingOwedToThem',
      when: [
        ...iOwe,
        { source: { fact: 'owedToThem' }, op: 'lte', value: 0 },
        { source: { fact: 'sentToThem' }, op: 'lte', value: 0 },
      ],
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
        ...somethingPastDue,
        { source: { answer: 'addressChanged' }, op: 'in', values: ['yes', 'unsure'] },
      ],
    },
    {
      key: 'checkBillReached',
      when: [
        ...somethingPastDue,
        { source: { answer: 'theirAddressChanged' }, op: 'in', values: ['yes', 'unsure'] },
      ],
    },
    {
      key: 'confirmTheirAddress',
      when: [...iOwe, { source: { answer: 'myPaymentLost' }, op: 'in', values: ['maybe', 'yes'] }],
    },
    { key: 'rewardAfter', when: somethingPastDue },
  ],
  reviewAfterDays: {
    nothing_to_chase: 30,
    check_first: 3,
    remind: 7,
    warn: 7,
    slow_down: 14,
    ask_which_bill: 7,
    trace_payment: 7,
    pay_now: 7,
  },
  reasonParams: [
    'unpaidDaysBeyondGrace',
    'outstanding',
    'pastDueOwed',
    'remindersSinceDue',
    'inTheMail',
    'owedToThem',
    'warningDeadline',
  ],
} as const satisfies TemplateDef;
