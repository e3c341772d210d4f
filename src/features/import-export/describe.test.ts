import { describe, expect, test } from 'vitest';
import { guessDeviceName } from '../../state/sync.svelte';
import {
  fieldLabel,
  formatWhen,
  futureStampText,
  kindLabel,
  recordLabel,
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

  test('a record in the list is named with what it belongs to: a job’s client, a payment’s payer', () => {
    const linked = new Map<string, object>([
      ['c1', { name: 'Ada Client' }],
      ['s1', { name: 'Sam Sub' }],
      ['j1', { title: 'Fix the roof', currency: 'USD' }],
    ]);
    expect(recordLabel('parties', { name: 'Ada Client' }, linked)).toBe('Ada Client');
    expect(recordLabel('jobs', { title: 'Fix the roof', clientId: 'c1' }, linked)).toBe(
      'Fix the roof, for Ada Client',
    );
    const payment = { amount: 50_000, currency: 'USD', sentOn: '2026-03-18', receivedOn: null };
    expect(
      recordLabel('payments', { ...payment, direction: 'client_to_me', partyId: 'c1' }, linked),
    ).toBe('Payment of $500.00 from Ada Client on Mar 18, 2026');
    expect(
      recordLabel('payments', { ...payment, direction: 'me_to_sub', partyId: 's1' }, linked),
    ).toBe('Payment of $500.00 to Sam Sub on Mar 18, 2026');
    expect(recordLabel('contacts', { partyId: 'c1', on: '2026-03-25' }, linked)).toBe(
      'Contact with Ada Client on Mar 25, 2026',
    );
    // A dispute holds no currency: its job's is used.
    expect(
      recordLabel(
        'disputes',
        { partyId: 'c1', jobId: 'j1', amount: 10_000, raisedOn: '2026-03-21' },
        linked,
      ),
    ).toBe('Dispute over $100.00 with Ada Client, raised Mar 21, 2026');
    expect(
      recordLabel(
        'invoices',
        { partyId: 'c1', series: 'A', sequence: 7, issuedOn: '2026-03-06' },
        linked,
      ),
    ).toBe('Invoice A-0007 to Ada Client, Mar 6, 2026');
    expect(
      recordLabel(
        'worksheets',
        { partyIds: ['c1', 's1'], createdAt: '2026-03-30T08:00:00.000Z' },
        linked,
      ),
    ).toBe('Worksheet about Ada Client, Sam Sub, started Mar 30, 2026');
    expect(recordLabel('jobs', { title: 'Orphan', clientId: 'nobody' }, linked)).toBe(
      'Orphan, for a record not in the file or on this device',
    );
  });

  test('linked records show as names, a job’s lines as their count and total', () => {
    const linked = new Map<string, object>([
      ['c1', { name: 'Ada Client' }],
      ['j1', { title: 'Fix the roof' }],
      ['j2', { title: 'Paint the fence' }],
    ]);
    const record = { currency: 'USD' };
    expect(valueText('clientId', 'c1', record, linked)).toBe('Ada Client');
    expect(valueText('subcontractorId', null, record, linked)).toBe('—');
    expect(valueText('jobIds', ['j1', 'j2'], record, linked)).toBe('Fix the roof, Paint the fence');
    expect(
      valueText(
        'allocations',
        [
          { jobId: 'j1', amount: 30_000 },
          { jobId: 'j2', amount: 2_550 },
        ],
        record,
        linked,
      ),
    ).toBe('Fix the roof: $300.00; Paint the fence: $25.50');
    // 2 × $400.00 + 1.5 × $100.00 = $950.00
    const lines = [
      { quantity: 2, unitPrice: 40_000 },
      { quantity: 1.5, unitPrice: 10_000 },
    ];
    expect(valueText('lines', lines, record, linked)).toBe('2 lines, $950.00');
    expect(kindLabel('clients')).toBe('Clients');
    expect(kindLabel('subcontractors')).toBe('Subcontractors');
    expect(kindLabel('jobs')).toBe('Jobs');
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
    expect(valueText('weights', { a: 1 }, job)).toBe('1 item');
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
