/**
 * The settings before anything is saved, apart from the schemas in settings.ts, so reading the
 * settings (which every screen does) needs no zod.
 */
import type { SettingsInput } from './settings';

/** One settings record, shared by every device, so its id is fixed rather than random. */
export const SETTINGS_ID = '00000000-0000-4000-8000-000000000001';

/** A few days: a day or two late is normal, not a signal (see docs/database.md, version 3). */
export const DEFAULT_LATE_GRACE_DAYS = 5;
export const MAX_LATE_GRACE_DAYS = 60;

export const defaultSettings: SettingsInput = {
  businessName: '',
  businessAddress: '',
  businessAddressChangedOn: null,
  businessEmail: '',
  businessPhone: '',
  paymentDetails: '',
  defaultCurrency: 'USD',
  defaultTermsNetDays: 30,
  lateGraceDays: DEFAULT_LATE_GRACE_DAYS,
  locale: 'auto',
  theme: 'system',
};
