/**
 * The stress set: ten years of a very busy business, 5,000 parties, 100,000 jobs, 200,000
 * payments, 50,000 contacts and 2,000 worksheets at scale 1, for the benchmarks. Every link points
 * at a record in the set, so it passes an import's checks; the first client has 1,000 jobs (the
 * worksheet-facts benchmark's subject). Records carry no field stamps, like the demo: a set loaded
 * in bulk, and it keeps the export file (about 150 MB at scale 1) under the import's size limit.
 *
 * Deterministic: the same seed, scale and day give the same records, ids included. Built in one
 * pass per table with plain loops, so scale 1 takes a few seconds.
 */
import { addDays, daysBetween, type Day } from '../dates';
import type { Currency } from '../money';
import type {
  Contact,
  ContactKind,
  Job,
  Party,
  Payment,
  PaymentMethod,
  Worksheet,
  WorksheetTemplateId,
} from '../records';
import { clientNames, jobTitles, slug, streets, subcontractorNames } from './names';
import { Random } from './prng';
import { linesSubcontractorCost, linesTotal, singleLine } from '../records/job-lines';
import { buildWorksheet } from './worksheets';

export interface StressOptions {
  seed: number;
  /** 1 for the full set; 0.1 for a quick run; each count is scaled and rounded, at least 1. */
  scale?: number;
  /** The set's "today": every date is on or before it. */
  asOf: Day;
  currency: Currency;
}

export interface StressCounts {
  parties: number;
  jobs: number;
  payments: number;
  contacts: number;
  worksheets: number;
}

export const FULL_STRESS: StressCounts = {
  parties: 5_000,
  jobs: 100_000,
  payments: 200_000,
  contacts: 50_000,
  worksheets: 2_000,
};

/** Jobs of the client the worksheet-facts benchmark reads (fewer when the set is too small). */
export const BIG_CLIENT_JOBS = 1_000;

export interface StressSet {
  parties: Party[];
  jobs: Job[];
  payments: Payment[];
  contacts: Contact[];
  worksheets: Worksheet[];
  /** The client with the most jobs. */
  bigClientId: string;
}

export function stressCounts(scale = 1): StressCounts {
  const at = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    parties: Math.max(2, at(FULL_STRESS.parties)),
    jobs: at(FULL_STRESS.jobs),
    payments: at(FULL_STRESS.payments),
    contacts: at(FULL_STRESS.contacts),
    worksheets: at(FULL_STRESS.worksheets),
  };
}

const YEARS = 10;

function instant(day: Day): string {
  return `${day}T12:00:00.000Z`;
}

const contactKinds: readonly ContactKind[] = [
  'reminder_sent',
  'reminder_sent',
  'promise_to_pay',
  'client_called_first',
  'warning_sent',
  'note',
  'complaint',
  'referral',
];
const methods: readonly PaymentMethod[] = ['transfer', 'transfer', 'card', 'cheque', 'cash'];
const templates: readonly WorksheetTemplateId[] = [
  'forgive_or_pursue',
  'keep_or_part',
  'who_pays_whom',
  'warn_before_slowing',
];

export function generateStress(options: StressOptions): StressSet {
  const { asOf, currency } = options;
  const counts = stressCounts(options.scale ?? 1);
  const r = new Random(options.seed);
  const span = YEARS * 365;
  const start = addDays(asOf, -span);

  // Parties: one in fifty a subcontractor (at least one), the rest clients.
  const subCount = Math.max(1, Math.round(counts.parties / 50));
  const parties: Party[] = [];
  for (let i = 0; i < counts.parties; i++) {
    const sub = i >= counts.parties - subCount;
    const base = sub ? subcontractorNames[i % subcontractorNames.length]! : r.pick(clientNames);
    const name = `${base} ${i + 1}`;
    const since = addDays(start, r.int(0, span - 30));
    const referrer = !sub && i > 10 && r.chance(0.2) ? parties[r.int(0, i - 1)] : undefined;
    parties.push({
      id: r.uuid(),
      createdAt: instant(since),
      updatedAt: instant(since),
      deletedAt: null,
      stamps: {},
      kind: sub ? 'subcontractor' : 'client',
      name,
      email: `office@${slug(name)}.example`,
      phone: `01632 960${r.int(100, 999)}`,
      address: `${r.int(1, 180)} ${r.pick(streets)}`,
      addressConfirmedOn: r.chance(0.5) ? since : null,
      termsNetDays: sub ? 14 : r.pick([14, 30, 30, 45]),
      depositPercent: 0,
      lateFeeKind: 'none',
      lateFeeFlat: 0,
      lateFeeRateBasisPoints: 0,
      lateFeeGraceDays: 0,
      documentLanguage: null,
      relationshipStart: since,
      referredById: referrer && referrer.kind === 'client' ? referrer.id : null,
      notes: '',
      archived: false,
    });
  }
  const clients = parties.slice(0, counts.parties - subCount);
  const subs = parties.slice(counts.parties - subCount);
  const bigClient = clients[0]!;
  const bigJobs = Math.min(BIG_CLIENT_JOBS, Math.floor(counts.jobs / 10));

  // Jobs: the big client's first, then spread over the others; older ones paid, recent ones not.
  const jobs: Job[] = [];
  const jobsOf = new Map<string, Job[]>();
  /** Jobs their payments settle in full; the others have had a quarter paid by each payment. */
  const paidInFull = new Set<string>();
  for (let i = 0; i < counts.jobs; i++) {
    const client =
      i < bigJobs || clients.length === 1 ? bigClient : clients[r.int(1, clients.length - 1)]!;
    const ordered = addDays(start, r.int(0, span - 1));
    const age = daysBetween(ordered, asOf);
    const done = addDays(ordered, r.int(1, 14));
    const invoiced = addDays(done, r.int(0, 3));
    const sub = r.chance(0.25) ? r.pick(subs) : null;
    const amount = r.int(6, 200) * 2500;
    const status: Job['status'] = done > asOf ? 'open' : invoiced > asOf ? 'done' : 'invoiced';
    const settled = status === 'invoiced' && !(age < 90 && r.chance(0.5)) && !r.chance(0.01);
    const job: Job = {
      id: r.uuid(),
      createdAt: instant(ordered),
      updatedAt: instant(status === 'open' ? ordered : done > asOf ? asOf : done),
      deletedAt: null,
      stamps: {},
      clientId: client.id,
      title: r.pick(jobTitles),
      orderedOn: ordered,
      promisedOn: r.chance(0.5) ? addDays(ordered, r.int(1, 14)) : null,
      doneOn: status === 'open' ? null : done,
      invoicedOn: status === 'open' || status === 'done' ? null : invoiced,
      dueOn: null,
      lines: [singleLine(amount, sub ? Math.round((amount * r.int(35, 60)) / 100) : 0)],
      currency,
      depositAsked: 0,
      termsNetDays: client.termsNetDays,
      status,
      subcontractorId: sub?.id ?? null,
      problems: [],
      problemNote: '',
      notes: '',
    };
    jobs.push(job);
    if (settled) paidInFull.add(job.id);
    const list = jobsOf.get(client.id);
    if (list) list.push(job);
    else jobsOf.set(client.id, [job]);
  }

  // Payments: job j gets every payment i with i % jobs === j; a paid job is settled by them in
  // equal instalments, an unpaid one has had a quarter paid by each. The second payment of a job
  // with a subcontractor pays the subcontractor instead.
  const slots = (j: number) =>
    Math.floor(counts.payments / jobs.length) + (j < counts.payments % jobs.length ? 1 : 0);
  const payments: Payment[] = [];
  const paymentsOf = new Map<string, Payment[]>();
  for (let i = 0; i < counts.payments; i++) {
    const j = i % jobs.length;
    const job = jobs[j]!;
    const nth = Math.floor(i / jobs.length);
    const toSub = nth === 1 && job.subcontractorId !== null;
    const clientSlots = slots(j) - (job.subcontractorId !== null && slots(j) > 1 ? 1 : 0);
    const billed = linesTotal(job.lines);
    const clientShare = paidInFull.has(job.id)
      ? Math.floor(billed / clientSlots)
      : Math.floor(billed / 4);
    const amount = toSub ? linesSubcontractorCost(job.lines) : Math.max(1, clientShare);
    const from = job.invoicedOn ?? job.orderedOn;
    const paidOn = addDays(from, Math.min(r.int(0, 60), Math.max(0, daysBetween(from, asOf))));
    const partyId = toSub ? job.subcontractorId! : job.clientId;
    const payment: Payment = {
      id: r.uuid(),
      createdAt: instant(paidOn),
      updatedAt: instant(paidOn),
      deletedAt: null,
      stamps: {},
      direction: toSub ? 'me_to_sub' : 'client_to_me',
      partyId,
      sentOn: paidOn,
      receivedOn: paidOn,
      amount,
      currency,
      method: toSub ? 'transfer' : r.pick(methods),
      purpose: 'payment',
      allocations: [{ jobId: job.id, amount }],
      reference: '',
      notes: '',
    };
    payments.push(payment);
    const list = paymentsOf.get(partyId);
    if (list) list.push(payment);
    else paymentsOf.set(partyId, [payment]);
  }

  // Contacts: about a job of the client, now and then about nothing in particular.
  const contacts: Contact[] = [];
  const contactsOf = new Map<string, Contact[]>();
  for (let i = 0; i < counts.contacts; i++) {
    const job = jobs[r.int(0, jobs.length - 1)]!;
    const kind = r.pick(contactKinds);
    const from = job.invoicedOn ?? job.orderedOn;
    const later = addDays(from, r.int(0, 40));
    const on = later > asOf ? from : later;
    const contact: Contact = {
      id: r.uuid(),
      createdAt: instant(on),
      updatedAt: instant(on),
      deletedAt: null,
      stamps: {},
      partyId: job.clientId,
      jobId: kind === 'referral' || kind === 'note' ? null : job.id,
      on,
      kind,
      initiatedBy:
        kind === 'reminder_sent' || kind === 'warning_sent' || kind === 'note' ? 'me' : 'them',
      promisedOn: kind === 'promise_to_pay' ? addDays(on, 7) : null,
      referredPartyId: kind === 'referral' ? clients[r.int(0, clients.length - 1)]!.id : null,
      note: '',
    };
    contacts.push(contact);
    const list = contactsOf.get(job.clientId);
    if (list) list.push(contact);
    else contactsOf.set(job.clientId, [contact]);
  }

  // Worksheets: scored from the facts of the client's own records; two in three decided.
  const subsById = new Map(subs.map((s) => [s.id, s]));
  const worksheets: Worksheet[] = [];
  for (let i = 0; i < counts.worksheets; i++) {
    const client = i < 2 ? bigClient : clients[r.int(0, clients.length - 1)]!;
    const own = jobsOf.get(client.id) ?? [];
    const templateId = templates[i % templates.length]!;
    const wantsJob = templateId === 'forgive_or_pursue' || templateId === 'who_pays_whom';
    const job = wantsJob && own.length ? own[r.int(0, own.length - 1)] : undefined;
    const sub = job?.subcontractorId ? subsById.get(job.subcontractorId) : undefined;
    const ledger = {
      parties: sub ? [client, sub] : [client],
      jobs: own,
      payments: [
        ...(paymentsOf.get(client.id) ?? []),
        ...(sub ? (paymentsOf.get(sub.id) ?? []) : []),
      ],
      credits: [],
      writeOffs: [],
      disputes: [],
      promises: [],
      contacts: contactsOf.get(client.id) ?? [],
    };
    const on =
      job?.doneOn && job.doneOn > addDays(asOf, -365) ? job.doneOn : addDays(asOf, -r.int(0, 365));
    worksheets.push(
      buildWorksheet(r, { templateId, client, job, on, decided: r.chance(2 / 3) }, ledger),
    );
  }

  return { parties, jobs, payments, contacts, worksheets, bigClientId: bigClient.id };
}
