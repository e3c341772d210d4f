/**
 * Worksheets for generated ledgers: each one opened the way the app opens it (template, client,
 * job, the subcontractor for "who pays whom"), scored from the facts its records give, and either
 * left as a draft or decided with the facts frozen, as a decision made on `on` would be.
 */
import { addDays, type Day } from '../dates';
import {
  newWorksheet,
  type Job,
  type Party,
  type Worksheet,
  type WorksheetTemplateId,
} from '../records';
import {
  decidedWorksheet,
  deriveFacts,
  evaluateWorksheet,
  templateModule,
  type Ledger,
} from '../worksheets';
import { Random } from './prng';
import { ownerTermsOf } from '../worksheets/template';
import { defaultSettings } from '../records/settings-defaults';

export interface WorksheetPlan {
  templateId: WorksheetTemplateId;
  client: Party;
  job: Job | undefined;
  /** The day it was opened; a decided one was decided that day too. */
  on: Day;
  decided: boolean;
}

function instant(day: Day): string {
  return `${day}T12:00:00.000Z`;
}

/**
 * `ledger` needs only what the facts read: the client's (and subcontractor's) records. Passing a
 * slice keeps a generator of thousands of worksheets linear in the size of the whole ledger.
 */
export function buildWorksheet(random: Random, plan: WorksheetPlan, ledger: Ledger): Worksheet {
  const { templateId, client, job, on } = plan;
  const template = templateModule(templateId);
  const partyIds = [client.id, ...template.subject.extraParties(job)];
  const currency = job?.currency ?? ledger.jobs[0]?.currency ?? 'USD';
  let input = newWorksheet(
    templateId,
    template.definition.version,
    partyIds,
    job ? [job.id] : [],
    currency,
  );
  const derived = deriveFacts(
    { templateId, partyIds, jobIds: input.jobIds, currency },
    ledger,
    on,
    ownerTermsOf(defaultSettings),
  );
  if (plan.decided) {
    input = decidedWorksheet(input, evaluateWorksheet(input, derived), on, '');
  } else {
    input = { ...input, step: 'questions' };
  }
  const changed = plan.decided ? addDays(on, random.int(0, 2)) : on;
  return {
    id: random.uuid(),
    createdAt: instant(on),
    updatedAt: instant(changed),
    deletedAt: null,
    stamps: {},
    ...input,
  };
}

export interface DemoWorksheetOptions {
  seed: number;
  asOf: Day;
}

/**
 * The ledger's records one client's facts read: the client, the parties they referred and the
 * subcontractors of their jobs; the jobs of the client and of those they referred; the payments
 * of the client and the subcontractors; the client's contacts. What indexed reads by client would
 * fetch, and enough for the same facts as the whole ledger gives.
 */
export function clientSlice(ledger: Ledger, client: Party): Ledger {
  const referred = new Set<string>();
  for (const p of ledger.parties) if (p.referredById === client.id) referred.add(p.id);
  const contacts = ledger.contacts.filter((c) => c.partyId === client.id);
  for (const c of contacts) if (c.referredPartyId !== null) referred.add(c.referredPartyId);
  referred.delete(client.id);
  const jobs = ledger.jobs.filter((j) => j.clientId === client.id || referred.has(j.clientId));
  const subIds = new Set<string>();
  for (const j of jobs) {
    if (j.clientId === client.id && j.subcontractorId !== null) subIds.add(j.subcontractorId);
  }
  return {
    parties: ledger.parties.filter(
      (p) => p.id === client.id || subIds.has(p.id) || referred.has(p.id),
    ),
    jobs,
    payments: ledger.payments.filter((p) => p.partyId === client.id || subIds.has(p.partyId)),
    credits: ledger.credits.filter((c) => c.partyId === client.id),
    writeOffs: ledger.writeOffs.filter((w) => w.partyId === client.id),
    disputes: ledger.disputes.filter((d) => d.partyId === client.id),
    promises: ledger.promises.filter((p) => p.partyId === client.id),
    contacts,
  };
}

/**
 * A few worksheets over the demo business, one per template: the client most often reminded
 * weighed for pursuing an unpaid bill (decided) and for a warning (draft), a steady client weighed
 * for keeping (draft), and a job with a complaint and a subcontractor settled (decided). Built from
 * a generator of their own, so adding them leaves the demo's other records exactly as they were.
 */
export function demoWorksheets(ledger: Ledger, options: DemoWorksheetOptions): Worksheet[] {
  const random = new Random(options.seed);
  const clients = ledger.parties.filter((p) => p.kind === 'client');
  const reminders = new Map<string, number>();
  for (const c of ledger.contacts) {
    if (c.kind === 'reminder_sent') reminders.set(c.partyId, (reminders.get(c.partyId) ?? 0) + 1);
  }
  const byReminders = [...clients].sort(
    (a, b) => (reminders.get(b.id) ?? 0) - (reminders.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1),
  );
  const late = byReminders[0];
  const steady = byReminders[byReminders.length - 1];
  const unpaid = ledger.jobs.find((j) => j.clientId === late?.id && j.status === 'invoiced');
  const complained = ledger.jobs.find(
    (j) => j.subcontractorId !== null && j.problems.includes('complaint'),
  );
  const plans: WorksheetPlan[] = [];
  const decideOn = addDays(options.asOf, -20);
  if (late) {
    plans.push({
      templateId: 'forgive_or_pursue',
      client: late,
      job: unpaid,
      on: decideOn,
      decided: unpaid !== undefined,
    });
    plans.push({
      templateId: 'warn_before_slowing',
      client: late,
      job: undefined,
      on: options.asOf,
      decided: false,
    });
  }
  if (steady) {
    plans.push({
      templateId: 'keep_or_part',
      client: steady,
      job: undefined,
      on: options.asOf,
      decided: false,
    });
  }
  const complainer = clients.find((c) => c.id === complained?.clientId);
  if (complained && complainer) {
    const on = complained.doneOn && complained.doneOn > decideOn ? complained.doneOn : decideOn;
    plans.push({
      templateId: 'who_pays_whom',
      client: complainer,
      job: complained,
      on,
      decided: true,
    });
  }
  return plans.map((plan) => buildWorksheet(random, plan, clientSlice(ledger, plan.client)));
}
