/**
 * Random VALID version 1 ledgers (issue 14, step 0): what a version 1 device could hold and
 * export, for property tests of the upgrade to version 2. A few clients and subcontractors; jobs in
 * every status (`paid` with or without payments among them: version 1 never tied a status to money);
 * payments in all four directions, received and sent, settling part of a job, all of it, more than
 * it, or several jobs at once, some in a second currency; contacts of every kind; settings and a
 * worksheet now and then; tombstones in every table. Every record passes version 1's strict schema
 * with the rules between its fields, and the rules between records the write path kept: links name
 * records of the ledger, and a payment settles only its own party's jobs in its own currency, never
 * more in all than its amount. A tombstone may still be linked to (a payment settling a deleted
 * job, a job of a deleted client), as when it was deleted after the links were made or on another
 * device before the two synced. Every stamp is a valid clock value from the past.
 *
 * Independent of today's production code on purpose: it must keep making version 1 data after the
 * production records have moved on (ledger-v1.arbitrary.test.ts checked it against version 1's
 * schemas while they existed).
 */
import fc from 'fast-check';
import {
  V1_SETTINGS_ID,
  v1ContactInitiators,
  v1ContactKinds,
  v1JobProblems,
  v1JobStatuses,
  v1PaymentDirections,
  v1PaymentMethods,
  v1PaymentStates,
  v1WorksheetTemplateIds,
  type V1Allocation,
  type V1Base,
  type V1Contact,
  type V1ContactFields,
  type V1Currency,
  type V1Day,
  type V1Id,
  type V1Instant,
  type V1Job,
  type V1JobFields,
  type V1Ledger,
  type V1Party,
  type V1PartyFields,
  type V1Payment,
  type V1PaymentDirection,
  type V1PaymentFields,
  type V1Settings,
  type V1SettingsFields,
  type V1Worksheet,
  type V1WorksheetFields,
} from './records-v1';

/** The ledgers' days run over these two years; every record was written on one of them. */
export const V1_FIRST_DAY: V1Day = '2025-01-01';
export const V1_LAST_DAY: V1Day = '2026-11-30';

const MS_PER_DAY = 86_400_000;
const FIRST_MS = Date.parse(`${V1_FIRST_DAY}T00:00:00.000Z`);
const SPAN_DAYS = Math.round((Date.parse(`${V1_LAST_DAY}T00:00:00.000Z`) - FIRST_MS) / MS_PER_DAY);

/** The day `offset` days after the first day. */
export function v1DayAt(offset: number): V1Day {
  return new Date(FIRST_MS + offset * MS_PER_DAY).toISOString().slice(0, 10);
}

function dayOffset(day: V1Day): number {
  return Math.round((Date.parse(`${day}T00:00:00.000Z`) - FIRST_MS) / MS_PER_DAY);
}

function laterDay(day: V1Day, days: number): V1Day {
  return v1DayAt(dayOffset(day) + days);
}

/** A day of the ledgers' span, for records and for "as of" questions. */
export const v1DayArbitrary: fc.Arbitrary<V1Day> = fc.nat({ max: SPAN_DAYS }).map(v1DayAt);

/** The main currency and a second one; two in three records use the main one. */
export const V1_CURRENCIES = ['USD', 'EUR'] as const;
const currency = fc.constantFrom<V1Currency>('USD', 'USD', 'EUR');

/** `arbitrary`'s value one time in `every`, else null (fc.option's `freq` is the other way round). */
function oneIn<T>(every: number, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

/** A valid version 4 UUID numbered within its table, so ids never collide. */
function idOf(table: number, index: number): V1Id {
  return `${String(table).padStart(8, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}
const PARTY = 1;
const JOB = 2;
const PAYMENT = 3;
const CONTACT = 4;
const WORKSHEET = 5;

const DEVICES = ['device-a', 'device-b', '7e57de40-0000-4000-8000-000000000002'] as const;

function instantOf(ms: number): V1Instant {
  return new Date(ms).toISOString();
}

function stampOf(ms: number, counter: number, device: string): string {
  return `${String(ms).padStart(15, '0')}-${String(counter).padStart(6, '0')}-${device}`;
}

/**
 * When a record was written, changed and perhaps deleted, as chosen for it: created on its day
 * (at some time of it), changed up to 60 days later, deleted later still; never after the last
 * day, so no stamp is from the future.
 */
interface Times {
  timeOfDay: number;
  changedAfter: number;
  deletedAfter: number | null;
  device: number;
  counter: number;
  /** Which fields the last change stamped, by their order in the record. */
  changedFields: number[];
}

const times: fc.Arbitrary<Times> = fc.record({
  timeOfDay: fc.nat({ max: MS_PER_DAY - 1 }),
  changedAfter: fc.oneof(fc.constant(0), fc.nat({ max: 60 * MS_PER_DAY })),
  // One record in eight is a tombstone.
  deletedAfter: oneIn(8, fc.nat({ max: 30 * MS_PER_DAY })),
  device: fc.nat({ max: DEVICES.length - 1 }),
  counter: fc.nat({ max: 3 }),
  changedFields: fc.uniqueArray(fc.nat({ max: 20 }), { maxLength: 4 }),
});

const LAST_MS = FIRST_MS + (SPAN_DAYS + 1) * MS_PER_DAY - 1;

/** The base of a record written on `day` with these fields: instants, tombstone and stamps. */
function based<F extends object>(day: V1Day, fields: F, t: Times): F & V1Base<keyof F & string> {
  const created = Math.min(LAST_MS, Date.parse(`${day}T00:00:00.000Z`) + t.timeOfDay);
  const changed = Math.min(LAST_MS, created + t.changedAfter);
  const deleted = t.deletedAfter === null ? null : Math.min(LAST_MS, changed + t.deletedAfter);
  const device = DEVICES[t.device]!;
  const names = Object.keys(fields);
  const stamps: Record<string, string> = {};
  // Created with a stamp on every field, as the write path does; the last change stamped a few.
  for (const name of names) stamps[name] = stampOf(created, 0, device);
  if (changed > created) {
    for (const i of t.changedFields) {
      const name = names[i % names.length];
      if (name !== undefined) stamps[name] = stampOf(changed, t.counter, device);
    }
  }
  if (deleted !== null) stamps.deletedAt = stampOf(deleted, t.counter, device);
  return {
    ...fields,
    id: '',
    createdAt: instantOf(created),
    updatedAt: instantOf(deleted ?? changed),
    deletedAt: deleted === null ? null : instantOf(deleted),
    stamps,
  } as F & V1Base<keyof F & string>;
}

const note = fc.constantFrom('', '', 'Pays by cheque.', 'Zoë Åberg-Núñez «said so»', 'Call first');
const terms = fc.oneof(fc.constantFrom(0, 14, 30, 30, 45), fc.integer({ min: 0, max: 365 }));
/** Half the time a number of days (after the order, say), else null. */
const optionalOffset = (max: number) => oneIn(2, fc.nat({ max }));

// Parties ------------------------------------------------------------------------------------

const partyPlan = fc.record({
  name: fc.constantFrom('Ada Lovelace', 'Oakwood Vets', 'Борис Петров', 'Zoë Åberg-Núñez', 'B&B'),
  email: fc.boolean(),
  phone: fc.constantFrom('', '01632 960123'),
  address: fc.constantFrom('', '12 Harbour Road', 'Flat 3, 7 Mill Lane'),
  addressConfirmed: optionalOffset(SPAN_DAYS),
  termsNetDays: terms,
  depositPercent: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 })),
  start: fc.nat({ max: SPAN_DAYS }),
  hasStart: fc.boolean(),
  referredBy: oneIn(3, fc.nat()),
  notes: note,
  archived: fc.boolean(),
  times,
});
type PartyPlan = typeof partyPlan extends fc.Arbitrary<infer P> ? P : never;

function buildParty(
  plan: PartyPlan,
  index: number,
  kind: V1PartyFields['kind'],
  earlier: V1Id[],
): V1Party {
  const day = v1DayAt(plan.start);
  const fields: V1PartyFields = {
    kind,
    name: `${plan.name} ${index + 1}`,
    email: plan.email ? `office${index}@example.com` : '',
    phone: plan.phone,
    address: plan.address,
    addressConfirmedOn: plan.addressConfirmed === null ? null : v1DayAt(plan.addressConfirmed),
    termsNetDays: plan.termsNetDays,
    depositPercent: plan.depositPercent,
    relationshipStart: plan.hasStart ? day : null,
    referredById:
      plan.referredBy === null || earlier.length === 0
        ? null
        : earlier[plan.referredBy % earlier.length]!,
    notes: plan.notes,
    archived: plan.archived,
  };
  return { ...based(day, fields, plan.times), id: idOf(PARTY, index) };
}

// Jobs ---------------------------------------------------------------------------------------

const amount = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 50_000 }).map((n) => n * 100) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 5_000_000 }) },
  { weight: 1, arbitrary: fc.constant(0) },
);

const jobPlan = fc.record({
  client: fc.nat(),
  sub: oneIn(3, fc.nat()),
  title: fc.constantFrom('Fix the roof', 'Paint the hall', 'Ремонт крыши', 'Boiler service'),
  ordered: fc.nat({ max: SPAN_DAYS }),
  promised: optionalOffset(40),
  done: optionalOffset(40),
  invoiced: optionalOffset(50),
  due: oneIn(4, fc.nat({ max: 90 })),
  amount,
  currency,
  termsNetDays: terms,
  status: fc.constantFrom(...v1JobStatuses),
  costShare: fc.integer({ min: 0, max: 100 }),
  problems: fc.subarray([...v1JobProblems]),
  problemNote: note,
  notes: note,
  times,
});
type JobPlan = typeof jobPlan extends fc.Arbitrary<infer P> ? P : never;

function buildJob(plan: JobPlan, index: number, clients: V1Party[], subs: V1Party[]): V1Job {
  const orderedOn = v1DayAt(plan.ordered);
  const doneOn = plan.done === null ? null : laterDay(orderedOn, plan.done);
  const fields: V1JobFields = {
    clientId: clients[plan.client % clients.length]!.id,
    title: plan.title,
    orderedOn,
    promisedOn: plan.promised === null ? null : laterDay(orderedOn, plan.promised),
    doneOn,
    // Version 1 asked only that no date fall before the order: invoiced before done is allowed.
    invoicedOn: plan.invoiced === null ? null : laterDay(orderedOn, plan.invoiced),
    dueOn: plan.due === null ? null : laterDay(orderedOn, plan.due),
    amount: plan.amount,
    currency: plan.currency,
    termsNetDays: plan.termsNetDays,
    status: plan.status,
    subcontractorId:
      plan.sub === null || subs.length === 0 ? null : subs[plan.sub % subs.length]!.id,
    subcontractorCost: 0,
    problems: plan.problems,
    problemNote: plan.problemNote,
    notes: plan.notes,
  };
  if (fields.subcontractorId !== null) {
    fields.subcontractorCost = Math.floor((plan.amount * plan.costShare) / 100);
  }
  return { ...based(orderedOn, fields, plan.times), id: idOf(JOB, index) };
}

// Payments -----------------------------------------------------------------------------------

/** How much of a job one allocation settles: a part, all of it, or more than it. */
const allocationPlan = fc.record({
  job: fc.nat(),
  share: fc.constantFrom('part', 'all', 'all', 'over', 'one'),
  percent: fc.integer({ min: 1, max: 99 }),
});

const paymentPlan = fc.record({
  // Mostly money from clients, as in a real ledger.
  direction: fc.constantFrom<V1PaymentDirection>(
    'client_to_me',
    'client_to_me',
    'client_to_me',
    ...v1PaymentDirections,
  ),
  party: fc.nat(),
  paid: fc.nat({ max: SPAN_DAYS }),
  currency,
  /** Three times in four the currency of one of the party's jobs, so the payment can settle it. */
  currencyOfJob: fc.constantFrom(true, true, true, false),
  method: fc.constantFrom(...v1PaymentMethods),
  state: fc.constantFrom(...v1PaymentStates),
  allocations: fc.array(allocationPlan, { maxLength: 3 }),
  /** Money beyond the allocations: none, some, or a payment with no job at all. */
  extra: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200_000 })),
  reference: fc.constantFrom('', 'Cheque 004512', 'INV-7'),
  notes: note,
  times,
});
type PaymentPlan = typeof paymentPlan extends fc.Arbitrary<infer P> ? P : never;

function allocationAmount(
  job: V1Job,
  plan: typeof allocationPlan extends fc.Arbitrary<infer A> ? A : never,
) {
  const base = Math.max(1, job.amount);
  switch (plan.share) {
    case 'part':
      return Math.max(1, Math.floor((base * plan.percent) / 100));
    case 'all':
      return base;
    case 'over':
      return base + Math.max(1, Math.floor((base * plan.percent) / 100));
    case 'one':
      return 1;
  }
}

function buildPayment(
  plan: PaymentPlan,
  index: number,
  clients: V1Party[],
  subs: V1Party[],
  jobs: V1Job[],
): V1Payment {
  // With no subcontractors, money for a subcontractor goes between me and a client instead.
  const forSub =
    (plan.direction === 'me_to_sub' || plan.direction === 'sub_to_me') && subs.length > 0;
  const direction = forSub
    ? plan.direction
    : plan.direction === 'sub_to_me'
      ? 'client_to_me'
      : plan.direction === 'me_to_sub'
        ? 'me_to_client'
        : plan.direction;
  const parties = forSub ? subs : clients;
  const party = parties[plan.party % parties.length]!;
  const ofParty = jobs.filter((j) =>
    forSub ? j.subcontractorId === party.id : j.clientId === party.id,
  );
  const currency =
    plan.currencyOfJob && ofParty.length > 0
      ? ofParty[plan.party % ofParty.length]!.currency
      : plan.currency;
  // Only the party's own jobs (as client or as subcontractor), in the payment's currency.
  const theirs = ofParty.filter((j) => j.currency === currency);
  const allocations: V1Allocation[] = [];
  for (const a of plan.allocations) {
    if (theirs.length === 0) break;
    const job = theirs[a.job % theirs.length]!;
    if (allocations.some((x) => x.jobId === job.id)) continue;
    allocations.push({ jobId: job.id, amount: allocationAmount(job, a) });
  }
  const allocated = allocations.reduce((sum, a) => sum + a.amount, 0);
  const fields: V1PaymentFields = {
    direction,
    partyId: party.id,
    paidOn: v1DayAt(plan.paid),
    amount: Math.max(1, allocated + plan.extra),
    currency,
    method: plan.method,
    state: plan.state,
    allocations,
    reference: plan.reference,
    notes: plan.notes,
  };
  return { ...based(fields.paidOn, fields, plan.times), id: idOf(PAYMENT, index) };
}

// Contacts -----------------------------------------------------------------------------------

const contactPlan = fc.record({
  party: fc.nat(),
  job: oneIn(2, fc.nat()),
  on: fc.nat({ max: SPAN_DAYS }),
  kind: fc.constantFrom(...v1ContactKinds),
  initiatedBy: fc.constantFrom(...v1ContactInitiators),
  promisedAfter: fc.nat({ max: 30 }),
  referred: fc.nat(),
  note,
  times,
});
type ContactPlan = typeof contactPlan extends fc.Arbitrary<infer P> ? P : never;

function buildContact(
  plan: ContactPlan,
  index: number,
  parties: V1Party[],
  jobs: V1Job[],
): V1Contact {
  const party = parties[plan.party % parties.length]!;
  const theirJobs = jobs.filter((j) => j.clientId === party.id || j.subcontractorId === party.id);
  const on = v1DayAt(plan.on);
  const others = parties.filter((p) => p.id !== party.id);
  const fields: V1ContactFields = {
    partyId: party.id,
    jobId:
      plan.job === null || theirJobs.length === 0
        ? null
        : theirJobs[plan.job % theirJobs.length]!.id,
    on,
    kind: plan.kind,
    initiatedBy: plan.initiatedBy,
    promisedOn: plan.kind === 'promise_to_pay' ? laterDay(on, plan.promisedAfter) : null,
    referredPartyId:
      plan.kind === 'referral' && others.length > 0
        ? others[plan.referred % others.length]!.id
        : null,
    note: plan.note,
  };
  return { ...based(on, fields, plan.times), id: idOf(CONTACT, index) };
}

// Settings and worksheets --------------------------------------------------------------------

const settingsPlan = fc.record({
  businessName: fc.constantFrom('', 'Ada Repairs', 'Ремонт и сервис'),
  defaultCurrency: currency,
  defaultTermsNetDays: terms,
  locale: fc.constantFrom('auto', 'en', 'ru'),
  theme: fc.constantFrom('system', 'light', 'dark'),
  day: fc.nat({ max: SPAN_DAYS }),
  times,
});
type SettingsPlan = typeof settingsPlan extends fc.Arbitrary<infer P> ? P : never;

function buildSettings(plan: SettingsPlan): V1Settings {
  const fields: V1SettingsFields = {
    businessName: plan.businessName,
    defaultCurrency: plan.defaultCurrency,
    defaultTermsNetDays: plan.defaultTermsNetDays,
    locale: plan.locale,
    theme: plan.theme,
  };
  // The settings record is never deleted: there is no way to delete it.
  return {
    ...based(v1DayAt(plan.day), fields, { ...plan.times, deletedAfter: null }),
    id: V1_SETTINGS_ID,
  };
}

const worksheetPlan = fc.record({
  templateId: fc.constantFrom(...v1WorksheetTemplateIds),
  client: fc.nat(),
  decided: fc.boolean(),
  day: fc.nat({ max: SPAN_DAYS }),
  times,
});
type WorksheetPlan = typeof worksheetPlan extends fc.Arbitrary<infer P> ? P : never;

function buildWorksheet(
  plan: WorksheetPlan,
  index: number,
  clients: V1Party[],
  jobs: V1Job[],
): V1Worksheet {
  const client = clients[plan.client % clients.length]!;
  const theirJobs = jobs.filter((j) => j.clientId === client.id).slice(0, 2);
  const day = v1DayAt(plan.day);
  const cur = theirJobs[0]?.currency ?? 'USD';
  const fields: V1WorksheetFields = {
    templateId: plan.templateId,
    templateVersion: 1,
    partyIds: [client.id],
    jobIds: theirJobs.map((j) => j.id),
    currency: cur,
    status: plan.decided ? 'decided' : 'draft',
    step: plan.decided ? 'follow_up' : 'questions',
    factOverrides: {},
    answers: { relationshipValue: 'high', askedTwice: true },
    weights: {},
    snapshot: plan.decided
      ? {
          asOf: day,
          facts: { outstanding: 12_500, tenureMonths: 14, lastPaidOn: day },
          recordFacts: {},
          labels: { client: client.name },
        }
      : null,
    result: plan.decided
      ? {
          option: 'forgive',
          score: 42.5,
          factors: [{ key: 'tenure', input: 14, value: 0.5, weight: 2, contribution: 42.5 }],
          reasons: [{ key: 'worksheets.reason.tenure', params: { months: 14 } }],
          actions: [
            {
              key: 'worksheets.action.credit',
              params: { amount: { minor: 12_500, currency: cur }, by: { day } },
            },
          ],
        }
      : null,
    decision: {
      option: plan.decided ? 'forgive' : null,
      decidedOn: plan.decided ? day : null,
      note: '',
    },
    followUp: {
      message: plan.decided ? 'Thank you for your patience.' : '',
      messageEdited: false,
      deadline: null,
      reviewOn: plan.decided ? laterDay(day, 30) : null,
      amounts: plan.decided ? { credit: 12_500 } : {},
      termsNetDays: null,
      depositPercent: null,
      discountPercent: null,
      avoidSubcontractor: false,
      prevention: '',
      skipped: [],
    },
    entries: [],
    outcome: null,
  };
  return { ...based(day, fields, plan.times), id: idOf(WORKSHEET, index) };
}

// The ledger ---------------------------------------------------------------------------------

/**
 * A version 1 ledger: 1–4 clients, 0–2 subcontractors, up to 12 jobs, 16 payments, 8 contacts, the
 * settings record or none, up to 2 worksheets. Records come in table order, not sorted by id.
 */
export const v1LedgerArbitrary: fc.Arbitrary<V1Ledger> = fc
  .record({
    clients: fc.array(partyPlan, { minLength: 1, maxLength: 4 }),
    subs: fc.array(partyPlan, { maxLength: 2 }),
    jobs: fc.array(jobPlan, { maxLength: 12 }),
    payments: fc.array(paymentPlan, { maxLength: 16 }),
    contacts: fc.array(contactPlan, { maxLength: 8 }),
    settings: oneIn(2, settingsPlan),
    worksheets: fc.array(worksheetPlan, { maxLength: 2 }),
  })
  .map((plan) => {
    const parties: V1Party[] = [];
    plan.clients.forEach((p, i) =>
      parties.push(
        buildParty(
          p,
          i,
          'client',
          parties.map((x) => x.id),
        ),
      ),
    );
    plan.subs.forEach((p, i) =>
      parties.push(
        buildParty(
          p,
          plan.clients.length + i,
          'subcontractor',
          parties.map((x) => x.id),
        ),
      ),
    );
    const clients = parties.filter((p) => p.kind === 'client');
    const subs = parties.filter((p) => p.kind === 'subcontractor');
    const jobs = plan.jobs.map((p, i) => buildJob(p, i, clients, subs));
    return {
      parties,
      jobs,
      payments: plan.payments.map((p, i) => buildPayment(p, i, clients, subs, jobs)),
      contacts: plan.contacts.map((p, i) => buildContact(p, i, parties, jobs)),
      settings: plan.settings === null ? [] : [buildSettings(plan.settings)],
      worksheets: plan.worksheets.map((p, i) => buildWorksheet(p, i, clients, jobs)),
    };
  });
