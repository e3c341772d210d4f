/** The language a client's documents go out in: theirs when chosen, else the owner's. */
import { documentLanguages, type DocumentLanguage, type Party } from '../../domain/records';

export function documentLanguageFor(
  party: Pick<Party, 'documentLanguage'>,
  ownerLanguage: string,
): DocumentLanguage {
  if (party.documentLanguage !== null) return party.documentLanguage;
  return (documentLanguages as readonly string[]).includes(ownerLanguage)
    ? (ownerLanguage as DocumentLanguage)
    : 'en';
}
