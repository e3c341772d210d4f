import { z } from 'zod';
import { daySchema } from '../date-schemas';
import { currencySchema } from '../money-schemas';
import { storedShape, text } from './base';

export { SETTINGS_ID, defaultSettings } from './settings-defaults';

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
  locale: z.enum(localeChoices),
  theme: z.enum(themeChoices),
};

export const settingsInputSchema = z.strictObject(settingsFields);
export type SettingsInput = z.infer<typeof settingsInputSchema>;

export const settingsSchema = z.strictObject(storedShape(settingsFields));
export type Settings = z.infer<typeof settingsSchema>;
