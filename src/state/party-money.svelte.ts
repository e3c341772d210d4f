/**
 * The credits, write-offs and disputes of one party, read through their partyId index: what a
 * job's page and the payment form need besides the payments (a job's balance, a client's credit).
 * A module of its own so it can be merged apart from the other live reads.
 */
import { partyRecords } from '../db/queries';
import type { Credit, Dispute, WriteOff } from '../domain/records';
import { db } from './db';
import { Live } from './live.svelte';

export interface PartyMoney {
  credits: Credit[];
  writeOffs: WriteOff[];
  disputes: Dispute[];
}

export function livePartyMoney(partyId: () => string) {
  return new Live(partyId, async (id): Promise<PartyMoney> => {
    if (id === '') return { credits: [], writeOffs: [], disputes: [] };
    const { credits, writeOffs, disputes } = await partyRecords(db, [id]);
    return { credits, writeOffs, disputes };
  });
}
