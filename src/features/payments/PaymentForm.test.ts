// @vitest-environment jsdom
import { cleanup, configure, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { today } from '../../domain/dates';
import { save } from '../../state/actions';
import { db } from '../../state/db';
import { checkPartyDraft, newPartyDraft } from '../people/party-draft';
import { checkPaymentDraft, emptyPaymentDraft } from './payment-draft';
import PaymentForm from './PaymentForm.svelte';

configure({ asyncUtilTimeout: 15_000 });
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A client's payment of 125.00, saved through the app's own write path. */
async function storedPayment(): Promise<string> {
  const party = checkPartyDraft({ ...newPartyDraft('client', 30), name: 'Harbour Bakery' });
  if (!party.ok) throw new Error('The test client is not valid.');
  const client = await save('parties', party.value);
  if (!client.ok) throw new Error(client.message);
  const draft = emptyPaymentDraft({ today: today(), currency: 'USD', partyId: client.record.id });
  const payment = checkPaymentDraft({ ...draft, amount: '125' }, [], {});
  if (!payment.ok) throw new Error('The test payment is not valid.');
  const saved = await save('payments', payment.value);
  if (!saved.ok) throw new Error(saved.message);
  return saved.record.id;
}

describe('the payment form', { timeout: 60_000 }, () => {
  test('whose payment cannot be read says so, and shows the payment once Try again reads it', async () => {
    const id = await storedPayment();
    // The failure comes after the form's other reads (the parties, the settings) have answered, so
    // the form has everything else when it learns the payment could not be read.
    vi.spyOn(db.payments, 'get').mockImplementationOnce((async () => {
      await db.parties.toArray();
      await db.settings.toArray();
      await db.parties.toArray();
      throw new DOMException('The disk could not be read.', 'UnknownError');
    }) as unknown as typeof db.payments.get);
    render(PaymentForm, { id });

    expect((await screen.findByRole('alert')).textContent).toContain(
      'The data for this could not be read from this device’s storage. Nothing was changed.',
    );
    expect(screen.queryByText('This record does not exist or was deleted.')).toBeNull();
    (await screen.findByRole('button', { name: 'Try again' })).click();

    expect(((await screen.findByLabelText('Amount')) as HTMLInputElement).value).toBe('125.00');
  });
});
