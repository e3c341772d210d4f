/**
 * Situations in the records that call for a decision, so the owner need not know which worksheet
 * to open: each template says which situations are its own (a disputed bill, a client overdue
 * again, …). A situation already decided since it began is left out; one with a draft offers to
 * continue it. Worksheets due for review are listed apart.
 */
import type { Day } from '../dates';
import { jobBalances, type JobBalance } from '../metrics';
import { openPromiseCovers } from '../metrics/promises';
import { groupBy } from '../group-by';
import type { Id, Party, Worksheet } from '../records';
import { isLive } from '../records/live';
import type { Ledger } from './fact-book';
import { templateModule, worksheetTemplates } from './registry';
import type { OwnerTerms, SituationContext, SituationFound } from './template';

export interface Situation extends SituationFound {
  /** A draft already started for it. */
  draftId: Id | null;
}

export interface NeedsDecision {
  situations: Situation[];
  /** Decided worksheets whose review day has come and that have no outcome yet. */
  reviews: Worksheet[];
}

/**
 * `parties`: the live parties by id, when the caller has them (a part of the ledger that names
 * other parties it does not hold looks them up there).
 */
export function situationContext(
  ledger: Ledger,
  asOf: Day,
  owner: OwnerTerms,
  parties: ReadonlyMap<Id, Party> = new Map(
    ledger.parties.filter(isLive).map((p) => [p.id, p] as const),
  ),
): SituationContext {
  const jobs = ledger.jobs.filter((j) => isLive(j) && parties.has(j.clientId));
  // Over the whole ledger, whose answer Home's other figures share; a job's balance is its own.
  const balances = jobBalances(ledger.jobs, ledger, asOf);
  // Grouped once, so the per-client situations stay linear in the size of the ledger.
  const jobsByClient = groupBy(jobs, (j) => j.clientId);
  const overdueByClient = new Map<Id, JobBalance[]>();
  return {
    owner,
    parties,
    jobs,
    jobsByClient,
    balances,
    overdue(clientId) {
      let overdue = overdueByClient.get(clientId);
      if (!overdue) {
        // While a promise to pay stands and is not yet due, the money it covers is not chased.
        overdue = (jobsByClient.get(clientId) ?? [])
          .map((j) => balances.get(j.id)!)
          .filter((b) => b !== undefined && b.daysOverdue > 0)
          .filter(
            (b) =>
              !openPromiseCovers(
                ledger.promises,
                ledger.payments,
                { clientId, jobId: b.jobId },
                asOf,
              ),
          );
        overdueByClient.set(clientId, overdue);
      }
      return overdue;
    },
  };
}

export function needsDecision(
  ledger: Ledger,
  worksheets: readonly Worksheet[],
  asOf: Day,
  owner: OwnerTerms,
): NeedsDecision {
  const live = worksheets.filter(isLive);
  const context = situationContext(ledger, asOf, owner);
  const found = worksheetTemplates.flatMap((t) => t.situations(ledger, asOf, context));
  const situations = undecided(found, live).sort(earliestFirst);
  return { situations, reviews: reviewsDue(live, asOf) };
}

/** Situations not settled by a decision since they began, each with its draft if one is started. */
export function undecided(
  found: readonly SituationFound[],
  live: readonly Worksheet[],
): Situation[] {
  const byTemplateAndParty = groupBy(
    live.flatMap((w) => w.partyIds.map((partyId) => ({ w, key: `${w.templateId} ${partyId}` }))),
    (entry) => entry.key,
  );
  const situations: Situation[] = [];
  for (const situation of found) {
    const candidates = byTemplateAndParty.get(`${situation.templateId} ${situation.partyId}`) ?? [];
    // A worksheet about the party as a whole settles its situation whichever job it began with.
    const aboutParty = !templateModule(situation.templateId).subject.needsJob;
    const related = candidates
      .map((entry) => entry.w)
      .filter((w) => situation.jobId === null || aboutParty || w.jobIds.includes(situation.jobId));
    const settled = related.some(
      (w) => w.status !== 'draft' && (w.decision.decidedOn ?? '') >= situation.since,
    );
    if (settled) continue;
    const draft = related
      .filter((w) => w.status === 'draft')
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
    situations.push({ ...situation, draftId: draft?.id ?? null });
  }
  return situations;
}

/** The order of the list: oldest situation first, then by template (in order found within one). */
export function earliestFirst(a: Situation, b: Situation): number {
  return a.since < b.since ? -1 : a.since > b.since ? 1 : a.templateId.localeCompare(b.templateId);
}

/** Decided worksheets whose review day has come and that have no outcome yet: `live`, by id. */
export function reviewsDue(live: readonly Worksheet[], asOf: Day): Worksheet[] {
  return live
    .filter(
      (w) =>
        w.status === 'decided' &&
        w.outcome === null &&
        w.followUp.reviewOn !== null &&
        w.followUp.reviewOn <= asOf,
    )
    .sort((a, b) => (a.followUp.reviewOn! < b.followUp.reviewOn! ? -1 : 1));
}
