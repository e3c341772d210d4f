/**
 * Warn before slowing down. You are not being paid (or your supplier says you have not paid):
 * check first, then warn with a deadline. Everything specific to this template is in this folder.
 */
import type { WorksheetTemplate } from '../../template';
import { warnBeforeSlowing } from './definition';
import { planEffects } from './effects';
import { warnFacts } from './facts';
import { messageParams } from './message';
import { afterOutcome, decidedFollowUp, decisionFields, moneySides, optionsFor } from './screen';
import { situations } from './situations';

export const warnBeforeSlowingTemplate: WorksheetTemplate = {
  definition: warnBeforeSlowing,
  subject: {
    // A client who owes you, or a subcontractor you owe.
    partyKinds: ['client', 'subcontractor'],
    needsJob: false,
    offeredWithJob: true,
    offeredWithoutJob: true,
    jobQualifies: () => true,
    extraParties: () => [],
    namesSubcontractor: false,
  },
  deriveFacts: (book, c) => warnFacts(book, c.party, c.ledger, c.asOf, c.currency),
  optionsFor,
  decisionFields,
  moneySides,
  messageParams,
  planEffects,
  decidedFollowUp,
  afterOutcome,
  situations: (_ledger, _asOf, context) => situations(context),
};
