/**
 * The service worker and new versions of the app. The worker precaches the whole app, so after the
 * first visit it opens with no network. A new version installs in the background and then waits:
 * the app offers "Reload" and swaps only when the user says so, never by itself while they type.
 */
import type { Workbox } from 'workbox-window';

/** How often a long-open app looks for a new version (the browser also checks on navigation). */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** If the new worker does not take over in this time (it failed), reload anyway. */
const TAKEOVER_TIMEOUT_MS = 10_000;

export interface UpdateEnvironment {
  serviceWorker: ServiceWorkerContainer;
  reload: () => void;
  createWorkbox: (
    url: string,
    scope: string,
  ) =>
    | Pick<Workbox, 'register' | 'addEventListener'>
    | Promise<Pick<Workbox, 'register' | 'addEventListener'>>;
}

const browser = (): UpdateEnvironment | undefined =>
  typeof navigator !== 'undefined' && 'serviceWorker' in navigator
    ? {
        serviceWorker: navigator.serviceWorker,
        reload: () => location.reload(),
        // Loaded with the registration, after the first screen, not as part of it.
        createWorkbox: async (url, scope) =>
          new (await import('workbox-window')).Workbox(url, { scope }),
      }
    : undefined;

export class AppUpdate {
  /** A new version is installed (or already in charge) and the code running here is older. */
  ready = $state(false);
  /** The first install finished: from now on the app opens offline. */
  offlineReady = $state(false);
  /** The user said Reload; the page reloads as soon as the new version is in charge. */
  applying = $state(false);

  #env: UpdateEnvironment | undefined;
  #registration: ServiceWorkerRegistration | undefined;
  #lastCheck = 0;

  constructor(env: UpdateEnvironment | undefined = browser()) {
    this.#env = env;
  }

  /** Registers the worker at `url`. Safe to call where service workers are missing or blocked. */
  async register(url: string, scope: string): Promise<void> {
    const env = this.#env;
    if (!env) return;
    // Code running under no controller gets one on the first install: that is not an update.
    let hadController = !!env.serviceWorker.controller;
    env.serviceWorker.addEventListener('controllerchange', () => {
      if (this.applying) {
        env.reload();
      } else if (hadController) {
        // Another tab accepted the update: this tab still runs the old code until it reloads.
        this.ready = true;
      } else {
        hadController = true;
        this.offlineReady = true;
      }
    });

    const wb = await env.createWorkbox(url, scope);
    wb.addEventListener('waiting', () => (this.ready = true));
    try {
      this.#registration = await wb.register();
    } catch (error) {
      // Private modes and some managed browsers refuse service workers: the app still works online.
      console.warn('The service worker could not be registered.', error);
      return;
    }
    const registration = this.#registration;
    if (!registration) return;
    if (registration.waiting && hadController) this.ready = true;
    // Workbox stops reporting after one update from elsewhere; watch every update ourselves too.
    registration.addEventListener('updatefound', () => this.#watch(registration.installing));
    this.#watch(registration.installing);
    this.#scheduleChecks();
  }

  #watch(worker: ServiceWorker | null) {
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && this.#env?.serviceWorker.controller) this.ready = true;
    });
  }

  #scheduleChecks() {
    if (typeof window === 'undefined') return;
    setInterval(() => void this.check(), CHECK_EVERY_MS);
    const soon = () => {
      if (Date.now() - this.#lastCheck > 5 * 60 * 1000) void this.check();
    };
    window.addEventListener('online', () => void this.check());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') soon();
    });
  }

  /** Asks the server for a newer version; offline that fails quietly. */
  async check(): Promise<void> {
    this.#lastCheck = Date.now();
    try {
      await this.#registration?.update();
    } catch {
      // No network, or the server is down: try again later.
    }
  }

  /**
   * Switches to the new version. The caller saves what the user typed first. The waiting worker
   * takes over, and every tab's controller changes; this one then reloads.
   */
  apply(): void {
    const env = this.#env;
    if (!env || this.applying) return;
    this.applying = true;
    const waiting = this.#registration?.waiting;
    if (!waiting) {
      // Already in charge (another tab accepted it): reloading loads the new code.
      env.reload();
      return;
    }
    waiting.postMessage({ type: 'SKIP_WAITING' });
    setTimeout(() => env.reload(), TAKEOVER_TIMEOUT_MS);
  }
}

export const appUpdate = new AppUpdate();
