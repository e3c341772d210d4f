// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { save } from '../../state/actions';
import { db } from '../../state/db';
import { checkPartyDraft, newPartyDraft } from './party-draft';
import PromiseForm from './PromiseForm.svelte';

configure({ asyncUtilTimeout: 15_000 });
afterEach(cleanup);

async function storedClient(): Promise<string> {
  const party = checkPartyDraft({ ...newPartyDraft('client', 30), name: 'Harbour Bakery' });
  if (!party.ok) throw new Error('The test client is not valid.');
  const client = await save('parties', party.value);
  if (!client.ok) throw new Error(client.message);
  return client.record.id;
}

async function type(label: string, value: string) {
  const input = (await screen.findByLabelText(label, { exact: false })) as HTMLInputElement;
  await fireEvent.input(input, { target: { value } });
}

describe('adding a promise to pay', { timeout: 60_000 }, () => {
  test('a promised date before the day it was made is refused at that field, and nothing is stored', async () => {
    const partyId = await storedClient();
    render(PromiseForm, { partyId });
    await type('Amount promised', '250');
    await type('Promise made on', '2026-03-10');
    await type('Promised to pay by', '2026-03-09');
    await fireEvent.click(screen.getByRole('button', { name: 'Save promise' }));

    const due = (await screen.findByLabelText('Promised to pay by', {
      exact: false,
    })) as HTMLInputElement;
    expect(due.getAttribute('aria-invalid')).toBe('true');
    // The message sits in the field's description (errors.before_made in the catalogue).
    const described = (due.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(described).toMatch(/before_made|before the day the promise was made/);
    expect(await db.promises.where('partyId').equals(partyId).count()).toBe(0);
  });

  test('a valid promise is stored with its amount in minor units', async () => {
    const partyId = await storedClient();
    render(PromiseForm, { partyId });
    await type('Amount promised', '250.50');
    await type('Promise made on', '2026-03-10');
    await type('Promised to pay by', '2026-03-17');
    await fireEvent.click(screen.getByRole('button', { name: 'Save promise' }));

    await waitFor(async () => {
      const stored = await db.promises.where('partyId').equals(partyId).toArray();
      expect(stored).toHaveLength(1);
      // 250.50 is 25050 cents; a call unless told otherwise; against the balance as a whole.
      expect(stored[0]).toMatchObject({
        amount: 25_050,
        madeOn: '2026-03-10',
        dueOn: '2026-03-17',
        via: 'call',
        jobId: null,
      });
    });
  });
});
