/**
 * The party form keeps what the person typed as strings (so "3o" stays on screen with its error)
 * and turns it into a PartyInput only to validate and save.
 */
import {
  emptyParty,
  partyInputSchema,
  type Party,
  type PartyInput,
  type DocumentLanguage,
  type LateFeeKind,
  type PartyKind,
} from '../../domain/records';
import { minorToInput, parseAmount, type Currency } from '../../domain/money';
import { validate, type Validated } from '../../domain/validation';

export interface PartyDraft {
  kind: PartyKind;
  name: string;
  email: string;
  phone: string;
  address: string;
  addressConfirmedOn: string;
  termsNetDays: string;
  depositPercent: string;
  lateFeeKind: LateFeeKind;
  /** A flat fee as typed, in major units ("25.00"). */
  lateFeeFlat: string;
  /** A yearly rate in percent as typed ("12.5"). */
  lateFeeRatePercent: string;
  lateFeeGraceDays: string;
  /** '' for the owner's own language. */
  documentLanguage: DocumentLanguage | '';
  relationshipStart: string;
  /** '' for nobody. */
  referredById: string;
  notes: string;
  archived: boolean;
}

/**
 * A flat late fee is charged in each bill's own currency; the form shows and reads it in the
 * owner's default currency's minor units (`currency`).
 */
export function inputToDraft(input: PartyInput, currency: Currency = 'USD'): PartyDraft {
  return {
    kind: input.kind,
    name: input.name,
    email: input.email,
    phone: input.phone,
    address: input.address,
    addressConfirmedOn: input.addressConfirmedOn ?? '',
    termsNetDays: String(input.termsNetDays),
    depositPercent: String(input.depositPercent),
    lateFeeKind: input.lateFeeKind,
    lateFeeFlat: input.lateFeeFlat === 0 ? '' : minorToInput(input.lateFeeFlat, currency),
    lateFeeRatePercent:
      input.lateFeeRateBasisPoints === 0 ? '' : String(input.lateFeeRateBasisPoints / 100),
    lateFeeGraceDays: String(input.lateFeeGraceDays),
    documentLanguage: input.documentLanguage ?? '',
    relationshipStart: input.relationshipStart ?? '',
    referredById: input.referredById ?? '',
    notes: input.notes,
    archived: input.archived,
  };
}

export function newPartyDraft(
  kind: PartyKind,
  defaultTermsNetDays: number,
  currency: Currency = 'USD',
): PartyDraft {
  return inputToDraft(emptyParty(kind, { termsNetDays: defaultTermsNetDays }), currency);
}

/** The editable fields of a stored party, e.g. to save it again with one field changed. */
export function partyToInput(party: Party): PartyInput {
  return {
    kind: party.kind,
    name: party.name,
    email: party.email,
    phone: party.phone,
    address: party.address,
    addressConfirmedOn: party.addressConfirmedOn,
    termsNetDays: party.termsNetDays,
    depositPercent: party.depositPercent,
    lateFeeKind: party.lateFeeKind,
    lateFeeFlat: party.lateFeeFlat,
    lateFeeRateBasisPoints: party.lateFeeRateBasisPoints,
    lateFeeGraceDays: party.lateFeeGraceDays,
    documentLanguage: party.documentLanguage,
    relationshipStart: party.relationshipStart,
    referredById: party.referredById,
    notes: party.notes,
    archived: party.archived,
  };
}

/** A whole number as typed; anything else becomes NaN so the schema reports it at its field. */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A percentage with up to two decimals as hundredths of a percent ("12.5" → 1250); else NaN. */
function basisPoints(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return Number.NaN;
  return Math.round(Number(trimmed) * 100);
}

function money(text: string, currency: Currency): number {
  const parsed = parseAmount(text, currency);
  return parsed.ok ? parsed.minor : Number.NaN;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export function draftToInput(draft: PartyDraft, currency: Currency = 'USD'): PartyInput {
  return {
    kind: draft.kind,
    name: draft.name,
    email: draft.email,
    phone: draft.phone,
    address: draft.address,
    addressConfirmedOn: orNull(draft.addressConfirmedOn),
    termsNetDays: wholeNumber(draft.termsNetDays),
    depositPercent: wholeNumber(draft.depositPercent),
    lateFeeKind: draft.lateFeeKind,
    // Terms of a kind not chosen are kept at 0, so switching fees off leaves nothing behind.
    lateFeeFlat: draft.lateFeeKind === 'flat' ? money(draft.lateFeeFlat, currency) : 0,
    lateFeeRateBasisPoints:
      draft.lateFeeKind === 'yearly_rate' ? basisPoints(draft.lateFeeRatePercent) : 0,
    lateFeeGraceDays: draft.lateFeeKind === 'none' ? 0 : wholeNumber(draft.lateFeeGraceDays),
    documentLanguage: draft.documentLanguage === '' ? null : draft.documentLanguage,
    relationshipStart: orNull(draft.relationshipStart),
    referredById: orNull(draft.referredById),
    notes: draft.notes,
    archived: draft.archived,
  };
}

/** Validates the draft as the database will; an empty number field is "required", not "not whole". */
export function checkPartyDraft(
  draft: PartyDraft,
  currency: Currency = 'USD',
): Validated<PartyInput> {
  const result = validate(partyInputSchema, draftToInput(draft, currency));
  if (result.ok) return result;
  const errors = { ...result.errors };
  for (const field of ['termsNetDays', 'depositPercent'] as const) {
    if (draft[field].trim() === '') errors[field] = 'required';
  }
  if (draft.lateFeeKind === 'flat' && draft.lateFeeFlat.trim() === '') {
    errors.lateFeeFlat = 'required';
  }
  if (draft.lateFeeKind === 'yearly_rate' && draft.lateFeeRatePercent.trim() === '') {
    errors.lateFeeRateBasisPoints = 'required';
  }
  if (draft.lateFeeKind !== 'none' && draft.lateFeeGraceDays.trim() === '') {
    errors.lateFeeGraceDays = 'required';
  }
  return { ok: false, errors };
}
