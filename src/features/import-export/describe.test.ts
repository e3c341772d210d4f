import { describe, expect, test } from 'vitest';
import { guessDeviceName } from '../../state/sync.svelte';
import {
  fieldLabel,
  formatWhen,
  futureStampText,
  recordName,
  stampTime,
  tableLabel,
  valueText,
} from './describe';

describe('words for the import preview', () => {
  test('records are named as the owner knows them', () => {
    expect(recordName('parties', { name: 'Ada Client' })).toBe('Ada Client');
    expect(recordName('jobs', { title: 'Fix the roof' })).toBe('Fix the roof');
    expect(
      recordName('payments', {
        amount: 150_000,
        currency: 'USD',
        sentOn: '2026-03-18',
        receivedOn: '2026-03-20',
      }),
    ).toBe('Payment of $1,500.00 on Mar 20, 2026');
    // A cheque still in the mail is named by the day it was sent.
    expect(
      recordName('payments', {
        amount: 150_000,
        currency: 'USD',
        sentOn: '2026-03-18',
        receivedOn: null,
      }),
    ).toBe('Payment of $1,500.00 on Mar 18, 2026');
    expect(recordName('settings', {})).toBe('Your settings');
  });

  test('fields have labels, and a field added later still reads as words', () => {
    expect(fieldLabel('termsNetDays')).toBe('Payment terms (days)');
    expect(fieldLabel('followUp')).toBe('follow up');
    expect(tableLabel('parties')).toBe('People');
    expect(tableLabel('writeOffs')).toBe('Write-offs');
    expect(tableLabel('promises')).toBe('Promises to pay');
    expect(tableLabel('somethingNew')).toBe('somethingNew');
  });

  test('values read as the owner would recognise them', () => {
    const job = { currency: 'EUR' };
    expect(valueText('amount', 150_050, job)).toBe('€1,500.50');
    expect(valueText('termsNetDays', 30, job)).toBe('30');
    expect(valueText('archived', true, job)).toBe('yes');
    expect(valueText('doneOn', null, job)).toBe('—');
    expect(valueText('doneOn', '2026-03-05', job)).toBe('Mar 5, 2026');
    expect(valueText('notes', '', job)).toBe('empty');
    expect(valueText('deletedAt', '2026-03-05T10:00:00.000Z', job)).toBe('deleted');
    expect(valueText('problems', ['late', 'complaint'], job)).toBe('late, complaint');
    expect(valueText('allocations', [{ jobId: 'x', amount: 1 }], job)).toBe('1 item');
    expect(valueText('notes', 'x'.repeat(200), job)).toHaveLength(80);
  });

  test('a stamp from the future says its day and how far ahead it is, in its largest unit', () => {
    const now = Date.UTC(2026, 11, 2, 12, 0, 0);
    const at = (wall: number) => `${String(wall).padStart(15, '0')}-000000-device-1`;
    // 9999-12-31 is 7,973 years and a month after 2026-12-02.
    expect(futureStampText(at(253_402_300_799_999), now)).toEqual({
      day: 'Dec 31, 9999',
      ahead: '7,973 years',
    });
    expect(futureStampText(at(now + 3 * 86_400_000 + 5), now).ahead).toBe('3 days');
    expect(futureStampText(at(now + 60 * 60_000), now).ahead).toBe('1 hour');
    expect(futureStampText(at(now + 7 * 60_000), now).ahead).toBe('7 minutes');
  });

  test('a change’s time comes from its stamp; an unstamped one says it is unknown', () => {
    const wall = Date.UTC(2026, 2, 20, 12, 0, 0);
    expect(stampTime(`${String(wall).padStart(15, '0')}-000000-device-1`)).toMatch(/Mar 20, 2026/);
    expect(stampTime(undefined)).toBe('at an unknown time');
  });

  test('recent times say today or yesterday, older ones how many days ago', () => {
    const now = new Date(2026, 3, 20, 15, 0);
    expect(formatWhen(new Date(2026, 3, 20, 9, 5).toISOString(), now)).toMatch(/^today, /);
    expect(formatWhen(new Date(2026, 3, 19, 9, 5).toISOString(), now)).toMatch(/^yesterday, /);
    expect(formatWhen(new Date(2026, 3, 10, 9, 5).toISOString(), now)).toBe('10 days ago');
  });

  test('a device gets a sensible name before its owner gives it one', () => {
    expect(guessDeviceName('Mozilla/5.0 (Linux; Android 14; Pixel 7)')).toBe('Android phone');
    expect(guessDeviceName('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)')).toBe(
      'iPhone',
    );
    expect(guessDeviceName('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toBe('Mac');
    expect(guessDeviceName('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('Windows PC');
    expect(guessDeviceName('curl/8')).toBe('My device');
  });
});
