/**
 * Every version of the database, oldest first. To change a table or an index, add a version
 * below with the full new store list and, when existing data must change shape, an `upgrade`
 * step; never edit a version that has shipped. docs/database.md records each one.
 */
import Dexie, { type Transaction } from 'dexie';

export interface DbVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const dbVersions: DbVersion[] = [
  {
    version: 1,
    stores: {
      parties: 'id, kind, name, updatedAt',
      jobs: 'id, clientId, subcontractorId, status, orderedOn, updatedAt',
      payments: 'id, partyId, paidOn, updatedAt',
      contacts: 'id, partyId, on, updatedAt',
      settings: 'id',
      // Reserved for the worksheets; declared now so adding them needs no upgrade.
      worksheets: 'id, templateId, *partyIds, updatedAt',
      // Device-local values that never travel: the device id, the clock.
      meta: 'key',
    },
  },
  {
    version: 2,
    stores: {
      parties: 'id, kind, name, updatedAt',
      jobs: 'id, clientId, subcontractorId, status, orderedOn, updatedAt',
      payments: 'id, partyId, sentOn, updatedAt',
      credits: 'id, partyId, jobId, updatedAt',
      writeOffs: 'id, partyId, jobId, updatedAt',
      disputes: 'id, partyId, jobId, updatedAt',
      promises: 'id, partyId, updatedAt',
      invoices: 'id, partyId, updatedAt',
      contacts: 'id, partyId, on, updatedAt',
      settings: 'id',
      worksheets: 'id, templateId, *partyIds, updatedAt',
      meta: 'key',
    },
    // Loaded only when a version 1 database is opened (once per device), so the first screen does
    // not carry it; Dexie.waitFor keeps the upgrade transaction open while the module arrives
    // (from the service worker's cache when offline).
    upgrade: (tx) =>
      Dexie.waitFor(import('./upgrade-to-v2')).then(({ upgradeToV2 }) => upgradeToV2(tx)),
  },
  {
    version: 3,
    // The tables and indexes are version 2's; the settings get the grace days before a payment
    // counts as late (issue 15). Loaded only when an older database is opened, like version 2's.
    stores: {
      parties: 'id, kind, name, updatedAt',
      jobs: 'id, clientId, subcontractorId, status, orderedOn, updatedAt',
      payments: 'id, partyId, sentOn, updatedAt',
      credits: 'id, partyId, jobId, updatedAt',
      writeOffs: 'id, partyId, jobId, updatedAt',
      disputes: 'id, partyId, jobId, updatedAt',
      promises: 'id, partyId, updatedAt',
      invoices: 'id, partyId, updatedAt',
      contacts: 'id, partyId, on, updatedAt',
      settings: 'id',
      worksheets: 'id, templateId, *partyIds, updatedAt',
      meta: 'key',
    },
    upgrade: (tx) =>
      Dexie.waitFor(import('./upgrade-to-v3')).then(({ upgradeToV3 }) => upgradeToV3(tx)),
  },
];

export const CURRENT_DB_VERSION = dbVersions[dbVersions.length - 1]!.version;
