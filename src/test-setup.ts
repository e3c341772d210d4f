// Unit tests run against an in-memory IndexedDB so the db layer is tested without a browser.
import 'fake-indexeddb/auto';
// The app loads most of its messages after the first screen; tests render any part at once.
import { i18n } from './i18n/i18n.svelte';

await i18n.loadAll();
