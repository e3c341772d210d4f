/**
 * The settlement over generated jobs, from records: lines with units of every kind, payments from
 * the client and to the subcontractor, an earlier credit, any answers, option and amounts the owner
 * may type. The netted transfers leave the client and the subcontractor exactly where the listed
 * entries (credit, payment, kept-back fee, charge-back) put them, and those add up to the amounts
 * the decision shows; at most one transfer each besides you. The expected figures come from the
 * lines by plain arithmetic (whole units, so every product is exact), not from the settlement code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCredit } from '../../../metrics/test-records';
import { emptyFollowUp, type Scalar } from '../../../records';
import { netPositions } from '../../settlement';
import { makeJob, makePayment, SUB_ID } from '../../test-ledger';
import { whoPaysWhomTemplate } from './index';
import { client, crew, line, run } from './test-cases';

const lineArb = fc
  .record({
    quantity: fc.integer({ min: 1, max: 6 }),
    unitPrice: fc.integer({ min: 0, max: 20_000 }),
    subcontractorUnitCost: fc.integer({ min: 0, max: 20_000 }),
    cuts: fc.tuple(fc.nat(), fc.nat(), fc.nat()),
  })
  .map(({ quantity, unitPrice, subcontractorUnitCost, cuts }) => {
    // Split the units among late, done by the client, not done and on time.
    const doneByClient = cuts[0] % (quantity + 1);
    const notDone = cuts[1] % (quantity - doneByClient + 1);
    const late = cuts[2] % (quantity - doneByClient - notDone + 1);
    return line({ quantity, unitPrice, subcontractorUnitCost, late, doneByClient, notDone });
  });

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const caseArb = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
  status: fc.constantFrom('done' as const, 'invoiced' as const),
  withSubcontractor: fc.boolean(),
  /** Shares of the bill paid by the client and credited before, in percent (their sum capped). */
  paidPercents: fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 2 }),
  creditPercent: fc.integer({ min: 0, max: 100 }),
  /** Paid to the subcontractor, in percent of his price (he may have been paid more). */
  subPaidPercents: fc.array(fc.integer({ min: 1, max: 120 }), { maxLength: 2 }),
  answers: fc.record({
    fault: maybe(fc.constantFrom('mine', 'subcontractor', 'shared', 'nobody', 'client')),
    clientShare: maybe(fc.integer({ min: 0, max: 100 })),
    clientCost: maybe(fc.integer({ min: 0, max: 200_000 })),
    lateUnits: maybe(fc.constantFrom('bill', 'credit')),
    clientWorth: maybe(fc.integer({ min: 0, max: 1_000_000 })),
  }),
  optionPick: fc.nat(),
  amounts: fc.record({
    credit: maybe(fc.integer({ min: 0, max: 300_000 })),
    payClient: maybe(fc.integer({ min: 0, max: 300_000 })),
    subcontractorBears: maybe(fc.integer({ min: 0, max: 300_000 })),
  }),
});

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

describe('the settlement of a job gone wrong, from records', () => {
  it('leaves each party where the listed entries put them, adding up to the amounts shown, in at most one transfer each', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const billed = sum(c.lines.map((l) => l.quantity * l.unitPrice));
        const job = makeJob({
          title: 'Field orders',
          orderedOn: '2026-06-10',
          doneOn: '2026-06-20',
          invoicedOn: c.status === 'invoiced' ? '2026-06-21' : null,
          status: c.status,
          lines: c.lines,
          subcontractorId: c.withSubcontractor ? SUB_ID : null,
          problems: c.withSubcontractor ? ['subcontractor_fault'] : ['late'],
        });
        // What the client paid and was credited, never beyond the bill.
        let room = billed;
        const paid: number[] = [];
        for (const p of c.paidPercents) {
          const amount = Math.min(room, Math.round((billed * p) / 100));
          if (amount > 0) paid.push(amount);
          room -= amount;
        }
        const credited = Math.min(room, Math.round((billed * c.creditPercent) / 100));
        const cost = sum(c.lines.map((l) => l.quantity * l.subcontractorUnitCost));
        const toSub = c.withSubcontractor
          ? c.subPaidPercents.map((p) => Math.round((cost * p) / 100)).filter((a) => a > 0)
          : [];
        const payments = [
          ...paid.map((amount) => makePayment('2026-06-25', [{ job, amount }])),
          ...toSub.map((amount) =>
            makePayment('2026-06-24', [], {
              direction: 'me_to_sub',
              partyId: SUB_ID,
              amount,
              allocations: [{ jobId: job.id, amount }],
            }),
          ),
        ];
        const credits = credited > 0 ? [makeCredit('2026-06-26', job, credited)] : [];
        const answers = defined(c.answers) as Record<string, Scalar>;
        const parties = c.withSubcontractor ? [client, crew] : [client];
        const first = run({ job, parties, payments, credits }, { answers });
        const options = whoPaysWhomTemplate.optionsFor(first.evaluation);
        const option = options[c.optionPick % options.length]!;
        const r = run(
          { job, parties, payments, credits },
          {
            answers,
            decision: { option, decidedOn: null, note: '' },
            followUp: { ...emptyFollowUp(), amounts: defined(c.amounts) as Record<string, number> },
          },
        );
        const s = r.evaluation.settlement!;
        const a = r.evaluation.answers;

        // The entries the decision lists.
        const amountOf = (effect: string) =>
          sum(
            r.effects.flatMap((e) =>
              e.effect === effect && (e.table === 'payments' || e.table === 'credits')
                ? [e.create.amount]
                : [],
            ),
          );
        const creditEntry = amountOf('credit');
        const paidToClient = amountOf('pay_client');
        const keptBack = amountOf('forfeit');
        const chargeBack = amountOf('charge_back');

        // Where they put each party (positive: you owe them).
        const received = sum(paid);
        const owed = Math.max(0, billed - credited - received);
        const clientPosition = paidToClient - (owed - creditEntry);
        const subUnpaid = Math.max(0, cost - sum(toSub));
        const subPosition = c.withSubcontractor ? subUnpaid - keptBack - chargeBack : 0;
        const net = netPositions(s.transfers);
        expect(net.get('client') ?? 0).toBe(clientPosition);
        expect(net.get('subcontractor') ?? 0).toBe(subPosition);

        // …and add up to the amounts shown: the credit and goodwill given, what he bears.
        const goodwill = s.goodwill;
        const creditGiven = s.costOfGoodwill - goodwill;
        expect(clientPosition).toBe(goodwill + Math.min(creditGiven - owed, received));
        expect(keptBack + chargeBack).toBe(c.withSubcontractor ? s.subcontractorBears : 0);

        // One transfer at most with each, none of nothing, each through you.
        for (const party of ['client', 'subcontractor']) {
          expect(
            s.transfers.filter((t) => t.from === party || t.to === party).length,
          ).toBeLessThanOrEqual(1);
        }
        for (const t of s.transfers) {
          expect(t.amount).toBeGreaterThan(0);
          expect([t.from, t.to]).toContain('me');
        }

        // The amounts themselves, from the lines, when the owner typed none.
        const unitsAt = (price: (l: (typeof c.lines)[number]) => number, late: boolean) =>
          sum(c.lines.map((l) => (l.doneByClient + l.notDone + (late ? l.late : 0)) * price(l)));
        const lateCredited = a.lateUnits === 'credit';
        if (c.amounts.credit === undefined) {
          const waived = option === 'waive_all' || option === 'waive_and_pay';
          expect(creditGiven).toBe(
            waived
              ? billed
              : Math.min(
                  billed,
                  unitsAt((l) => l.unitPrice, lateCredited),
                ),
          );
        }
        if (c.withSubcontractor && c.amounts.subcontractorBears === undefined) {
          const his = lateCredited && (a.fault === 'subcontractor' || a.fault === 'shared');
          // At his price per unit, never the client's.
          expect(s.subcontractorBears).toBe(unitsAt((l) => l.subcontractorUnitCost, his));
        }
        // A goodwill payment: only when paying, never more than her cost nor than she is worth.
        const cap = Math.min(
          typeof a.clientCost === 'number' ? a.clientCost : 0,
          typeof a.clientWorth === 'number' ? a.clientWorth : 0,
        );
        expect(goodwill).toBeLessThanOrEqual(Math.max(0, cap));
        if (option === 'bill_delivered' || option === 'waive_all') expect(goodwill).toBe(0);
        expect(s.subcontractorBears).toBeLessThanOrEqual(c.withSubcontractor ? cost : 0);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
