/** Records and worksheets for the worksheet tests, built through the stored schemas. */
import {
  newWorksheet,
  worksheetSchema,
  type ScalarMap,
  type Worksheet,
  type WorksheetInput,
  type WorksheetTemplateId,
} from '../records';
import { makeContact } from '../metrics/test-contacts';
import { CLIENT_ID, makeJob, makeParty, makePayment, testId } from '../metrics/test-records';
import { evaluateWorksheet, type Evaluation } from './evaluate';
import { scoreWorksheet } from './scoring';
import { templateOf } from './registry';
import type { Ledger } from './facts';
import { ownerTermsOf } from './template';
import { defaultSettings } from '../records/settings-defaults';
import { EMPTY_LEDGER } from '../ledger-figures/empty-ledger';

export { CLIENT_ID, makeContact, makeJob, makeParty, makePayment, testId };

export const SUB_ID = testId(9);

/** The owner's settings as a new install has them (a grace of a few days, no address yet). */
export const TEST_OWNER = ownerTermsOf(defaultSettings);

export function ledger(parts: Partial<Ledger>): Ledger {
  return { ...EMPTY_LEDGER, ...parts };
}

/** Scores a template straight from facts and answers, as the result screen does. */
export function score(
  templateId: WorksheetTemplateId,
  facts: ScalarMap,
  answers: ScalarMap,
  weights: Record<string, number> = {},
) {
  return scoreWorksheet(templateOf(templateId), { facts, answers }, weights, {
    currency: 'USD',
    labels: { name: 'Acme Bakery' },
  });
}

export function draft(
  templateId: WorksheetTemplateId,
  fields: Partial<WorksheetInput> = {},
): WorksheetInput {
  return { ...newWorksheet(templateId, 1, [CLIENT_ID], [], 'USD'), ...fields };
}

/** A draft evaluated against given facts (as if derived from the records). */
export function evaluated(
  worksheet: WorksheetInput,
  facts: ScalarMap,
  labels: Record<string, string> = { name: 'Acme Bakery' },
): Evaluation {
  return evaluateWorksheet(worksheet, { values: facts, sources: {}, labels });
}

let nextId = 7000;
export function storedWorksheet(fields: Partial<Worksheet> = {}): Worksheet {
  nextId += 1;
  return worksheetSchema.parse({
    ...newWorksheet('keep_or_part', 1, [CLIENT_ID], [], 'USD'),
    id: testId(nextId),
    createdAt: '2026-01-01T12:00:00.000Z',
    updatedAt: '2026-01-01T12:00:00.000Z',
    deletedAt: null,
    stamps: {},
    ...fields,
  });
}
