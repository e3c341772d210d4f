/**
 * Keep or part ways? as it was decided under version 1 (frozen: a worksheet decided under it is
 * shown by it). It counted late payments over twelve months and averaged the days late over all
 * jobs; version 2 (definition.ts) weighs them through the payer model instead.
 */
import type { TemplateDef } from '../../types';

export const keepOrPartV1 = {
  id: 'keep_or_part',
  version: 1,
  facts: [
    { key: 'tenureMonths', kind: 'months' },
    { key: 'jobCount', kind: 'count' },
    { key: 'lateCount12m', kind: 'count' },
    { key: 'averageDaysLate', kind: 'days' },
    { key: 'worstDaysLate', kind: 'days' },
    { key: 'onTimeRate', kind: 'ratio' },
    { key: 'latenessPattern', kind: 'choice', choices: ['none', 'occasional', 'chronic'] },
    {
      key: 'latenessTrend',
      kind: 'choice',
      choices: ['improving', 'steady', 'worsening', 'unknown'],
    },
    { key: 'remindersSent', kind: 'count' },
    { key: 'paidAfterReminder', kind: 'count' },
    { key: 'contactsByThem', kind: 'count' },
    { key: 'contactsByMe', kind: 'count' },
    {
      key: 'initiative',
      kind: 'choice',
      choices: ['they_reach_out', 'mixed', 'you_chase', 'unknown'],
    },
    { key: 'outstanding', kind: 'money' },
    { key: 'overdueCount', kind: 'count' },
    { key: 'projectedValue', kind: 'money' },
    { key: 'termsNetDays', kind: 'days' },
    { key: 'depositPercent', kind: 'percent' },
  ],
  questions: [
    { key: 'toldRoughPatch', kind: 'choice', choices: ['yes', 'no'], initial: null },
    {
      key: 'treatment',
      kind: 'choice',
      choices: ['polite', 'evasive', 'rude'],
      initial: null,
    },
    { key: 'wantToKeep', kind: 'choice', choices: ['yes', 'neutral', 'no'], initial: null },
  ],
  factors: [
    {
      key: 'frequency',
      kind: 'curve',
      input: { fact: 'lateCount12m' },
      curve: [
        [0, 1],
        [1, 0.5],
        [2, 0],
        [3, -0.5],
        [5, -1],
      ],
      weight: 3,
      whenMissing: 0,
      reasons: { for: 'rarelyLate', against: 'oftenLate' },
    },
    {
      key: 'severity',
      kind: 'curve',
      input: { fact: 'averageDaysLate' },
      curve: [
        [0, 1],
        [7, 0.5],
        [30, -0.5],
        [60, -1],
      ],
      weight: 2,
      whenMissing: 0,
      reasons: { for: 'slightlyLate', against: 'veryLate' },
    },
    {
      key: 'reminders',
      kind: 'ratio',
      input: [{ fact: 'paidAfterReminder' }],
      per: [{ fact: 'remindersSent' }],
      curve: [
        [0, -1],
        [0.5, 0],
        [1, 1],
      ],
      weight: 2,
      whenMissing: 0,
      reasons: { for: 'remindersWork', against: 'remindersIgnored' },
    },
    {
      key: 'initiative',
      kind: 'ratio',
      input: [{ fact: 'contactsByThem' }],
      per: [{ fact: 'contactsByThem' }, { fact: 'contactsByMe' }],
      curve: [
        [0, -1],
        [0.25, -0.3],
        [0.5, 0.5],
        [1, 1],
      ],
      weight: 2,
      whenMissing: 0,
      reasons: { for: 'theyReachOut', against: 'youChase' },
    },
    {
      key: 'trend',
      kind: 'choice',
      input: { fact: 'latenessTrend' },
      values: { improving: 1, steady: 0, worsening: -1, unknown: 0 },
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'improving', against: 'worsening' },
    },
    {
      key: 'roughPatch',
      kind: 'choice',
      input: { answer: 'toldRoughPatch' },
      values: { yes: 1, no: 0 },
      weight: 1,
      whenMissing: 0,
      reasons: { for: 'toldYou', against: 'toldYou' },
    },
    {
      key: 'treatment',
      kind: 'choice',
      input: { answer: 'treatment' },
      values: { polite: 0.5, evasive: -0.7, rude: -1 },
      weight: 2,
      whenMissing: 0,
      reasons: { for: 'polite', against: 'evasive' },
    },
    {
      key: 'wantToKeep',
      kind: 'choice',
      input: { answer: 'wantToKeep' },
      values: { yes: 1, neutral: 0, no: -1 },
      weight: 2,
      whenMissing: 0,
      reasons: { for: 'youWantThem', against: 'youDoNot' },
    },
  ],
  options: ['part_ways', 'keep_changed_terms', 'keep_as_is'],
  rules: [
    { option: 'keep_as_is', minScore: 35 },
    { option: 'keep_changed_terms', minScore: -20 },
    { option: 'part_ways', minScore: -100 },
  ],
  summaries: [
    {
      key: 'chronicEvasive',
      when: [
        { source: { fact: 'latenessPattern' }, op: 'in', values: ['chronic'] },
        { source: { fact: 'initiative' }, op: 'in', values: ['you_chase', 'unknown'] },
      ],
    },
    {
      key: 'chronicResponsive',
      when: [{ source: { fact: 'latenessPattern' }, op: 'in', values: ['chronic'] }],
    },
    {
      key: 'occasionalResponsive',
      when: [
        { source: { fact: 'latenessPattern' }, op: 'in', values: ['occasional', 'none'] },
        { source: { fact: 'initiative' }, op: 'in', values: ['they_reach_out', 'mixed'] },
      ],
    },
    {
      key: 'occasional',
      when: [{ source: { fact: 'latenessPattern' }, op: 'in', values: ['occasional', 'none'] }],
    },
  ],
  actions: [
    {
      key: 'askAboutRoughPatch',
      when: [{ source: { answer: 'toldRoughPatch' }, op: 'in', values: ['yes'] }],
    },
  ],
  reviewAfterDays: { keep_as_is: 90, keep_changed_terms: 60, part_ways: 30 },
  reasonParams: [
    'lateCount12m',
    'averageDaysLate',
    'remindersSent',
    'paidAfterReminder',
    'contactsByThem',
    'contactsByMe',
  ],
} as const satisfies TemplateDef;
