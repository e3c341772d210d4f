/**
 * Keep or part ways? A client pays late. The article's test first: late a time or two — the payer
 * model's pattern is "none" or "occasional" — deserves another chance, unless your own answers
 * weigh against it; late as a rule ("chronic": at least three bills and half of the window) is
 * never "keep as is", and then how they behave decides between changed terms and parting: how late
 * (typical and worst days beyond the grace), whether one reminder is enough, who gets in touch
 * first, whether they keep the dates they name, which way it is heading.
 *
 * Why the behaviour factors weigh only for a client late as a rule: the window of the payer model
 * is the last twelve months, or the last six bills when there are fewer, so a bill added to a short
 * history pushes its oldest bill out, and with it that bill's days late, reminders and contacts.
 * Only the count and the share of late bills never fall when a late payment is added anywhere, so
 * "keep as is" reads only them (and your answers): adding a late payment can never make it more
 * likely. Everything a client late now and then did is still shown, in the facts, the summary and
 * the steps to take.
 */
import type { Condition, TemplateDef } from '../../types';

const lateAsARule: Condition = {
  source: { fact: 'latenessPattern' },
  op: 'in',
  values: ['chronic'],
};
const notLateAsARule: Condition = {
  source: { fact: 'latenessPattern' },
  op: 'in',
  values: ['none', 'occasional'],
};
const occasional: Condition = {
  source: { fact: 'latenessPattern' },
  op: 'in',
  values: ['occasional'],
};
const nothingLate: readonly Condition[] = [
  { source: { fact: 'lateInvoices' }, op: 'lte', value: 0 },
  { source: { fact: 'overdueCount' }, op: 'lte', value: 0 },
];
const lateShare = {
  input: [{ fact: 'lateInvoices' }],
  per: [{ fact: 'invoicesInWindow' }],
} as const;

export const keepOrPart = {
  id: 'keep_or_part',
  version: 2,
  facts: [
    { key: 'tenureMonths', kind: 'months' },
    { key: 'graceDays', kind: 'days' },
    { key: 'invoicesInWindow', kind: 'count' },
    { key: 'lateInvoices', kind: 'count' },
    { key: 'latenessPattern', kind: 'choice', choices: ['none', 'occasional', 'chronic'] },
    { key: 'typicalDaysBeyondGrace', kind: 'days' },
    { key: 'worstDaysBeyondGrace', kind: 'days' },
    {
      key: 'latenessTrend',
      kind: 'choice',
      choices: ['improving', 'steady', 'worsening', 'unknown'],
    },
    { key: 'remindersNeeded', kind: 'count' },
    { key: 'oneReminderEnough', kind: 'count' },
    { key: 'neededMoreReminders', kind: 'count' },
    { key: 'reminderRate', kind: 'ratio' },
    { key: 'contactsByThem', kind: 'count' },
    { key: 'contactsByMe', kind: 'count' },
    {
      key: 'initiative',
      kind: 'choice',
      choices: ['they_reach_out', 'mixed', 'you_chase', 'unknown'],
    },
    { key: 'datesGiven', kind: 'count' },
    { key: 'datesMet', kind: 'count' },
    { key: 'datesMissed', kind: 'count' },
    { key: 'outstanding', kind: 'money' },
    { key: 'overdueCount', kind: 'count' },
    { key: 'projectedValue', kind: 'money' },
    { key: 'termsNetDays', kind: 'days' },
    { key: 'depositPercent', kind: 'percent' },
  ],
  questions: [
    {
      key: 'toldRoughPatch',
      kind: 'choice',
      choices: ['yes', 'no'],
      // A call from them logged before they were chased answers it; else it is the owner's to say.
      initial: { fact: 'roughPatchOnRecord' },
    },
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
      // A client late now and then: the fewer late bills in the window, the more for keeping; never
      // against (two late of three bills is still "a time or two").
      key: 'slips',
      kind: 'ratio',
      ...lateShare,
      curve: [
        [0, 1],
        [0.1, 0.8],
        [0.25, 0.4],
        [0.5, 0.1],
        [1, 0],
      ],
      weight: 3,
      whenMissing: 0,
      when: [notLateAsARule],
      reasons: {
        for: 'lateNowAndThen',
        against: 'lateNowAndThen',
        variants: [
          {
            key: 'neverLate',
            side: 'for',
            when: [{ source: { fact: 'lateInvoices' }, op: 'lte', value: 0 }],
          },
        ],
      },
    },
    {
      key: 'frequency',
      kind: 'ratio',
      ...lateShare,
      curve: [
        [0.5, -0.4],
        [0.75, -0.8],
        [1, -1],
      ],
      weight: 3,
      whenMissing: 0,
      when: [lateAsARule],
      reasons: { for: 'lateAsARule', against: 'lateAsARule' },
    },
    {
      key: 'severity',
      kind: 'curve',
      input: { fact: 'typicalDaysBeyondGrace' },
      curve: [
        [0, 1],
        [5, 0.5],
        [15, 0],
        [30, -0.6],
        [60, -1],
      ],
      weight: 2,
      whenMissing: 0,
      when: [lateAsARule],
      reasons: { for: 'lateByLittle', against: 'lateByMuch' },
    },
    {
      key: 'worst',
      kind: 'curve',
      input: { fact: 'worstDaysBeyondGrace' },
      curve: [
        [0, 1],
        [15, 0.3],
        [30, 0],
        [60, -0.7],
        [90, -1],
      ],
      weight: 1,
      whenMissing: 0,
      when: [lateAsARule],
      reasons: { for: 'worstShort', against: 'worstLong' },
    },
    {
      // The payer model's rate: a bill that needed no reminder counts as one where one was enough.
      key: 'reminders',
      kind: 'curve',
      input: { fact: 'reminderRate' },
      curve: [
        [0, -1],
        [0.5, -0.2],
        [0.8, 0.5],
        [1, 1],
      ],
      weight: 2,
      whenMissing: 0,
      when: [lateAsARule],
      reasons: {
        for: 'oneReminderEnough',
        against: 'remindersNotEnough',
        variants: [
          {
            key: 'neverReminded',
            side: 'for',
            when: [{ source: { fact: 'remindersNeeded' }, op: 'lte', value: 0 }],
          },
        ],
      },
    },
    {
      // Their share of the contacts over the window, read from the counts so that one reminder
      // fewer never reads worse (the pattern in words needs two contacts before it says anything).
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
      when: [lateAsARule],
      reasons: { for: 'theyReachOut', against: 'youChase' },
    },
    {
      key: 'dates',
      kind: 'ratio',
      input: [{ fact: 'datesMet' }],
      per: [{ fact: 'datesMet' }, { fact: 'datesMissed' }],
      curve: [
        [0, -1],
        [0.5, 0],
        [1, 1],
      ],
      weight: 2,
      whenMissing: 0,
      when: [lateAsARule],
      reasons: { for: 'keepsDates', against: 'missesDates' },
    },
    {
      key: 'trend',
      kind: 'choice',
      input: { fact: 'latenessTrend' },
      values: { improving: 1, steady: 0, worsening: -1, unknown: 0 },
      weight: 1,
      whenMissing: 0,
      when: [lateAsARule],
      reasons: { for: 'improving', against: 'worsening' },
    },
    {
      key: 'roughPatch',
      kind: 'choice',
      input: { answer: 'toldRoughPatch' },
      values: { yes: 1, no: 0 },
      weight: 1,
      whenMissing: 0,
      when: [lateAsARule],
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
    // Nothing late in the window and nothing overdue: nothing to decide, whatever else is said.
    { option: 'keep_as_is', minScore: -100, when: nothingLate },
    { option: 'keep_as_is', minScore: 0, when: [notLateAsARule] },
    { option: 'keep_changed_terms', minScore: -40 },
    { option: 'part_ways', minScore: -100 },
  ],
  summaries: [
    { key: 'nothingToDecide', when: nothingLate },
    { key: 'notLateYet', when: [{ source: { fact: 'lateInvoices' }, op: 'lte', value: 0 }] },
    {
      key: 'chronicKeepsDates',
      when: [
        lateAsARule,
        { source: { fact: 'datesMet' }, op: 'gte', value: 1 },
        { source: { fact: 'datesMissed' }, op: 'lte', value: 0 },
        { source: { fact: 'initiative' }, op: 'in', values: ['they_reach_out', 'mixed'] },
      ],
    },
    {
      key: 'chronicEvasive',
      when: [lateAsARule, { source: { fact: 'initiative' }, op: 'in', values: ['you_chase'] }],
    },
    {
      key: 'chronicChased',
      when: [lateAsARule, { source: { fact: 'neededMoreReminders' }, op: 'gte', value: 1 }],
    },
    { key: 'chronic', when: [lateAsARule] },
    {
      key: 'occasionalLong',
      when: [occasional, { source: { fact: 'worstDaysBeyondGrace' }, op: 'gte', value: 30 }],
    },
    {
      key: 'occasionalOneReminder',
      when: [
        occasional,
        { source: { fact: 'oneReminderEnough' }, op: 'gte', value: 1 },
        { source: { fact: 'neededMoreReminders' }, op: 'lte', value: 0 },
      ],
    },
    {
      // "Gets in touch and puts it right": they reach out, and nothing is left overdue.
      key: 'occasionalResponsive',
      when: [
        occasional,
        { source: { fact: 'initiative' }, op: 'in', values: ['they_reach_out'] },
        { source: { fact: 'overdueCount' }, op: 'lte', value: 0 },
      ],
    },
    { key: 'occasional', when: [occasional] },
  ],
  actions: [
    {
      key: 'askAboutRoughPatch',
      when: [{ source: { answer: 'toldRoughPatch' }, op: 'in', values: ['yes'] }],
    },
    {
      key: 'askAboutLongDelay',
      when: [occasional, { source: { fact: 'worstDaysBeyondGrace' }, op: 'gte', value: 30 }],
    },
    {
      key: 'talkAboutTrend',
      when: [{ source: { fact: 'latenessTrend' }, op: 'in', values: ['worsening'] }],
    },
  ],
  reviewAfterDays: { keep_as_is: 90, keep_changed_terms: 60, part_ways: 30 },
  // At most eleven: a stored reason carries twelve parameters, the client's name among them.
  reasonParams: [
    'graceDays',
    'invoicesInWindow',
    'lateInvoices',
    'typicalDaysBeyondGrace',
    'worstDaysBeyondGrace',
    'neededMoreReminders',
    'contactsByThem',
    'contactsByMe',
    'datesMet',
    'datesMissed',
  ],
} as const satisfies TemplateDef;
