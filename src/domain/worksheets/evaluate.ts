/**
 * A worksheet read as a whole: the facts in force (frozen ones once decided, else the records'
 * with the owner's changes on top), the answers, the scored result, the option chosen and, for a
 * template that settles money (a job gone wrong), the settlement that option implies.
 */
import type { Currency } from '../money';
import type { ScalarMap, WorksheetInput, WorksheetResult } from '../records';
import type { DerivedFacts } from './facts';
import { definitionFor, templateModule } from './registry';
import { effectiveAnswers, scoreWorksheet } from './scoring';
import type { JobSettlement } from './settlement';
import type { OwnerTerms } from './template';
import type { Inputs, TemplateDef } from './types';

export interface Evaluation {
  template: TemplateDef;
  currency: Currency;
  facts: ScalarMap;
  /** What the records say, for facts the owner changed (shown beside the changed value). */
  recordFacts: ScalarMap;
  answers: ScalarMap;
  inputs: Inputs;
  labels: Record<string, string>;
  result: WorksheetResult;
  /** The option the owner picked, or the recommendation until they pick one. */
  option: string;
  settlement: JobSettlement | null;
  /** The owner's terms the facts were read with, when they were read from the records. */
  owner: OwnerTerms | null;
}

export function effectiveFacts(derived: ScalarMap, overrides: ScalarMap): ScalarMap {
  return { ...derived, ...overrides };
}

export function evaluateWorksheet(
  worksheet: WorksheetInput,
  derived: DerivedFacts | null,
): Evaluation {
  const worksheetTemplate = templateModule(worksheet.templateId);
  const frozen = worksheet.snapshot;
  // Decided under an earlier version: shown as it was decided, by that version's definition.
  const template = frozen
    ? definitionFor(worksheet.templateId, worksheet.templateVersion)
    : worksheetTemplate.definition;
  const recordFacts = frozen ? { ...frozen.facts, ...frozen.recordFacts } : (derived?.values ?? {});
  const facts = frozen ? frozen.facts : effectiveFacts(recordFacts, worksheet.factOverrides);
  const labels = frozen ? frozen.labels : (derived?.labels ?? {});
  const answers = effectiveAnswers(template, facts, worksheet.answers);
  const inputs = { facts, answers };
  const result =
    worksheet.result && frozen
      ? worksheet.result
      : scoreWorksheet(template, inputs, worksheet.weights, {
          currency: worksheet.currency,
          labels,
        });
  const option =
    worksheet.decision.option !== null && template.options.includes(worksheet.decision.option)
      ? worksheet.decision.option
      : result.option;
  const settlement = worksheetTemplate.settle?.(worksheet, option, facts, answers, labels) ?? null;
  return {
    template,
    currency: worksheet.currency,
    facts,
    recordFacts,
    answers,
    inputs,
    labels,
    result,
    option,
    settlement,
    owner: derived?.owner ?? null,
  };
}
