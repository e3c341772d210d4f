/**
 * Who reaches out: a client who calls first when they hit a rough patch is worth working with; one
 * you must chase like a detective is not. Notes and referrals say nothing about this and are left out.
 */
import type { Day } from '../dates';
import type { Contact, Id } from '../records';
import { isLive } from '../records/live';

export const initiativePatterns = ['they_reach_out', 'mixed', 'you_chase', 'unknown'] as const;
export type InitiativePattern = (typeof initiativePatterns)[number];

export interface ContactInitiative {
  byThem: number;
  byMe: number;
  /** Share of contacts they started; null with no contacts. */
  theirShare: number | null;
  /** Times they called first (before being chased). */
  calledFirst: number;
  /** Reminders and warnings we sent. */
  chases: number;
  pattern: InitiativePattern;
}

const ignored = new Set(['note', 'referral']);
const MIN_CONTACTS = 2;

export function contactInitiative(
  partyId: Id,
  contacts: readonly Contact[],
  asOf: Day,
): ContactInitiative {
  const theirs = contacts.filter(
    (c) => isLive(c) && c.partyId === partyId && c.on <= asOf && !ignored.has(c.kind),
  );
  const byThem = theirs.filter((c) => c.initiatedBy === 'them').length;
  const byMe = theirs.length - byThem;
  const theirShare = theirs.length === 0 ? null : byThem / theirs.length;
  const pattern: InitiativePattern =
    theirs.length < MIN_CONTACTS || theirShare === null
      ? 'unknown'
      : theirShare >= 0.5
        ? 'they_reach_out'
        : theirShare >= 0.25
          ? 'mixed'
          : 'you_chase';
  return {
    byThem,
    byMe,
    theirShare,
    calledFirst: theirs.filter((c) => c.kind === 'client_called_first').length,
    chases: theirs.filter(
      (c) => (c.kind === 'reminder_sent' || c.kind === 'warning_sent') && c.initiatedBy === 'me',
    ).length,
    pattern,
  };
}
