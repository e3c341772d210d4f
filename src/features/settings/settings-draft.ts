/** The settings form keeps strings while typing; this turns them into the stored shape. */
import { isKnownCurrency } from '../../domain/money';
import { settingsInputSchema, type SettingsInput } from '../../domain/records';
import { validate, type FieldErrors } from '../../domain/validation';

export interface SettingsDraft {
  businessName: string;
  defaultCurrency: string;
  defaultTermsNetDays: string;
  locale: SettingsInput['locale'];
  theme: SettingsInput['theme'];
}

export function toDraft(settings: SettingsInput): SettingsDraft {
  return { ...settings, defaultTermsNetDays: String(settings.defaultTermsNetDays) };
}

export function fromDraft(
  draft: SettingsDraft,
): { ok: true; value: SettingsInput } | { ok: false; errors: FieldErrors } {
  const currency = draft.defaultCurrency.trim().toUpperCase();
  const terms = draft.defaultTermsNetDays.trim();
  const result = validate(settingsInputSchema, {
    ...draft,
    defaultCurrency: currency,
    defaultTermsNetDays: terms === '' ? Number.NaN : Number(terms),
  });
  if (result.ok && !isKnownCurrency(currency)) {
    return { ok: false, errors: { defaultCurrency: 'unknown_currency' } };
  }
  return result;
}
