/**
 * Forgive or pursue? A client disputes or refuses a bill: what the relationship is worth against
 * the money at stake. Everything specific to this template is in this folder.
 */
import type { WorksheetTemplate } from '../../template';
import { forgiveOrPursue } from './definition';
import { planEffects } from './effects';
import { forgiveFacts } from './facts';
import { messageParams } from './message';
import { decisionFields, moneySides } from './screen';
import { situations } from './situations';

export const forgiveOrPursueTemplate: WorksheetTemplate = {
  definition: forgiveOrPursue,
  subject: {
    partyKinds: ['client'],
    needsJob: true,
    offeredWithJob: true,
    offeredWithoutJob: true,
    jobQualifies: () => true,
    extraParties: () => [],
    namesSubcontractor: false,
  },
  deriveFacts: (book, c) => forgiveFacts(book, c.party, c.job, c.ledger, c.asOf, c.currency),
  optionsFor: (e) => [...e.template.options],
  decisionFields,
  moneySides,
  messageParams,
  planEffects,
  situations: (ledger, _asOf, context) => situations(ledger, context),
};
