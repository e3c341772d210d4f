/**
 * Situations that need a decision, per party: each template's situations about the party, found
 * over its slice, with its own worksheets deciding which are settled. Reviews read the worksheets
 * alone (a few thousand at most), so they are found over all of them.
 *
 * The whole list is found template by template, each in its own order, then sorted by day and
 * template; situations alike in both keep the order found: by job for the templates that look at
 * each job, by party for those that look at each client.
 */
import type { Day } from '../../dates';
import type { Id, Party, WorksheetTemplateId } from '../../records';
import {
  earliestFirst,
  reviewsDue,
  situationContext,
  undecided,
  type NeedsDecision,
  type Situation,
} from '../../worksheets/needs-decision';
import { worksheetTemplates } from '../../worksheets/registry';
import type { OwnerTerms } from '../../worksheets/template';
import type { FigureParts } from '../ledger-figures';

/** What each template goes through to find its situations (see each template's situations.ts). */
const FOUND_BY: Record<WorksheetTemplateId, 'jobId' | 'partyId'> = {
  forgive_or_pursue: 'jobId',
  keep_or_part: 'partyId',
  who_pays_whom: 'jobId',
  warn_before_slowing: 'partyId',
};

function foundOrder(a: Situation, b: Situation): number {
  const by = FOUND_BY[a.templateId];
  const x = a[by] ?? '';
  const y = b[by] ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

export const needsDecisionParts: FigureParts<
  [asOf: Day, owner: OwnerTerms],
  NeedsDecision,
  Situation[]
> = {
  part(view, shared, asOf, owner) {
    const party = view.party;
    if (!party) return [];
    // The party, and the subcontractors its jobs name (a situation shows their name).
    const parties = new Map<Id, Party>([[party.id, party]]);
    for (const job of view.jobs) {
      const sub = job.subcontractorId === null ? undefined : shared.party(job.subcontractorId);
      if (sub && !parties.has(sub.id)) parties.set(sub.id, sub);
    }
    const context = situationContext(view, asOf, owner, parties);
    const found = worksheetTemplates
      .flatMap((t) => t.situations(view, asOf, context))
      .filter((s) => s.partyId === party.id);
    return undecided(found, view.worksheets);
  },
  combine(parts, shared, asOf) {
    const situations = parts.flat().sort((a, b) => earliestFirst(a, b) || foundOrder(a, b));
    return { situations, reviews: reviewsDue(shared.worksheets, asOf) };
  },
};
