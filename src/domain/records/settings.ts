import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { currencySchema } from '../money-schemas';
import { storedShape, text } from './base';
import { MAX_LATE_GRACE_DAYS } from './settings-defaults';

export {
  DEFAULT_LATE_GRACE_DAYS,
  MAX_LATE_GRACE_DAYS,
  SETTINGS_ID,
  defaultSettings,
} from './settings-defaults';

export const localeChoices = ['auto', 'en', 'ru'] as const;
export const themeChoices = ['system', 'light', 'dark'] as const;

export const settingsFields = {
  businessName: text(200),
  /** The owner's own details, printed on invoices and statements. */
  businessAddress: text(500),
  /** When the business address last changed: cheques sent to the old one go astray. */
  businessAddressChangedOn: daySchema.nullable(),
  businessEmail: text(200),
  businessPhone: text(50),
  /** How to pay: bank details, who cheques are made out to. */
  paymentDetails: text(1000),
  defaultCurrency: currencySchema,
  defaultTermsNetDays: z
    .int({ error: 'not_whole_days' })
    .min(0, { error: 'negative' })
    .max(365, { error: 'too_large' }),
  /**
   * Days after the due date before a payment counts as late. A day or two late is normal; we record
   * the day money was sent, so the post's delay needs no room here (collection tools allow about
   * 15 days for cheques in transit).
   */
  lateGraceDays: z
    .int({ error: 'not_whole_days' })
    .min(0, { error: 'negative' })
    .max(MAX_LATE_GRACE_DAYS, { error: 'grace_too_long' }),
  locale: z.enum(localeChoices),
  theme: z.enum(themeChoices),
};

export const settingsInputSchema = z.strictObject(settingsFields);
export type SettingsInput = z.infer<typeof settingsInputSchema>;

export const settingsSchema = z.strictObject(storedShape(settingsFields));
export type Settings = z.infer<typeof settingsSchema>;
