/** The settings form keeps strings while typing; this turns them into the stored shape. */
import { isKnownCurrency } from '../../domain/money';
import { settingsInputSchema, type SettingsInput } from '../../domain/records';
import { validate, type FieldErrors } from '../../domain/validation';

export interface SettingsDraft {
  businessName: string;
  businessAddress: string;
  /** '' when never recorded. */
  businessAddressChangedOn: string;
  businessEmail: string;
  businessPhone: string;
  paymentDetails: string;
  defaultCurrency: string;
  defaultTermsNetDays: string;
  lateGraceDays: string;
  locale: SettingsInput['locale'];
  theme: SettingsInput['theme'];
}

export function toDraft(settings: SettingsInput): SettingsDraft {
  return {
    businessName: settings.businessName,
    businessAddress: settings.businessAddress,
    businessAddressChangedOn: settings.businessAddressChangedOn ?? '',
    businessEmail: settings.businessEmail,
    businessPhone: settings.businessPhone,
    paymentDetails: settings.paymentDetails,
    defaultCurrency: settings.defaultCurrency,
    defaultTermsNetDays: String(settings.defaultTermsNetDays),
    lateGraceDays: String(settings.lateGraceDays),
    locale: settings.locale,
    theme: settings.theme,
  };
}

/**
 * Cheques go astray when the address changes, so the day it changed is kept. While the address
 * typed differs from the stored one and the date has not been touched, the date becomes today;
 * typing the stored address back restores the stored date.
 */
export function withAddressChangeDay(
  draft: SettingsDraft,
  stored: Pick<SettingsInput, 'businessAddress' | 'businessAddressChangedOn'>,
  today: string,
): SettingsDraft {
  const storedDay = stored.businessAddressChangedOn ?? '';
  const changed = draft.businessAddress.trim() !== stored.businessAddress.trim();
  if (changed && draft.businessAddressChangedOn === storedDay && stored.businessAddress !== '') {
    return { ...draft, businessAddressChangedOn: today };
  }
  if (!changed && draft.businessAddressChangedOn === today && storedDay !== today) {
    return { ...draft, businessAddressChangedOn: storedDay };
  }
  return draft;
}

export function fromDraft(
  draft: SettingsDraft,
): { ok: true; value: SettingsInput } | { ok: false; errors: FieldErrors } {
  const currency = draft.defaultCurrency.trim().toUpperCase();
  const terms = draft.defaultTermsNetDays.trim();
  const grace = draft.lateGraceDays.trim();
  const changedOn = draft.businessAddressChangedOn.trim();
  const result = validate(settingsInputSchema, {
    ...draft,
    businessEmail: draft.businessEmail.trim(),
    businessAddressChangedOn: changedOn === '' ? null : changedOn,
    defaultCurrency: currency,
    defaultTermsNetDays: terms === '' ? Number.NaN : Number(terms),
    lateGraceDays: grace === '' ? Number.NaN : Number(grace),
  });
  if (result.ok && !isKnownCurrency(currency)) {
    return { ok: false, errors: { defaultCurrency: 'unknown_currency' } };
  }
  return result;
}
