/**
 * Warn before slowing down. You are not being paid (or your supplier says you have not paid):
 * check first, then warn with a deadline, and slow down only once it has passed. Everything specific
 * to this template is in this folder; version 1 is kept frozen in definition-v1.ts.
 */
import type { WorksheetTemplate } from '../../template';
import { warnBeforeSlowing } from './definition';
import { warnBeforeSlowingV1 } from './definition-v1';
import { planEffects } from './effects';
import { warnFacts } from './facts';
import { messageParams } from './message';
import { afterOutcome, decidedFollowUp, decisionFields, moneySides, optionsFor } from './screen';
import { situations } from './situations';

export const warnBeforeSlowingTemplate: WorksheetTemplate = {
  definition: warnBeforeSlowing,
  earlierDefinitions: [warnBeforeSlowingV1],
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
  deriveFacts: warnFacts,
  optionsFor,
  decisionFields,
  moneySides,
  messageParams,
  planEffects,
  decidedFollowUp,
  afterOutcome,
  situations,
};
