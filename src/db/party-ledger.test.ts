import { afterEach, describe, expect, test } from 'vitest';
import { generateDemo } from '../domain/demo';
import { clientScorecard } from '../domain/insights';
import { jobBalances } from '../domain/metrics';
import { worksheetTemplateIds } from '../domain/records';
import { deriveFacts } from '../domain/worksheets';
import { bulkAdd } from './bulk-write';
import type { LedgerDb } from './database';
import { partyLedger } from './party-ledger';
import { allAdjustments, allContacts, allJobs, allParties, allPayments } from './queries';
import { freshDb } from './test-db';
import { setDeleted } from './write';
import { TEST_OWNER } from '../domain/worksheets/test-ledger';

let db: LedgerDb;
afterEach(async () => {
  await db?.delete();
});

const AS_OF = '2026-03-15';

describe("a party's slice of the ledger", () => {
  test('gives every worksheet fact, scorecard figure and job balance the whole ledger gives', async () => {
    db = freshDb();
    const demo = generateDemo({ seed: 7, asOf: AS_OF, currency: 'USD', clients: 12 });
    await bulkAdd(db, demo);
    const whole = {
      parties: await allParties(db),
      jobs: await allJobs(db),
      payments: await allPayments(db),
      ...(await allAdjustments(db)),
      promises: await db.promises.toArray(),
      contacts: await allContacts(db),
    };
    const referrers = new Set(whole.parties.map((p) => p.referredById).filter(Boolean));
    expect(referrers.size).toBeGreaterThan(0);

    const wholeBalances = jobBalances(whole.jobs, whole, AS_OF);
    for (const party of whole.parties) {
      const slice = await partyLedger(db, [party.id]);
      expect(slice.jobs.length).toBeLessThan(whole.jobs.length);
      const jobs = whole.jobs.filter((j) => j.clientId === party.id).slice(0, 3);
      for (const templateId of worksheetTemplateIds) {
        for (const job of [undefined, ...jobs]) {
          // The parties as a new worksheet names them: a job gone wrong names its subcontractor.
          const partyIds =
            templateId === 'who_pays_whom' && job?.subcontractorId
              ? [party.id, job.subcontractorId]
              : [party.id];
          const subject = { templateId, partyIds, jobIds: job ? [job.id] : [], currency: 'USD' };
          expect(deriveFacts(subject, await partyLedger(db, partyIds), AS_OF, TEST_OWNER)).toEqual(
            deriveFacts(subject, whole, AS_OF, TEST_OWNER),
          );
        }
      }
      // What a payment's job choices and a job's page show: the balances of the client's jobs.
      const theirs = whole.jobs.filter((j) => j.clientId === party.id).map((j) => j.id);
      const sliceBalances = jobBalances(slice.jobs, slice, AS_OF);
      expect(theirs.map((id) => sliceBalances.get(id))).toEqual(
        theirs.map((id) => wholeBalances.get(id)),
      );
      if (party.kind === 'client') {
        expect(clientScorecard(party, slice, AS_OF, 'USD', 5)).toEqual(
          clientScorecard(party, whole, AS_OF, 'USD', 5),
        );
      }
    }
    // Every party of a small business through every template: seconds on a loaded machine.
  }, 60_000);

  test("a job's client and subcontractor together carry every payment made on the job", async () => {
    db = freshDb();
    const demo = generateDemo({ seed: 7, asOf: AS_OF, currency: 'USD', clients: 12 });
    await bulkAdd(db, demo);
    const subcontracted = demo.jobs.filter(
      (j) =>
        j.subcontractorId !== null &&
        demo.payments.some(
          (p) => p.partyId === j.subcontractorId && p.allocations.some((a) => a.jobId === j.id),
        ),
    );
    expect(subcontracted.length).toBeGreaterThan(0);
    for (const job of subcontracted) {
      const onJob = (payments: readonly { id: string; allocations: { jobId: string }[] }[]) =>
        payments.filter((p) => p.allocations.some((a) => a.jobId === job.id)).map((p) => p.id);
      const slice = await partyLedger(db, [job.clientId, job.subcontractorId!]);
      expect(onJob(slice.payments).sort()).toEqual(onJob(demo.payments).sort());
    }
  });

  test('leaves deleted records out, as the screens read them', async () => {
    db = freshDb();
    const demo = generateDemo({ seed: 7, asOf: AS_OF, currency: 'USD', clients: 3 });
    const client = demo.parties.find((p) => p.kind === 'client')!;
    const gone = demo.jobs.find((j) => j.clientId === client.id)!;
    await bulkAdd(db, demo);
    await setDeleted(db, 'jobs', gone.id, true);
    const slice = await partyLedger(db, [client.id]);
    expect(slice.jobs.some((j) => j.clientId === client.id)).toBe(true);
    expect(slice.jobs.map((j) => j.id)).not.toContain(gone.id);
  });
});
