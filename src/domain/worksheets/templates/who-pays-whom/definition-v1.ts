/**
 * Version 1 of "who should pay whom?", frozen: a worksheet decided under it is shown with the facts,
 * factors and options it was decided by. It read the job as one amount (no units), valued the
 * client at their recent pace and let the subcontractor bear a credit at the client's price; version
 * 2 (definition.ts) counts units and bounds the goodwill payment. Never edit this data.
 */
import type { TemplateDef } from '../../types';

export const whoPaysWhomV1 = {
  id: 'who_pays_whom',
  version: 1,
  facts: [
    { key: 'jobAmount', kind: 'money' },
    { key: 'paidSoFar', kind: 'money' },
    { key: 'outstanding', kind: 'money' },
    { key: 'subcontractorCost', kind: 'money' },
    { key: 'paidToSubcontractor', kind: 'money' },
    { key: 'tenureMonths', kind: 'months' },
    { key: 'projectedValue', kind: 'money' },
  ],
  questions: [
    { key: 'clientShare', kind: 'percent', initial: 0 },
    { key: 'clientCost', kind: 'money', initial: 0 },
    {
      key: 'fault',
      kind: 'choice',
      choices: ['mine', 'subcontractor', 'shared', 'nobody', 'client'],
      initial: null,
    },
    { key: 'clientWorth', kind: 'money', initial: { fact: 'projectedValue' } },
  ],
  factors: [
    {
      key: 'fault',
      kind: 'choice',
      input: { answer: 'fault' },
      // Your name was on the job: a subcontractor's failure is yours in the client's eyes.
      values: { mine: 1, subcontractor: 1, shared: 0.2, nobody: -0.3, client: -1 },
      weight: 4,
      whenMissing: 0,
      reasons: { for: 'yourSide', against: 'notYourSide' },
    },
    {
      key: 'clientShare',
      kind: 'curve',
      input: { answer: 'clientShare' },
      curve: [
        [0, -1],
        [20, 0],
        [50, 0.8],
        [100, 1],
      ],
      weight: 3,
      whenMissing: 0,
      reasons: { for: 'theyDidWork', against: 'theyDidNone' },
    },
    {
      key: 'worth',
      kind: 'ratio',
      input: [{ fact: 'jobAmount' }, { answer: 'clientCost' }],
      per: [{ answer: 'clientWorth' }],
      curve: [
        [0, 1],
        [0.25, 0.5],
        [1, -0.5],
        [2, -1],
      ],
      weight: 2,
      whenMissing: 0,
      reasons: { for: 'worthIt', against: 'notWorthIt' },
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
  ],
  options: ['bill_in_full', 'credit_share', 'waive_all', 'waive_and_pay'],
  rules: [
    {
      option: 'waive_and_pay',
      minScore: 60,
      when: [{ source: { answer: 'clientCost' }, op: 'gt', value: 0 }],
    },
    { option: 'waive_all', minScore: 40 },
    { option: 'credit_share', minScore: 0 },
    { option: 'bill_in_full', minScore: -100 },
  ],
  summaries: [
    {
      key: 'trustAtStake',
      when: [
        { source: { answer: 'fault' }, op: 'in', values: ['mine', 'subcontractor'] },
        { source: { answer: 'clientShare' }, op: 'gt', value: 0 },
      ],
    },
    {
      key: 'clientsOwnDoing',
      when: [{ source: { answer: 'fault' }, op: 'in', values: ['client'] }],
    },
  ],
  actions: [
    {
      key: 'avoidSubcontractor',
      when: [{ source: { answer: 'fault' }, op: 'in', values: ['subcontractor', 'shared'] }],
    },
    {
      key: 'preventRepeat',
      when: [
        { source: { answer: 'fault' }, op: 'in', values: ['mine', 'subcontractor', 'shared'] },
      ],
    },
  ],
  reviewAfterDays: { bill_in_full: 14, credit_share: 30, waive_all: 60, waive_and_pay: 60 },
  reasonParams: ['jobAmount', 'clientCost', 'clientWorth', 'clientShare', 'tenureMonths'],
} as const satisfies TemplateDef;
