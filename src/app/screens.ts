/**
 * Every screen but Home, loaded on demand: each `import()` becomes a chunk of its own, fetched the
 * first time the screen opens (and precached by the service worker for offline use), so a first
 * visit downloads only what Home needs. Each waits for the whole message catalogue too. Nothing
 * is loaded in advance: a tab whose old files a new version removed reloads into it instead
 * (src/pwa/missing-code.ts).
 */
import { withAllMessages } from '../i18n/i18n.svelte';

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
