/**
 * The party form keeps what the person typed as strings (so "3o" stays on screen with its error)
 * and turns it into a PartyInput only to validate and save.
 */
import {
  emptyParty,
  partyInputSchema,
  type Party,
  type PartyInput,
  type PartyKind,
} from '../../domain/records';
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
  relationshipStart: string;
  /** '' for nobody. */
  referredById: string;
  notes: string;
  archived: boolean;
}

export function inputToDraft(input: PartyInput): PartyDraft {
  return {
    kind: input.kind,
    name: input.name,
    email: input.email,
    phone: input.phone,
    address: input.address,
    addressConfirmedOn: input.addressConfirmedOn ?? '',
    termsNetDays: String(input.termsNetDays),
    depositPercent: String(input.depositPercent),
    relationshipStart: input.relationshipStart ?? '',
    referredById: input.referredById ?? '',
    notes: input.notes,
    archived: input.archived,
  };
}

export function newPartyDraft(kind: PartyKind, defaultTermsNetDays: number): PartyDraft {
  return inputToDraft(emptyParty(kind, { termsNetDays: defaultTermsNetDays }));
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

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export function draftToInput(draft: PartyDraft): PartyInput {
  return {
    kind: draft.kind,
    name: draft.name,
    email: draft.email,
    phone: draft.phone,
    address: draft.address,
    addressConfirmedOn: orNull(draft.addressConfirmedOn),
    termsNetDays: wholeNumber(draft.termsNetDays),
    depositPercent: wholeNumber(draft.depositPercent),
    relationshipStart: orNull(draft.relationshipStart),
    referredById: orNull(draft.referredById),
    notes: draft.notes,
    archived: draft.archived,
  };
}

/** Validates the draft as the database will; an empty number field is "required", not "not whole". */
export function checkPartyDraft(draft: PartyDraft): Validated<PartyInput> {
  const result = validate(partyInputSchema, draftToInput(draft));
  if (result.ok) return result;
  const errors = { ...result.errors };
  for (const field of ['termsNetDays', 'depositPercent'] as const) {
    if (draft[field].trim() === '') errors[field] = 'required';
  }
  return { ok: false, errors };
}
