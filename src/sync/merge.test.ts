import { describe, expect, test } from 'vitest';
import { canonicalJson } from './canonical';
import { stampedFields } from './format';
import { fieldWinner, mergeRecord, type StoredRecord } from './merge';
import {
  simDelete,
  simDevice,
  simImport,
  simJob,
  simParty,
  simPayment,
  simWrite,
} from './test-helpers';

const fields = stampedFields('parties');

function pair() {
  const phone = simDevice(1);
  const laptop = simDevice(2);
  const ada = simParty(phone, 'Ada Client');
  simImport(laptop, phone);
  return { phone, laptop, id: ada.id };
}

const find = (records: unknown[], id: string) =>
  (records as StoredRecord[]).find((r) => r.id === id) as StoredRecord & Record<string, unknown>;

describe('merging one record field by field', () => {
  test('two devices editing different fields of one record both keep their edit', () => {
    const { phone, laptop, id } = pair();
    phone.wall += 1000;
    simWrite(phone, 'parties', id, { phone: '555 0101' });
    laptop.wall += 2000;
    simWrite(laptop, 'parties', id, { termsNetDays: 14 });
    simImport(laptop, phone);
    simImport(phone, laptop);
    for (const device of [phone, laptop]) {
      const ada = find(device.data.parties, id);
      expect(ada.phone).toBe('555 0101');
      expect(ada.termsNetDays).toBe(14);
    }
    expect(canonicalJson(phone.data)).toBe(canonicalJson(laptop.data));
  });

  test('when both edit the same field, the later stamp wins on both devices', () => {
    const { phone, laptop, id } = pair();
    phone.wall += 5000;
    simWrite(phone, 'parties', id, { name: 'Ada (phone)' });
    laptop.wall += 1000;
    simWrite(laptop, 'parties', id, { name: 'Ada (laptop)' });
    const a = find(phone.data.parties, id);
    const b = find(laptop.data.parties, id);
    expect(fieldWinner('name', a, b)).toBe('local');
    expect(fieldWinner('name', b, a)).toBe('incoming');
    expect(mergeRecord(fields, a, b)).toEqual(mergeRecord(fields, b, a));
    expect((mergeRecord(fields, b, a) as unknown as { name: string }).name).toBe('Ada (phone)');
  });

  test('a stamp from the same millisecond is ordered by the device id, never a tie', () => {
    const { phone, laptop, id } = pair();
    simWrite(phone, 'parties', id, { notes: 'phone' });
    simWrite(laptop, 'parties', id, { notes: 'laptop' });
    const a = find(phone.data.parties, id);
    const b = find(laptop.data.parties, id);
    expect(a.stamps.notes).not.toBe(b.stamps.notes);
    expect(mergeRecord(fields, a, b)).toEqual(mergeRecord(fields, b, a));
  });

  test('a field stamped on one side only wins over the unstamped one', () => {
    const { phone, id } = pair();
    const stamped = find(phone.data.parties, id);
    const bare = { ...stamped, notes: 'from an old file', stamps: { ...stamped.stamps } };
    delete bare.stamps.notes;
    expect((mergeRecord(fields, bare, stamped) as unknown as { notes: string }).notes).toBe('');
    expect((mergeRecord(fields, stamped, bare) as unknown as { notes: string }).notes).toBe('');
  });

  test('equal stamps with different values (a hand-edited file) still give one answer both ways', () => {
    const { phone, id } = pair();
    const a = find(phone.data.parties, id);
    const b = { ...a, phone: 'changed by hand' };
    expect(mergeRecord(fields, a, b)).toEqual(mergeRecord(fields, b, a));
  });

  test('the earliest createdAt and the latest updatedAt are kept', () => {
    const { phone, id } = pair();
    const a = find(phone.data.parties, id);
    const b = {
      ...a,
      createdAt: '2020-01-01T00:00:00.000Z',
      updatedAt: '2030-01-01T00:00:00.000Z',
    };
    const merged = mergeRecord(fields, a, b);
    expect(merged.createdAt).toBe('2020-01-01T00:00:00.000Z');
    expect(merged.updatedAt).toBe('2030-01-01T00:00:00.000Z');
  });

  test('the merged record holds the listed fields only, whatever else the input carried', () => {
    const { phone, id } = pair();
    const a = find(phone.data.parties, id);
    const hostile = JSON.parse(
      `{"__proto__": {"polluted": true}, "extra": 1, "id": "${id}"}`,
    ) as Record<string, unknown>;
    const merged = mergeRecord(fields, a, {
      ...a,
      ...hostile,
    } as StoredRecord) as unknown as Record<string, unknown>;
    expect(Object.keys(merged).sort()).toEqual(
      ['id', 'createdAt', 'updatedAt', 'stamps', ...fields].sort(),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('deletes', () => {
  test('a record deleted on one device and edited on the other stays deleted, its edit kept', () => {
    const { phone, laptop, id } = pair();
    phone.wall += 1000;
    simDelete(phone, 'parties', id, true);
    laptop.wall += 5000;
    simWrite(laptop, 'parties', id, { phone: '555 0199' });
    simImport(laptop, phone);
    simImport(phone, laptop);
    for (const device of [phone, laptop]) {
      const ada = find(device.data.parties, id);
      expect(ada.deletedAt).not.toBeNull();
      expect(ada.phone).toBe('555 0199');
    }
  });

  test('a restore made after the delete brings the record back everywhere', () => {
    const { phone, laptop, id } = pair();
    phone.wall += 1000;
    simDelete(phone, 'parties', id, true);
    simImport(laptop, phone);
    laptop.wall += 1000;
    simDelete(laptop, 'parties', id, false);
    simImport(phone, laptop);
    expect(find(phone.data.parties, id).deletedAt).toBeNull();
  });

  test('payments recorded on two devices are separate records and both count', () => {
    const { phone, laptop, id } = pair();
    const job = simJob(phone, id);
    simImport(laptop, phone);
    simPayment(phone, job, 20_000);
    simPayment(laptop, job, 30_000);
    simImport(laptop, phone);
    simImport(phone, laptop);
    for (const device of [phone, laptop]) {
      expect(device.data.payments.map((p) => p.amount).sort()).toEqual([20_000, 30_000]);
    }
  });
});
