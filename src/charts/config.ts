/**
 * Turns a ChartSpec into a Chart.js configuration: pure, so it is unit-tested without a canvas.
 * The fill of each bar (a plain colour or a pattern) comes from `fill`, which the Chart component
 * supplies with a canvas; the default is the plain colour.
 */
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { colorOf, type PatternName } from './palette';
import type { ChartFormat, ChartSpec, ChartTheme, SeriesSpec, ValueAxis } from './spec';

export type Fill = (color: string, pattern: PatternName) => string | CanvasPattern;
export type Select = (seriesIndex: number, labelIndex: number) => void;

type MixedConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;

const plain: Fill = (color) => color;

/** Names longer than this wrap onto a second line beside a horizontal bar, then get cut short. */
export const LABEL_LINE = 16;

/**
 * Splits a long label at spaces into at most two lines of `max` characters, ending in "…" when
 * it does not fit, so a client's name beside a bar stays readable on a phone.
 */
export function wrapLabel(label: string, max: number = LABEL_LINE): string | string[] {
  if (label.length <= max) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max) {
      line = next;
    } else if (line) {
      lines.push(line);
      line = word;
    } else {
      line = word;
    }
  }
  if (line) lines.push(line);
  const cut = (text: string) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  if (lines.length <= 2) return lines.map(cut);
  return [
    cut(lines[0]!),
    `${lines
      .slice(1)
      .join(' ')
      .slice(0, max - 1)}…`,
  ];
}

function axesOf(spec: ChartSpec): ValueAxis[] {
  return [...new Set(spec.series.map((s) => s.axis))];
}

function dataset(
  series: SeriesSpec,
  spec: ChartSpec,
  theme: ChartTheme,
  fill: Fill,
): ChartDataset<'bar' | 'line', (number | null)[]> {
  const color = colorOf(series.color, theme.dark);
  const axisKey = spec.horizontal ? 'xAxisID' : 'yAxisID';
  if (series.kind === 'line') {
    return {
      type: 'line',
      label: series.label,
      data: series.values,
      [axisKey]: series.axis,
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2,
      borderDash: series.dashed ? [6, 4] : [],
      pointStyle: series.point ?? 'circle',
      pointRadius: 4,
      pointHoverRadius: 6,
      // A month with nothing to average is a gap, not a fall to zero.
      spanGaps: false,
      // Lines draw over the bars.
      order: 0,
    };
  }
  return {
    type: 'bar',
    label: series.label,
    data: series.values,
    [axisKey]: series.axis,
    backgroundColor: fill(color, series.pattern ?? 'solid'),
    borderColor: color,
    borderWidth: 1,
    ...(series.stack === undefined ? {} : { stack: series.stack }),
    // A square in the legend, filled like the bar (pattern included).
    pointStyle: 'rect',
    order: 1,
  };
}

export function buildConfig(
  spec: ChartSpec,
  theme: ChartTheme,
  format: ChartFormat,
  fill: Fill = plain,
  onselect?: Select,
): MixedConfig {
  const horizontal = spec.horizontal ?? false;
  const stacked = spec.stacked ?? false;
  const indexId = horizontal ? 'y' : 'x';
  const font = { family: theme.font, size: 12 };
  const scales: Record<string, object> = {
    [indexId]: {
      type: 'category',
      stacked,
      grid: { display: false },
      border: { color: theme.grid },
      ticks: {
        color: theme.muted,
        font,
        autoSkip: true,
        maxRotation: 0,
        ...(horizontal
          ? { callback: (value: number | string) => wrapLabel(spec.labels[Number(value)] ?? '') }
          : {}),
      },
    },
  };
  axesOf(spec).forEach((axis, i) => {
    const title = format.title?.[axis];
    scales[axis] = {
      type: 'linear',
      axis: horizontal ? 'x' : 'y',
      position: horizontal ? (i === 0 ? 'bottom' : 'top') : i === 0 ? 'left' : 'right',
      beginAtZero: true,
      stacked,
      // Only the first axis draws grid lines; two grids over one chart are hard to read.
      grid: { color: theme.grid, drawOnChartArea: i === 0 },
      border: { color: theme.grid },
      ticks: {
        color: theme.muted,
        font,
        ...(axis === 'money' ? {} : { precision: 0 }),
        callback: (value: number | string) => format.tick[axis](Number(value)),
      },
      title: title ? { display: true, text: title, color: theme.muted, font } : { display: false },
    };
  });

  const axisOf = (item: TooltipItem<'bar' | 'line'>) =>
    spec.series[item.datasetIndex]?.axis ?? 'count';

  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => dataset(s, spec, theme, fill)),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      locale: format.locale,
      animation: theme.reducedMotion ? false : { duration: 300 },
      interaction: { mode: 'nearest', axis: horizontal ? 'y' : 'x', intersect: false },
      scales,
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            color: theme.text,
            font,
            // Point styles: a line shows its marker, a bar a square of its fill.
            usePointStyle: true,
            boxHeight: 12,
            // In the order the series were given, not the drawing order (lines over bars).
            sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
          },
        },
        tooltip: {
          callbacks: {
            label: (item) => {
              const raw = item.raw;
              const text = typeof raw === 'number' ? format.value[axisOf(item)](raw) : '—';
              return `${item.dataset.label ?? ''}: ${text}`;
            },
          },
        },
      },
      ...(onselect
        ? {
            onClick: (_event, elements) => {
              const hit = elements[0];
              if (hit) onselect(hit.datasetIndex, hit.index);
            },
          }
        : {}),
    },
  } as MixedConfig;
}
