import type { Day } from '../../dates';
import { needsDecision, type NeedsDecision } from '../../worksheets/needs-decision';
import type { OwnerTerms } from '../../worksheets/template';
import type { Figure } from '../ledger-figures';
import { needsDecisionParts } from './needs-decision-parts';

/** Situations that need a decision, and decisions due for a look back. */
export const needsDecisionFigure: Figure<[asOf: Day, owner: OwnerTerms], NeedsDecision> = {
  name: 'needs-decision',
  whole: (ledger, asOf, owner) => needsDecision(ledger, ledger.worksheets, asOf, owner),
  parts: needsDecisionParts,
};
