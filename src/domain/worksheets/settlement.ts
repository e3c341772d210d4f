/**
 * Who pays whom, netted. Every obligation between two parties is added to each party's net
 * position; the transfers then settle those positions. Netting conserves money exactly (each
 * party ends where its obligations put it) and never needs more transfers than parties less one.
 */

export interface Transfer {
  from: string;
  to: string;
  amount: number;
}

/** Each party's net position: positive is owed to it, negative is owed by it. */
export function netPositions(transfers: readonly Transfer[]): Map<string, number> {
  const net = new Map<string, number>();
  for (const { from, to, amount } of transfers) {
    if (amount === 0 || from === to) continue;
    net.set(from, (net.get(from) ?? 0) - amount);
    net.set(to, (net.get(to) ?? 0) + amount);
  }
  return net;
}

function byAmountThenName(a: [string, number], b: [string, number]): number {
  return Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/**
 * The fewest plain transfers that settle the obligations. With a `hub`, every transfer goes through
 * it (the owner stands between the client and the subcontractor, who owe each other nothing); each
 * other party then makes or gets at most one transfer. Without one, the largest debtor pays the
 * largest creditor until all are square, which also ends each step with one party settled.
 */
export function netTransfers(obligations: readonly Transfer[], hub?: string): Transfer[] {
  const net = netPositions(obligations);
  if (hub !== undefined) {
    return [...net.entries()]
      .filter(([party, amount]) => party !== hub && amount !== 0)
      .sort(byAmountThenName)
      .map(([party, amount]) =>
        amount < 0 ? { from: party, to: hub, amount: -amount } : { from: hub, to: party, amount },
      );
  }
  const debtors = [...net.entries()].filter(([, a]) => a < 0).sort(byAmountThenName);
  const creditors = [...net.entries()].filter(([, a]) => a > 0).sort(byAmountThenName);
  const transfers: Transfer[] = [];
  while (debtors.length > 0 && creditors.length > 0) {
    const debtor = debtors[0]!;
    const creditor = creditors[0]!;
    const amount = Math.min(-debtor[1], creditor[1]);
    transfers.push({ from: debtor[0], to: creditor[0], amount });
    debtor[1] += amount;
    creditor[1] -= amount;
    if (debtor[1] === 0) debtors.shift();
    if (creditor[1] === 0) creditors.shift();
    debtors.sort(byAmountThenName);
    creditors.sort(byAmountThenName);
  }
  return transfers;
}

/**
 * A settlement of money between you, a client and a subcontractor, as a template that settles
 * (who pays whom) works it out and the screens show it.
 */
export const settlementParties = ['me', 'client', 'subcontractor'] as const;
export type SettlementParty = (typeof settlementParties)[number];

export interface SettlementAmounts {
  /** Taken off the client's bill. */
  credit?: number;
  /** Paid to the client on top (for the work they did, or as goodwill). */
  payClient?: number;
  /** What the subcontractor bears of the cost. */
  subcontractorBears?: number;
}

export interface JobSettlement {
  credit: number;
  /** The goodwill payment to the client, before netting against what they still owe. */
  goodwill: number;
  /** What the client still owes after the credit and the goodwill are netted. */
  clientOwes: number;
  /** Paid to the client: any part of the credit they had already paid, plus goodwill left over. */
  payClient: number;
  subcontractorBears: number;
  /** Of what the subcontractor bears, the part taken off what you still owe them. */
  forfeit: number;
  /** And the part they pay back. */
  chargeBack: number;
  /** What you still owe the subcontractor after the forfeit. */
  subcontractorOwed: number;
  transfers: (Transfer & { from: SettlementParty; to: SettlementParty })[];
  /** What you give up for the client's trust: the credit and the goodwill payment. */
  costOfGoodwill: number;
  /** The same, less what the subcontractor bears. */
  netCost: number;
}

/** What a job's settlement starts from: the decided amounts and where the job's money stands. */
export interface OwnerSettlementInput {
  /** Taken off the bill, already bounded by the bill. */
  credit: number;
  /** The goodwill payment to the client, already bounded. */
  goodwill: number;
  /** What the subcontractor bears, already bounded (0 without one). */
  subcontractorBears: number;
  /** What the client still owes on the job, and has paid so far. */
  outstanding: number;
  paidSoFar: number;
  /** What the subcontractor's work costs you, and what you have paid him (0 without one). */
  subcontractorCost: number;
  paidToSubcontractor: number;
}

/**
 * Settles a job through you, the owner: the client and the subcontractor each make or get at most
 * one transfer. Every version of a settling template arrives at its own credit, goodwill and share
 * borne; from there the money moves the same way.
 */
export function settleThroughOwner(input: OwnerSettlementInput): JobSettlement {
  const { credit, goodwill, subcontractorBears, outstanding, paidSoFar } = input;
  // A credit beyond what is still owed comes back out of what they already paid.
  const refund = Math.min(paidSoFar, Math.max(0, credit - outstanding));
  const stillOwed = Math.max(0, outstanding - credit);
  // Goodwill against a bill still owed is simply a bigger credit: one transfer fewer.
  const offset = Math.min(goodwill, stillOwed);
  const clientOwes = stillOwed - offset;
  const payClient = refund + goodwill - offset;

  const subcontractorUnpaid = Math.max(0, input.subcontractorCost - input.paidToSubcontractor);
  const forfeit = Math.min(subcontractorBears, subcontractorUnpaid);
  const chargeBack = subcontractorBears - forfeit;
  const subcontractorOwed = subcontractorUnpaid - forfeit;

  const obligations: Transfer[] = [
    { from: 'client', to: 'me', amount: clientOwes },
    { from: 'me', to: 'client', amount: payClient },
    { from: 'me', to: 'subcontractor', amount: subcontractorOwed },
    { from: 'subcontractor', to: 'me', amount: chargeBack },
  ];
  const transfers = netTransfers(obligations, 'me') as JobSettlement['transfers'];
  return {
    credit: credit + offset,
    goodwill,
    clientOwes,
    payClient,
    subcontractorBears,
    forfeit,
    chargeBack,
    subcontractorOwed,
    transfers,
    costOfGoodwill: credit + goodwill,
    netCost: credit + goodwill - subcontractorBears,
  };
}
