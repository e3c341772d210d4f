/**
 * Keep or part ways? A client pays late: an occasional slip or lateness as a rule. Everything
 * specific to this template is in this folder.
 */
import type { WorksheetTemplate } from '../../template';
import { keepOrPart } from './definition';
import { keepOrPartV1 } from './definition-v1';
import { planEffects } from './effects';
import { keepFacts } from './facts';
import { messageKey, messageParams } from './message';
import { decisionFields, moneySides } from './screen';
import { situations } from './situations';

export const keepOrPartTemplate: WorksheetTemplate = {
  definition: keepOrPart,
  earlierDefinitions: [keepOrPartV1],
  subject: {
    partyKinds: ['client'],
    needsJob: false,
    offeredWithJob: false,
    offeredWithoutJob: true,
    jobQualifies: () => true,
    extraParties: () => [],
    namesSubcontractor: false,
  },
  deriveFacts: keepFacts,
  optionsFor: (e) => [...e.template.options],
  decisionFields,
  moneySides,
  messageParams,
  messageKey,
  planEffects,
  situations,
};
