/**
 * The one interface every worksheet template implements. A template is a folder under templates/
 * that owns all that is specific to it — its definition (data), the facts it reads from the records,
 * its decision fields, message, ledger entries, situations and catalogue — and exports one
 * `WorksheetTemplate`. The engine (evaluate, decide, effects, messages, needs-decision) and the
 * screens go through this interface and the registry; none of them names a template.
 */
import type { Day } from '../dates';
import type { JobBalance } from '../metrics';
import type { Currency } from '../money';
import type {
  Id,
  Job,
  Outcome,
  Party,
  PartyKind,
  Reason,
  Scalar,
  ScalarMap,
  Settings,
  WorksheetInput,
  WorksheetTemplateId,
} from '../records';
import type { PlannedEffect, DecisionRecords } from './effect-builders';
import type { Evaluation } from './evaluate';
import type { FactBook, Ledger } from './fact-book';
import type { JobSettlement } from './settlement';
import type { TemplateDef, ValueKind } from './types';

export type FollowUp = WorksheetInput['followUp'];

/**
 * What the owner's settings tell the judgement: the grace before a payment counts as late, and the
 * owner's own address (a cheque sent before it changed may have gone astray) and payment details.
 */
export type OwnerTerms = Pick<
  Settings,
  | 'lateGraceDays'
  | 'businessName'
  | 'businessAddress'
  | 'businessAddressChangedOn'
  | 'paymentDetails'
>;

export function ownerTermsOf(settings: OwnerTerms): OwnerTerms {
  return {
    lateGraceDays: settings.lateGraceDays,
    businessName: settings.businessName,
    businessAddress: settings.businessAddress,
    businessAddressChangedOn: settings.businessAddressChangedOn,
    paymentDetails: settings.paymentDetails,
  };
}

/** Everything a template's facts are read from. */
export interface FactContext {
  /** The party the worksheet is about (the client, or a subcontractor you owe). */
  party: Party;
  /** The job it is about, when it is about one. */
  job: Job | undefined;
  ledger: Ledger;
  asOf: Day;
  currency: Currency;
  owner: OwnerTerms;
}

/** Who a worksheet of this template can be about. */
export interface SubjectRules {
  /** The kinds of party a worksheet can be about (a subcontractor only where you owe them). */
  partyKinds: readonly PartyKind[];
  /** About one job of the client (a bill, a job gone wrong), not the party as a whole. */
  needsJob: boolean;
  /** Offered from a job's page, and from a party's page (no job). */
  offeredWithJob: boolean;
  offeredWithoutJob: boolean;
  /** Which of the client's jobs a new worksheet can be about. */
  jobQualifies(job: Job): boolean;
  /** Parties named besides the first, so the worksheet is listed under them too. */
  extraParties(job: Job | undefined): Id[];
  /** The second party is the job's subcontractor, who the decision's entries may name. */
  namesSubcontractor: boolean;
}

/** A value the decision step asks for beyond the option, rendered generically by the screen. */
export interface DecisionField {
  /** The element id is `decision-<id>`. */
  id: string;
  label: Reason;
  kind: ValueKind;
  value: Scalar;
  /** Writes a valid value the owner typed into the draft's follow-up. */
  set(followUp: FollowUp, value: Scalar): void;
}

/** A yes/no the decision step asks (e.g. note not to use the subcontractor again). */
export interface DecisionCheck {
  id: string;
  label: Reason;
  checked: boolean;
  toggle(followUp: FollowUp): void;
}

export interface DecisionFields {
  /** Groups of fields; a group of more than one is shown side by side. */
  groups: DecisionField[][];
  checks: DecisionCheck[];
}

export interface MoneyRow {
  key: string;
  minor: number;
}
/** The money on each side of the decision: catalogue keys and amounts, no text. */
export interface MoneySides {
  left: { heading: string; rows: MoneyRow[] };
  right: { heading: string; rows: MoneyRow[] };
}

/** What the review screen offers once the outcome is in. */
export interface AfterOutcome {
  /** Show the nudge to reward what you want (a warning that worked). */
  reward: boolean;
  /** Terms agreed during the worksheet that differ from the party's, to record on them. */
  agreedNetDays: number | null;
}

/** A situation in the records that calls for a worksheet of this template. */
export interface SituationFound {
  templateId: WorksheetTemplateId;
  partyId: Id;
  jobId: Id | null;
  /** One line: why this needs a decision. */
  reason: Reason;
  /** When the situation began; a decision made on or after this day settles it. */
  since: Day;
}

/** What needs-decision works out once and shares with every template's `situations`. */
export interface SituationContext {
  /** Live parties by id. */
  parties: ReadonlyMap<Id, Party>;
  /** Live jobs of live clients. */
  jobs: readonly Job[];
  jobsByClient: ReadonlyMap<Id, readonly Job[]>;
  balances: ReadonlyMap<Id, JobBalance>;
  /** A client's overdue balances, less those an open promise to pay still covers. */
  overdue(clientId: Id): readonly JobBalance[];
  owner: OwnerTerms;
}

/** Catalogue text a template owns: plain strings, or plural forms chosen by `count`. */
export type TemplateText = string | { readonly other: string; readonly [form: string]: string };
export type TemplateCatalogue = Readonly<Record<string, TemplateText>>;

export interface WorksheetTemplate {
  /** Id, version, facts, questions, factors, options, rules: data, shown step by step. */
  definition: TemplateDef;
  /**
   * Earlier versions' definitions, oldest first, kept as frozen data: a worksheet decided under one
   * is shown with the factors, facts and options it was decided by. Drafts move to `definition`.
   */
  earlierDefinitions?: readonly TemplateDef[];
  subject: SubjectRules;
  /** The facts this template reads from the records, each with where it came from. */
  deriveFacts(book: FactBook, context: FactContext): void;
  /** The options the owner can choose from (a warning: only those of their side). */
  optionsFor(evaluation: Evaluation): string[];
  /** The settlement the option implies, for a template that settles money between parties. */
  settle?(
    worksheet: Pick<WorksheetInput, 'followUp' | 'templateVersion' | 'snapshot'>,
    option: string,
    facts: ScalarMap,
    answers: ScalarMap,
    labels: Record<string, string>,
  ): JobSettlement;
  /** What the decision step asks beyond the option. */
  decisionFields(worksheet: WorksheetInput, evaluation: Evaluation, today: Day): DecisionFields;
  moneySides(evaluation: Evaluation): MoneySides;
  /** The parameters of the suggested message (`worksheets.message.<id>.<option>`). */
  messageParams(worksheet: WorksheetInput, evaluation: Evaluation, today: Day): Reason['params'];
  /**
   * The message's catalogue key when it is not `worksheets.message.<id>.<option>`: a variant of it
   * (`….<option>.<variant>`) for a case whose sentences differ, so no message states a premise the
   * settlement does not hold (an amount of nothing left to pay).
   */
  messageKey?(worksheet: WorksheetInput, evaluation: Evaluation): string;
  /**
   * A line under a question, by question key: what each answer means in money. (Where a pre-answer
   * came from is shown by the screen from the fact the question starts from.)
   */
  questionNotes?(evaluation: Evaluation): Partial<Record<string, Reason>>;
  /** The ledger entries the decision writes. */
  planEffects(
    worksheet: WorksheetInput,
    evaluation: Evaluation,
    records: DecisionRecords & { party: Party },
    today: Day,
    reference: string,
  ): PlannedEffect[];
  /**
   * What the decision would change but cannot write, each with why (e.g. a price typed only in the
   * worksheet that belongs on the job's lines), listed beside the entries so the list says exactly
   * what is written.
   */
  unwritten?(worksheet: WorksheetInput, evaluation: Evaluation): Reason[];
  /** Follow-up fields set when the decision is recorded (e.g. a warning's deadline). */
  decidedFollowUp?(
    worksheet: WorksheetInput,
    evaluation: Evaluation,
    today: Day,
  ): Partial<FollowUp>;
  /** What the review offers once the outcome is in. */
  afterOutcome?(evaluation: Evaluation, outcome: Outcome, party: Party | undefined): AfterOutcome;
  /** Situations in the records that call for this template, for "Needs a decision". */
  situations(ledger: Ledger, asOf: Day, context: SituationContext): SituationFound[];
}
