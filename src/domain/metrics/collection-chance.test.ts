import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectionChance } from './collection-chance';

/** The survey's months in days, as an average month of 365.25 / 12 days. */
const THREE_MONTHS = 91.3125;
const SIX_MONTHS = 182.625;
const NINE_MONTHS = 273.9375;
const A_YEAR = 365.25;

describe('collectionChance', () => {
  it('a bill not yet past due, or due today, is taken as collectable', () => {
    expect(collectionChance(-10).chance).toBe(1);
    expect(collectionChance(0).chance).toBe(1);
  });

  it('gives the survey figures at three months, six months and a year', () => {
    expect(collectionChance(THREE_MONTHS).chance).toBeCloseTo(0.72, 10);
    expect(collectionChance(SIX_MONTHS).chance).toBeCloseTo(0.44, 10);
    expect(collectionChance(A_YEAR).chance).toBeCloseTo(0.29, 10);
  });

  it('reads between the survey points on a straight line', () => {
    // Halfway to three months: halfway from 100 % to 72 %; at nine months, halfway from 44 % to 29 %.
    expect(collectionChance(THREE_MONTHS / 2).chance).toBeCloseTo(0.86, 10);
    expect(collectionChance(NINE_MONTHS).chance).toBeCloseTo(0.365, 10);
  });

  it('past a year stays at the last survey figure and says it is beyond the survey', () => {
    expect(collectionChance(800)).toMatchObject({ chance: 0.29, beyondSurvey: true });
    expect(collectionChance(A_YEAR).beyondSurvey).toBe(false);
    expect(collectionChance(Number.NaN)).toMatchObject({ chance: 0.29, beyondSurvey: true });
  });

  it('names its source with the figures, for the screen to show', () => {
    expect(collectionChance(30).source).toEqual({
      key: 'insights.collectionChance',
      name: 'ccicollects.com',
      survey: [
        { months: 3, percent: 72 },
        { months: 6, percent: 44 },
        { months: 12, percent: 29 },
      ],
    });
  });

  it('never rises as a debt grows older, and stays between 0 and 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -30, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        (days, more) => {
          const younger = collectionChance(days).chance;
          const older = collectionChance(days + more).chance;
          expect(older).toBeLessThanOrEqual(younger);
          expect(older).toBeGreaterThanOrEqual(0);
          expect(younger).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
