// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import pkg from '../../../package.json';
import { StorageStatus } from '../../pwa/storage.svelte';
import StorageCard from './StorageCard.svelte';

afterEach(cleanup);

// What the user reads, word for word: a changed or swapped status must fail these tests.
const KEPT = 'Kept: the browser has promised not to clear this app’s data.';
const NOT_KEPT = 'Not guaranteed: the browser has not promised to keep this app’s data.';
const CANNOT_TELL = 'This browser does not say whether it will keep this app’s data.';
const CHECKING = 'Checking…';
const RISK =
  /^Everything you enter is stored only on this device\..*Safari on iPhone and iPad clears/;
const REFUSED =
  'The browser said no for now. Browsers usually agree once the app is installed or used often.';
const ASK = 'Ask the browser to keep it';
const ASKING = 'Asking…';

/** A storage API whose answer to "keep it" arrives when the test says so. */
function storage(persisted: boolean, grants: boolean) {
  let kept = persisted;
  let answer = () => {};
  const api = {
    persisted: vi.fn(async () => kept),
    persist: vi.fn(
      () =>
        new Promise<boolean>((resolve) => {
          answer = () => resolve((kept = grants));
        }),
    ),
    estimate: vi.fn(async () => ({ usage: 2_400_000, quota: 1_000_000_000 })),
  };
  return { api, answer: () => answer() };
}

const card = () => within(screen.getByRole('region', { name: 'Storage on this device' }));

describe('StorageCard', () => {
  test('kept data: says so, with the space used and left, and offers nothing to ask', async () => {
    render(StorageCard, { status: new StorageStatus(storage(true, true).api) });
    const shown = await card().findByText(KEPT);
    expect(shown.textContent).toBe(KEPT);
    for (const other of [NOT_KEPT, CANNOT_TELL, CHECKING]) {
      expect(card().queryByText(other)).toBeNull();
    }
    expect(card().queryByText(RISK)).toBeNull();
    expect(card().queryByRole('button', { name: ASK })).toBeNull();
    // 2,400,000 bytes used of a 1,000,000,000 quota: 2.4 MB used, 997,600,000 ≈ 998 MB left.
    // The space is read after the promise; wait for it to arrive.
    await vi.waitFor(() => expect(card().getByTestId('storage-used').textContent).toBe('2.4 MB'));
    expect(card().getByTestId('storage-available').textContent).toBe('998 MB');
    expect(card().getByText(/^Version /).textContent).toBe(`Version ${pkg.version}`);
  });

  test('not kept: explains the risk and asks; a refusal is explained as a status', async () => {
    const { api, answer } = storage(false, false);
    render(StorageCard, { status: new StorageStatus(api) });
    await card().findByText(NOT_KEPT);
    expect(card().queryByText(KEPT)).toBeNull();
    expect(card().getByText(RISK).tagName).toBe('P');
    expect(card().queryByRole('status')).toBeNull();

    await fireEvent.click(card().getByRole('button', { name: ASK }));
    // While the browser decides, the button says so and cannot be pressed twice.
    const asking = await card().findByRole('button', { name: ASKING });
    expect(asking.hasAttribute('disabled')).toBe(true);
    expect(api.persist).toHaveBeenCalledTimes(1);

    answer();
    const refusal = await card().findByRole('status');
    expect(refusal.textContent).toBe(REFUSED);
    expect(card().getByText(NOT_KEPT).textContent).toBe(NOT_KEPT);
    expect(card().queryByText(KEPT)).toBeNull();
    const again = card().getByRole('button', { name: ASK });
    expect(again.hasAttribute('disabled')).toBe(false);
  });

  test('not kept, then granted when asked: the status turns to kept and the button goes', async () => {
    const { api, answer } = storage(false, true);
    render(StorageCard, { status: new StorageStatus(api) });
    await fireEvent.click(await card().findByRole('button', { name: ASK }));
    answer();
    expect((await card().findByText(KEPT)).textContent).toBe(KEPT);
    expect(card().queryByText(NOT_KEPT)).toBeNull();
    expect(card().queryByText(RISK)).toBeNull();
    expect(card().queryByRole('button', { name: ASK })).toBeNull();
    expect(card().queryByRole('status')).toBeNull();
  });

  test('a browser without the API: says it cannot tell, explains the risk, offers no button', async () => {
    render(StorageCard, { status: new StorageStatus(undefined) });
    expect((await card().findByText(CANNOT_TELL)).textContent).toBe(CANNOT_TELL);
    expect(card().queryByText(KEPT)).toBeNull();
    expect(card().queryByText(NOT_KEPT)).toBeNull();
    expect(card().getByText(RISK).textContent).toContain('Installing the app is the surest way');
    expect(card().queryByRole('button', { name: ASK })).toBeNull();
    expect(card().getByTestId('storage-used').textContent).toBe('Unknown');
    expect(card().getByTestId('storage-available').textContent).toBe('Unknown');
  });
});
