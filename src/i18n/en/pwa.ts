export const pwa = {
  'pwa.offline': 'You’re offline — everything still works and is saved on this device.',
  'pwa.offlineReady': 'Goodwill Ledger is now ready to work offline.',
  'pwa.update.label': 'App update',
  'pwa.update.ready': 'A new version is ready.',
  'pwa.update.reload': 'Reload',
  'pwa.update.reloading': 'Reloading…',
  'pwa.draftRestored': 'What you had typed was kept through the reload. It is not saved yet.',
  'pwa.draftDiscard': 'Discard',
  'pwa.install.label': 'Install the app',
  'pwa.install.compact': 'Works offline as an app',
  'pwa.install.iosCompact': 'Keep your data: add it to the Home Screen',
  'pwa.install.how': 'How',
  'pwa.install.button': 'Install',
  'pwa.install.notNow': 'Not now',
  'pwa.install.ios':
    'Add Goodwill Ledger to the Home Screen so Safari keeps its data: tap Share (the square with an arrow), then “Add to Home Screen”.',
} as const;
