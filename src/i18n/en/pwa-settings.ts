/** Installing and storage as Settings explains them: not part of the first screen. */
export const pwaSettings = {
  'pwa.install.offer':
    'Install Goodwill Ledger to open it from your home screen, even with no signal.',
  'pwa.install.macSafari': 'To install it on this Mac: in Safari, choose File, then “Add to Dock”.',
  'pwa.install.other':
    'If your browser’s menu offers “Install app” or “Add to Home screen”, use it to install Goodwill Ledger.',
  'pwa.install.installed': 'Installed: Goodwill Ledger opens from your home screen or app list.',
  'pwa.storage.title': 'Storage on this device',
  'pwa.storage.granted': 'Kept: the browser has promised not to clear this app’s data.',
  'pwa.storage.notGranted': 'Not guaranteed: the browser has not promised to keep this app’s data.',
  'pwa.storage.unsupported': 'This browser does not say whether it will keep this app’s data.',
  'pwa.storage.checking': 'Checking…',
  'pwa.storage.risk':
    'Everything you enter is stored only on this device. Without the promise, the browser may clear it to free space when the device runs low, and Safari on iPhone and iPad clears a website’s data after seven days of use without a visit, unless it was added to the Home Screen. Installing the app is the surest way to keep it.',
  'pwa.storage.ask': 'Ask the browser to keep it',
  'pwa.storage.asking': 'Asking…',
  'pwa.storage.refused':
    'The browser said no for now. Browsers usually agree once the app is installed or used often.',
  'pwa.storage.used': 'Used by the app',
  'pwa.storage.available': 'Space left',
  'pwa.storage.unknown': 'Unknown',
  'pwa.version': 'Version {version}',
} as const;
