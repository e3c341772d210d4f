/**
 * A realistic demo business, built from a seed: about fifty clients of a one-person repair and
 * maintenance contractor, three subcontractors, three years of jobs up to `asOf`, and payments from
 * a believable mix of clients: most pay on time, some are late now and then and pay once reminded
 * (and sometimes call first), a few are late as a rule and must be chased. Complaints, a refund or
 * two, write-offs, referrals and a cheque in the mail are in there too.
 *
 * Pure and deterministic: the same options give the same records, ids included, so tests and
 * benchmarks can rebuild it and the app can remove exactly what it loaded.
 */
import { addDays, addMonths, daysBetween, type Day } from '../dates';
import { minorDigits, type Currency } from '../money';
import type {
  Contact,
  ContactKind,
  Credit,
  Dispute,
  Job,
  JobProblem,
  JobStatus,
  Party,
  Payment,
  PaymentDirection,
  PaymentMethod,
  PaymentPurpose,
  PromiseToPay,
  WriteOff,
} from '../records';
import { linesTotal, linesSubcontractorCost, singleLine } from '../records/job-lines';
import { clientNames, households, jobTitles, slug, streets, subcontractorNames } from './names';
import { Random } from './prng';

export interface DemoOptions {
  seed: number;
  /** The demo's "today": every date is on or before it. */
  asOf: Day;
  currency: Currency;
  /** How many clients (at most as many names as there are); 50 unless told. */
  clients?: number;
  /** Years of history; 3 unless told. */
  years?: number;
}

export interface DemoLedger {
  parties: Party[];
  jobs: Job[];
  payments: Payment[];
  credits: Credit[];
  writeOffs: WriteOff[];
  disputes: Dispute[];
  promises: PromiseToPay[];
  contacts: Contact[];
}

/** The seed the app loads, so every owner explores the same business. */
export const DEMO_SEED = 1912;

export const payerProfiles = ['punctual', 'occasional', 'chronic'] as const;
export type PayerProfile = (typeof payerProfiles)[number];

/** Share of clients per profile, in order: most pay on time, a few are late as a rule. */
const PROFILE_SHARES: Record<PayerProfile, number> = {
  punctual: 0.55,
  occasional: 0.3,
  chronic: 0.15,
};

interface DemoClient {
  party: Party;
  profile: PayerProfile;
  start: Day;
  jobsPerYear: number;
}

function instant(day: Day): string {
  return `${day}T12:00:00.000Z`;
}

function minDay(a: Day, b: Day): Day {
  return a <= b ? a : b;
}

function maxDay(a: Day, b: Day): Day {
  return a >= b ? a : b;
}

class Builder {
  readonly parties: Party[] = [];
  readonly jobs: Job[] = [];
  readonly payments: Payment[] = [];
  readonly credits: Credit[] = [];
  readonly writeOffs: WriteOff[] = [];
  readonly disputes: Dispute[] = [];
  readonly promises: PromiseToPay[] = [];
  readonly contacts: Contact[] = [];
  /** Jobs whose final payment is due after `asOf`, for the cheque in the mail. */
  readonly unpaid: { job: Job; client: DemoClient; payDay: Day; owed: number }[] = [];

  constructor(
    readonly random: Random,
    readonly asOf: Day,
    readonly currency: Currency,
  ) {}

  /** Whole major units in minor units (cents for dollars, none for yen). */
  money(major: number): number {
    return Math.round(major * 10 ** minorDigits(this.currency));
  }

  /** A share of an amount, rounded to whole major units, never zero. */
  share(amount: number, percent: number): number {
    const unit = 10 ** minorDigits(this.currency);
    return Math.max(unit, Math.round((amount * percent) / 100 / unit) * unit);
  }

  party(kind: Party['kind'], name: string, start: Day, fields: Partial<Party> = {}): Party {
    const r = this.random;
    const household = households.has(name);
    const confirmed = r.chance(0.6) ? minDay(addDays(start, r.int(0, 200)), this.asOf) : null;
    const party: Party = {
      id: r.uuid(),
      createdAt: instant(start),
      updatedAt: instant(start),
      deletedAt: null,
      stamps: {},
      kind,
      name,
      email: household ? `${slug(name)}@mail.example` : `office@${slug(name)}.example`,
      phone: `01632 960${r.int(100, 999)}`,
      address: `${r.int(1, 180)} ${r.pick(streets)}`,
      addressConfirmedOn: confirmed,
      termsNetDays: 30,
      depositPercent: 0,
      lateFeeKind: 'none',
      lateFeeFlat: 0,
      lateFeeRateBasisPoints: 0,
      lateFeeGraceDays: 0,
      documentLanguage: null,
      relationshipStart: start,
      referredById: null,
      notes: '',
      archived: false,
      ...fields,
    };
    this.parties.push(party);
    return party;
  }

  contact(
    party: Party,
    on: Day,
    kind: ContactKind,
    fields: Partial<Pick<Contact, 'jobId' | 'promisedOn' | 'referredPartyId' | 'note'>> = {},
  ): void {
    if (on > this.asOf) return;
    const initiatedBy =
      kind === 'reminder_sent' || kind === 'warning_sent' || kind === 'note' ? 'me' : 'them';
    this.contacts.push({
      id: this.random.uuid(),
      createdAt: instant(on),
      updatedAt: instant(on),
      deletedAt: null,
      stamps: {},
      partyId: party.id,
      jobId: null,
      on,
      kind,
      initiatedBy,
      promisedOn: null,
      referredPartyId: null,
      note: '',
      ...fields,
    });
  }

  /**
   * Money that moved on `receivedOn` (null: sent on `sentOn`, still in the mail). A cheque is
   * posted a few days before it arrives.
   */
  payment(
    direction: PaymentDirection,
    party: Party,
    job: Job,
    receivedOn: Day | null,
    amount: number,
    method: PaymentMethod,
    purpose: PaymentPurpose,
    sentOn: Day | null = null,
  ): boolean {
    const arrived = receivedOn ?? sentOn!;
    if (arrived > this.asOf || amount <= 0) return false;
    const posted =
      sentOn ?? (method === 'cheque' ? maxDay(job.orderedOn, addDays(arrived, -3)) : arrived);
    this.payments.push({
      id: this.random.uuid(),
      createdAt: instant(posted),
      updatedAt: instant(arrived),
      deletedAt: null,
      stamps: {},
      direction,
      partyId: party.id,
      sentOn: posted,
      receivedOn,
      amount,
      currency: this.currency,
      method,
      purpose,
      allocations: [{ jobId: job.id, amount }],
      reference: '',
      notes: '',
    });
    return true;
  }

  credit(party: Party, job: Job, on: Day, amount: number, reason: Credit['reason'], note: string) {
    this.credits.push({
      id: this.random.uuid(),
      createdAt: instant(on),
      updatedAt: instant(on),
      deletedAt: null,
      stamps: {},
      partyId: party.id,
      jobId: job.id,
      on,
      amount,
      currency: this.currency,
      reason,
      note,
    });
  }

  writeOff(party: Party, job: Job, on: Day, amount: number, note: string) {
    this.writeOffs.push({
      id: this.random.uuid(),
      createdAt: instant(on),
      updatedAt: instant(on),
      deletedAt: null,
      stamps: {},
      partyId: party.id,
      jobId: job.id,
      on,
      amount,
      currency: this.currency,
      note,
    });
  }

  dispute(party: Party, job: Job, raisedOn: Day, amount: number, reason: string) {
    this.disputes.push({
      id: this.random.uuid(),
      createdAt: instant(raisedOn),
      updatedAt: instant(raisedOn),
      deletedAt: null,
      stamps: {},
      partyId: party.id,
      jobId: job.id,
      raisedOn,
      amount,
      reason,
      resolvedOn: null,
      resolution: null,
    });
  }

  /** A promise to pay, made on a call, and the contact that logged it. */
  promise(party: Party, job: Job, madeOn: Day, dueOn: Day, amount: number) {
    if (madeOn > this.asOf) return;
    this.promises.push({
      id: this.random.uuid(),
      createdAt: instant(madeOn),
      updatedAt: instant(madeOn),
      deletedAt: null,
      stamps: {},
      partyId: party.id,
      jobId: job.id,
      madeOn,
      dueOn,
      amount,
      currency: this.currency,
      via: 'call',
      note: '',
    });
  }
}

function pickProfiles(random: Random, count: number): PayerProfile[] {
  const chronic = Math.round(count * PROFILE_SHARES.chronic);
  const occasional = Math.round(count * PROFILE_SHARES.occasional);
  const list: PayerProfile[] = [
    ...Array<PayerProfile>(count - chronic - occasional).fill('punctual'),
    ...Array<PayerProfile>(occasional).fill('occasional'),
    ...Array<PayerProfile>(chronic).fill('chronic'),
  ];
  return random.shuffle(list);
}

function methodFor(random: Random, profile: PayerProfile): PaymentMethod {
  if (profile === 'punctual') return random.pick(['transfer', 'transfer', 'card'] as const);
  if (profile === 'occasional') return random.pick(['transfer', 'cheque', 'card'] as const);
  return random.pick(['cheque', 'cheque', 'transfer', 'cash'] as const);
}

/**
 * When the client pays a job in full, and the chasing that went before: reminders that work for
 * the occasional payer, reminders ignored (and promises broken) by the chronic one.
 */
function planPayment(b: Builder, client: DemoClient, job: Job, due: Day): Day {
  const r = b.random;
  const party = client.party;
  const invoiced = job.invoicedOn!;
  switch (client.profile) {
    case 'punctual': {
      if (r.chance(0.06)) return addDays(due, r.int(1, 6));
      return maxDay(invoiced, addDays(due, -r.int(0, Math.min(10, job.termsNetDays))));
    }
    case 'occasional': {
      if (!r.chance(0.25)) return maxDay(invoiced, addDays(due, -r.int(0, 7)));
      const reminder = addDays(due, r.int(3, 7));
      const payDay = addDays(reminder, r.int(1, 5));
      if (r.chance(0.4)) {
        // They call first: a rough patch, and a promise they keep.
        b.contact(party, addDays(due, -r.int(0, 3)), 'client_called_first', { jobId: job.id });
        b.promise(party, job, addDays(due, -r.int(0, 2)), payDay, linesTotal(job.lines));
      }
      b.contact(party, reminder, 'reminder_sent', { jobId: job.id });
      return payDay;
    }
    case 'chronic': {
      if (!r.chance(0.75)) return maxDay(invoiced, addDays(due, -r.int(0, 3)));
      // Now and then they stop paying altogether for a long while.
      const payDay = addDays(due, r.chance(0.12) ? r.int(200, 400) : r.int(20, 110));
      // Reminders they ignore: each at least eight days before the money comes.
      for (const offset of [7, 21, 42]) {
        const on = addDays(due, offset);
        if (daysBetween(on, payDay) >= 8) b.contact(party, on, 'reminder_sent', { jobId: job.id });
      }
      const warning = addDays(due, 56);
      if (daysBetween(warning, payDay) >= 8)
        b.contact(party, warning, 'warning_sent', { jobId: job.id });
      const promised = addDays(due, r.int(10, 25));
      if (daysBetween(promised, payDay) >= 10) {
        b.promise(party, job, promised, addDays(promised, 7), linesTotal(job.lines));
      }
      return payDay;
    }
  }
}

function addJob(b: Builder, client: DemoClient, ordered: Day, subs: Party[]): void {
  const r = b.random;
  const party = client.party;
  const amount = b.money(r.int(6, 100) * 25);
  const workDays = r.int(1, 14);
  const withSub = r.chance(0.25);
  const sub = withSub ? r.pick(subs) : null;
  const job: Job = {
    id: r.uuid(),
    createdAt: instant(ordered),
    updatedAt: instant(ordered),
    deletedAt: null,
    stamps: {},
    clientId: party.id,
    title: r.pick(jobTitles),
    orderedOn: ordered,
    promisedOn: r.chance(0.5) ? addDays(ordered, Math.max(1, workDays + r.int(-3, 3))) : null,
    doneOn: addDays(ordered, workDays),
    invoicedOn: null,
    dueOn: null,
    lines: [singleLine(amount, sub ? b.share(amount, r.int(35, 60)) : 0)],
    currency: b.currency,
    depositAsked: 0,
    termsNetDays: party.termsNetDays,
    status: 'invoiced',
    subcontractorId: sub?.id ?? null,
    problems: [],
    problemNote: '',
    notes: '',
  };
  // What version 2 added draws from a stream of its own, so the rest of the demo (its ids,
  // amounts and dates) is the business version 1 made from the same seed.
  const extra = new Random(parseInt(job.id.slice(0, 8), 16));
  const units = extra.chance(0.2) ? extra.pick([2, 4, 5] as const) : 1;
  if (units > 1 && amount % (units * b.money(1)) === 0) {
    const line = job.lines[0]!;
    job.lines = [
      {
        ...line,
        description: job.title,
        quantity: units,
        unit: 'visit',
        unitPrice: amount / units,
        subcontractorUnitCost: Math.floor(line.subcontractorUnitCost / units),
      },
    ];
  }
  b.jobs.push(job);
  if (r.chance(0.15)) b.contact(party, addDays(ordered, -r.int(0, 3)), 'client_called_first');

  const set = (status: JobStatus, fields: Partial<Job> = {}) =>
    Object.assign(job, { status, ...fields });
  if (r.chance(0.02)) {
    set('cancelled', { doneOn: null, promisedOn: null });
    return;
  }
  if (job.doneOn! > b.asOf) {
    set('open', { doneOn: null });
    return;
  }
  const done = job.doneOn!;
  let lastChange = done;
  const invoiced = addDays(done, r.int(0, 3));
  if (invoiced > b.asOf) {
    set('done', { updatedAt: instant(done) });
    return;
  }
  job.invoicedOn = invoiced;
  lastChange = invoiced;

  if (sub) {
    const paySub = addDays(done, r.int(5, 20));
    b.payment(
      'me_to_sub',
      sub,
      job,
      paySub,
      linesSubcontractorCost(job.lines),
      'transfer',
      'payment',
    );
  }

  // Now and then something goes wrong: a complaint, a refund, a bill forgiven.
  let complaint: Day | null = null;
  if (r.chance(0.035)) {
    const problems: JobProblem[] = sub
      ? [r.pick(['subcontractor_fault', 'late'] as const), 'complaint']
      : [r.pick(['done_badly', 'redone_by_client', 'late'] as const), 'complaint'];
    job.problems = problems;
    job.problemNote = 'The client was unhappy with part of the work.';
    const batch = job.lines[0]!;
    if (batch.quantity > 1 && problems.includes('late')) {
      // Part of the batch came late; a visit or two the client's own staff did instead.
      const doneByClient = extra.int(0, Math.min(2, batch.quantity - 1));
      job.lines = [{ ...batch, doneByClient, late: extra.int(1, batch.quantity - doneByClient) }];
    }
    complaint = addDays(done, r.int(1, 5));
    b.contact(party, complaint, 'complaint', { jobId: job.id });
    if (sub && problems.includes('subcontractor_fault')) {
      const chargeBack = addDays(complaint, r.int(5, 15));
      const cost = linesSubcontractorCost(job.lines);
      b.payment('sub_to_me', sub, job, chargeBack, b.share(cost, 30), 'transfer', 'charge_back');
    }
  }

  if (complaint !== null && client.profile === 'punctual' && r.chance(0.35)) {
    // A good client's bill forgiven after a complaint.
    const forgiven = minDay(addDays(complaint, r.int(5, 15)), b.asOf);
    b.credit(party, job, forgiven, amount, 'goodwill', 'Forgave this bill to keep them.');
    job.updatedAt = instant(forgiven);
    return;
  }
  if (complaint !== null && r.chance(0.5)) {
    const refund = addDays(complaint, r.int(3, 10));
    const back = b.share(amount, r.int(10, 30));
    b.payment('me_to_client', party, job, refund, back, 'transfer', 'refund');
  }

  const due = addDays(invoiced, job.termsNetDays);
  const payDay = planPayment(b, client, job, due);
  const method = methodFor(r, client.profile);
  let owed = amount;
  if (r.chance(0.12) && daysBetween(invoiced, payDay) >= 2) {
    const part = b.share(amount, r.int(30, 60));
    const partDay = addDays(invoiced, r.int(1, daysBetween(invoiced, payDay) - 1));
    if (part < amount && b.payment('client_to_me', party, job, partDay, part, method, 'payment')) {
      owed -= part;
      lastChange = partDay;
    }
  }
  if (b.payment('client_to_me', party, job, payDay, owed, method, 'payment')) {
    job.updatedAt = instant(payDay);
    return;
  }
  // Not paid by `asOf`.
  if (complaint !== null) {
    b.dispute(party, job, complaint, owed, 'Says part of the work was not done right.');
    job.updatedAt = instant(complaint);
    return;
  }
  const writeOff = addDays(due, r.int(150, 200));
  if (client.profile === 'chronic' && writeOff <= b.asOf && r.chance(0.4)) {
    b.writeOff(party, job, writeOff, owed, 'Gave up on this bill.');
    job.updatedAt = instant(writeOff);
    return;
  }
  job.updatedAt = instant(lastChange);
  b.unpaid.push({ job, client, payDay, owed });
}

export function generateDemo(options: DemoOptions): DemoLedger {
  const { seed, asOf, currency } = options;
  const count = Math.min(options.clients ?? 50, clientNames.length);
  const years = options.years ?? 3;
  const random = new Random(seed);
  const b = new Builder(random, asOf, currency);
  const start = addMonths(asOf, -12 * years);
  const span = daysBetween(start, asOf);

  const subs = subcontractorNames.map((name) =>
    b.party('subcontractor', name, addDays(start, random.int(0, 30)), { termsNetDays: 14 }),
  );

  const profiles = pickProfiles(random, count);
  const names = random.shuffle(clientNames).slice(0, count);
  const clients: DemoClient[] = [];
  names.forEach((name, i) => {
    const profile = profiles[i]!;
    // Four in ten were clients from the start; the rest came along over the years.
    const early = i < count * 0.4;
    const clientStart = addDays(start, early ? random.int(0, 90) : random.int(90, span - 45));
    const known = clients.filter((c) => c.start <= addDays(clientStart, -30));
    const referrer =
      !early && known.length > 0 && random.chance(0.35) ? random.pick(known) : undefined;
    const party = b.party('client', name, clientStart, {
      termsNetDays: random.pick([14, 30, 30, 30, 45]),
      depositPercent: profile === 'chronic' && random.chance(0.3) ? 25 : 0,
      referredById: referrer?.party.id ?? null,
    });
    if (referrer) {
      b.contact(
        referrer.party,
        maxDay(referrer.start, addDays(clientStart, -random.int(1, 14))),
        'referral',
        {
          referredPartyId: party.id,
        },
      );
    }
    clients.push({
      party,
      profile,
      start: clientStart,
      jobsPerYear:
        profile === 'punctual'
          ? random.int(2, 9)
          : profile === 'occasional'
            ? random.int(3, 7)
            : random.int(3, 6),
    });
  });

  for (const client of clients) {
    let day = addDays(client.start, random.int(0, 20));
    while (day <= asOf) {
      addJob(b, client, day, subs);
      const gap = Math.round((365 / client.jobsPerYear) * (0.5 + random.next()));
      day = addDays(day, Math.max(7, gap));
    }
  }

  // A cheque or two in the mail: sent by clients about to pay, not yet arrived.
  const soon = b.unpaid.filter(
    (u) => u.client.profile !== 'chronic' && daysBetween(asOf, u.payDay) <= 6,
  );
  for (const u of soon.slice(0, 2)) {
    const sentOn = maxDay(u.job.invoicedOn!, addDays(asOf, -random.int(1, 3)));
    b.payment('client_to_me', u.client.party, u.job, null, u.owed, 'cheque', 'payment', sentOn);
  }

  return {
    parties: b.parties,
    jobs: b.jobs,
    payments: b.payments,
    credits: b.credits,
    writeOffs: b.writeOffs,
    disputes: b.disputes,
    promises: b.promises,
    contacts: b.contacts,
  };
}
