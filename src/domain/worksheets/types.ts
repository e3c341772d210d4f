/**
 * The shape of a worksheet template. A template is data: its facts, questions, factors (each a
 * curve or a table from an input to a verdict between -1 and +1), weights, options and the rules
 * that pick an option from the score. Nothing is hidden in code, so the result screen can show
 * every step, and a change to a template is a new version.
 */
import type { Reason, Scalar, ScalarMap, WorksheetTemplateId } from '../records';

export type { Reason, Scalar, ScalarMap };

/** How a fact or answer is read and shown. Money is in minor units of the worksheet's currency. */
export type ValueKind =
  'count' | 'money' | 'months' | 'days' | 'percent' | 'ratio' | 'day' | 'choice';

/** Where a factor or a rule reads its input. */
export type Source = { fact: string } | { answer: string };

export type Condition =
  | { source: Source; op: 'in'; values: readonly string[] }
  | { source: Source; op: 'gte' | 'lte' | 'gt'; value: number }
  /**
   * (sum of input) ÷ (sum of per), as a ratio factor reads it: e.g. the money at stake against the
   * relationship's value. Something over nothing is infinite; nothing over nothing does not hold.
   */
  | {
      ratio: { input: readonly Source[]; per: readonly Source[] };
      op: 'gte' | 'lte' | 'gt';
      value: number;
    };

export interface FactDef {
  key: string;
  kind: ValueKind;
  choices?: readonly string[];
  /** Shown only when these hold (e.g. facts about a subcontractor's side). */
  when?: readonly Condition[];
}

export interface QuestionDef {
  key: string;
  kind: ValueKind;
  choices?: readonly string[];
  /** The answer before the owner gives one: a fixed value or a fact's value. */
  initial: Scalar | { fact: string };
  when?: readonly Condition[];
}

/** A piecewise-linear curve: points sorted by x; inputs beyond the ends take the end values. */
export type Curve = readonly (readonly [x: number, y: number])[];

interface FactorBase {
  key: string;
  weight: number;
  /** The verdict when the input is unknown (no history yet): usually 0, neither for nor against. */
  whenMissing: number;
  /**
   * Reasons shown when this factor weighs for (+) or against (-) the generous end. A variant
   * replaces its side's sentence when its conditions hold, so a sentence is only said where its
   * premise is true (e.g. "none needed a reminder" rather than "0 of 0 were enough").
   */
  reasons: {
    for: string;
    against: string;
    variants?: readonly {
      key: string;
      side: 'for' | 'against';
      when: readonly Condition[];
    }[];
  };
  when?: readonly Condition[];
}

export type FactorDef =
  | (FactorBase & { kind: 'curve'; input: Source; curve: Curve })
  | (FactorBase & {
      kind: 'ratio';
      /** (sum of input) ÷ (sum of per): e.g. the amount at stake ÷ the relationship's value. */
      input: readonly Source[];
      per: readonly Source[];
      curve: Curve;
    })
  | (FactorBase & { kind: 'choice'; input: Source; values: Readonly<Record<string, number>> });

export interface RuleDef {
  option: string;
  /** The lowest score (-100…100) at which this option is recommended. */
  minScore: number;
  when?: readonly Condition[];
}

/** A headline that sums the situation up when its conditions hold; the first that holds is shown. */
export interface SummaryDef {
  key: string;
  when: readonly Condition[];
}

export interface TemplateDef {
  id: WorksheetTemplateId;
  version: number;
  facts: readonly FactDef[];
  questions: readonly QuestionDef[];
  factors: readonly FactorDef[];
  /** From the least to the most generous (or, for warnings, the firmest). */
  options: readonly string[];
  /** Tried in order; the first whose score and conditions hold wins; the last is the fallback. */
  rules: readonly RuleDef[];
  summaries: readonly SummaryDef[];
  /** Extra steps to take, each shown when its conditions hold (e.g. prevent a repeat). */
  actions: readonly SummaryDef[];
  /** Days from the decision to checking back, per option. */
  reviewAfterDays: Readonly<Record<string, number>>;
  /** Facts and answers whose values the reasons may quote. */
  reasonParams: readonly string[];
}

export interface Inputs {
  facts: ScalarMap;
  answers: ScalarMap;
}
