import { describe, expect, it } from 'vitest';
import type { Party } from '../../domain/records';
import { filterPeople, matchesSearch } from './people-filter';

let next = 0;
function party(fields: Partial<Party>): Party {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    deletedAt: null,
    stamps: {},
    kind: 'client',
    name: 'Someone',
    email: '',
    phone: '',
    address: '',
    addressConfirmedOn: null,
    termsNetDays: 30,
    depositPercent: 0,
    lateFeeKind: 'none',
    lateFeeFlat: 0,
    lateFeeRateBasisPoints: 0,
    lateFeeGraceDays: 0,
    documentLanguage: null,
    relationshipStart: null,
    referredById: null,
    notes: '',
    archived: false,
    ...fields,
  };
}

describe('matchesSearch', () => {
  const ann = party({ name: 'Ann Lee', email: 'Ann@Example.com', phone: '+1 (555) 010-0200' });

  it('matches everyone when the query is empty or blank', () => {
    expect(matchesSearch(ann, '')).toBe(true);
    expect(matchesSearch(ann, '   ')).toBe(true);
  });

  it('matches name, email and phone whatever the case', () => {
    expect(matchesSearch(ann, 'ann l')).toBe(true);
    expect(matchesSearch(ann, 'EXAMPLE.COM')).toBe(true);
    expect(matchesSearch(ann, '(555)')).toBe(true);
  });

  it('matches a phone number typed without its spaces and brackets', () => {
    expect(matchesSearch(ann, '5550100')).toBe(true);
    expect(matchesSearch(ann, '555-010')).toBe(true);
  });

  it('does not match what is in none of the fields', () => {
    expect(matchesSearch(ann, 'bob')).toBe(false);
    expect(matchesSearch(ann, '999')).toBe(false);
  });

  it('does not match a short number against any phone', () => {
    expect(matchesSearch(party({ name: 'X', phone: '12 34' }), '23')).toBe(false);
  });
});

describe('filterPeople', () => {
  const zed = party({ name: 'zed' });
  const amy = party({ name: 'Amy' });
  const old = party({ name: 'Bob', archived: true });
  const sub = party({ name: 'Sam', kind: 'subcontractor' });
  const all = [zed, amy, old, sub];

  it('keeps one kind, hides the archived and sorts by name ignoring case', () => {
    expect(filterPeople(all, { kind: 'client', query: '', showArchived: false })).toEqual([
      amy,
      zed,
    ]);
  });

  it('shows the archived when asked', () => {
    expect(filterPeople(all, { kind: 'client', query: '', showArchived: true })).toEqual([
      amy,
      old,
      zed,
    ]);
  });

  it('narrows by the search', () => {
    expect(filterPeople(all, { kind: 'client', query: 'ZE', showArchived: true })).toEqual([zed]);
    expect(filterPeople(all, { kind: 'subcontractor', query: 'sa', showArchived: false })).toEqual([
      sub,
    ]);
  });
});
