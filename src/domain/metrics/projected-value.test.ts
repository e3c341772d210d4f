import { describe, expect, it } from 'vitest';
import { projectedValue } from './projected-value';
import { CLIENT_ID, makeJob } from './test-records';

const AS_OF = '2026-06-30';

describe('projectedValue', () => {
  it('a client of several years is projected at the pace of the last twelve months', () => {
    const jobs = [
      makeJob({ orderedOn: '2024-01-01', invoicedOn: '2024-01-10', amount: 900000 }),
      makeJob({ orderedOn: '2025-09-01', invoicedOn: '2025-09-10', amount: 200000 }),
      makeJob({ orderedOn: '2026-03-01', invoicedOn: '2026-03-10', amount: 100000 }),
    ];
    expect(projectedValue(CLIENT_ID, jobs, AS_OF, 'USD', '2023-05-01')).toEqual({
      currency: 'USD',
      billedInWindow: 300000,
      monthsObserved: 12,
      booked: 0,
      projected: 300000,
    });
  });

  it('a newer client is projected over the months we have known them, at least three', () => {
    const sixMonths = [
      makeJob({ orderedOn: '2026-01-01', invoicedOn: '2026-01-05', amount: 60000 }),
    ];
    const value = projectedValue(CLIENT_ID, sixMonths, AS_OF, 'USD', '2025-12-31');
    expect(value.monthsObserved).toBeCloseTo(6, 0);
    expect(value.projected).toBeGreaterThan(115000);
    expect(value.projected).toBeLessThan(125000);

    const oneWeek = [makeJob({ orderedOn: '2026-06-20', invoicedOn: '2026-06-25', amount: 30000 })];
    expect(projectedValue(CLIENT_ID, oneWeek, AS_OF, 'USD', '2026-06-20')).toMatchObject({
      monthsObserved: 3,
      projected: 120000,
    });
  });

  it('open work already ordered is added; other currencies and cancelled work are not', () => {
    const jobs = [
      makeJob({ status: 'open', orderedOn: '2026-06-01', amount: 45000 }),
      makeJob({ status: 'cancelled', orderedOn: '2026-06-01', amount: 70000 }),
      makeJob({ invoicedOn: '2026-05-01', amount: 80000, currency: 'EUR' }),
    ];
    expect(projectedValue(CLIENT_ID, jobs, AS_OF, 'USD', '2025-01-01')).toMatchObject({
      billedInWindow: 0,
      booked: 45000,
      projected: 45000,
    });
  });
});
