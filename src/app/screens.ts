/**
 * Every screen but Home, loaded on demand: each `import()` becomes a chunk of its own, fetched the
 * first time the screen opens (and precached by the service worker for offline use), so a first
 * visit downloads only what Home needs. Each waits for the whole message catalogue too.
 */
import { homeParts } from '../features/home/home-parts';
import { withAllMessages } from '../i18n/i18n.svelte';
import { preload } from '../ui/Lazy.svelte';

export const screens = {
  partyForm: withAllMessages(() => import('../features/people/PartyForm.svelte')),
  partyDetail: withAllMessages(() => import('../features/people/PartyDetail.svelte')),
  peopleList: withAllMessages(() => import('../features/people/PeopleList.svelte')),
  jobForm: withAllMessages(() => import('../features/jobs/JobForm.svelte')),
  jobDetail: withAllMessages(() => import('../features/jobs/JobDetail.svelte')),
  jobList: withAllMessages(() => import('../features/jobs/JobList.svelte')),
  paymentForm: withAllMessages(() => import('../features/payments/PaymentForm.svelte')),
  paymentList: withAllMessages(() => import('../features/payments/PaymentList.svelte')),
  newInvoice: withAllMessages(() => import('../features/documents/NewInvoice.svelte')),
  invoice: withAllMessages(() => import('../features/documents/InvoicePage.svelte')),
  statement: withAllMessages(() => import('../features/documents/StatementPage.svelte')),
  newPromise: withAllMessages(() => import('../features/people/PromiseForm.svelte')),
  settings: withAllMessages(() => import('../features/settings/SettingsScreen.svelte')),
  sync: withAllMessages(() => import('../features/import-export/SyncScreen.svelte')),
  needsDecision: withAllMessages(() => import('../features/worksheets/NeedsDecision.svelte')),
  newWorksheet: withAllMessages(() => import('../features/worksheets/NewWorksheet.svelte')),
  worksheet: withAllMessages(() => import('../features/worksheets/WorksheetScreen.svelte')),
  worksheetList: withAllMessages(() => import('../features/worksheets/WorksheetList.svelte')),
};

/**
 * Once the first screen is up, loads every other screen and Home's parts, one at a time while the
 * browser is idle. Opening one is then instant; and a tab left open on an old version keeps
 * working offline after a new version's service worker has replaced the old files. Returns a
 * function that stops it.
 */
export function preloadScreensWhenIdle(): () => void {
  const queue: Parameters<typeof preload>[0][] = [
    ...Object.values(homeParts),
    ...Object.values(screens),
  ];
  let stopped = false;
  const idle = (next: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(next) : setTimeout(next, 50);
  const step = () => {
    const load = queue.shift();
    if (stopped || !load) return;
    preload(load).then(
      () => idle(step),
      // Offline before it was cached, or a file gone: the screen says so if it is opened.
      () => idle(step),
    );
  };
  idle(step);
  return () => {
    stopped = true;
  };
}
