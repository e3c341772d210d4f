/** The quick "log a contact" form: a draft of strings and its ContactInput. */
import {
  contactInputSchema,
  defaultInitiator,
  type Contact,
  type ContactInitiator,
  type ContactInput,
  type ContactKind,
} from '../../domain/records';
import { validate, type Validated } from '../../domain/validation';

export interface ContactDraft {
  kind: ContactKind;
  on: string;
  initiatedBy: ContactInitiator;
  note: string;
  promisedOn: string;
  /** '' for someone not in the app. */
  referredPartyId: string;
}

/** What a tap on a quick button fills in, so the next tap can save it as it is. */
export function newContactDraft(kind: ContactKind, on: string): ContactDraft {
  return {
    kind,
    on,
    initiatedBy: defaultInitiator(kind),
    note: '',
    promisedOn: '',
    referredPartyId: '',
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Only a promise keeps its date and only a referral its party, whatever else was typed. */
export function contactDraftToInput(partyId: string, draft: ContactDraft): ContactInput {
  return {
    partyId,
    jobId: null,
    on: draft.on,
    kind: draft.kind,
    initiatedBy: draft.initiatedBy,
    promisedOn: draft.kind === 'promise_to_pay' ? orNull(draft.promisedOn) : null,
    referredPartyId: draft.kind === 'referral' ? orNull(draft.referredPartyId) : null,
    note: draft.note,
  };
}

export function checkContactDraft(partyId: string, draft: ContactDraft): Validated<ContactInput> {
  const result = validate(contactInputSchema, contactDraftToInput(partyId, draft));
  if (result.ok || draft.on.trim() !== '') return result;
  return { ok: false, errors: { ...result.errors, on: 'required' } };
}

/** Newest first; entries of one day in the order they were logged, latest on top. */
export function newestFirst(contacts: readonly Contact[]): Contact[] {
  return [...contacts].sort(
    (a, b) => b.on.localeCompare(a.on) || b.createdAt.localeCompare(a.createdAt),
  );
}
