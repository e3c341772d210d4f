import { describe, expect, test } from 'vitest';
import { settingsSchema } from '../settings';
import { settingsGetLateGrace } from './v2-to-v3';

const v2Settings = {
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-12-02T18:00:00.000Z',
  updatedAt: '2026-12-02T18:00:00.000Z',
  deletedAt: null,
  businessName: 'Harbour Roofing',
  businessAddress: '',
  businessAddressChangedOn: null,
  businessEmail: '',
  businessPhone: '',
  paymentDetails: '',
  defaultCurrency: 'USD',
  defaultTermsNetDays: 30,
  locale: 'auto',
  theme: 'system',
  stamps: { businessName: '001796234400000-000011-7e57de40-0000-4000-8000-000000000002' },
};

describe('version 2 settings to version 3', () => {
  test('the settings get 5 grace days, unstamped, and nothing else changes', () => {
    const upgraded = settingsGetLateGrace(v2Settings);
    expect(upgraded).toEqual({ ...v2Settings, lateGraceDays: 5 });
    expect(settingsSchema.safeParse(upgraded).success).toBe(true);
    expect(settingsSchema.safeParse(v2Settings).success).toBe(false);
  });

  test('settings that already have grace days are left alone, so running it twice changes nothing', () => {
    const set = { ...v2Settings, lateGraceDays: 12 };
    expect(settingsGetLateGrace(set)).toBe(set);
    const once = settingsGetLateGrace(v2Settings);
    expect(settingsGetLateGrace(once)).toBe(once);
  });
});
