/**
 * The records of database version 1 and export format version 1, frozen as plain types (issue 14,
 * step 0). The production schemas in src/domain/records move on to version 2; these stay as
 * version 1 wrote its records, so tests can build version 1 data and prove that upgrading it loses
 * nothing. Copied from src/domain/records at commit 33b6b0c; never change them to follow today's
 * code. Money is in minor units (cents); a day is `YYYY-MM-DD`, an instant a full ISO string in
 * UTC; a stamp is a hybrid logical clock value (`001796061600000-000000-device`).
 */

export type V1Id = string;
export type V1Day = string;
export type V1Instant = string;
export type V1Stamp = string;
export type V1Currency = string;

/** What every version 1 record carries; `stamps` holds one stamp per field a write changed. */
export interface V1Base<Field extends string> {
  id: V1Id;
  createdAt: V1Instant;
  updatedAt: V1Instant;
  /** A tombstone: a deleted record stays, so the delete travels to the other device. */
  deletedAt: V1Instant | null;
  stamps: Partial<Record<Field | 'deletedAt', V1Stamp>>;
}

/** A stored record: the editable fields, the base, and stamps for those fields only. */
export type V1Stored<Fields extends object> = Fields & V1Base<keyof Fields & string>;

// Parties ------------------------------------------------------------------------------------

export const v1PartyKinds = ['client', 'subcontractor'] as const;
export type V1PartyKind = (typeof v1PartyKinds)[number];

export interface V1PartyFields {
  kind: V1PartyKind;
  /** 1–200 characters after trimming. */
  name: string;
  /** Empty or an address; up to 200 characters. */
  email: string;
  phone: string;
  address: string;
  addressConfirmedOn: V1Day | null;
  /** Whole days, 0–365. */
  termsNetDays: number;
  /** Whole percent, 0–100. */
  depositPercent: number;
  relationshipStart: V1Day | null;
  referredById: V1Id | null;
  notes: string;
  archived: boolean;
}
export type V1Party = V1Stored<V1PartyFields>;

// Jobs ---------------------------------------------------------------------------------------

export const v1JobStatuses = [
  'open',
  'done',
  'invoiced',
  'paid',
  'disputed',
  'written_off',
  'cancelled',
] as const;
export type V1JobStatus = (typeof v1JobStatuses)[number];

export const v1JobProblems = [
  'late',
  'not_done',
  'done_badly',
  'redone_by_client',
  'complaint',
  'subcontractor_fault',
] as const;
export type V1JobProblem = (typeof v1JobProblems)[number];

/** No date of a job falls before `orderedOn` (checked by the write path, not by the file reader). */
export interface V1JobFields {
  clientId: V1Id;
  title: string;
  orderedOn: V1Day;
  promisedOn: V1Day | null;
  doneOn: V1Day | null;
  invoicedOn: V1Day | null;
  /** An agreed due date; when null the due date follows from the invoice (or done) day and terms. */
  dueOn: V1Day | null;
  /** The whole job's price: one amount, no lines (version 2 has lines). */
  amount: number;
  currency: V1Currency;
  termsNetDays: number;
  status: V1JobStatus;
  subcontractorId: V1Id | null;
  subcontractorCost: number;
  /** Each at most once. */
  problems: V1JobProblem[];
  problemNote: string;
  notes: string;
}
export type V1Job = V1Stored<V1JobFields>;

// Payments -----------------------------------------------------------------------------------

export const v1PaymentDirections = [
  'client_to_me',
  'me_to_client',
  'me_to_sub',
  'sub_to_me',
] as const;
export type V1PaymentDirection = (typeof v1PaymentDirections)[number];

export const v1PaymentMethods = ['cheque', 'transfer', 'card', 'cash', 'other'] as const;
export type V1PaymentMethod = (typeof v1PaymentMethods)[number];

/** `sent`: money on its way (a cheque in the mail); it settles nothing yet. */
export const v1PaymentStates = ['received', 'sent'] as const;
export type V1PaymentState = (typeof v1PaymentStates)[number];

export interface V1Allocation {
  jobId: V1Id;
  /** At least 1. */
  amount: number;
}

/**
 * One day only (`paidOn`) whatever the state: marking a sent cheque received overwrote nothing but
 * the state, so version 1 never knew when a received cheque had been sent. Allocations: each job
 * once, at most 500, their total at most `amount`; only jobs of the payment's party (as client for
 * client payments, as subcontractor for subcontractor payments) and in its currency.
 */
export interface V1PaymentFields {
  direction: V1PaymentDirection;
  partyId: V1Id;
  paidOn: V1Day;
  /** At least 1. */
  amount: number;
  currency: V1Currency;
  method: V1PaymentMethod;
  state: V1PaymentState;
  allocations: V1Allocation[];
  reference: string;
  notes: string;
}
export type V1Payment = V1Stored<V1PaymentFields>;

// Contacts -----------------------------------------------------------------------------------

export const v1ContactKinds = [
  'reminder_sent',
  'warning_sent',
  'client_called_first',
  'promise_to_pay',
  'complaint',
  'referral',
  'note',
] as const;
export type V1ContactKind = (typeof v1ContactKinds)[number];

export const v1ContactInitiators = ['me', 'them'] as const;
export type V1ContactInitiator = (typeof v1ContactInitiators)[number];

export interface V1ContactFields {
  partyId: V1Id;
  jobId: V1Id | null;
  on: V1Day;
  kind: V1ContactKind;
  initiatedBy: V1ContactInitiator;
  /** For a promise to pay: the day they promised (version 1 had no amount and no kept/broken). */
  promisedOn: V1Day | null;
  /** For a referral: the party they sent our way. */
  referredPartyId: V1Id | null;
  note: string;
}
export type V1Contact = V1Stored<V1ContactFields>;

// Settings -----------------------------------------------------------------------------------

/** The one settings record's id, shared by every device. */
export const V1_SETTINGS_ID = '00000000-0000-4000-8000-000000000001';

export const v1LocaleChoices = ['auto', 'en', 'ru'] as const;
export const v1ThemeChoices = ['system', 'light', 'dark'] as const;

export interface V1SettingsFields {
  businessName: string;
  defaultCurrency: V1Currency;
  defaultTermsNetDays: number;
  locale: (typeof v1LocaleChoices)[number];
  theme: (typeof v1ThemeChoices)[number];
}
export type V1Settings = V1Stored<V1SettingsFields>;

// Worksheets ---------------------------------------------------------------------------------

export const v1WorksheetTemplateIds = [
  'forgive_or_pursue',
  'keep_or_part',
  'who_pays_whom',
  'warn_before_slowing',
] as const;
export type V1WorksheetTemplateId = (typeof v1WorksheetTemplateIds)[number];

export const v1WorksheetStatuses = ['draft', 'decided', 'reviewed'] as const;
export const v1WorksheetSteps = ['facts', 'questions', 'result', 'decision', 'follow_up'] as const;

/** The ledger changes a decision could write (a credit was a payment to the client, or a note). */
export const v1WorksheetEffects = [
  'write_off',
  'credit',
  'pay_client',
  'charge_back',
  'forfeit',
  'terms',
  'discount_note',
  'avoid_subcontractor',
  'reminder_contact',
  'warning_contact',
  'note_contact',
] as const;
export type V1WorksheetEffect = (typeof v1WorksheetEffects)[number];

export const v1EffectTables = ['parties', 'jobs', 'payments', 'contacts'] as const;

/** A fact or answer: a number (money in minor units, counts, days, percent), a choice, a day. */
export type V1Scalar = number | string | boolean | null;
/** Keys match /^[a-z][A-Za-z0-9_]{0,39}$/; at most 60 of them (12 or 20 where said). */
export type V1ScalarMap = Record<string, V1Scalar>;

export type V1ReasonParam =
  number | string | { minor: number; currency: V1Currency } | { day: V1Day } | { key: string };

/** A catalogue key (`worksheets.…`) and its parameters (at most 12). */
export interface V1Reason {
  key: string;
  params: Record<string, V1ReasonParam>;
}

export interface V1FactorResult {
  key: string;
  input: V1Scalar;
  /** −1…1. */
  value: number;
  /** 0…10. */
  weight: number;
  /** −100…100. */
  contribution: number;
}

export interface V1WorksheetResult {
  option: string;
  score: number;
  factors: V1FactorResult[];
  reasons: V1Reason[];
  actions: V1Reason[];
}

export interface V1WorksheetEntry {
  effect: V1WorksheetEffect;
  table: (typeof v1EffectTables)[number];
  id: V1Id;
  before: Record<string, number | string | boolean | null> | null;
  after: Record<string, number | string | boolean | null> | null;
  summary: V1Reason;
  undone: boolean;
}

export interface V1FollowUp {
  message: string;
  messageEdited: boolean;
  deadline: V1Day | null;
  reviewOn: V1Day | null;
  amounts: Record<string, number>;
  termsNetDays: number | null;
  depositPercent: number | null;
  discountPercent: number | null;
  avoidSubcontractor: boolean;
  prevention: string;
  skipped: V1WorksheetEffect[];
}

export interface V1Outcome {
  reviewedOn: V1Day;
  paid: 'yes' | 'partly' | 'no';
  relationshipKept: 'yes' | 'partly' | 'no';
  sameDecision: 'yes' | 'partly' | 'no';
  note: string;
}

export interface V1WorksheetFields {
  templateId: V1WorksheetTemplateId;
  templateVersion: number;
  /** 1–4 distinct parties. */
  partyIds: V1Id[];
  /** Up to 20 distinct jobs. */
  jobIds: V1Id[];
  currency: V1Currency;
  status: (typeof v1WorksheetStatuses)[number];
  step: (typeof v1WorksheetSteps)[number];
  factOverrides: V1ScalarMap;
  answers: V1ScalarMap;
  weights: Record<string, number>;
  snapshot: {
    asOf: V1Day;
    facts: V1ScalarMap;
    recordFacts: V1ScalarMap;
    labels: Record<string, string>;
  } | null;
  result: V1WorksheetResult | null;
  decision: { option: string | null; decidedOn: V1Day | null; note: string };
  followUp: V1FollowUp;
  entries: V1WorksheetEntry[];
  outcome: V1Outcome | null;
}
export type V1Worksheet = V1Stored<V1WorksheetFields>;

// The whole ledger ---------------------------------------------------------------------------

export interface V1RecordOf {
  parties: V1Party;
  jobs: V1Job;
  payments: V1Payment;
  contacts: V1Contact;
  settings: V1Settings;
  worksheets: V1Worksheet;
}

export type V1Table = keyof V1RecordOf;

/** The synced tables of version 1, in the export file's order. */
export const v1Tables = [
  'parties',
  'jobs',
  'payments',
  'contacts',
  'settings',
  'worksheets',
] as const satisfies readonly V1Table[];

/** Every record of every table, tombstones included: what a version 1 export file holds. */
export type V1Ledger = { [T in V1Table]: V1RecordOf[T][] };

/** The header of a version 1 export file. */
export interface V1ExportHeader {
  format: 'goodwill-ledger-export';
  version: 1;
  exportedAt: V1Instant;
  device: { id: string; name: string };
}
