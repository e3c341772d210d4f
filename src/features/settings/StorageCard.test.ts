// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { StorageStatus } from '../../pwa/storage.svelte';
import StorageCard from './StorageCard.svelte';

afterEach(cleanup);

function status(persisted: boolean | undefined, grants = false) {
  let kept = persisted ?? false;
  return new StorageStatus(
    persisted === undefined
      ? undefined
      : {
          persisted: vi.fn(async () => kept),
          persist: vi.fn(async () => (kept = grants)),
          estimate: vi.fn(async () => ({ usage: 2_400_000, quota: 1_000_000_000 })),
        },
  );
}

describe('StorageCard', () => {
  test('kept data: says so, with the space used and left', async () => {
    render(StorageCard, { status: status(true) });
    expect(await screen.findByText(/Kept: the browser has promised/)).toBeTruthy();
    expect((await screen.findByTestId('storage-used')).textContent).toBe('2.4 MB');
    expect(screen.getByTestId('storage-available').textContent).toBe('998 MB');
    expect(screen.queryByRole('button', { name: 'Ask the browser to keep it' })).toBeNull();
    expect(screen.getByText(/^Version \d/)).toBeTruthy();
  });

  test('not kept: explains the risk and asks; a refusal is explained', async () => {
    render(StorageCard, { status: status(false, false) });
    expect(await screen.findByText(/Not guaranteed/)).toBeTruthy();
    expect(screen.getByText(/Safari on iPhone and iPad clears/)).toBeTruthy();
    screen.getByRole('button', { name: 'Ask the browser to keep it' }).click();
    expect(await screen.findByText(/The browser said no for now/)).toBeTruthy();
  });

  test('not kept, then granted when asked', async () => {
    render(StorageCard, { status: status(false, true) });
    (await screen.findByRole('button', { name: 'Ask the browser to keep it' })).click();
    expect(await screen.findByText(/Kept: the browser has promised/)).toBeTruthy();
  });

  test('a browser without the API: says it cannot tell, still explains the risk', async () => {
    render(StorageCard, { status: status(undefined) });
    expect(await screen.findByText(/does not say whether it will keep/)).toBeTruthy();
    expect(screen.getByText(/Installing the app is the surest way/)).toBeTruthy();
    expect(screen.getByTestId('storage-used').textContent).toBe('Unknown');
  });
});
