/**
 * The settlement message: the figures it quotes (the credit, the goodwill, what is paid to the
 * client, what they still owe) and which of its variants fits. A message never quotes an amount
 * the settlement does not hold: no "nothing remains to pay" as an amount, no payment of nothing, no
 * "I will not charge you" for a bill only partly let off.
 */
import type { Reason } from '../../../records';
import { money } from '../../amounts';
import type { Evaluation } from '../../evaluate';
import type { JobSettlement } from '../../settlement';

export function messageParams(evaluation: Evaluation): Reason['params'] {
  const { currency, settlement } = evaluation;
  return {
    credit: money(settlement?.credit ?? 0, currency),
    goodwill: money(settlement?.goodwill ?? 0, currency),
    payClient: money(settlement?.payClient ?? 0, currency),
    amount: money(settlement?.clientOwes ?? 0, currency),
  };
}

/** How the money ends: they still owe, you send them money, or nobody pays anybody. */
function tail(s: JobSettlement): string {
  return s.clientOwes > 0 ? '' : s.payClient > 0 ? '.back' : '.square';
}

function variant(option: string, s: JobSettlement, billed: number): string {
  const waived = billed > 0 && s.clientOwes === 0 && s.credit >= billed;
  const paying = s.goodwill > 0;
  if (option === 'waive_and_pay' && waived && paying) return 'waive_and_pay';
  if ((option === 'waive_all' || option === 'waive_and_pay') && waived) {
    return `waive_all${s.payClient > 0 ? '.back' : ''}`;
  }
  if (paying) return `pay_for_their_work${tail(s)}`;
  if (s.credit > 0) return `bill_delivered${tail(s)}`;
  return s.clientOwes > 0 ? 'bill_delivered.stands' : 'bill_delivered.standsSquare';
}

/**
 * The message for what the settlement really does. A version 1 worksheet (its options are not
 * version 2's) keeps its option's own message.
 */
export function messageKey(_worksheet: unknown, evaluation: Evaluation): string {
  const { settlement, option, template, facts } = evaluation;
  const base = `worksheets.message.${template.id}`;
  if (!settlement || template.version === 1) return `${base}.${option}`;
  const billed = typeof facts.jobAmount === 'number' ? facts.jobAmount : 0;
  return `${base}.${variant(option, settlement, billed)}`;
}
