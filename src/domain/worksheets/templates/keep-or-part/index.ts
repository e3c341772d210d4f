/**
 * Keep or part ways? A client pays late: an occasional slip or lateness as a rule. Everything
 * specific to this template is in this folder.
 */
import type { WorksheetTemplate } from '../../template';
import { keepOrPart } from './definition';
import { planEffects } from './effects';
import { keepFacts } from './facts';
import { messageParams } from './message';
import { decisionFields, moneySides } from './screen';
import { situations } from './situations';

export const keepOrPartTemplate: WorksheetTemplate = {
  definition: keepOrPart,
  subject: {
    partyKinds: ['client'],
    needsJob: false,
    offeredWithJob: false,
    offeredWithoutJob: true,
    jobQualifies: () => true,
    extraParties: () => [],
    namesSubcontractor: false,
  },
  deriveFacts: (book, c) => keepFacts(book, c.party, c.ledger, c.asOf, c.currency),
  optionsFor: (e) => [...e.template.options],
  decisionFields,
  moneySides,
  messageParams,
  planEffects,
  situations,
};
