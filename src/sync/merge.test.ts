import { describe, expect, test } from 'vitest';
import { clientInput } from '../db/test-db';
import { stampedFields } from './format';
import { fieldWinner, mergeRecord, type StoredRecord } from './merge';

const fields = stampedFields('parties');

/** 2026-03-02T09:00:00Z on the phone, when Ada was recorded: every field carries it. */
const CREATED = '001772442000000-000000-phone';

type Party = StoredRecord & Record<string, unknown>;

/** Ada as one device holds her: `changes` made to her fields, with `stamps` for them. */
function ada(changes: Record<string, unknown> = {}, stamps: Record<string, string> = {}): Party {
  return {
    ...clientInput(),
    id: '00000000-0000-4000-8000-000000000001',
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    deletedAt: null,
    ...changes,
    stamps: {
      ...Object.fromEntries(Object.keys(clientInput()).map((field) => [field, CREATED])),
      ...stamps,
    },
  };
}

/** Merged in both directions: the same record, whichever side is local. */
function mergedBothWays(a: Party, b: Party): Party {
  const ab = mergeRecord(fields, a, b);
  expect(ab).toEqual(mergeRecord(fields, b, a));
  return ab;
}

describe('merging one record field by field', () => {
  test('two devices editing different fields of one record both keep their edit', () => {
    const phone = ada({ phone: '555 0101' }, { phone: '001772442001000-000000-phone' });
    const laptop = ada({ termsNetDays: 14 }, { termsNetDays: '001772442002000-000000-laptop' });
    const merged = mergedBothWays(phone, laptop);
    expect(merged.phone).toBe('555 0101');
    expect(merged.termsNetDays).toBe(14);
    expect(merged.stamps).toEqual({
      ...ada().stamps,
      phone: '001772442001000-000000-phone',
      termsNetDays: '001772442002000-000000-laptop',
    });
  });

  test('when both edit the same field, the later stamp wins on both devices', () => {
    const phone = ada({ name: 'Ada (phone)' }, { name: '001772442005000-000000-phone' });
    const laptop = ada({ name: 'Ada (laptop)' }, { name: '001772442001000-000003-laptop' });
    expect(fieldWinner('name', phone, laptop)).toBe('local');
    expect(fieldWinner('name', laptop, phone)).toBe('incoming');
    expect(mergedBothWays(phone, laptop).name).toBe('Ada (phone)');
  });

  test('in the same millisecond the greater counter wins, then the greater device id: never a tie', () => {
    const laptop = ada({ notes: 'laptop' }, { notes: '001772442001000-000001-laptop' });
    const phone = ada({ notes: 'phone' }, { notes: '001772442001000-000001-phone' });
    expect(mergedBothWays(phone, laptop).notes).toBe('phone');
    const busyLaptop = ada({ notes: 'laptop' }, { notes: '001772442001000-000002-laptop' });
    expect(mergedBothWays(phone, busyLaptop).notes).toBe('laptop');
  });

  test('a field stamped on one side only wins over the unstamped one', () => {
    const stamped = ada();
    const bare = ada({ notes: 'from an old file' });
    delete bare.stamps.notes;
    const merged = mergedBothWays(stamped, bare);
    expect(merged.notes).toBe('');
    expect(merged.stamps.notes).toBe(CREATED);
  });

  test('equal stamps with different values (a hand-edited file) give one answer both ways: the greater JSON', () => {
    const a = ada();
    const b = ada({ phone: 'changed by hand' });
    // '"changed by hand"' sorts after '""'.
    expect(mergedBothWays(a, b).phone).toBe('changed by hand');
  });

  test('the earliest createdAt and the latest updatedAt are kept', () => {
    const a = ada();
    const b = ada({ createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2030-01-01T00:00:00.000Z' });
    const merged = mergedBothWays(a, b);
    expect(merged.createdAt).toBe('2020-01-01T00:00:00.000Z');
    expect(merged.updatedAt).toBe('2030-01-01T00:00:00.000Z');
  });

  test('the merged record holds the listed fields only, whatever else the input carried', () => {
    const a = ada();
    const hostile = JSON.parse(
      `{"__proto__": {"polluted": true}, "extra": 1, "id": "${a.id}"}`,
    ) as Record<string, unknown>;
    const merged = mergeRecord(fields, a, { ...a, ...hostile } as Party) as Record<string, unknown>;
    expect(Object.keys(merged).sort()).toEqual(
      ['id', 'createdAt', 'updatedAt', 'stamps', ...fields].sort(),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('deletes', () => {
  test('a record deleted on one device and edited later on the other stays deleted, its edit kept', () => {
    const phone = ada(
      { deletedAt: '2026-03-02T09:00:01.000Z' },
      { deletedAt: '001772442001000-000000-phone' },
    );
    const laptop = ada({ phone: '555 0199' }, { phone: '001772442005000-000000-laptop' });
    const merged = mergedBothWays(phone, laptop);
    expect(merged.deletedAt).toBe('2026-03-02T09:00:01.000Z');
    expect(merged.phone).toBe('555 0199');
  });

  test('a restore stamped after the delete brings the record back on both devices', () => {
    const phone = ada(
      { deletedAt: '2026-03-02T09:00:01.000Z' },
      { deletedAt: '001772442001000-000000-phone' },
    );
    const laptop = ada({ deletedAt: null }, { deletedAt: '001772442002000-000000-laptop' });
    const merged = mergedBothWays(phone, laptop);
    expect(merged.deletedAt).toBeNull();
    expect(merged.stamps.deletedAt).toBe('001772442002000-000000-laptop');
  });
});
