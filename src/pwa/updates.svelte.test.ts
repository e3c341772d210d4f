import { describe, expect, test, vi } from 'vitest';
import { AppUpdate, type UpdateEnvironment } from './updates.svelte';

/** Just enough of the browser's service worker objects to drive the update flow. */
function fakeBrowser({ controlled, waiting }: { controlled: boolean; waiting: boolean }) {
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? ({} as ServiceWorker) : null,
  });
  const waitingWorker = waiting ? { postMessage: vi.fn() } : undefined;
  const registration = Object.assign(new EventTarget(), {
    waiting: waitingWorker ?? null,
    installing: null,
    update: vi.fn(async () => {}),
  });
  const workbox = Object.assign(new EventTarget(), {
    register: vi.fn(async () => registration),
  });
  const reload = vi.fn();
  const env = {
    serviceWorker: container,
    reload,
    createWorkbox: () => workbox,
  } as unknown as UpdateEnvironment;
  const controllerChanges = () => container.dispatchEvent(new Event('controllerchange'));
  return { env, reload, workbox, registration, waitingWorker, controllerChanges };
}

describe('AppUpdate', () => {
  test('the first install makes the app ready offline, and is not an update', async () => {
    const b = fakeBrowser({ controlled: false, waiting: false });
    const update = new AppUpdate(b.env);
    await update.register('/sw.js', '/');
    b.controllerChanges();
    expect(update.offlineReady).toBe(true);
    expect(update.ready).toBe(false);
    expect(b.reload).not.toHaveBeenCalled();
  });

  test('a waiting version is offered; it takes over and reloads only after Reload', async () => {
    const b = fakeBrowser({ controlled: true, waiting: true });
    const update = new AppUpdate(b.env);
    await update.register('/sw.js', '/');
    b.workbox.dispatchEvent(new Event('waiting'));
    expect(update.ready).toBe(true);
    expect(b.reload).not.toHaveBeenCalled();

    update.apply();
    expect(b.waitingWorker!.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(b.reload).not.toHaveBeenCalled();
    b.controllerChanges();
    expect(b.reload).toHaveBeenCalledTimes(1);
  });

  test('a version already waiting when the app opens is offered at once', async () => {
    const b = fakeBrowser({ controlled: true, waiting: true });
    const update = new AppUpdate(b.env);
    await update.register('/sw.js', '/');
    expect(update.ready).toBe(true);
  });

  test('when another tab accepts, this tab offers Reload and does not reload by itself', async () => {
    const b = fakeBrowser({ controlled: true, waiting: false });
    const update = new AppUpdate(b.env);
    await update.register('/sw.js', '/');
    b.controllerChanges();
    expect(update.ready).toBe(true);
    expect(b.reload).not.toHaveBeenCalled();

    // The new version is already in charge, so Reload simply reloads.
    update.apply();
    expect(b.reload).toHaveBeenCalledTimes(1);
  });

  test('a browser that refuses the service worker leaves the app working', async () => {
    const b = fakeBrowser({ controlled: false, waiting: false });
    b.workbox.register.mockRejectedValue(new DOMException('denied', 'SecurityError'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const update = new AppUpdate(b.env);
    await expect(update.register('/sw.js', '/')).resolves.toBeUndefined();
    expect(update.ready).toBe(false);
  });

  test('with no service worker support there is nothing to do', async () => {
    const update = new AppUpdate(undefined);
    await update.register('/sw.js', '/');
    update.apply();
    expect(update.ready).toBe(false);
  });

  test('a failed check for updates (offline) is quiet', async () => {
    const b = fakeBrowser({ controlled: true, waiting: false });
    b.registration.update.mockRejectedValue(new TypeError('Failed to fetch'));
    const update = new AppUpdate(b.env);
    await update.register('/sw.js', '/');
    await expect(update.check()).resolves.toBeUndefined();
  });
});
