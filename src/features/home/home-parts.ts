/**
 * The parts of Home that load after it: the dashboard's charts and tables, the demo business, and
 * the worksheets summary. Home's own figures need only the ledger's reads; these bring the
 * worksheets domain, the demo generator, the write path and Chart.js's glue, which a first visit
 * should not wait for.
 */
import { withAllMessages } from '../../i18n/i18n.svelte';

export const homeParts = {
  dashboard: withAllMessages(() => import('./HomeDashboard.svelte')),
  demoBanner: withAllMessages(() => import('./HomeDemoBanner.svelte')),
  demoOffer: withAllMessages(() => import('./HomeDemoOffer.svelte')),
  needsDecision: withAllMessages(() => import('../worksheets/NeedsDecisionSummary.svelte')),
};
