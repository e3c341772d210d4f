import { z } from 'zod';
import { currencySchema } from '../money-schemas';
import { storedShape, text } from './base';

export { SETTINGS_ID, defaultSettings } from './settings-defaults';

export const localeChoices = ['auto', 'en', 'ru'] as const;
export const themeChoices = ['system', 'light', 'dark'] as const;

export const settingsFields = {
  businessName: text(200),
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
