/**
 * Situations that need a decision, per party: each template's situations about the party, found
 * over its slice, with its own worksheets deciding which are settled. Reviews read the worksheets
 * alone (a few thousand at most), so they are found over all of them.
 *
 * The whole list is found template by template, each in its own order, then sorted by day and
 * template; situations alike in both keep the order they were found in (foundOrder).
 */
import type { Day } from '../../dates';
import type { Id, Party } from '../../records';
import {
  earliestFirst,
  reviewsDue,
  situationContext,
  undecided,
  type NeedsDecision,
  type Situation,
} from '../../worksheets/needs-decision';
import { templateModule, worksheetTemplates } from '../../worksheets/registry';
import type { OwnerTerms } from '../../worksheets/template';
import type { FigureParts } from '../ledger-figures';

/**
 * How a template goes through the records to find its situations: one whose worksheets are about a
 * job looks at each job (in id order), one about the party as a whole at each party (in id order).
 * The property test holds each template to it.
 */
function foundOrder(a: Situation, b: Situation): number {
  const byJob = templateModule(a.templateId).subject.needsJob;
  const x = (byJob ? a.jobId : a.partyId) ?? '';
  const y = (byJob ? b.jobId : b.partyId) ?? '';
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
