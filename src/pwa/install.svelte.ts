/**
 * Installing the app. Chromium browsers offer a prompt (`beforeinstallprompt`) that the app keeps
 * until the user presses Install; Safari has no prompt, so there the app explains the menu steps.
 */

/** Chromium's install prompt event (not in TypeScript's DOM types). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

/** Where the app is running, for the instructions to show when there is no prompt. */
export type InstallPlatform = 'ios' | 'mac-safari' | 'other';

export function installPlatform(userAgent: string, maxTouchPoints = 0): InstallPlatform {
  const ios = /iPhone|iPad|iPod/.test(userAgent);
  // iPadOS presents itself as a Mac; only the touch screen gives it away.
  const ipad = /Macintosh/.test(userAgent) && maxTouchPoints > 1;
  if (ios || ipad) return 'ios';
  const safari =
    /Safari\//.test(userAgent) && !/Chrome|Chromium|CriOS|Edg|OPR|Firefox|FxiOS/.test(userAgent);
  if (/Macintosh/.test(userAgent) && safari) return 'mac-safari';
  return 'other';
}

const DISMISSED_KEY = 'goodwill-ledger:install-offer-dismissed';

/**
 * "Not now" puts the offer away for 30 days, then it comes back once in a while: on Safari an
 * app not added to the Home Screen loses its data after seven days unvisited, so the reminder is
 * worth a line every month; Settings offers it at any time.
 */
export const INSTALL_OFFER_QUIET_DAYS = 30;

/**
 * Whether a dismissal stored as `stored` (when it happened, in ms since 1970) still holds at `now`.
 * Older versions stored '1', with no date: that counts as dismissed just now.
 */
export function offerStillDismissed(stored: string | null, now: number): boolean {
  if (stored === null) return false;
  if (stored === '1') return true;
  const at = Number(stored);
  if (!Number.isFinite(at)) return false;
  return now - at < INSTALL_OFFER_QUIET_DAYS * 24 * 60 * 60 * 1000;
}

class Install {
  #prompt = $state.raw<BeforeInstallPromptEvent | undefined>();
  /** Running from the home screen or as an installed window, or installed just now. */
  installed = $state(false);
  /** The user put the offer away ("Not now") within the last 30 days; Settings still offers it. */
  dismissed = $state(false);
  platform: InstallPlatform = 'other';

  /** Whether the browser is ready to show its install prompt. */
  get canPrompt(): boolean {
    return !!this.#prompt;
  }

  /** Safari: no prompt, but the Share menu (iOS) or File menu (macOS) installs the app. */
  get needsInstructions(): boolean {
    return !this.installed && this.platform !== 'other';
  }

  /** Starts listening; call before the app mounts, since the prompt event comes early. */
  start() {
    if (typeof window === 'undefined') return;
    this.platform = installPlatform(navigator.userAgent, navigator.maxTouchPoints);
    this.installed =
      window.matchMedia?.('(display-mode: standalone)').matches ||
      window.matchMedia?.('(display-mode: window-controls-overlay)').matches ||
      (navigator as Navigator & { standalone?: boolean }).standalone === true;
    try {
      const stored = localStorage.getItem(DISMISSED_KEY);
      this.dismissed = offerStillDismissed(stored, Date.now());
      // An undated dismissal from an older version starts its 30 days now.
      if (stored === '1') localStorage.setItem(DISMISSED_KEY, String(Date.now()));
    } catch {
      // Storage blocked: the offer simply shows again next time.
    }
    window.addEventListener('beforeinstallprompt', (event) => {
      // Keep the browser's own mini-bar from showing; the app offers an Install button instead.
      event.preventDefault();
      this.#prompt = event as BeforeInstallPromptEvent;
    });
    window.addEventListener('appinstalled', () => {
      this.installed = true;
      this.#prompt = undefined;
    });
  }

  /** Shows the browser's install prompt; it can be used once. */
  async prompt(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
    const event = this.#prompt;
    if (!event) return 'unavailable';
    this.#prompt = undefined;
    await event.prompt();
    const { outcome } = await event.userChoice;
    if (outcome === 'accepted') this.installed = true;
    return outcome;
  }

  dismiss() {
    this.dismissed = true;
    try {
      localStorage.setItem(DISMISSED_KEY, String(Date.now()));
    } catch {
      // Not remembered: it shows again after a reload.
    }
  }
}

export const install = new Install();
