/**
 * The worksheets' domain API in one call (docs/worksheets.md): from the records, a subject (the
 * worksheet's parties and job), the owner's answers and a day, everything a worksheet says — the
 * facts and where each came from, the recommendation, score and every factor's value, weight and
 * contribution, the reasons, the money on each side, the settlement's transfers, the message draft
 * and the ledger entries a decision would write. The screens call the same steps one by one as the
 * owner moves through them (facts, then the result, then the decision); this composes them.
 */
import type { Day } from '../dates';
import type { Reason, WorksheetInput } from '../records';
import { planEffects } from './effects';
import type { DecisionRecords, PlannedEffect } from './effect-builders';
import { evaluateWorksheet, type Evaluation } from './evaluate';
import { deriveFacts, type DerivedFacts, type Ledger } from './facts';
import { messageDraft } from './messages';
import { templateModule } from './registry';
import type { MoneySides, OwnerTerms } from './template';

export interface AdviceRequest {
  /** The records: the whole ledger, or the worksheet's parties' slice of it (the same answer). */
  ledger: Ledger;
  owner: OwnerTerms;
  /** The subject (template, parties, job, currency), answers, weights, option and follow-up. */
  worksheet: WorksheetInput;
  asOf: Day;
  /** How the entries a decision writes refer back to the worksheet (a payment's reference). */
  reference?: string;
}

export interface Advice {
  /** The facts with where each came from, and the names the sentences use. */
  derived: DerivedFacts;
  /** Facts, answers, result (option, score, factors, reasons, actions), option and settlement. */
  evaluation: Evaluation;
  moneySides: MoneySides;
  message: Reason;
  /** What recording the decision would write, each with the line the owner confirms. */
  entries: PlannedEffect[];
}

/** The money on each side of a worksheet's decision: catalogue keys and amounts. */
export function moneySides(evaluation: Evaluation): MoneySides {
  return templateModule(evaluation.template.id).moneySides(evaluation);
}

/**
 * The records a decision names: the party, the job, and — for a template that names the job's
 * subcontractor — the worksheet's second party, kept as it was when the worksheet began.
 */
export function decisionRecords(
  worksheet: Pick<WorksheetInput, 'templateId' | 'partyIds' | 'jobIds'>,
  ledger: Pick<Ledger, 'parties' | 'jobs'>,
): DecisionRecords {
  return {
    party: ledger.parties.find((p) => p.id === worksheet.partyIds[0]),
    job: ledger.jobs.find((j) => j.id === worksheet.jobIds[0]),
    subcontractor: templateModule(worksheet.templateId).subject.namesSubcontractor
      ? ledger.parties.find((p) => p.id === worksheet.partyIds[1])
      : undefined,
  };
}

export function worksheetAdvice(request: AdviceRequest): Advice {
  const { ledger, owner, worksheet, asOf } = request;
  const derived = deriveFacts(worksheet, ledger, asOf, owner);
  const evaluation = evaluateWorksheet(worksheet, derived);
  return {
    derived,
    evaluation,
    moneySides: moneySides(evaluation),
    message: messageDraft(worksheet, evaluation, asOf),
    entries: planEffects(
      worksheet,
      evaluation,
      decisionRecords(worksheet, ledger),
      asOf,
      request.reference ?? '',
    ),
  };
}
