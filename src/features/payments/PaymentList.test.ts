// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { db } from '../../state/db';
import PaymentList from './PaymentList.svelte';

/** The next `times` reads of the payments table fail, as a broken disk would make them. */
function failPaymentReads(times: number) {
  const spy = vi.spyOn(db.payments, 'orderBy');
  for (let i = 0; i < times; i++) {
    spy.mockImplementationOnce(() => {
      throw new DOMException('The disk could not be read.', 'UnknownError');
    });
  }
  return spy;
}

afterEach(() => vi.restoreAllMocks());
afterEach(cleanup);

const failed =
  'The data for this could not be read from this device’s storage. Nothing was changed.';
const empty = 'No payments yet. When money comes in or goes out, tap “Record payment”.';

describe('a screen whose read fails', () => {
  test('says the data could not be read and nothing was changed, never "Loading…" for ever', async () => {
    failPaymentReads(1);
    render(PaymentList);
    expect((await screen.findByRole('alert')).textContent).toContain(failed);
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.queryByText(empty)).toBeNull();
  });

  test('shows what is stored once "Try again" reads it', async () => {
    failPaymentReads(1);
    render(PaymentList);
    (await screen.findByRole('button', { name: 'Try again' })).click();
    expect((await screen.findByText(empty)).tagName).toBe('P');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a read that fails again says so again, with Try again still there', async () => {
    const reads = failPaymentReads(2);
    render(PaymentList);
    (await screen.findByRole('button', { name: 'Try again' })).click();
    await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(2));
    expect((await screen.findByRole('alert')).textContent).toContain(failed);
    (await screen.findByRole('button', { name: 'Try again' })).click();
    expect((await screen.findByText(empty)).tagName).toBe('P');
  });
});
