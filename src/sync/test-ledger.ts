/** A small but complete ledger written through the real write path, for the database tests. */
import { saveRecord, saveSettings, setDeleted, type LedgerDb } from '../db';
import { clientInput, jobInput, paymentInput } from '../db/test-db';
import { defaultSettings, emptyParty, newWorksheet } from '../domain/records';

export async function seedLedger(db: LedgerDb) {
  const client = await saveRecord(
    db,
    'parties',
    clientInput({ name: 'Ada Client', phone: '555 0100' }),
  );
  const sub = await saveRecord(db, 'parties', {
    ...emptyParty('subcontractor', { termsNetDays: 14 }),
    name: 'Sam Sub',
  });
  const gone = await saveRecord(db, 'parties', clientInput({ name: 'Gone Client' }));
  await setDeleted(db, 'parties', gone.id, true);
  const job = await saveRecord(
    db,
    'jobs',
    jobInput(client.id, { subcontractorId: sub.id, subcontractorCost: 40_000 }),
  );
  const payment = await saveRecord(
    db,
    'payments',
    paymentInput(client.id, { allocations: [{ jobId: job.id, amount: 50_000 }] }),
  );
  const contact = await saveRecord(db, 'contacts', {
    partyId: client.id,
    jobId: job.id,
    on: '2026-03-25',
    kind: 'reminder_sent',
    initiatedBy: 'me',
    promisedOn: null,
    referredPartyId: null,
    note: 'Sent a friendly reminder.',
  });
  await saveSettings(db, { ...defaultSettings, businessName: 'Harbour Roofing' });
  const worksheet = await saveRecord(
    db,
    'worksheets',
    newWorksheet('forgive_or_pursue', 1, [client.id], [job.id], 'USD'),
  );
  return { client, sub, gone, job, payment, contact, worksheet };
}
