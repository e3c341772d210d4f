/** Contact and party records for the tests of the newer metrics, parsed like test-records does. */
import { contactSchema, type Contact } from '../records';
import { CLIENT_ID, testId } from './test-records';

let nextId = 5000;
const CREATED = '2025-01-01T12:00:00.000Z';

export function makeContact(on: string, fields: Partial<Contact> = {}): Contact {
  nextId += 1;
  return contactSchema.parse({
    id: testId(nextId),
    createdAt: CREATED,
    updatedAt: CREATED,
    deletedAt: null,
    stamps: {},
    partyId: CLIENT_ID,
    jobId: null,
    on,
    kind: 'reminder_sent',
    initiatedBy: 'me',
    promisedOn: null,
    referredPartyId: null,
    note: '',
    ...fields,
  });
}
