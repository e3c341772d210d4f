/**
 * Situations in the records that call for a decision, so the owner need not know which worksheet
 * to open: a disputed or refused bill, a client overdue again, a job gone wrong with a subcontractor
 * on it, work going on for a client who has not paid. A situation already decided since it began is
 * left out; one with a draft offers to continue it. Worksheets due for review are listed apart.
 */
import type { Day } from '../dates';
import { billedOn, jobBalances } from '../metrics';
import { openPromiseCovers } from '../metrics/promises';
import { groupBy } from '../group-by';
import { latenessPattern } from '../metrics/lateness-pattern';
import type { Id, Reason, Worksheet, WorksheetTemplateId } from '../records';
import { isLive } from '../records/live';
import type { Ledger } from './facts';

export interface Situation {
  templateId: WorksheetTemplateId;
  partyId: Id;
  jobId: Id | null;
  /** One line: why this needs a decision. */
  reason: Reason;
  /** When the situation began; a decision made on or after this day settles it. */
  since: Day;
  /** A draft already started for it. */
  draftId: Id | null;
}

export interface NeedsDecision {
  situations: Situation[];
  /** Decided worksheets whose review day has come and that have no outcome yet. */
  reviews: Worksheet[];
}

function money(minor: number, currency: string) {
  return { minor, currency };
}

function earliest(days: readonly Day[]): Day {
  return [...days].sort()[0]!;
}

export function needsDecision(
  ledger: Ledger,
  worksheets: readonly Worksheet[],
  asOf: Day,
): NeedsDecision {
  const parties = new Map(ledger.parties.filter(isLive).map((p) => [p.id, p] as const));
  const jobs = ledger.jobs.filter((j) => isLive(j) && parties.has(j.clientId));
  const live = worksheets.filter(isLive);
  // Over the whole ledger, whose answer Home's other figures share; a job's balance is its own.
  const balances = jobBalances(ledger.jobs, ledger, asOf);
  const found: Omit<Situation, 'draftId'>[] = [];

  // A bill in open dispute, or an unpaid one the client complained about; nothing once settled.
  const complainedAbout = new Set(
    ledger.contacts
      .filter((c) => isLive(c) && c.kind === 'complaint' && c.jobId !== null)
      .map((c) => c.jobId!),
  );
  for (const job of jobs) {
    const balance = balances.get(job.id);
    const owed = balance?.outstanding ?? 0;
    const disputed = (balance?.inDispute ?? 0) > 0 || (complainedAbout.has(job.id) && owed > 0);
    if (!disputed || owed <= 0 || job.status === 'cancelled') continue;
    found.push({
      templateId: 'forgive_or_pursue',
      partyId: job.clientId,
      jobId: job.id,
      since: billedOn(job),
      reason: {
        key: 'worksheets.needs.disputed',
        params: {
          name: parties.get(job.clientId)!.name.slice(0, 200),
          job: job.title.slice(0, 200),
          amount: money(owed, job.currency),
        },
      },
    });
  }

  // Jobs gone wrong with a subcontractor on them.
  for (const job of jobs) {
    if (job.problems.length === 0 || job.subcontractorId === null || job.status === 'cancelled') {
      continue;
    }
    const sub = parties.get(job.subcontractorId);
    found.push({
      templateId: 'who_pays_whom',
      partyId: job.clientId,
      jobId: job.id,
      since: job.doneOn ?? job.orderedOn,
      reason: {
        key: 'worksheets.needs.wentWrong',
        params: {
          name: parties.get(job.clientId)!.name.slice(0, 200),
          job: job.title.slice(0, 200),
          subcontractor: (sub?.name ?? '').slice(0, 200),
        },
      },
    });
  }

  // Per client: overdue again, and work going on while they have not paid. Grouped once, so
  // this stays linear in the size of the ledger.
  const jobsByClient = groupBy(jobs, (j) => j.clientId);
  for (const client of parties.values()) {
    if (client.kind !== 'client') continue;
    const theirs = jobsByClient.get(client.id) ?? [];
    // While a promise to pay stands and is not yet due, the money it covers is not chased.
    const overdue = theirs
      .map((j) => balances.get(j.id)!)
      .filter((b) => b !== undefined && b.daysOverdue > 0)
      .filter(
        (b) =>
          !openPromiseCovers(
            ledger.promises,
            ledger.payments,
            { clientId: client.id, jobId: b.jobId },
            asOf,
          ),
      );
    if (overdue.length === 0) continue;
    const since = earliest(overdue.map((b) => b.fallsDueOn!));
    const days = Math.max(...overdue.map((b) => b.daysOverdue));
    const before = latenessPattern(client.id, ledger.jobs, ledger, asOf, {
      exceptJobIds: overdue.map((b) => b.jobId),
    }).lateCount;
    const name = client.name.slice(0, 200);
    if (before > 0) {
      found.push({
        templateId: 'keep_or_part',
        partyId: client.id,
        jobId: null,
        since,
        reason: { key: 'worksheets.needs.overdueAgain', params: { name, count: before, days } },
      });
    }
    const open = theirs.filter((j) => j.status === 'open');
    if (open.length > 0) {
      const oldest = overdue.sort((a, b) => b.daysOverdue - a.daysOverdue)[0]!;
      found.push({
        templateId: 'warn_before_slowing',
        partyId: client.id,
        jobId: oldest.jobId,
        since,
        reason: {
          key: 'worksheets.needs.workWhileUnpaid',
          params: { name, count: open.length, days },
        },
      });
    }
  }

  const byTemplateAndParty = groupBy(
    live.flatMap((w) => w.partyIds.map((partyId) => ({ w, key: `${w.templateId} ${partyId}` }))),
    (entry) => entry.key,
  );
  const situations: Situation[] = [];
  for (const situation of found) {
    const candidates = byTemplateAndParty.get(`${situation.templateId} ${situation.partyId}`) ?? [];
    const related = candidates
      .map((entry) => entry.w)
      .filter(
        (w) =>
          situation.jobId === null ||
          w.templateId === 'warn_before_slowing' ||
          w.jobIds.includes(situation.jobId),
      );
    const settled = related.some(
      (w) => w.status !== 'draft' && (w.decision.decidedOn ?? '') >= situation.since,
    );
    if (settled) continue;
    const draft = related
      .filter((w) => w.status === 'draft')
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
    situations.push({ ...situation, draftId: draft?.id ?? null });
  }
  situations.sort((a, b) =>
    a.since < b.since ? -1 : a.since > b.since ? 1 : a.templateId.localeCompare(b.templateId),
  );

  const reviews = live
    .filter(
      (w) =>
        w.status === 'decided' &&
        w.outcome === null &&
        w.followUp.reviewOn !== null &&
        w.followUp.reviewOn <= asOf,
    )
    .sort((a, b) => (a.followUp.reviewOn! < b.followUp.reviewOn! ? -1 : 1));
  return { situations, reviews };
}
