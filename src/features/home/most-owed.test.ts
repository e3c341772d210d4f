import { describe, expect, it } from 'vitest';
import type { Totals } from '../../domain/money';
import { mostOwedFirst } from './most-owed';

describe('clients who owe, most owed first', () => {
  it('puts the largest amount in the owner’s currency first', () => {
    const debtors = [
      { name: 'Bolt', outstanding: { USD: 30_000 } },
      { name: 'Acme', outstanding: { USD: 125_000 } },
      { name: 'Cobble', outstanding: { USD: 4_500 } },
    ];
    expect(mostOwedFirst(debtors, 'USD').map((d) => d.name)).toEqual(['Acme', 'Bolt', 'Cobble']);
  });

  it('keeps equal amounts in the order they came, and puts other currencies after', () => {
    const debtors: { name: string; outstanding: Totals }[] = [
      { name: 'Euro only', outstanding: { EUR: 900_000 } },
      { name: 'First 100', outstanding: { USD: 10_000 } },
      { name: 'Second 100', outstanding: { USD: 10_000, EUR: 5_000 } },
    ];
    expect(mostOwedFirst(debtors, 'USD').map((d) => d.name)).toEqual([
      'First 100',
      'Second 100',
      'Euro only',
    ]);
  });

  it('leaves the list it was given as it was', () => {
    const debtors = [
      { name: 'Small', outstanding: { USD: 1 } },
      { name: 'Large', outstanding: { USD: 2 } },
    ];
    mostOwedFirst(debtors, 'USD');
    expect(debtors.map((d) => d.name)).toEqual(['Small', 'Large']);
  });
});
