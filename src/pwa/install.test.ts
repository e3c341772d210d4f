import { describe, expect, test } from 'vitest';
import { installPlatform, offerStillDismissed } from './install.svelte';

const ua = {
  iPhoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  iPhoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0 Mobile/15E148 Safari/604.1',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
  macFirefox:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:141.0) Gecko/20100101 Firefox/141.0',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
};

describe('installPlatform', () => {
  test('every browser on iPhone installs through Share › Add to Home Screen', () => {
    expect(installPlatform(ua.iPhoneSafari)).toBe('ios');
    expect(installPlatform(ua.iPhoneChrome)).toBe('ios');
  });

  test('an iPad that presents itself as a Mac is told by its touch screen', () => {
    expect(installPlatform(ua.macSafari, 5)).toBe('ios');
    expect(installPlatform(ua.macSafari, 0)).toBe('mac-safari');
  });

  test('browsers with their own install prompt, or none, get no Safari steps', () => {
    expect(installPlatform(ua.macChrome)).toBe('other');
    expect(installPlatform(ua.macFirefox)).toBe('other');
    expect(installPlatform(ua.androidChrome)).toBe('other');
  });
});

describe('offerStillDismissed', () => {
  const day = 24 * 60 * 60 * 1000;
  const dismissedAt = Date.UTC(2026, 5, 1, 12);

  test('the install offer put away stays away for 30 days, then comes back', () => {
    expect(offerStillDismissed(String(dismissedAt), dismissedAt + 29 * day)).toBe(true);
    expect(offerStillDismissed(String(dismissedAt), dismissedAt + 30 * day - 1)).toBe(true);
    expect(offerStillDismissed(String(dismissedAt), dismissedAt + 30 * day)).toBe(false);
  });

  test('never put away, or stored unreadably, the offer shows; an undated older dismissal holds', () => {
    expect(offerStillDismissed(null, dismissedAt)).toBe(false);
    expect(offerStillDismissed('soon', dismissedAt)).toBe(false);
    expect(offerStillDismissed('1', dismissedAt)).toBe(true);
  });
});
