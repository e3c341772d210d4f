/**
 * What goodwill cost and kept, per party: the party's own events (its credits and goodwill
 * payments, the version 1 credits on its jobs), its write-offs and the work it gave after. What
 * the decided worksheets made is read once for the whole ledger (few worksheets) and shared.
 * Clients alike in cost and name keep the order of their first event, as the whole list does.
 */
import type { Day } from '../../dates';
import {
  goodwillEventSources,
  goodwillSummary,
  worksheetEffects,
  type GoodwillSource,
  type GoodwillSummary,
  type LegacyCredit,
  type WorksheetEffects,
} from '../../insights/goodwill';
import type { Id, Worksheet } from '../../records';
import type { FigureParts } from '../ledger-figures';
import { sumTotals, weight } from '../totals';

interface GoodwillPart {
  summary: GoodwillSummary;
  /** The day and source of the party's first event, when it has one. */
  first: { on: Day; source: GoodwillSource } | undefined;
}

interface SharedEffects {
  made: WorksheetEffects['made'];
  legacyByJob: Map<Id, LegacyCredit[]>;
}

const effectsByList = new WeakMap<readonly Worksheet[], SharedEffects>();

function sharedEffects(worksheets: readonly Worksheet[]): SharedEffects {
  let found = effectsByList.get(worksheets);
  if (!found) {
    const { made, legacyCredits } = worksheetEffects(worksheets);
    const legacyByJob = new Map<Id, LegacyCredit[]>();
    for (const credit of legacyCredits) {
      const list = legacyByJob.get(credit.jobId);
      if (list) list.push(credit);
      else legacyByJob.set(credit.jobId, [credit]);
    }
    effectsByList.set(worksheets, (found = { made, legacyByJob }));
  }
  return found;
}

function sourceOrder(a: GoodwillSource, b: GoodwillSource): number {
  return a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function firstOrder(a: GoodwillPart['first'], b: GoodwillPart['first']): number {
  return a!.on < b!.on ? -1 : a!.on > b!.on ? 1 : sourceOrder(a!.source, b!.source);
}

export const goodwillParts: FigureParts<[asOf: Day], GoodwillSummary, GoodwillPart> = {
  part(view, shared, asOf) {
    const { made, legacyByJob } = sharedEffects(shared.worksheets);
    const mine = <R extends { partyId: Id }>(rows: readonly R[]) =>
      rows.filter((r) => r.partyId === view.partyId);
    const decided: WorksheetEffects = {
      made,
      legacyCredits: view.jobs
        .flatMap((j) => legacyByJob.get(j.id) ?? [])
        .sort((a, b) => a.order - b.order),
    };
    const records = {
      jobs: view.jobs,
      payments: mine(view.payments),
      credits: mine(view.credits),
      writeOffs: mine(view.writeOffs),
    };
    const summary = goodwillSummary(view.parties, records, asOf, decided);
    let first: GoodwillPart['first'];
    if (summary.clients.length > 0) {
      for (const { event, source } of goodwillEventSources(records, asOf, decided)) {
        const candidate = { on: event.on, source };
        if (first === undefined || firstOrder(candidate, first) < 0) first = candidate;
      }
    }
    return { summary, first };
  },
  combine(parts) {
    const clients = parts
      .flatMap((p) =>
        p.summary.clients.map((client) => ({
          client,
          weight: weight(client.cost),
          first: p.first,
        })),
      )
      .sort(
        (a, b) =>
          b.weight - a.weight ||
          a.client.name.localeCompare(b.client.name) ||
          firstOrder(a.first, b.first),
      )
      .map((c) => c.client);
    return {
      clients,
      cost: sumTotals(parts.map((p) => p.summary.cost)),
      revenueAfter: sumTotals(parts.map((p) => p.summary.revenueAfter)),
      keptCount: parts.reduce((n, p) => n + p.summary.keptCount, 0),
      badDebt: sumTotals(parts.map((p) => p.summary.badDebt)),
    };
  },
};
