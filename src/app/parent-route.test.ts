import { describe, expect, test } from 'vitest';
import { parentOf } from './parent-route';
import { parseHash } from './router.svelte';

const up = (hash: string) => parentOf(parseHash(hash));

describe('parentOf', () => {
  test('the top-level screens have no screen above them', () => {
    for (const hash of [
      '#/',
      '',
      '#/people',
      '#/people?kind=subcontractor',
      '#/jobs',
      '#/jobs?status=open',
      '#/payments',
      '#/worksheets',
      '#/worksheets?party=p1',
      '#/settings',
    ]) {
      expect(up(hash), hash).toBeUndefined();
    }
  });

  test('a record page leads to its list, and its forms and documents lead to the record', () => {
    expect(up('#/people/p1')).toBe('#/people');
    expect(up('#/people/p1/edit')).toBe('#/people/p1');
    expect(up('#/people/p1/statement?asOf=2026-06-01')).toBe('#/people/p1');
    expect(up('#/people/p1/promise?job=j1')).toBe('#/people/p1');
    expect(up('#/jobs/j1')).toBe('#/jobs');
    expect(up('#/jobs/j1/edit')).toBe('#/jobs/j1');
    expect(up('#/payments/pay1/edit')).toBe('#/payments');
  });

  test('a new record leads back to what it was started from, else to its list', () => {
    expect(up('#/people/new')).toBe('#/people');
    expect(up('#/people/new?kind=client')).toBe('#/people');
    expect(up('#/people/new?kind=subcontractor')).toBe('#/people?kind=subcontractor');
    expect(up('#/jobs/new?client=p1')).toBe('#/people/p1');
    expect(up('#/jobs/new')).toBe('#/jobs');
    expect(up('#/payments/new?party=p1&job=j1')).toBe('#/jobs/j1');
    expect(up('#/payments/new?party=p1')).toBe('#/people/p1');
    expect(up('#/payments/new')).toBe('#/payments');
    expect(up('#/invoices/new?job=j1')).toBe('#/jobs/j1');
    expect(up('#/worksheets/new?template=forgive-or-pursue&party=p1')).toBe('#/people/p1');
    expect(up('#/worksheets/new?party=p1&job=j1')).toBe('#/jobs/j1');
    expect(up('#/worksheets/new')).toBe('#/worksheets');
  });

  test('an invoice, a worksheet, the decisions list and sync lead to their section', () => {
    expect(up('#/invoices/inv1')).toBe('#/jobs');
    expect(up('#/worksheets/w1')).toBe('#/worksheets');
    expect(up('#/worksheets/decide')).toBe('#/worksheets');
    expect(up('#/sync')).toBe('#/settings');
    expect(up('#/sync?shared=1')).toBe('#/settings');
  });

  test('an address the app does not know leads Home', () => {
    expect(up('#/nowhere/at/all')).toBe('#/');
  });
});
