/**
 * Whether the browser promises to keep the app's data, and how much space it uses. Without the
 * promise ("persistent storage") a browser may clear a site's data to free space, and Safari on
 * iOS clears a site not added to the Home Screen after some days without a visit.
 */
import { nextWrite } from '../db/writes-heard';

const AUTO_ASKED_KEY = 'goodwill-ledger:persist-asked';

export type Persistence = 'granted' | 'not-granted' | 'unsupported';

type StorageApi = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

export class StorageStatus {
  /** undefined until the browser has answered. */
  persistence = $state<Persistence | undefined>();
  usage = $state<number | undefined>();
  quota = $state<number | undefined>();
  asking = $state(false);
  #api: StorageApi | undefined;

  constructor(
    api: StorageApi | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage,
  ) {
    // Older Safari has navigator.storage without persist(); insecure pages have no storage at all.
    const methods = api as Partial<StorageApi> | undefined;
    this.#api =
      typeof methods?.persist === 'function' && typeof methods.persisted === 'function'
        ? api
        : undefined;
  }

  /** Space left for the app, as far as the browser says. */
  get available(): number | undefined {
    return this.usage === undefined || this.quota === undefined
      ? undefined
      : Math.max(0, this.quota - this.usage);
  }

  async refresh(): Promise<void> {
    const api = this.#api;
    if (!api) {
      this.persistence = 'unsupported';
      return;
    }
    try {
      this.persistence = (await api.persisted()) ? 'granted' : 'not-granted';
      const estimate = await api.estimate?.();
      this.usage = estimate?.usage;
      this.quota = estimate?.quota;
    } catch {
      this.persistence ??= 'unsupported';
    }
  }

  /**
   * Asks the browser to keep the data. Chromium and Safari decide by themselves (an installed app
   * is normally granted); Firefox asks the user.
   */
  async request(): Promise<boolean> {
    const api = this.#api;
    if (!api) return false;
    this.asking = true;
    try {
      const granted = await api.persist();
      await this.refresh();
      return granted;
    } catch {
      return false;
    } finally {
      this.asking = false;
    }
  }

  /**
   * Asks once per device, right after the first thing is saved: that is when there is something
   * to lose, and a prompt then (Firefox) makes sense to the user. An installed app asks at every
   * start until granted, which browsers answer silently.
   */
  async askAtTheRightMoment(installed: boolean): Promise<void> {
    await this.refresh();
    if (this.persistence !== 'not-granted') return;
    if (installed) {
      await this.request();
      return;
    }
    if (readFlag(AUTO_ASKED_KEY)) return;
    // The first write, from this tab or another, heard without loading Dexie for it.
    void nextWrite().then(() => {
      if (readFlag(AUTO_ASKED_KEY)) return;
      writeFlag(AUTO_ASKED_KEY);
      void this.request();
    });
  }
}

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string) {
  try {
    localStorage.setItem(key, '1');
  } catch {
    // Not remembered: at worst the browser is asked again next time.
  }
}

export const storageStatus = new StorageStatus();
