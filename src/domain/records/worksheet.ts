/**
 * One goodwill decision: which worksheet, about whom, what the records said, what the owner
 * answered, the scored result, the decision, what it wrote to the ledger, and later how it turned
 * out. Every nested field is JSON-shaped, strict and bounded, so a hostile import file cannot smuggle
 * in unknown keys, huge blobs or prototype keys.
 */
import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { MAX_MINOR } from '../money';
import { currencySchema, minorSchema } from '../money-schemas';
import { idSchema, storedShape, text } from './base';

export const worksheetTemplateIds = [
  'forgive_or_pursue',
  'keep_or_part',
  'who_pays_whom',
  'warn_before_slowing',
] as const;
export type WorksheetTemplateId = (typeof worksheetTemplateIds)[number];

export const worksheetStatuses = ['draft', 'decided', 'reviewed'] as const;
export type WorksheetStatus = (typeof worksheetStatuses)[number];

export const worksheetSteps = ['facts', 'questions', 'result', 'decision', 'follow_up'] as const;
export type WorksheetStep = (typeof worksheetSteps)[number];

/** The ledger changes a decision can write; each is kept on the worksheet so it can be undone. */
export const worksheetEffects = [
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
  'resolve_dispute',
] as const;
export type WorksheetEffect = (typeof worksheetEffects)[number];

export const effectTables = [
  'parties',
  'jobs',
  'payments',
  'credits',
  'contacts',
  'disputes',
] as const;
export type EffectTable = (typeof effectTables)[number];

/** A template's own name for a fact, answer, factor or option: camelCase, never `__proto__`. */
export const worksheetKeySchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9_]{0,39}$/, { error: 'invalid' });

/** A catalogue key for a reason or a message, always inside the worksheets' area. */
const messageKeySchema = z.string().regex(/^worksheets\.[A-Za-z0-9_.]{1,100}$/, {
  error: 'invalid',
});

const MAX_ENTRIES = 60;

/**
 * A map of the template's own keys, at most `max` of them. Zod quietly drops a `__proto__` key; a
 * file carrying one is refused instead, so a hostile file never passes as a clean one.
 */
function keyedMap<V extends z.ZodType>(values: V, max: number = MAX_ENTRIES) {
  return z
    .unknown()
    .refine(
      (value) => typeof value !== 'object' || value === null || !Object.hasOwn(value, '__proto__'),
      { error: 'invalid' },
    )
    .pipe(z.record(worksheetKeySchema, values))
    .refine((value) => Object.keys(value).length <= max, { error: 'too_large' });
}

/** A fact or answer: a number (money in minor units, counts, days, percent), a choice, a day. */
export const scalarSchema = z.union([
  z.number().finite().min(-MAX_MINOR).max(MAX_MINOR),
  z.string().max(200),
  z.boolean(),
  z.null(),
]);
export type Scalar = z.infer<typeof scalarSchema>;

export const scalarMapSchema = keyedMap(scalarSchema);
export type ScalarMap = z.infer<typeof scalarMapSchema>;

const reasonParamSchema = z.union([
  z.number().finite().min(-MAX_MINOR).max(MAX_MINOR),
  z.string().max(200),
  z.strictObject({
    minor: z.number().int().min(-MAX_MINOR).max(MAX_MINOR),
    currency: currencySchema,
  }),
  z.strictObject({ day: daySchema }),
  z.strictObject({ key: messageKeySchema }),
]);

/** Words the app shows, stored as a catalogue key and its parameters so any language can read it. */
export const reasonSchema = z.strictObject({
  key: messageKeySchema,
  params: keyedMap(reasonParamSchema, 12),
});
export type Reason = z.infer<typeof reasonSchema>;

export const MAX_WEIGHT = 10;
const weightSchema = z.number().finite().min(0).max(MAX_WEIGHT);

export const factorResultSchema = z.strictObject({
  key: worksheetKeySchema,
  /** What the factor read (a fact or an answer), as the owner would see it. */
  input: scalarSchema,
  /** The factor's verdict from -1 (against) to +1 (for the most generous option). */
  value: z.number().finite().min(-1).max(1),
  weight: weightSchema,
  /** Points this factor adds to the score (-100…100); all contributions add up to the score. */
  contribution: z.number().finite().min(-100).max(100),
});
export type FactorResult = z.infer<typeof factorResultSchema>;

export const worksheetResultSchema = z.strictObject({
  option: worksheetKeySchema,
  score: z.number().finite().min(-100).max(100),
  factors: z.array(factorResultSchema).max(20),
  reasons: z.array(reasonSchema).max(12),
  actions: z.array(reasonSchema).max(6),
});
export type WorksheetResult = z.infer<typeof worksheetResultSchema>;

/** Field values a decision changed on a record: notes can be long, so strings go to 5000. */
const entryValuesSchema = keyedMap(
  z.union([
    z.number().finite().min(-MAX_MINOR).max(MAX_MINOR),
    z.string().max(5000),
    z.boolean(),
    z.null(),
  ]),
  12,
);
export type EntryValues = z.infer<typeof entryValuesSchema>;

export const worksheetEntrySchema = z.strictObject({
  effect: z.enum(worksheetEffects),
  table: z.enum(effectTables),
  id: idSchema,
  /**
   * For a changed record, the values before and after the change, so Undo can put back what it
   * changed (and only while nobody has changed it since); both null for a created record.
   */
  before: entryValuesSchema.nullable(),
  after: entryValuesSchema.nullable(),
  /** What it was, in words, for the worksheet's list of what the decision recorded. */
  summary: reasonSchema,
  undone: z.boolean(),
});
export type WorksheetEntry = z.infer<typeof worksheetEntrySchema>;

export const followUpSchema = z.strictObject({
  message: text(5000),
  /** False while the message follows the generated draft; true once the owner has edited it. */
  messageEdited: z.boolean(),
  deadline: daySchema.nullable(),
  reviewOn: daySchema.nullable(),
  /** Money the owner set in place of the suggested settlement (credit, payment to the client…). */
  amounts: keyedMap(minorSchema, 12),
  termsNetDays: z.int().min(0).max(365).nullable(),
  depositPercent: z.int().min(0).max(100).nullable(),
  discountPercent: z.int().min(0).max(100).nullable(),
  avoidSubcontractor: z.boolean(),
  prevention: text(2000),
  /** Ledger changes the owner unticked before recording the decision. */
  skipped: z.array(z.enum(worksheetEffects)).max(worksheetEffects.length),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const outcomeAnswers = ['yes', 'partly', 'no'] as const;
export type OutcomeAnswer = (typeof outcomeAnswers)[number];

export const outcomeSchema = z.strictObject({
  reviewedOn: daySchema,
  paid: z.enum(outcomeAnswers),
  relationshipKept: z.enum(outcomeAnswers),
  sameDecision: z.enum(outcomeAnswers),
  note: text(2000),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const worksheetFields = {
  templateId: z.enum(worksheetTemplateIds),
  templateVersion: z.int().min(1).max(1000),
  partyIds: z
    .array(idSchema)
    .min(1, { error: 'required' })
    .max(4)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'duplicate_choice' }),
  jobIds: z
    .array(idSchema)
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'duplicate_choice' }),
  currency: currencySchema,
  status: z.enum(worksheetStatuses),
  /** Where the owner was, so a reload returns to the same step. */
  step: z.enum(worksheetSteps),
  /** Facts the owner typed over what the records said. */
  factOverrides: scalarMapSchema,
  answers: scalarMapSchema,
  /** Weights the owner changed from the template's. */
  weights: keyedMap(weightSchema, 20),
  /** The facts as they stood when the decision was made, with the names they referred to. */
  snapshot: z
    .strictObject({
      asOf: daySchema,
      facts: scalarMapSchema,
      /** What the records said, where the owner changed a fact. */
      recordFacts: scalarMapSchema,
      labels: keyedMap(z.string().max(200), 12),
    })
    .nullable(),
  result: worksheetResultSchema.nullable(),
  decision: z.strictObject({
    option: worksheetKeySchema.nullable(),
    decidedOn: daySchema.nullable(),
    note: text(2000),
  }),
  followUp: followUpSchema,
  entries: z.array(worksheetEntrySchema).max(20),
  outcome: outcomeSchema.nullable(),
};

export const worksheetInputSchema = z.strictObject(worksheetFields);
export type WorksheetInput = z.infer<typeof worksheetInputSchema>;

export const worksheetSchema = z.strictObject(storedShape(worksheetFields));
export type Worksheet = z.infer<typeof worksheetSchema>;

export function emptyFollowUp(): FollowUp {
  return {
    message: '',
    messageEdited: false,
    deadline: null,
    reviewOn: null,
    amounts: {},
    termsNetDays: null,
    depositPercent: null,
    discountPercent: null,
    avoidSubcontractor: false,
    prevention: '',
    skipped: [],
  };
}

export function newWorksheet(
  templateId: WorksheetTemplateId,
  templateVersion: number,
  partyIds: string[],
  jobIds: string[],
  currency: string,
): WorksheetInput {
  return {
    templateId,
    templateVersion,
    partyIds,
    jobIds,
    currency,
    status: 'draft',
    step: 'facts',
    factOverrides: {},
    answers: {},
    weights: {},
    snapshot: null,
    result: null,
    decision: { option: null, decidedOn: null, note: '' },
    followUp: emptyFollowUp(),
    entries: [],
    outcome: null,
  };
}
