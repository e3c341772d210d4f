import { describe, expect, it } from 'vitest';
import { reminderResponse } from './reminder-response';
import { makeContact } from './test-contacts';
import { DELETED, OTHER_CLIENT_ID, CLIENT_ID, makeJob, makePayment } from './test-records';

const job = makeJob({ dueOn: '2026-02-01' });

describe('reminderResponse', () => {
  it('a reminder followed by payment within a week counts as answered', () => {
    const contacts = [makeContact('2026-02-10'), makeContact('2026-03-10')];
    const payments = [
      makePayment('2026-02-13', [{ job, amount: 50000 }]),
      // Nineteen days after the second reminder: too late to count as an answer.
      makePayment('2026-03-29', [{ job, amount: 50000 }]),
    ];
    expect(reminderResponse(CLIENT_ID, contacts, payments, '2026-04-30')).toEqual({
      reminders: 2,
      answered: 1,
      rate: 0.5,
      averageDaysToPay: 3,
    });
  });

  it('a cheque they sent counts as an answer, even before it arrives', () => {
    const contacts = [makeContact('2026-02-10', { kind: 'warning_sent' })];
    const payments = [makePayment('2026-02-12', [{ job, amount: 100000 }], { receivedOn: null })];
    expect(reminderResponse(CLIENT_ID, contacts, payments, '2026-04-30').answered).toBe(1);
  });

  it('a reminder still inside its window is not yet counted as ignored', () => {
    const contacts = [makeContact('2026-04-28')];
    expect(reminderResponse(CLIENT_ID, contacts, [], '2026-04-30')).toEqual({
      reminders: 0,
      answered: 0,
      rate: null,
      averageDaysToPay: null,
    });
  });

  it('ignores their own calls, deleted reminders and other clients', () => {
    const contacts = [
      makeContact('2026-02-10', { kind: 'client_called_first', initiatedBy: 'them' }),
      makeContact('2026-02-11', { deletedAt: DELETED }),
      makeContact('2026-02-12', { partyId: OTHER_CLIENT_ID }),
    ];
    expect(reminderResponse(CLIENT_ID, contacts, [], '2026-04-30').reminders).toBe(0);
  });
});
