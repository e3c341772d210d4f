/** Which people the list shows, and in what order. */
import type { Party, PartyKind } from '../../domain/records';

export interface PeopleFilter {
  kind: PartyKind;
  query: string;
  showArchived: boolean;
}

const digitsOnly = (text: string) => text.replace(/\D/g, '');

/**
 * Case-insensitive match on name, email or phone. A query that looks like a phone number also
 * matches whatever way the number was written down ("5550100" finds "555 01 00").
 */
export function matchesSearch(party: Pick<Party, 'name' | 'email' | 'phone'>, query: string) {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return true;
  if ([party.name, party.email, party.phone].some((f) => f.toLocaleLowerCase().includes(needle))) {
    return true;
  }
  const digits = digitsOnly(needle);
  return /^[\d\s()+.-]+$/.test(needle) && digits.length >= 3
    ? digitsOnly(party.phone).includes(digits)
    : false;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function filterPeople<P extends Party>(parties: readonly P[], filter: PeopleFilter): P[] {
  return parties
    .filter(
      (p) =>
        p.kind === filter.kind &&
        (filter.showArchived || !p.archived) &&
        matchesSearch(p, filter.query),
    )
    .sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}
