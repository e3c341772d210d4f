/**
 * Whether the device has a network connection, as the browser reports it. The app needs none after
 * the first visit; this only lets the screen say so.
 */
class Connectivity {
  online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);

  constructor() {
    if (typeof window === 'undefined') return;
    window.addEventListener('online', () => (this.online = true));
    window.addEventListener('offline', () => (this.online = false));
  }
}

export const connectivity = new Connectivity();
