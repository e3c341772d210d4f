/**
 * Who should pay whom? A job went wrong: a fair settlement between you, the client and the
 * subcontractor. Everything specific to this template is in this folder.
 */
import type { WorksheetTemplate } from '../../template';
import { whoPaysWhom } from './definition';
import { planEffects } from './effects';
import { whoPaysFacts } from './facts';
import { messageParams } from './message';
import { decisionFields, moneySides } from './screen';
import { settleJob, settlementAmounts } from './settlement';
import { situations } from './situations';

export const whoPaysWhomTemplate: WorksheetTemplate = {
  definition: whoPaysWhom,
  subject: {
    partyKinds: ['client'],
    needsJob: true,
    offeredWithJob: true,
    offeredWithoutJob: false,
    jobQualifies: (job) => job.status !== 'cancelled',
    // The job's subcontractor too, so the worksheet is listed under them.
    extraParties: (job) => (job?.subcontractorId ? [job.subcontractorId] : []),
    namesSubcontractor: true,
  },
  deriveFacts: (book, c) => whoPaysFacts(book, c.party, c.job, c.ledger, c.asOf, c.currency),
  optionsFor: (e) => [...e.template.options],
  settle: (worksheet, option, facts, answers, labels) =>
    settleJob(
      option,
      facts,
      answers,
      labels.subcontractor !== undefined,
      settlementAmounts(worksheet),
    ),
  decisionFields,
  moneySides,
  messageParams: (_ws, e) => messageParams(e),
  planEffects,
  situations: (_ledger, _asOf, context) => situations(context),
};
