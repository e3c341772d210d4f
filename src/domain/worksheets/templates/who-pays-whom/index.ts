/**
 * Who should pay whom? A job went wrong: a fair settlement between you, the client and the
 * subcontractor, unit by unit. Everything specific to this template is in this folder.
 */
import type { WorksheetTemplate } from '../../template';
import { whoPaysWhom } from './definition';
import { whoPaysWhomV1 } from './definition-v1';
import { planEffects } from './effects';
import { whoPaysFacts } from './facts';
import { messageKey, messageParams } from './message';
import { decisionFields, moneySides, questionNotes, unwritten } from './screen';
import { settleJob, settlementAmounts } from './settlement';
import { settleJobV1 } from './settlement-v1';
import { situations } from './situations';

const PAYING = ['pay_for_their_work', 'waive_and_pay'];

export const whoPaysWhomTemplate: WorksheetTemplate = {
  definition: whoPaysWhom,
  earlierDefinitions: [whoPaysWhomV1],
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
  // Paying the client is offered only when there is something to pay: work of theirs that cost
  // them, and a client worth something (the payment is bounded by both).
  optionsFor: (e) =>
    e.template.options.filter(
      (o) => e.template.version === 1 || !PAYING.includes(o) || payable(e.answers),
    ),
  settle: (worksheet, option, facts, answers, labels) => {
    const hasSub = labels.subcontractor !== undefined;
    const amounts = settlementAmounts(worksheet);
    // Decided under version 1: the settlement it was decided with.
    return worksheet.snapshot && worksheet.templateVersion === 1
      ? settleJobV1(option, facts, answers, hasSub, amounts)
      : settleJob(option, facts, answers, hasSub, amounts);
  },
  decisionFields,
  moneySides,
  messageParams: (_ws, e) => messageParams(e),
  messageKey,
  questionNotes,
  unwritten,
  planEffects,
  situations: (_ledger, _asOf, context) => situations(context),
};

function payable(answers: Record<string, unknown>): boolean {
  const positive = (key: string) =>
    typeof answers[key] === 'number' && (answers[key] as number) > 0;
  return positive('clientShare') && positive('clientCost') && positive('clientWorth');
}
