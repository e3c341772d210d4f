// Unit tests run against an in-memory IndexedDB so the db layer is tested without a browser.
import 'fake-indexeddb/auto';
