import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { latenessPattern } from './lateness-pattern';
import {
  CLIENT_ID,
  OTHER_CLIENT_ID,
  makeJob,
  makePayment,
  makeWriteOff,
  moneyOf,
} from './test-records';

const AS_OF = '2026-06-30';

/** A job due on `dueOn`, paid `late` days after it (or never, with null). */
function history(entries: [dueOn: string, late: number | null][]) {
  const jobs = entries.map(([dueOn]) => makeJob({ orderedOn: '2025-01-01', dueOn }));
  const payments = entries.flatMap(([dueOn, late], i) =>
    late === null ? [] : [makePayment(addDays(dueOn, late), [{ job: jobs[i]!, amount: 100000 }])],
  );
  return { jobs, payments };
}

describe('latenessPattern', () => {
  it('a client who always paid on time has no lateness and no trend below four jobs', () => {
    const { jobs, payments } = history([
      ['2026-01-31', 0],
      ['2026-02-28', -3],
    ]);
    expect(latenessPattern(CLIENT_ID, jobs, moneyOf(payments), AS_OF)).toEqual({
      counted: 2,
      lateCount: 0,
      lateShare: 0,
      pattern: 'none',
      trend: 'unknown',
      earlierAverage: null,
      recentAverage: null,
    });
  });

  it('one or two slips among punctual payments are occasional', () => {
    const { jobs, payments } = history([
      ['2026-01-31', 0],
      ['2026-02-28', 6],
      ['2026-03-31', 0],
      ['2026-04-30', 0],
    ]);
    const summary = latenessPattern(CLIENT_ID, jobs, moneyOf(payments), AS_OF);
    expect(summary.pattern).toBe('occasional');
    expect(summary.lateCount).toBe(1);
  });

  it('late as a rule, and getting later, is chronic and worsening', () => {
    const { jobs, payments } = history([
      ['2025-11-30', 3],
      ['2025-12-31', 0],
      ['2026-01-31', 20],
      ['2026-02-28', 35],
      // Still unpaid: 61 days overdue on 30 June.
      ['2026-04-30', null],
    ]);
    const summary = latenessPattern(CLIENT_ID, jobs, moneyOf(payments), AS_OF);
    expect(summary).toMatchObject({ counted: 5, lateCount: 4, pattern: 'chronic' });
    expect(summary.trend).toBe('worsening');
    expect(summary.earlierAverage).toBe(1.5);
    expect(summary.recentAverage).toBeCloseTo((20 + 35 + 61) / 3);
  });

  it('a late payer who has mended their ways is improving', () => {
    const { jobs, payments } = history([
      ['2025-11-30', 30],
      ['2025-12-31', 25],
      ['2026-01-31', 0],
      ['2026-02-28', 1],
    ]);
    expect(latenessPattern(CLIENT_ID, jobs, moneyOf(payments), AS_OF).trend).toBe('improving');
  });

  it('leaves out the job under discussion, jobs not yet due and other clients', () => {
    const { jobs, payments } = history([
      ['2026-01-31', 40],
      ['2026-02-28', 0],
    ]);
    const notDue = makeJob({ dueOn: '2026-07-15' });
    const other = makeJob({ clientId: OTHER_CLIENT_ID, dueOn: '2026-01-31' });
    const summary = latenessPattern(CLIENT_ID, [...jobs, notDue, other], moneyOf(payments), AS_OF, {
      exceptJobIds: [jobs[0]!.id],
    });
    expect(summary).toMatchObject({ counted: 1, lateCount: 0, pattern: 'none' });
  });

  it('with nothing due yet there is no share and no pattern', () => {
    expect(latenessPattern(CLIENT_ID, [], moneyOf([]), AS_OF)).toMatchObject({
      counted: 0,
      lateShare: null,
      pattern: 'none',
    });
  });

  it('gives the same answer whatever order the jobs are read in, even with due dates tied', () => {
    const { jobs, payments } = history([
      ['2026-01-31', 0],
      ['2026-02-28', 0],
      ['2026-02-28', 20],
      ['2026-03-31', 20],
    ]);
    const reversed = [...jobs].reverse();
    expect(latenessPattern(CLIENT_ID, reversed, moneyOf(payments), AS_OF)).toEqual(
      latenessPattern(CLIENT_ID, jobs, moneyOf(payments), AS_OF),
    );
  });

  it('a written-off job is not counted as paid on time or late', () => {
    const { jobs, payments } = history([
      ['2026-01-31', 10],
      ['2026-02-28', null],
    ]);
    // The second job, never paid, written off on 15 April: left out, so only the first counts.
    const writeOffs = [makeWriteOff('2026-04-15', jobs[1]!, 100000)];
    expect(latenessPattern(CLIENT_ID, jobs, moneyOf(payments, { writeOffs }), AS_OF)).toMatchObject(
      { counted: 1, lateCount: 1 },
    );
  });
});
