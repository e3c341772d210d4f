import type { Day } from '../../dates';
import { agingSnapshot, type AgingSnapshot } from '../../insights/aging';
import type { Figure } from '../ledger-figures';
import { agingParts } from './aging-parts';

/** Receivables by how late, as of any day. */
export const agingFigure: Figure<[asOf: Day], AgingSnapshot> = {
  name: 'aging',
  whole: (ledger, asOf) => agingSnapshot(ledger.parties, ledger.jobs, ledger, asOf),
  parts: agingParts,
};
