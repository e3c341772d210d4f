import { afterEach, expect, test, vi } from 'vitest';

const device = vi.hoisted(() => ({
  loaded: false,
  knownAtOnce: undefined as boolean | undefined,
  nothingStored: true,
  asks: 0,
}));
vi.mock('./load-database', () => ({ databaseLoaded: () => device.loaded }));
vi.mock('./nothing-stored', () => ({
  nothingStoredNow: () => device.knownAtOnce,
  nothingStored: () => {
    device.asks += 1;
    return Promise.resolve(device.nothingStored);
  },
}));

const { ifNothingStored, nothingStoredAnswer } = await import('./nothing-stored-answer');

afterEach(() => {
  device.loaded = false;
  device.knownAtOnce = undefined;
  device.nothingStored = true;
  device.asks = 0;
});

/** A reply the test gives when it chooses, as the browser's comes after a while. */
function pendingReply() {
  let reply!: (nothing: boolean) => void;
  const answer = new Promise<boolean>((resolve) => (reply = resolve));
  return { answer, reply: async (nothing: boolean) => (reply(nothing), await answer) };
}

test('known now to hold nothing, the answer is shown at once, before anything is awaited', () => {
  const show = vi.fn();
  ifNothingStored(true, show, () => false);
  expect(show).toHaveBeenCalledTimes(1);
});

test('known to hold something, or not asked, nothing is shown', async () => {
  const show = vi.fn();
  ifNothingStored(false, show, () => false);
  ifNothingStored(undefined, show, () => false);
  await Promise.resolve();
  expect(show).not.toHaveBeenCalled();
});

test('asked, the answer is shown once the browser says nothing is stored', async () => {
  const show = vi.fn();
  const { answer, reply } = pendingReply();
  ifNothingStored(answer, show, () => false);
  await Promise.resolve();
  expect(show).not.toHaveBeenCalled();
  await reply(true);
  await Promise.resolve();
  expect(show).toHaveBeenCalledTimes(1);
});

test('asked, nothing is shown when the browser says something is stored', async () => {
  const show = vi.fn();
  const { answer, reply } = pendingReply();
  ifNothingStored(answer, show, () => false);
  await reply(false);
  await Promise.resolve();
  expect(show).not.toHaveBeenCalled();
});

test('a read gone stale while the browser answered shows nothing', async () => {
  const show = vi.fn();
  let stale = false;
  const { answer, reply } = pendingReply();
  ifNothingStored(answer, show, () => stale);
  stale = true;
  await reply(true);
  await Promise.resolve();
  expect(show).not.toHaveBeenCalled();
});

test('once the database’s code is here, the app’s answer is no, without asking', () => {
  device.loaded = true;
  device.knownAtOnce = true;
  expect(nothingStoredAnswer()).toBe(false);
  expect(device.asks).toBe(0);
});

test('the page’s early answer is the app’s answer as it is, without asking', () => {
  device.knownAtOnce = true;
  expect(nothingStoredAnswer()).toBe(true);
  device.knownAtOnce = false;
  expect(nothingStoredAnswer()).toBe(false);
  expect(device.asks).toBe(0);
});

test('without an early answer, the browser is asked', async () => {
  const answer = nothingStoredAnswer();
  expect(answer).toBeInstanceOf(Promise);
  expect(await answer).toBe(true);
  expect(device.asks).toBe(1);
});
