/**
 * What recording a decision writes to the ledger: ordinary changes the owner can see on the job,
 * the client or the payments, each listed for one confirmation and kept on the worksheet so it can
 * be undone. Pure: the state layer applies the plan in one transaction.
 */
import type { Day } from '../dates';
import type {
  ContactInput,
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

/** Takes `credit` off the job: the whole unpaid rest becomes a write-off, a smaller credit lowers the bill. */
function creditJob(
  job: Job,
  credit: number,
  outstanding: number,
  currency: string,
  today: Day,
): PlannedEffect[] {
  if (credit <= 0 || job.status === 'written_off') return [];
  const params = { job: job.title.slice(0, 200), day: { day: today } };
  if (credit >= outstanding) {
    if (outstanding <= 0) return [];
    return [
      {
        effect: 'write_off',
        table: 'jobs',
        id: job.id,
        patch: { status: 'written_off' },
        appendNote: {
          key: 'worksheets.note.writeOff',
          params: { ...params, amount: money(outstanding, currency) },
        },
        summary: {
          key: 'worksheets.effect.write_off',
          params: { ...params, amount: money(outstanding, currency) },
        },
      },
    ];
  }
  return [
    {
      effect: 'credit',
      table: 'jobs',
      id: job.id,
      patch: {
        amount: Math.max(0, job.amount - credit),
        status: job.status === 'disputed' ? 'invoiced' : job.status,
      },
      appendNote: {
        key: 'worksheets.note.credit',
        params: { ...params, amount: money(credit, currency) },
      },
      summary: {
        key: 'worksheets.effect.credit',
        params: { ...params, amount: money(credit, currency) },
      },
    },
  ];
}

function payment(
  effect: 'pay_client' | 'charge_back',
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
      paidOn: today,
      amount,
      currency,
      method: 'transfer',
      // Agreed, not yet moved: it shows as on its way until the owner marks it received.
      state: 'sent',
      allocations: job && job.currency === currency ? [{ jobId: job.id, amount }] : [],
      reference: reference.slice(0, 200),
      notes: '',
    },
    summary: {
      key: `worksheets.effect.${effect}`,
      params: { amount: money(amount, currency), name: party.name.slice(0, 200) },
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
        effects.push(...creditJob(job, credit, outstanding, currency, today));
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
        ...creditJob(job, Math.min(settlement.credit, outstanding), outstanding, currency, today),
      );
      if (settlement.payClient > 0) {
        effects.push(
          payment('pay_client', party, job, settlement.payClient, currency, today, reference),
        );
      }
      if (subcontractor && settlement.forfeit > 0) {
        effects.push({
          effect: 'forfeit',
          table: 'jobs',
          id: job.id,
          patch: { subcontractorCost: Math.max(0, job.subcontractorCost - settlement.forfeit) },
          appendNote: null,
          summary: {
            key: 'worksheets.effect.forfeit',
            params: {
              amount: money(settlement.forfeit, currency),
              subcontractor: subcontractor.name.slice(0, 200),
            },
          },
        });
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
