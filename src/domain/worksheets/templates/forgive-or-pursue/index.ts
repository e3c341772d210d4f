/**
 * Forgive or pursue? A client disputes or refuses a bill: what the relationship is worth against
 * the money at stake. Everything specific to this template is in this folder.
 */
import { wholeNumber } from '../../amounts';
import type { WorksheetTemplate } from '../../template';
import { forgiveOrPursue } from './definition';
import { forgiveOrPursueV1 } from './definition-v1';
import { planEffects } from './effects';
import { forgiveFacts } from './facts';
import { messageParams } from './message';
import { decisionFields, moneySides } from './screen';
import { situations } from './situations';

export const forgiveOrPursueTemplate: WorksheetTemplate = {
  definition: forgiveOrPursue,
  earlierDefinitions: [forgiveOrPursueV1],
  subject: {
    partyKinds: ['client'],
    needsJob: true,
    offeredWithJob: true,
    offeredWithoutJob: true,
    jobQualifies: () => true,
    extraParties: () => [],
    namesSubcontractor: false,
  },
  deriveFacts: forgiveFacts,
  // Nothing owed, nothing to forgive or pursue: only the complaint is left to answer.
  optionsFor: (e) =>
    e.template.options.includes('answer_complaint') && wholeNumber(e.facts, 'amountInDispute') <= 0
      ? ['answer_complaint']
      : e.template.options.filter((o) => o !== 'answer_complaint'),
  decisionFields,
  moneySides,
  messageParams,
  planEffects,
  situations: (ledger, _asOf, context) => situations(ledger, context),
};
