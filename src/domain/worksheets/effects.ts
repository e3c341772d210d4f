/**
 * What recording a decision writes to the ledger: ordinary changes the owner can see on the job,
 * the client or the payments, each listed for one confirmation and kept on the worksheet so it can
 * be undone. Pure: the state layer applies the plan in one transaction.
 */
import type { Day } from '../dates';
import type {
  ContactInput,
  CreditInput,
  CreditReason,
  Job,
  Party,
  PaymentInput,
  Reason,
  ScalarMap,
  WorksheetEffect,
  WorksheetInput,
} from '../records';
import type { Evaluation } from './evaluate';
import {
  chosenTerms,
  discountPercent,
  partialCredit,
  warningDeadline,
  wholeNumber as num,
} from './amounts';

interface Base {
  effect: WorksheetEffect;
  /** One line for the confirmation list. */
  summary: Reason;
}

export type PlannedEffect =
  | (Base & {
      table: 'jobs' | 'parties';
      id: string;
      /** Fields set on the record. */
      patch: ScalarMap;
      /** A line added to the record's notes, in the owner's language. */
      appendNote: Reason | null;
    })
  | (Base & { table: 'payments'; create: PaymentInput })
  | (Base & { table: 'credits'; create: CreditInput })
  | (Base & {
      table: 'contacts';
      /** All of the contact but its note, which is the message sent (or a line about it). */
      create: Omit<ContactInput, 'note'>;
    });

export interface DecisionRecords {
  party: Party | undefined;
  job: Job | undefined;
  subcontractor: Party | undefined;
}

function money(minor: number, currency: string) {
  return { minor, currency };
}

function contact(
  effect: 'reminder_contact' | 'warning_contact' | 'note_contact',
  party: Party,
  jobId: string | null,
  today: Day,
  params: Reason['params'],
): PlannedEffect {
  return {
    effect,
    table: 'contacts',
    create: {
      partyId: party.id,
      jobId,
      on: today,
      kind:
        effect === 'reminder_contact'
          ? 'reminder_sent'
          : effect === 'warning_contact'
            ? 'warning_sent'
            : 'note',
      initiatedBy: 'me',
      promisedOn: null,
      referredPartyId: null,
    },
    summary: { key: `worksheets.effect.${effect}`, params },
  };
}

/**
 * Lets the client off `credit` of the job, up to what is still owed, as a credit record: the bill
 * stays what it was. Forgiving is goodwill, never a write-off (that is bad debt).
 */
function creditJob(
  job: Job,
  credit: number,
  outstanding: number,
  currency: string,
  today: Day,
  reason: CreditReason,
): PlannedEffect[] {
  const amount = Math.min(credit, outstanding);
  if (amount <= 0 || job.currency !== currency) return [];
  const params = { job: job.title.slice(0, 200), day: { day: today } };
  return [
    {
      effect: 'credit',
      table: 'credits',
      create: {
        partyId: job.clientId,
        jobId: job.id,
        on: today,
        amount,
        currency,
        reason,
        note: '',
      },
      summary: {
        key: 'worksheets.effect.credit',
        params: { ...params, amount: money(amount, currency) },
      },
    },
  ];
}

/**
 * Money the decision moves: a goodwill payment to the client, a charge-back from the subcontractor
 * (agreed, still to arrive), or the part of the subcontractor's fee they forfeit — kept back from
 * what they are paid, so it is recorded as a charge-back already in hand.
 */
function payment(
  effect: 'pay_client' | 'charge_back' | 'forfeit',
  party: Party,
  job: Job | undefined,
  amount: number,
  currency: string,
  today: Day,
  reference: string,
): PlannedEffect {
  return {
    effect,
    table: 'payments',
    create: {
      direction: effect === 'pay_client' ? 'me_to_client' : 'sub_to_me',
      partyId: party.id,
      // Agreed today, not yet arrived: it shows as on its way until marked received.
      sentOn: today,
      receivedOn: effect === 'forfeit' ? today : null,
      amount,
      currency,
      method: effect === 'forfeit' ? 'other' : 'transfer',
      purpose: effect === 'pay_client' ? 'goodwill' : 'charge_back',
      allocations: job && job.currency === currency ? [{ jobId: job.id, amount }] : [],
      reference: reference.slice(0, 200),
      notes: '',
    },
    summary: {
      key: `worksheets.effect.${effect}`,
      // The forfeit's words name the subcontractor as decisions recorded before always did.
      params:
        effect === 'forfeit'
          ? { amount: money(amount, currency), subcontractor: party.name.slice(0, 200) }
          : { amount: money(amount, currency), name: party.name.slice(0, 200) },
    },
  };
}

export function planEffects(
  worksheet: WorksheetInput,
  evaluation: Evaluation,
  records: DecisionRecords,
  today: Day,
  reference: string,
): PlannedEffect[] {
  const { party, job, subcontractor } = records;
  if (!party) return [];
  const { currency, option } = evaluation;
  const who = { name: party.name.slice(0, 200) };
  const effects: PlannedEffect[] = [];
  const jobId = job?.id ?? null;

  switch (worksheet.templateId) {
    case 'forgive_or_pursue': {
      const outstanding = num(evaluation.facts, 'amountInDispute');
      if (option === 'pursue') {
        effects.push(contact('reminder_contact', party, jobId, today, who));
        break;
      }
      if (job) {
        const credit =
          option === 'partial_credit' ? partialCredit(worksheet, evaluation) : outstanding;
        // Part of the bill given up settles the dispute; all of it is forgiven, as goodwill.
        const reason = option === 'partial_credit' ? 'dispute_settled' : 'goodwill';
        effects.push(...creditJob(job, credit, outstanding, currency, today, reason));
      }
      if (option === 'forgive_discount') {
        const discount = discountPercent(worksheet);
        const params = { ...who, discount, day: { day: today } };
        effects.push({
          effect: 'discount_note',
          table: 'parties',
          id: party.id,
          patch: {},
          appendNote: { key: 'worksheets.note.discount', params },
          summary: { key: 'worksheets.effect.discount_note', params },
        });
      }
      effects.push(contact('note_contact', party, jobId, today, who));
      break;
    }
    case 'keep_or_part': {
      if (option === 'keep_changed_terms') {
        const terms = chosenTerms(worksheet, evaluation);
        effects.push({
          effect: 'terms',
          table: 'parties',
          id: party.id,
          patch: { termsNetDays: terms.netDays, depositPercent: terms.depositPercent },
          appendNote: null,
          summary: {
            key: 'worksheets.effect.terms',
            params: { ...who, netDays: terms.netDays, deposit: terms.depositPercent },
          },
        });
      }
      if (option !== 'keep_as_is') effects.push(contact('note_contact', party, null, today, who));
      break;
    }
    case 'who_pays_whom': {
      const settlement = evaluation.settlement;
      if (!settlement || !job) break;
      const outstanding = num(evaluation.facts, 'outstanding');
      // The credit up to what is still owed goes on the job; any more comes back as a payment.
      effects.push(
        ...creditJob(job, settlement.credit, outstanding, currency, today, 'dispute_settled'),
      );
      if (settlement.payClient > 0) {
        effects.push(
          payment('pay_client', party, job, settlement.payClient, currency, today, reference),
        );
      }
      if (subcontractor && settlement.forfeit > 0) {
        effects.push(
          payment('forfeit', subcontractor, job, settlement.forfeit, currency, today, reference),
        );
      }
      if (subcontractor && settlement.chargeBack > 0) {
        effects.push(
          payment(
            'charge_back',
            subcontractor,
            job,
            settlement.chargeBack,
            currency,
            today,
            reference,
          ),
        );
      }
      if (subcontractor && worksheet.followUp.avoidSubcontractor) {
        const params = {
          ...who,
          subcontractor: subcontractor.name.slice(0, 200),
          day: { day: today },
        };
        effects.push({
          effect: 'avoid_subcontractor',
          table: 'parties',
          id: party.id,
          patch: {},
          appendNote: { key: 'worksheets.note.avoidSubcontractor', params },
          summary: { key: 'worksheets.effect.avoid_subcontractor', params },
        });
      }
      effects.push(contact('note_contact', party, jobId, today, who));
      break;
    }
    case 'warn_before_slowing': {
      const agreed = evaluation.answers.agreedNetDays;
      const termsAgreed = evaluation.answers.termsAgreed;
      if (
        (termsAgreed === 'in_writing' || termsAgreed === 'verbally') &&
        typeof agreed === 'number' &&
        Number.isInteger(agreed) &&
        agreed >= 0 &&
        agreed <= 365 &&
        agreed !== party.termsNetDays
      ) {
        effects.push({
          effect: 'terms',
          table: 'parties',
          id: party.id,
          patch: { termsNetDays: agreed },
          appendNote: null,
          summary: {
            key: 'worksheets.effect.terms',
            params: { ...who, netDays: agreed, deposit: party.depositPercent },
          },
        });
      }
      if (option === 'remind') effects.push(contact('reminder_contact', party, jobId, today, who));
      if (option === 'warn') {
        effects.push(
          contact('warning_contact', party, jobId, today, {
            ...who,
            deadline: { day: warningDeadline(worksheet, today) },
          }),
        );
      }
      if (option === 'slow_down' || option === 'trace_payment') {
        effects.push(contact('note_contact', party, jobId, today, who));
      }
      break;
    }
  }
  return effects;
}

/** The effects the owner left ticked. */
export function chosenEffects(
  effects: readonly PlannedEffect[],
  worksheet: Pick<WorksheetInput, 'followUp'>,
): PlannedEffect[] {
  return effects.filter((e) => !worksheet.followUp.skipped.includes(e.effect));
}
