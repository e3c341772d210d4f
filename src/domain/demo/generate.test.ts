import { describe, expect, it } from 'vitest';
import { addMonths } from '../dates';
import { clientFigures, receivablesAging } from '../metrics';
import { payerModel } from '../metrics/payer/payer-model';
import { referralsBy } from '../metrics/referrals';
import { promiseOutcome } from '../metrics/promises';
import { contactSchema, jobSchema, linesTotal, partySchema, paymentSchema } from '../records';
import { DEMO_SEED, generateDemo } from './generate';
import { slug } from './names';

const asOf = '2026-03-15';
const demo = generateDemo({ seed: DEMO_SEED, asOf, currency: 'USD' });
const clients = demo.parties.filter((p) => p.kind === 'client');

describe('generateDemo', () => {
  it('builds about fifty clients, three subcontractors and three years of work', () => {
    expect(clients).toHaveLength(50);
    expect(demo.parties.filter((p) => p.kind === 'subcontractor')).toHaveLength(3);
    const ordered = demo.jobs.map((j) => j.orderedOn).sort();
    expect(ordered[0]! >= addMonths(asOf, -36)).toBe(true);
    expect(ordered[0]! <= addMonths(asOf, -33)).toBe(true);
    expect(demo.jobs.length).toBeGreaterThan(300);
    expect(demo.jobs.length).toBeLessThan(2000);
  });

  it('makes only records the strict schemas accept', () => {
    for (const p of demo.parties) expect(partySchema.safeParse(p).error).toBeUndefined();
    for (const j of demo.jobs) expect(jobSchema.safeParse(j).error).toBeUndefined();
    for (const p of demo.payments) expect(paymentSchema.safeParse(p).error).toBeUndefined();
    for (const c of demo.contacts) expect(contactSchema.safeParse(c).error).toBeUndefined();
  });

  it('links only to records it made, the way the write path requires', () => {
    const parties = new Map(demo.parties.map((p) => [p.id, p]));
    const jobs = new Map(demo.jobs.map((j) => [j.id, j]));
    const ids = [demo.parties, demo.jobs, demo.payments, demo.contacts].flat().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const job of demo.jobs) {
      expect(parties.get(job.clientId)?.kind).toBe('client');
      if (job.subcontractorId) expect(parties.get(job.subcontractorId)?.kind).toBe('subcontractor');
    }
    for (const payment of demo.payments) {
      expect(parties.has(payment.partyId)).toBe(true);
      for (const a of payment.allocations) {
        const job = jobs.get(a.jobId)!;
        const forClient =
          payment.direction === 'client_to_me' || payment.direction === 'me_to_client';
        expect(forClient ? job.clientId : job.subcontractorId).toBe(payment.partyId);
        expect(job.currency).toBe(payment.currency);
      }
    }
    for (const contact of demo.contacts) {
      expect(parties.has(contact.partyId)).toBe(true);
      if (contact.jobId) expect(jobs.get(contact.jobId)?.clientId).toBe(contact.partyId);
      if (contact.referredPartyId) expect(parties.has(contact.referredPartyId)).toBe(true);
    }
    for (const party of demo.parties) {
      if (party.referredById) expect(parties.has(party.referredById)).toBe(true);
    }
  });

  it('never dates anything after the day it is built for', () => {
    const days = [
      ...demo.jobs.flatMap((j) => [j.orderedOn, j.doneOn, j.invoicedOn]),
      ...demo.payments.flatMap((p) => [p.sentOn, p.receivedOn]),
      ...demo.credits.map((c) => c.on),
      ...demo.writeOffs.map((w) => w.on),
      ...demo.disputes.map((d) => d.raisedOn),
      ...demo.promises.map((p) => p.madeOn),
      ...demo.contacts.map((c) => c.on),
      ...demo.parties.map((p) => p.relationshipStart),
    ].filter((d): d is string => d !== null);
    expect(days.every((d) => d <= asOf)).toBe(true);
    const instants = [
      demo.parties,
      demo.jobs,
      demo.payments,
      demo.credits,
      demo.writeOffs,
      demo.disputes,
      demo.promises,
      demo.contacts,
    ]
      .flat()
      .flatMap((r) => [r.createdAt, r.updatedAt]);
    expect(instants.every((i) => i.slice(0, 10) <= asOf)).toBe(true);
  });

  it('is the same business for the same seed, and another for another seed', () => {
    const again = generateDemo({ seed: DEMO_SEED, asOf, currency: 'USD' });
    expect(again).toEqual(demo);
    const other = generateDemo({ seed: DEMO_SEED + 1, asOf, currency: 'USD' });
    expect(other.parties.map((p) => p.id)).not.toEqual(demo.parties.map((p) => p.id));
  });

  it('mixes punctual, occasionally late and chronically late clients', () => {
    const patterns = { none: 0, occasional: 0, chronic: 0 };
    for (const client of clients) {
      patterns[payerModel(client, demo, asOf, { graceDays: 5 }).lateness.pattern] += 1;
    }
    expect(patterns.none).toBeGreaterThanOrEqual(10);
    expect(patterns.occasional).toBeGreaterThanOrEqual(8);
    expect(patterns.chronic).toBeGreaterThanOrEqual(4);
    const onTime = clients
      .map((c) => clientFigures(c, demo.jobs, demo, asOf).onTimeRate)
      .filter((r): r is number => r !== null);
    const median = onTime.sort((a, b) => a - b)[Math.floor(onTime.length / 2)]!;
    expect(median).toBeGreaterThan(0.8);
  });

  it('has reminders that work for some clients and are ignored by others', () => {
    const rates = clients
      .map((c) => payerModel(c, demo, asOf, { graceDays: 5 }).reminders.rate)
      .filter((r): r is number => r !== null);
    expect(rates.some((r) => r >= 0.75)).toBe(true);
    expect(rates.some((r) => r <= 0.25)).toBe(true);
  });

  it('has money owed in every age bucket, referrals, goodwill, bad debt, a dispute, promises kept and broken, a batch of units and a cheque in the mail', () => {
    const aging = receivablesAging(demo.jobs, demo, asOf);
    for (const bucket of Object.values(aging.totals)) expect(bucket.USD ?? 0).toBeGreaterThan(0);
    const referred = clients.filter((c) => c.referredById !== null);
    expect(referred.length).toBeGreaterThanOrEqual(4);
    const referrer = clients.find((c) => c.id === referred[0]!.referredById)!;
    const referrals = referralsBy(referrer.id, demo.parties, demo.jobs, demo.contacts, asOf);
    expect(referrals.count).toBeGreaterThanOrEqual(1);
    expect(demo.writeOffs.length).toBeGreaterThan(0);
    expect(demo.credits.some((c) => c.reason === 'goodwill')).toBe(true);
    expect(demo.disputes.length).toBeGreaterThan(0);
    const outcomes = new Set(
      demo.promises.map((p) => promiseOutcome(p, demo.payments, asOf).status),
    );
    expect(outcomes.has('kept') && outcomes.has('broken')).toBe(true);
    expect(demo.jobs.some((j) => j.lines[0]!.quantity > 1 && j.lines[0]!.unit !== '')).toBe(true);
    expect(demo.payments.some((p) => p.direction === 'me_to_client')).toBe(true);
    expect(demo.payments.some((p) => p.direction === 'me_to_sub')).toBe(true);
    expect(demo.payments.some((p) => p.receivedOn === null)).toBe(true);
    // A cheque is posted before it arrives: both days are kept.
    expect(demo.payments.some((p) => p.receivedOn !== null && p.receivedOn > p.sentOn)).toBe(true);
    expect(demo.jobs.some((j) => j.status === 'open')).toBe(true);
  });

  it('counts money in the currency asked for, with its own decimals', () => {
    const yen = generateDemo({ seed: DEMO_SEED, asOf, currency: 'JPY', clients: 5 });
    expect(yen.jobs.every((j) => j.currency === 'JPY')).toBe(true);
    // Whole yen (it has no minor unit), in 25s, under 10,000 a job.
    const bills = yen.jobs.map((j) => linesTotal(j.lines));
    expect(bills.every((bill) => bill % 25 === 0 && bill < 10_000)).toBe(true);
  });
});

describe('slug', () => {
  it('makes a plain address part of a name with accents and signs', () => {
    expect(slug('Tomás Rivera')).toBe('tomas-rivera');
    expect(slug('Ahmed & Sons Grocers')).toBe('ahmed-sons-grocers');
  });
});
