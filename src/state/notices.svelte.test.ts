import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { i18n, t } from '../i18n/i18n.svelte';
import { notices } from './notices.svelte';

beforeEach(async () => {
  await i18n.loadAll();
  i18n.choose('en');
  notices.items = [];
});
afterEach(() => {
  vi.useRealTimers();
  i18n.choose('en');
});

describe('notices', () => {
  test('a new notice replaces the one showing, so only one is ever on the screen', () => {
    notices.show({ text: 'Payment saved.', tone: 'info' });
    notices.show({ text: 'Job deleted.', tone: 'info', actionLabel: 'Undo', action: () => {} });
    expect(notices.items.map((n) => [n.text, n.actionLabel])).toEqual([['Job deleted.', 'Undo']]);
  });

  test('news the owner did not cause waits until the notice showing has gone, and never replaces it', () => {
    const draft = notices.show({
      text: 'Kept through the reload.',
      tone: 'info',
      actionLabel: 'Discard',
      action: () => {},
    });
    notices.whenQuiet({ text: 'Ready to work offline.', tone: 'info' });
    expect(notices.items.map((n) => n.text)).toEqual(['Kept through the reload.']);

    notices.dismiss(draft);
    expect(notices.items.map((n) => n.text)).toEqual(['Ready to work offline.']);
  });

  test('news the owner did not cause shows at once when nothing else is showing', () => {
    notices.whenQuiet({ text: 'Ready to work offline.', tone: 'info' });
    expect(notices.items.map((n) => n.text)).toEqual(['Ready to work offline.']);
  });

  test('a notice given as a function speaks the language chosen after it was shown', () => {
    notices.show({
      text: () => t('common.saved'),
      tone: 'info',
      actionLabel: () => t('common.undo'),
    });
    expect([notices.items[0]?.text, notices.items[0]?.actionLabel]).toEqual(['Saved.', 'Undo']);

    i18n.choose('ru');
    notices.languageChanged();
    expect([notices.items[0]?.text, notices.items[0]?.actionLabel]).toEqual([
      'Сохранено.',
      'Отменить',
    ]);
  });

  test('a notice made of a fixed string goes when the language changes; one that can follow stays', () => {
    notices.show({ text: 'Disk full.', tone: 'error' });
    expect(notices.items).toHaveLength(1);
    notices.languageChanged();
    expect(notices.items).toEqual([]);

    notices.show({ text: () => t('common.saved'), tone: 'info' });
    notices.languageChanged();
    expect(notices.items.map((n) => n.text)).toEqual(['Saved.']);
  });

  test('a notice goes by itself after its time, and dismissing one leaves a newer one alone', () => {
    vi.useFakeTimers();
    const first = notices.show({ text: 'First.', tone: 'info' }, 1000);
    notices.show({ text: 'Second.', tone: 'info' }, 5000);
    notices.dismiss(first);
    expect(notices.items.map((n) => n.text)).toEqual(['Second.']);
    vi.advanceTimersByTime(5000);
    expect(notices.items).toEqual([]);
  });
});
