/**
 * Where a screen's Back control leads when the tab has no screen of ours behind it (the page was
 * opened straight from a link, a bookmark or the home-screen icon): the screen one level up.
 */
import type { Route } from './router.svelte';

/** The hash of the screen above `route`, or undefined for a top-level screen (no Back control). */
export function parentOf(route: Route): string | undefined {
  const [section = '', id, action] = route.segments;
  const q = route.query;
  const person = (partyId: string) => `#/people/${encodeURIComponent(partyId)}`;
  const job = (jobId: string) => `#/jobs/${encodeURIComponent(jobId)}`;
  switch (section) {
    case 'people':
      if (!id) return undefined;
      if (id === 'new')
        return q.kind === 'subcontractor' ? '#/people?kind=subcontractor' : '#/people';
      return action ? person(id) : '#/people';
    case 'jobs':
      if (!id) return undefined;
      if (id === 'new') return q.client ? person(q.client) : '#/jobs';
      return action ? job(id) : '#/jobs';
    case 'payments':
      if (!id) return undefined;
      if (id === 'new') return q.job ? job(q.job) : q.party ? person(q.party) : '#/payments';
      return '#/payments';
    case 'invoices':
      // An invoice's own page does not know its job until it has read it: the jobs list.
      return q.job ? job(q.job) : '#/jobs';
    case 'worksheets':
      if (!id) return undefined;
      if (id === 'new') return q.job ? job(q.job) : q.party ? person(q.party) : '#/worksheets';
      return '#/worksheets';
    case 'sync':
      return '#/settings';
    case '':
    case 'settings':
      return undefined;
    default:
      // An unknown address: Home is always there.
      return '#/';
  }
}
