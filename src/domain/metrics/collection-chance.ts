/**
 * The rough chance of still collecting a bill, by how long it is past due. Collectability falls
 * with age: one collection-agency survey (ccicollects.com) gives about 72 % collectable at three
 * months, 44 % at six and 29 % at a year; a bill not yet due is taken as collectable. Between the
 * survey's points the chance is read off a straight line; past a year it stays at the last figure,
 * as the survey says nothing beyond it (another firm, cstworldwide.com, quotes 69 / 51 / 9 %: the
 * figure is a prior to show with its source, never a hidden constant).
 */

export interface SurveyPoint {
  months: number;
  percent: number;
}

export interface CollectionChanceSource {
  /** The catalogue sentence that shows the figure with its source. */
  key: 'insights.collectionChance';
  /** Where the figures come from, as the sentence names it. */
  name: 'ccicollects.com';
  survey: readonly SurveyPoint[];
}

export interface CollectionChance {
  /** 0 to 1. */
  chance: number;
  /** Past the survey's last point: the figure is its last, and may be lower. */
  beyondSurvey: boolean;
  source: CollectionChanceSource;
}

const SURVEY: readonly SurveyPoint[] = [
  { months: 3, percent: 72 },
  { months: 6, percent: 44 },
  { months: 12, percent: 29 },
];

export const COLLECTION_SURVEY: CollectionChanceSource = {
  key: 'insights.collectionChance',
  name: 'ccicollects.com',
  survey: SURVEY,
};

const DAYS_PER_MONTH = 365.25 / 12;

/** The curve in days past due: a current bill is all but certain; then the survey's points. */
const CURVE: readonly (readonly [number, number])[] = [
  [0, 1],
  ...SURVEY.map((p) => [p.months * DAYS_PER_MONTH, p.percent / 100] as const),
];

export function collectionChance(daysPastDue: number): CollectionChance {
  const last = CURVE[CURVE.length - 1]!;
  const days = Math.max(0, daysPastDue);
  // An age past the survey, or none at all (NaN), reads as the survey's lowest figure.
  if (!(days < last[0])) {
    return { chance: last[1], beyondSurvey: !(days <= last[0]), source: COLLECTION_SURVEY };
  }
  let chance = 1;
  for (let i = 1; i < CURVE.length; i += 1) {
    const [d0, c0] = CURVE[i - 1]!;
    const [d1, c1] = CURVE[i]!;
    if (days <= d1) {
      chance = c0 + ((days - d0) / (d1 - d0)) * (c1 - c0);
      break;
    }
  }
  return { chance, beyondSurvey: false, source: COLLECTION_SURVEY };
}
