/**
 * The database's upgrade from version 1 to 2 (db/versions.ts loads it only when it is needed).
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

/**
 * Version 1 to 2, in the steps of v1-to-v2.ts (the import of a version 1 file runs the same):
 * write-offs and disputes from the old statuses first, as they read the old shapes.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
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
