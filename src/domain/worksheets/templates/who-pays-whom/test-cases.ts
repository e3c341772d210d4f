/**
 * Records for the tests of "who should pay whom?", and a worksheet run through the real engine:
 * facts derived from the records, evaluated, and the entries its decision would write.
 */
import type { Job, JobLine, Party, Payment, ScalarMap, WorksheetInput } from '../../../records';
import { newWorksheet } from '../../../records';
import { planEffects, type PlannedEffect } from '../../effects';
import { evaluateWorksheet, type Evaluation } from '../../evaluate';
import { deriveFacts, type DerivedFacts, type Ledger } from '../../facts';
import { messageDraft } from '../../messages';
import {
  CLIENT_ID,
  SUB_ID,
  TEST_OWNER,
  ledger,
  makeJob,
  makeParty,
  makePayment,
} from '../../test-ledger';

export const AS_OF = '2026-06-30';

export const client = makeParty({ name: 'Lakeside Realty', relationshipStart: '2022-03-01' });
export const crew = makeParty({ id: SUB_ID, kind: 'subcontractor', name: 'Metro Field Crew' });

/** A line of `quantity` units at `unitPrice`, the subcontractor paid `unitCost` a unit. */
export function line(fields: Partial<JobLine> = {}): JobLine {
  return {
    description: 'Field order',
    quantity: 1,
    unit: 'order',
    unitPrice: 0,
    subcontractorUnitCost: 0,
    late: 0,
    doneByClient: 0,
    notDone: 0,
    ...fields,
  };
}

/**
 * Her early years: eight small field jobs of 150.00 from the spring of 2022 to May 2025, each paid
 * on the day, then a year's silence.
 */
export const earlyYears: Job[] = [
  '2022-04-01',
  '2022-08-01',
  '2022-12-01',
  '2023-04-01',
  '2023-08-01',
  '2024-01-01',
  '2024-09-01',
  '2025-05-15',
].map((on, i) =>
  makeJob({
    title: `Field work ${i + 1}`,
    orderedOn: on,
    doneOn: on,
    invoicedOn: on,
    status: 'invoiced',
    amount: 15000,
  }),
);
export const earlyPayments: Payment[] = earlyYears.map((job) =>
  makePayment(job.invoicedOn!, [{ job, amount: 15000 }]),
);

/**
 * The article's batch: five field orders at 75.00, the subcontractor to be paid 40.00 each; he
 * delivered three late and never did two, which her own office did instead.
 */
export function articleBatch(fields: Partial<Job> = {}): Job {
  return makeJob({
    title: 'Field orders',
    orderedOn: '2026-06-10',
    promisedOn: '2026-06-11',
    doneOn: '2026-06-20',
    status: 'done',
    subcontractorId: SUB_ID,
    lines: [
      line({ quantity: 5, unitPrice: 7500, subcontractorUnitCost: 4000, late: 3, doneByClient: 2 }),
    ],
    problems: ['late', 'redone_by_client', 'subcontractor_fault'],
    ...fields,
  });
}

export interface Run {
  worksheet: WorksheetInput;
  derived: DerivedFacts;
  evaluation: Evaluation;
  effects: PlannedEffect[];
  message: ReturnType<typeof messageDraft>;
}

/**
 * A draft about `job` with these answers (and option, amounts, fact overrides), evaluated on the
 * records as the worksheet screen does, with the entries its decision would write.
 */
export function run(
  records: Partial<Ledger> & { job: Job },
  fields: Partial<WorksheetInput> & { answers?: ScalarMap } = {},
): Run {
  const { job, ...rest } = records;
  const parties: readonly Party[] = records.parties ?? [client, crew];
  const all = ledger({ ...rest, parties, jobs: [...(rest.jobs ?? []), job] });
  const partyIds = job.subcontractorId ? [CLIENT_ID, job.subcontractorId] : [CLIENT_ID];
  const worksheet: WorksheetInput = {
    ...newWorksheet('who_pays_whom', 2, partyIds, [job.id], 'USD'),
    ...fields,
  };
  const derived = deriveFacts(worksheet, all, AS_OF, TEST_OWNER);
  const evaluation = evaluateWorksheet(worksheet, derived);
  const subcontractor = parties.find((p) => p.id === job.subcontractorId);
  const party = parties.find((p) => p.id === CLIENT_ID)!;
  const effects = planEffects(
    worksheet,
    evaluation,
    { party, job, subcontractor },
    AS_OF,
    'Worksheet',
  );
  return {
    worksheet,
    derived,
    evaluation,
    effects,
    message: messageDraft(worksheet, evaluation, AS_OF),
  };
}

/** The effects as (effect, amount) pairs, the way the decision lists them. */
export function listed(effects: readonly PlannedEffect[]): [string, number | null][] {
  return effects.map((e) => [
    e.effect,
    e.table === 'payments' || e.table === 'credits' ? e.create.amount : null,
  ]);
}
