// First, before any schema is built (see the file).
import './pwa/zod-without-eval';
import { mount } from 'svelte';
import App from './app/App.svelte';
import './app/app.css';
import { install } from './pwa/install.svelte';
import { appVersion } from './pwa/version';
import { reloadOnSchemaUpgrade } from './pwa/schema-upgrade';
import { storageStatus } from './pwa/storage.svelte';
import { appUpdate } from './pwa/updates.svelte';
import { db } from './state/db';
import { saveAllDrafts } from './state/drafts.svelte';

// Before mounting: the browser's install prompt event can arrive early.
install.start();
// A newer version upgrading the database in another tab: keep the drafts, reload into it.
reloadOnSchemaUpgrade(db, saveAllDrafts);

mount(App, { target: document.getElementById('app')! });
// Which version runs in this tab, for support questions (and the update journey's checks).
document.documentElement.dataset.version = appVersion;

// The service worker exists only in builds; the dev server serves fresh files anyway.
if (import.meta.env.PROD) {
  void appUpdate.register(`${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL);
}
void storageStatus.askAtTheRightMoment(install.installed);
