import { describe, expect, it } from 'vitest';
import { contactInitiative } from './contact-initiative';
import { makeContact } from './test-contacts';
import { CLIENT_ID } from './test-records';

const AS_OF = '2026-04-30';

describe('contactInitiative', () => {
  it('a client who calls first when in trouble reaches out', () => {
    const contacts = [
      makeContact('2026-01-05', { kind: 'client_called_first', initiatedBy: 'them' }),
      makeContact('2026-02-05', { kind: 'promise_to_pay', initiatedBy: 'them' }),
      makeContact('2026-03-05', { kind: 'reminder_sent' }),
    ];
    expect(contactInitiative(CLIENT_ID, contacts, AS_OF)).toEqual({
      byThem: 2,
      byMe: 1,
      theirShare: 2 / 3,
      calledFirst: 1,
      chases: 1,
      pattern: 'they_reach_out',
    });
  });

  it('a client you always have to chase is marked so', () => {
    const contacts = [
      makeContact('2026-01-05'),
      makeContact('2026-01-20'),
      makeContact('2026-02-05', { kind: 'warning_sent' }),
      makeContact('2026-02-06', { kind: 'note', initiatedBy: 'them' }),
    ];
    expect(contactInitiative(CLIENT_ID, contacts, AS_OF)).toMatchObject({
      byThem: 0,
      byMe: 3,
      chases: 3,
      pattern: 'you_chase',
    });
  });

  it('one contact is too little to tell', () => {
    const contacts = [makeContact('2026-01-05')];
    expect(contactInitiative(CLIENT_ID, contacts, AS_OF).pattern).toBe('unknown');
  });

  it('contacts after the as-of day are left out', () => {
    const contacts = [makeContact('2026-05-05'), makeContact('2026-05-06')];
    expect(contactInitiative(CLIENT_ID, contacts, AS_OF).byMe).toBe(0);
  });
});
