/** A small but complete ledger written through the real write path, for the database tests. */
import { saveRecord, saveSettings, setDeleted, type LedgerDb } from '../db';
import { clientInput, jobInput, paymentInput } from '../db/test-db';
import { defaultSettings, emptyParty, newWorksheet, singleLine } from '../domain/records';

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
    jobInput(client.id, { subcontractorId: sub.id, lines: [singleLine(150_000, 40_000)] }),
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
  const credit = await saveRecord(db, 'credits', {
    partyId: client.id,
    jobId: job.id,
    on: '2026-03-22',
    amount: 10_000,
    currency: 'USD',
    reason: 'goodwill',
    note: 'Gutter left unfinished.',
  });
  const dispute = await saveRecord(db, 'disputes', {
    partyId: client.id,
    jobId: job.id,
    raisedOn: '2026-03-21',
    amount: 10_000,
    reason: 'Gutter left unfinished.',
    resolvedOn: '2026-03-22',
    resolution: 'credited',
  });
  const promise = await saveRecord(db, 'promises', {
    partyId: client.id,
    jobId: job.id,
    madeOn: '2026-03-26',
    dueOn: '2026-04-10',
    amount: 90_000,
    currency: 'USD',
    via: 'call',
    note: '',
  });
  const invoice = await saveRecord(db, 'invoices', {
    partyId: client.id,
    series: 'A',
    sequence: 1,
    issuedOn: '2026-03-06',
    dueOn: '2026-04-05',
    jobIds: [job.id],
    currency: 'USD',
    language: 'en',
    note: '',
    voidedOn: null,
  });
  await saveSettings(db, { ...defaultSettings, businessName: 'Harbour Roofing' });
  const worksheet = await saveRecord(
    db,
    'worksheets',
    newWorksheet('forgive_or_pursue', 1, [client.id], [job.id], 'USD'),
  );
  return { client, sub, gone, job, payment, credit, dispute, promise, invoice, contact, worksheet };
}
