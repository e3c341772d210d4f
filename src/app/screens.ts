/**
 * Every screen but Home, loaded on demand: each `import()` becomes a chunk of its own, fetched the
 * first time the screen opens (and precached by the service worker for offline use), so a first
 * visit downloads only what Home needs.
 */
export const screens = {
  partyForm: () => import('../features/people/PartyForm.svelte'),
  partyDetail: () => import('../features/people/PartyDetail.svelte'),
  peopleList: () => import('../features/people/PeopleList.svelte'),
  jobForm: () => import('../features/jobs/JobForm.svelte'),
  jobDetail: () => import('../features/jobs/JobDetail.svelte'),
  jobList: () => import('../features/jobs/JobList.svelte'),
  paymentForm: () => import('../features/payments/PaymentForm.svelte'),
  paymentList: () => import('../features/payments/PaymentList.svelte'),
  settings: () => import('../features/settings/SettingsScreen.svelte'),
  sync: () => import('../features/import-export/SyncScreen.svelte'),
  needsDecision: () => import('../features/worksheets/NeedsDecision.svelte'),
  newWorksheet: () => import('../features/worksheets/NewWorksheet.svelte'),
  worksheet: () => import('../features/worksheets/WorksheetScreen.svelte'),
  worksheetList: () => import('../features/worksheets/WorksheetList.svelte'),
};
