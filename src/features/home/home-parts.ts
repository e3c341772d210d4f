/**
 * The parts of Home that load after it: the dashboard's charts and tables, the demo banner, and
 * the worksheets summary. Home's own figures need only the ledger's reads; these bring the
 * worksheets domain, the write path and Chart.js's glue, which a first visit
 * should not wait for.
 */
import { withAllMessages } from '../../i18n/i18n.svelte';

export const homeParts = {
  dashboard: withAllMessages(() => import('./HomeDashboard.svelte')),
  // Its words wait for the whole catalogue only when there is a demo (HomeDemoBanner.svelte).
  demoBanner: () => import('./HomeDemoBanner.svelte'),
  needsDecision: withAllMessages(() => import('../worksheets/NeedsDecisionSummary.svelte')),
};
