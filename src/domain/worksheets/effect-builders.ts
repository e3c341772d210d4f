/**
 * The ledger entries a decision can write, and builders for those several templates write (a
 * contact logged, a credit on a job, a payment). Each template's `planEffects` picks from these.
 */
import type { Day } from '../dates';
import type {
  ContactInput,
  CreditInput,
  CreditReason,
  Dispute,
  DisputeResolution,
  Job,
  Party,
  PaymentInput,
  Reason,
  ScalarMap,
  WorksheetEffect,
} from '../records';
import { isLive } from '../records/live';

interface Base {
  effect: WorksheetEffect;
  /** One line for the confirmation list. */
  summary: Reason;
}

export type PlannedEffect =
  | (Base & {
      table: 'jobs' | 'parties' | 'disputes';
      id: string;
      /** Fields set on the record. */
      patch: ScalarMap;
      /** A line added to the record's notes, in the owner's language (disputes have none). */
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
  /** The job's disputes, for a decision that settles one (none when not given). */
  disputes?: readonly Dispute[];
}

function money(minor: number, currency: string) {
  return { minor, currency };
}

export function contact(
  effect: 'reminder_contact' | 'warning_contact' | 'note_contact',
  party: Party,
  jobId: string | null,
  today: Day,
  params: Reason['params'],
  /** The day the contact names: a promise's day, or the deadline a warning gives. */
  promisedOn: Day | null = null,
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
      promisedOn,
      referredPartyId: null,
    },
    summary: { key: `worksheets.effect.${effect}`, params },
  };
}

/**
 * Lets the client off `credit` of the job, up to what is still owed, as a credit record: the bill
 * stays what it was. Forgiving is goodwill, never a write-off (that is bad debt).
 */
export function creditJob(
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
export function payment(
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

/**
 * Closes the job's disputes still open on `today` (raised by then, not resolved), as the job's page
 * would: resolved today, by how the decision settles the bill. One entry per dispute, each undone
 * like any changed record.
 */
export function resolveDisputes(
  job: Job,
  disputes: readonly Dispute[],
  today: Day,
  resolution: DisputeResolution,
): PlannedEffect[] {
  return disputes
    .filter((d) => d.jobId === job.id && isLive(d) && d.raisedOn <= today && d.resolvedOn === null)
    .map((d) => ({
      effect: 'resolve_dispute',
      table: 'disputes',
      id: d.id,
      patch: { resolvedOn: today, resolution },
      appendNote: null,
      summary: {
        key: 'worksheets.effect.resolve_dispute',
        params: {
          job: job.title.slice(0, 200),
          amount: money(d.amount, job.currency),
          how: { key: `worksheets.resolution.${resolution}` },
        },
      },
    }));
}
