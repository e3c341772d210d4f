import { describe, expect, it } from 'vitest';
import { worksheetSchema, worksheetTemplateIds } from '../records';
import { deriveFacts } from '../worksheets';
import { DEMO_SEED, generateDemo } from './generate';
import { clientSlice, demoWorksheets } from './worksheets';
import { TEST_OWNER } from '../worksheets/test-ledger';

const asOf = '2026-03-15';
const demo = generateDemo({ seed: DEMO_SEED, asOf, currency: 'USD' });
const worksheets = demoWorksheets(demo, { seed: DEMO_SEED, asOf });

describe('demoWorksheets', () => {
  it('opens one worksheet per template, each one the strict schema accepts', () => {
    expect(worksheets.map((w) => w.templateId).sort()).toEqual([
      'forgive_or_pursue',
      'keep_or_part',
      'warn_before_slowing',
      'who_pays_whom',
    ]);
    for (const w of worksheets) expect(worksheetSchema.safeParse(w).error).toBeUndefined();
  });

  it('decides some with the facts frozen from the records and leaves the others as drafts', () => {
    const decided = worksheets.filter((w) => w.status === 'decided');
    expect(decided.length).toBeGreaterThanOrEqual(1);
    for (const w of decided) {
      expect(w.snapshot?.facts).not.toEqual({});
      expect(w.result?.option).toBe(w.decision.option);
      expect(w.decision.decidedOn! <= asOf).toBe(true);
    }
    expect(worksheets.some((w) => w.status === 'draft')).toBe(true);
  });

  it('points only at the demo’s own parties and jobs, the subcontractor included when settling', () => {
    const parties = new Set(demo.parties.map((p) => p.id));
    const jobs = new Map(demo.jobs.map((j) => [j.id, j]));
    for (const w of worksheets) {
      for (const id of w.partyIds) expect(parties.has(id)).toBe(true);
      for (const id of w.jobIds) expect(jobs.has(id)).toBe(true);
    }
    const settling = worksheets.find((w) => w.templateId === 'who_pays_whom')!;
    expect(settling.partyIds[1]).toBe(jobs.get(settling.jobIds[0]!)?.subcontractorId);
  });

  it('gives the same worksheets for the same seed', () => {
    expect(demoWorksheets(demo, { seed: DEMO_SEED, asOf })).toEqual(worksheets);
  });

  it('slices a client’s records so that their facts come out as from the whole ledger', () => {
    const clients = demo.parties.filter((p) => p.kind === 'client');
    const referrer = clients.find((c) => demo.parties.some((p) => p.referredById === c.id))!;
    for (const client of [referrer, ...clients.slice(0, 10)]) {
      const slice = clientSlice(demo, client);
      expect(slice.jobs.length).toBeLessThan(demo.jobs.length);
      const job = demo.jobs.find((j) => j.clientId === client.id && j.invoicedOn !== null);
      for (const templateId of worksheetTemplateIds) {
        const subject = {
          templateId,
          partyIds: [client.id],
          jobIds: job ? [job.id] : [],
          currency: 'USD',
        };
        expect(deriveFacts(subject, slice, asOf, TEST_OWNER)).toEqual(
          deriveFacts(subject, demo, asOf, TEST_OWNER),
        );
      }
    }
  });
});
