/**
 * Every version of the database, oldest first. To change a table or an index, add a version
 * below with the full new store list and, when existing data must change shape, an `upgrade`
 * step; never edit a version that has shipped. docs/database.md records each one.
 */
import type { Transaction } from 'dexie';
import {
  jobAmountBecomesOneLine,
  jobStatusSaysOnlyTheWork,
  partyGetsFeesAndLanguage,
  paymentKeepsSentAndReceived,
  recordsFromV1Statuses,
  settingsGetOwnerDetails,
  type Raw,
} from '../domain/records/upgrade/v1-to-v2';

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
    upgrade: upgradeToV2,
  },
];

/**
 * Version 1 to 2, in the steps of v1-to-v2.ts (the import of a version 1 file runs the same):
 * write-offs and disputes from the old statuses first, as they read the old shapes.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const jobs = (await tx.table('jobs').toArray()) as Raw[];
  const payments = (await tx.table('payments').toArray()) as Raw[];
  const { disputes, writeOffs } = recordsFromV1Statuses(jobs, payments);
  await tx.table('disputes').bulkPut(disputes);
  await tx.table('writeOffs').bulkPut(writeOffs);
  await tx
    .table('jobs')
    .bulkPut(jobs.map((job) => jobStatusSaysOnlyTheWork(jobAmountBecomesOneLine(job))));
  await tx.table('payments').bulkPut(payments.map(paymentKeepsSentAndReceived));
  await tx
    .table('parties')
    .toCollection()
    .modify((party: Raw, ref: { value: Raw }) => {
      ref.value = partyGetsFeesAndLanguage(party);
    });
  await tx
    .table('settings')
    .toCollection()
    .modify((settings: Raw, ref: { value: Raw }) => {
      ref.value = settingsGetOwnerDetails(settings);
    });
}

export const CURRENT_DB_VERSION = dbVersions[dbVersions.length - 1]!.version;
