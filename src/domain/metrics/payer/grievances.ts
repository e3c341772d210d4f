/**
 * Complaints and disputes over the whole relationship, each grievance counted once: a complaint
 * logged as a contact and the dispute recorded about the same job are one grievance, as are two
 * complaints about one job. A complaint naming no job is a grievance of its own. Those about the
 * jobs being decided (`exceptJobIds`) are left out: the one on the table is not one "before".
 */
import type { Day } from '../../dates';
import type { Contact, Dispute, Id } from '../../records';
import { isLive } from '../../records/live';
import { isOpenOn } from '../job-balance';

export interface PayerGrievances {
  /** Always the whole relationship up to `asOf`, not the window: grievances are rare and remembered. */
  scope: 'relationship';
  count: number;
  /** Of them, with a dispute recorded (a money question), the rest complaints only. */
  disputed: number;
  complaintsOnly: number;
  /** Of the disputed ones, still open on `asOf`. */
  open: number;
}

/** The client's own contacts and disputes (partyId already matched). */
export function payerGrievances(
  contacts: readonly Contact[],
  disputes: readonly Dispute[],
  asOf: Day,
  exceptJobIds: readonly Id[] = [],
): PayerGrievances {
  const except = new Set(exceptJobIds);
  // One entry per job (or per jobless complaint), whether it has a dispute, and one open.
  const byKey = new Map<string, { disputed: boolean; open: boolean }>();
  for (const d of disputes) {
    if (!isLive(d) || d.raisedOn > asOf || except.has(d.jobId)) continue;
    const entry = byKey.get(d.jobId) ?? { disputed: true, open: false };
    entry.disputed = true;
    entry.open ||= isOpenOn(d, asOf);
    byKey.set(d.jobId, entry);
  }
  for (const c of contacts) {
    if (!isLive(c) || c.kind !== 'complaint' || c.on > asOf) continue;
    if (c.jobId !== null && except.has(c.jobId)) continue;
    const key = c.jobId ?? `contact:${c.id}`;
    if (!byKey.has(key)) byKey.set(key, { disputed: false, open: false });
  }
  const entries = [...byKey.values()];
  const disputed = entries.filter((e) => e.disputed).length;
  return {
    scope: 'relationship',
    count: entries.length,
    disputed,
    complaintsOnly: entries.length - disputed,
    open: entries.filter((e) => e.open).length,
  };
}
