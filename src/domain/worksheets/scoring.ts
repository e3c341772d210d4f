/**
 * The transparent score. Each factor turns one input into a verdict between -1 and +1 by a curve or
 * a table from its template; its contribution is its weight's share of 100 points times that
 * verdict, so the contributions add up to the score (-100…100). The first rule whose minimum score
 * and conditions hold gives the recommendation. Reasons are catalogue keys with their numbers, so
 * they read the same in any language and a year later.
 */
import type { Currency } from '../money';
import type { FactorResult, Reason, WorksheetResult } from '../records';
import type {
  Condition,
  Curve,
  FactorDef,
  Inputs,
  QuestionDef,
  Scalar,
  ScalarMap,
  Source,
  TemplateDef,
  ValueKind,
} from './types';

export function readSource(source: Source, inputs: Inputs): Scalar {
  return 'fact' in source
    ? (inputs.facts[source.fact] ?? null)
    : (inputs.answers[source.answer] ?? null);
}

function asNumber(value: Scalar): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Piecewise-linear: beyond the ends the end values hold; Infinity takes the last point. */
export function curveAt(curve: Curve, x: number): number {
  const first = curve[0];
  const last = curve[curve.length - 1];
  if (first === undefined || last === undefined) return 0;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < curve.length; i++) {
    const [x1, y1] = curve[i]!;
    const [x0, y0] = curve[i - 1]!;
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return last[1];
}

export function holds(conditions: readonly Condition[] | undefined, inputs: Inputs): boolean {
  return (conditions ?? []).every((condition) => {
    if ('ratio' in condition) {
      const n = ratioOf(condition.ratio.input, condition.ratio.per, inputs);
      if (n === null) return false;
      return compare(condition.op, n, condition.value);
    }
    const value = readSource(condition.source, inputs);
    if (condition.op === 'in') return typeof value === 'string' && condition.values.includes(value);
    const n = asNumber(value);
    if (n === null) return false;
    return compare(condition.op, n, condition.value);
  });
}

function compare(op: 'gte' | 'lte' | 'gt', n: number, value: number): boolean {
  if (op === 'gte') return n >= value;
  if (op === 'gt') return n > value;
  return n <= value;
}

/** (sum of input) ÷ (sum of per); something over nothing is infinite, nothing over nothing null. */
function ratioOf(input: readonly Source[], per: readonly Source[], inputs: Inputs): number | null {
  const top = sum(input, inputs);
  const bottom = sum(per, inputs);
  if (top === null || bottom === null) return null;
  if (bottom <= 0) return top <= 0 ? null : Infinity;
  return Math.max(0, top / bottom);
}

function sum(sources: readonly Source[], inputs: Inputs): number | null {
  let total = 0;
  for (const source of sources) {
    const n = asNumber(readSource(source, inputs));
    if (n === null) return null;
    total += n;
  }
  return total;
}

/** What a factor read and its verdict; `input` is what the result table shows. */
export function factorValue(def: FactorDef, inputs: Inputs): { input: Scalar; value: number } {
  if (def.kind === 'choice') {
    const input = readSource(def.input, inputs);
    const value = typeof input === 'string' ? def.values[input] : undefined;
    return { input, value: value ?? def.whenMissing };
  }
  if (def.kind === 'curve') {
    const input = readSource(def.input, inputs);
    const n = asNumber(input);
    return { input, value: n === null ? def.whenMissing : curveAt(def.curve, n) };
  }
  const top = sum(def.input, inputs);
  const per = sum(def.per, inputs);
  if (top === null || per === null) return { input: null, value: def.whenMissing };
  // Nothing over nothing says nothing; something over nothing is as far as the curve goes.
  if (per <= 0)
    return top <= 0
      ? { input: null, value: def.whenMissing }
      : { input: null, value: curveAt(def.curve, Infinity) };
  const ratio = Math.max(0, top / per);
  return { input: Math.round(ratio * 1000) / 1000, value: curveAt(def.curve, ratio) };
}

/** The weights in force: the template's, with the owner's changes on top. */
export function effectiveWeights(
  template: TemplateDef,
  overrides: Readonly<Record<string, number>>,
): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const factor of template.factors) {
    const override = overrides[factor.key];
    weights[factor.key] = typeof override === 'number' && override >= 0 ? override : factor.weight;
  }
  return weights;
}

function initialAnswer(question: QuestionDef, facts: ScalarMap): Scalar {
  const initial = question.initial;
  if (initial !== null && typeof initial === 'object') return facts[initial.fact] ?? null;
  return initial;
}

/** Answers the owner gave, with each unanswered question at its starting value. */
export function effectiveAnswers(
  template: TemplateDef,
  facts: ScalarMap,
  answers: ScalarMap,
): ScalarMap {
  const result: ScalarMap = {};
  for (const question of template.questions) {
    result[question.key] =
      question.key in answers ? (answers[question.key] ?? null) : initialAnswer(question, facts);
  }
  return result;
}

export function kindOf(template: TemplateDef, key: string): ValueKind | undefined {
  return (
    template.facts.find((f) => f.key === key)?.kind ??
    template.questions.find((q) => q.key === key)?.kind
  );
}

export interface ReasonContext {
  currency: Currency;
  /** Names the reasons may quote: the client (`name`), the job, the subcontractor. */
  labels: Readonly<Record<string, string>>;
}

/** The parameters every reason of a template may quote, typed so the screen formats them right. */
export function reasonParams(template: TemplateDef, inputs: Inputs, context: ReasonContext) {
  const params: Reason['params'] = {};
  for (const [key, label] of Object.entries(context.labels)) params[key] = label.slice(0, 200);
  for (const key of template.reasonParams) {
    const value = inputs.facts[key] ?? inputs.answers[key] ?? null;
    if (value === null || typeof value === 'boolean') continue;
    const kind = kindOf(template, key);
    if (kind === 'money' && typeof value === 'number') {
      params[key] = { minor: Math.round(value), currency: context.currency };
    } else if (kind === 'day' && typeof value === 'string') {
      params[key] = { day: value };
    } else if (typeof value === 'number') {
      params[key] = Math.round(value * 10) / 10;
    } else {
      params[key] = value.slice(0, 200);
    }
  }
  return params;
}

/** A factor must move the score this much before it is worth a sentence. */
const REASON_MIN_POINTS = 3;
const MAX_REASONS = 4;

export function scoreWorksheet(
  template: TemplateDef,
  inputs: Inputs,
  weightOverrides: Readonly<Record<string, number>>,
  context: ReasonContext,
): WorksheetResult {
  const weights = effectiveWeights(template, weightOverrides);
  const active = template.factors.filter((f) => holds(f.when, inputs));
  const totalWeight = active.reduce((total, f) => total + (weights[f.key] ?? 0), 0);
  const factors: FactorResult[] = active.map((def) => {
    const { input, value } = factorValue(def, inputs);
    const weight = weights[def.key] ?? 0;
    const contribution = totalWeight > 0 ? (100 * weight * value) / totalWeight : 0;
    return { key: def.key, input, value, weight, contribution };
  });
  const raw = factors.reduce((total, f) => total + f.contribution, 0);
  const score = Math.max(-100, Math.min(100, raw));
  const rule =
    template.rules.find((r) => score >= r.minScore && holds(r.when, inputs)) ??
    template.rules[template.rules.length - 1]!;

  const params = reasonParams(template, inputs, context);
  const prefix = `worksheets.${template.id}`;
  const summary = template.summaries.find((s) => holds(s.when, inputs));
  const factorReasons = [...factors]
    .filter((f) => Math.abs(f.contribution) >= REASON_MIN_POINTS)
    .sort(
      (a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.key.localeCompare(b.key),
    )
    .slice(0, MAX_REASONS)
    .map((f): Reason => {
      const def = active.find((d) => d.key === f.key)!;
      const side = f.value >= 0 ? 'for' : 'against';
      const variant = def.reasons.variants?.find((v) => v.side === side && holds(v.when, inputs));
      return { key: `${prefix}.reason.${variant?.key ?? def.reasons[side]}`, params };
    });
  const reasons: Reason[] = [
    ...(summary ? [{ key: `${prefix}.summary.${summary.key}`, params }] : []),
    ...factorReasons,
  ];
  const actions: Reason[] = template.actions
    .filter((a) => holds(a.when, inputs))
    .map((a) => ({ key: `${prefix}.action.${a.key}`, params }));
  return { option: rule.option, score, factors, reasons, actions };
}

/** The rank of an option from the least to the most generous (or firm); -1 when unknown. */
export function optionRank(template: TemplateDef, option: string): number {
  return template.options.indexOf(option);
}
