/**
 * Who should pay whom? A job went wrong. The job's lines say, unit by unit, what the client did
 * themselves, what nobody did and what came late; those units are never billed (late ones at the
 * owner's choice), and the subcontractor bears what he did not deliver at his own price. Whose fault
 * it was, how much the client had to do and what the client is worth over the next year (the
 * relationship value, this job left out) decide how much further to go: waive what was delivered
 * too, or pay the client for their own work — never more than it cost them, nor than the client is
 * worth. The result is a settlement between you, the client and the subcontractor.
 *
 * Version 2 (issue 15): units, the subcontractor's own price, a bounded goodwill payment, and
 * "whose fault" and the client's share pre-answered from the job. Version 1 is definition-v1.ts.
 */
import { TENURE_CURVE } from '../../tenure-curve';
import type { Condition, TemplateDef } from '../../types';

/** A subcontractor is on the job: the facts about his side are set only then. */
const withSubcontractor: Condition = {
  source: { fact: 'subcontractorCost' },
  op: 'gte',
  value: 0,
};
const positive = (fact: string): Condition => ({ source: { fact }, op: 'gt', value: 0 });
const answered = (answer: string): Condition => ({ source: { answer }, op: 'gt', value: 0 });

/** Paying the client needs work of theirs, a cost to them and a client worth something. */
const canPayClient = [answered('clientShare'), answered('clientCost'), answered('clientWorth')];

export const whoPaysWhom = {
  id: 'who_pays_whom',
  version: 2,
  facts: [
    { key: 'jobAmount', kind: 'money' },
    { key: 'paidSoFar', kind: 'money' },
    { key: 'outstanding', kind: 'money' },
    { key: 'clientDidValue', kind: 'money', when: [positive('clientDidValue')] },
    { key: 'notDoneValue', kind: 'money', when: [positive('notDoneValue')] },
    { key: 'lateValue', kind: 'money', when: [positive('lateValue')] },
    { key: 'deliveredValue', kind: 'money' },
    { key: 'subcontractorCost', kind: 'money', when: [withSubcontractor] },
    { key: 'subcontractorUndelivered', kind: 'money', when: [withSubcontractor] },
    { key: 'subcontractorLate', kind: 'money', when: [withSubcontractor, positive('lateValue')] },
    { key: 'paidToSubcontractor', kind: 'money', when: [withSubcontractor] },
    { key: 'tenureMonths', kind: 'months' },
    { key: 'clientYearValue', kind: 'money' },
  ],
  questions: [
    {
      key: 'fault',
      kind: 'choice',
      choices: ['mine', 'subcontractor', 'shared', 'nobody', 'client'],
      // From the job's problem flags; asked when they do not say.
      initial: { fact: 'faultOnRecord' },
    },
    // From the units the job's lines mark as done by the client.
    { key: 'clientShare', kind: 'percent', initial: { fact: 'clientShareOnRecord' } },
    // Nothing in the records says what their own people cost them: always asked.
    { key: 'clientCost', kind: 'money', initial: null, when: [answered('clientShare')] },
    {
      key: 'lateUnits',
      kind: 'choice',
      choices: ['bill', 'credit'],
      // Late work was delivered and is worth its price; crediting it is a choice, shown in money.
      initial: 'bill',
      when: [positive('lateValue')],
    },
    { key: 'clientWorth', kind: 'money', initial: { fact: 'clientYearValue' } },
  ],
  factors: [
    {
      key: 'fault',
      kind: 'choice',
      input: { answer: 'fault' },
      // Your name was on the job: a subcontractor's failure is yours in the client's eyes.
      values: { mine: 1, subcontractor: 1, shared: 0.2, nobody: -0.3, client: -1 },
      weight: 3,
      whenMissing: 0,
      reasons: { for: 'yourSide', against: 'notYourSide' },
    },
    {
      key: 'clientShare',
      kind: 'curve',
      input: { answer: 'clientShare' },
      // Any work of theirs reads "for"; none at all is the only "against" ("they did none").
      curve: [
        [0, -1],
        [0.01, 0],
        [20, 0.3],
        [50, 0.8],
        [100, 1],
      ],
      weight: 2,
      whenMissing: 0,
      reasons: { for: 'theyDidWork', against: 'theyDidNone' },
    },
    {
      key: 'worth',
      kind: 'ratio',
      // Waiving what was delivered, against a year of the client: size weighed against worth.
      input: [{ fact: 'deliveredValue' }],
      per: [{ answer: 'clientWorth' }],
      curve: [
        [0, 1],
        [0.25, 0.5],
        [1, -0.5],
        [2, -1],
      ],
      weight: 3,
      whenMissing: 0,
      reasons: { for: 'worthItDelivered', against: 'notWorthItDelivered' },
      when: [positive('deliveredValue')],
    },
    {
      key: 'tenure',
      kind: 'curve',
      input: { fact: 'tenureMonths' },
      curve: TENURE_CURVE,
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'longTenure', against: 'shortTenure' },
    },
  ],
  options: ['bill_delivered', 'pay_for_their_work', 'waive_all', 'waive_and_pay'],
  rules: [
    { option: 'waive_and_pay', minScore: 70, when: canPayClient },
    { option: 'waive_all', minScore: 50 },
    { option: 'pay_for_their_work', minScore: 30, when: canPayClient },
    { option: 'bill_delivered', minScore: -100 },
  ],
  summaries: [
    {
      key: 'nothingOwed',
      when: [
        { source: { fact: 'outstanding' }, op: 'lte', value: 0 },
        { source: { fact: 'paidSoFar' }, op: 'lte', value: 0 },
      ],
    },
    {
      key: 'trustAtStake',
      when: [
        { source: { answer: 'fault' }, op: 'in', values: ['mine', 'subcontractor'] },
        answered('clientShare'),
      ],
    },
    {
      key: 'deliveredStands',
      when: [{ source: { answer: 'fault' }, op: 'in', values: ['client'] }],
    },
  ],
  actions: [
    {
      key: 'avoidSubcontractor',
      when: [
        { source: { answer: 'fault' }, op: 'in', values: ['subcontractor', 'shared'] },
        withSubcontractor,
      ],
    },
    {
      key: 'preventRepeat',
      when: [
        { source: { answer: 'fault' }, op: 'in', values: ['mine', 'subcontractor', 'shared'] },
      ],
    },
  ],
  reviewAfterDays: { bill_delivered: 14, pay_for_their_work: 30, waive_all: 60, waive_and_pay: 60 },
  reasonParams: [
    'jobAmount',
    'deliveredValue',
    'clientCost',
    'clientWorth',
    'clientShare',
    'tenureMonths',
  ],
} as const satisfies TemplateDef;
