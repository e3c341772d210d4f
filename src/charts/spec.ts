/**
 * What a chart shows, independent of Chart.js: labels, series and how each looks. Features build a
 * spec from the domain's figures; config.ts turns it into a Chart.js configuration.
 */
import type { PaletteColor, PatternName } from './palette';

/** The value axes: money (in major units, e.g. dollars), days and plain counts. */
export type ValueAxis = 'money' | 'days' | 'count';

export interface SeriesSpec {
  label: string;
  /** One value per label; null is a gap (a month with nothing to average). */
  values: (number | null)[];
  kind: 'bar' | 'line';
  axis: ValueAxis;
  color: PaletteColor;
  /** For bars. */
  pattern?: PatternName;
  /** For lines: dashed, with a marker shape of their own. */
  dashed?: boolean;
  point?: 'circle' | 'rect' | 'rectRot' | 'triangle';
  /** Bars in the same stack sit on top of each other. */
  stack?: string;
}

export interface ChartSpec {
  labels: string[];
  series: SeriesSpec[];
  /** Bars running left to right, one row per label (better for names on a phone). */
  horizontal?: boolean;
  stacked?: boolean;
}

/** What the screen shows as the chart's data table. */
export interface TableSpec {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  /** `header` is the row's first cell (a <th scope="row">), a link when `href` is given. */
  rows: { header: string; href?: string; cells: string[] }[];
}

/** How values are written, in the user's locale and currency. */
export interface ChartFormat {
  locale: string;
  /** Full values, for tooltips. */
  value: Record<ValueAxis, (n: number) => string>;
  /** Short values, for axis ticks. */
  tick: Record<ValueAxis, (n: number) => string>;
  /** Axis titles; an axis without one has none. */
  title?: Partial<Record<ValueAxis, string>>;
}

/** Colours read from the page's CSS at render time, so the chart follows light and dark. */
export interface ChartTheme {
  dark: boolean;
  text: string;
  muted: string;
  grid: string;
  surface: string;
  font: string;
  reducedMotion: boolean;
}
