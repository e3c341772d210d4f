// First, before any schema is built (see the file).
import './pwa/zod-without-eval';
import { mount } from 'svelte';
import App from './app/App.svelte';
import './app/app.css';
import { recallDisplay } from './app/display-memory';
import { i18n } from './i18n/i18n.svelte';
import { install } from './pwa/install.svelte';
import { appVersion } from './pwa/version';
import { reloadOnSchemaUpgrade } from './pwa/schema-upgrade';
import { appUpdate } from './pwa/updates.svelte';
import { holdDatabaseUntil, loadDatabase } from './state/load-database';
import { somethingToRead } from './state/nothing-stored';
import { saveAllDrafts } from './state/open-drafts';
import { afterFirstPaint } from './ui/after-first-paint';
import { onLoadFailure } from './ui/Lazy.svelte';
import { recoverFromMissingCode, sessionStorageOrNothing } from './pwa/missing-code';

// Before mounting: the browser's install prompt event can arrive early.
install.start();
// The database's code loads once the first screen has painted, and on a device with nothing stored
// only once something is written (load-database.ts). This asks for it first, so a newer version
// upgrading the database in another tab is heard before this tab opens it: keep the drafts, reload
// into it.
holdDatabaseUntil(afterFirstPaint().then(somethingToRead));
void loadDatabase({ canWait: true }).then(({ db }) => reloadOnSchemaUpgrade(db, saveAllDrafts));
// A screen's code gone because a newer version replaced it: keep the drafts, reload into it.
onLoadFailure(() =>
  recoverFromMissingCode({
    newerVersion: () => appUpdate.ready,
    saveDrafts: saveAllDrafts,
    applyUpdate: () => appUpdate.apply(),
    checkForUpdate: () => void appUpdate.check(),
    storage: sessionStorageOrNothing(),
    now: () => Date.now(),
  }),
);

// The language and theme last chosen, so the first paint is already in them (display-memory.ts).
const display = recallDisplay();
if (display) {
  i18n.choose(display.locale);
  document.documentElement.dataset.theme = display.theme;
}

mount(App, { target: document.getElementById('app')! });
// Which version runs in this tab, for support questions (and the update journey's checks).
document.documentElement.dataset.version = appVersion;

// Nothing here is needed to show the first screen, so it starts once that screen is painted.
void afterFirstPaint().then(() => {
  // The service worker exists only in builds; the dev server serves fresh files anyway.
  if (import.meta.env.PROD) {
    void appUpdate.register(`${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL);
  }
  // Settings shows the same status; only the asking starts here, so its code is not in the first visit.
  void import('./pwa/storage.svelte').then((m) =>
    m.storageStatus.askAtTheRightMoment(install.installed),
  );
  // A device an earlier version let a file move into the future: never on the cold-start path,
  // and only with something stored.
  void loadDatabase({ canWait: true })
    .then(() => import('./app/clock-check'))
    .then((m) => m.repairClockIfNeeded());
});
