import { describe, expect, it, vi } from 'vitest';
import { buildConfig, wrapLabel } from './config';
import { colorOf, okabeIto } from './palette';
import type { ChartFormat, ChartSpec, ChartTheme } from './spec';

const theme: ChartTheme = {
  dark: false,
  text: '#111111',
  muted: '#555555',
  grid: '#dddddd',
  surface: '#ffffff',
  font: 'system-ui',
  reducedMotion: false,
};

const format: ChartFormat = {
  locale: 'de-DE',
  value: {
    money: (n) => `€${n.toFixed(2)}`,
    days: (n) => `${n} days`,
    count: (n) => `${n}`,
  },
  tick: { money: (n) => `€${n}`, days: (n) => `${n}d`, count: (n) => `${n}` },
  title: { days: 'Days' },
};

const flow: ChartSpec = {
  labels: ['Jan', 'Feb', 'Mar'],
  series: [
    { label: 'Billed', values: [10, 20, 0], kind: 'bar', axis: 'money', color: 'blue' },
    {
      label: 'Received',
      values: [5, 25, 0],
      kind: 'bar',
      axis: 'money',
      color: 'orange',
      pattern: 'diagonal',
    },
    {
      label: 'Days to pay',
      values: [30, null, 12],
      kind: 'line',
      axis: 'days',
      color: 'black',
      dashed: true,
      point: 'rectRot',
    },
  ],
};

/** Reads a nested option without fighting Chart.js's deep types in a test. */
function at(value: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string, unknown>)?.[key], value);
}

describe('buildConfig', () => {
  it('puts bars on a money axis on the left and the line on a days axis on the right', () => {
    const config = buildConfig(flow, theme, format);
    expect(config.data.labels).toEqual(['Jan', 'Feb', 'Mar']);
    const [billed, received, days] = config.data.datasets;
    expect(billed).toMatchObject({ type: 'bar', yAxisID: 'money', data: [10, 20, 0] });
    expect(received).toMatchObject({ type: 'bar', yAxisID: 'money' });
    expect(days).toMatchObject({
      type: 'line',
      yAxisID: 'days',
      data: [30, null, 12],
      spanGaps: false,
      borderDash: [6, 4],
      pointStyle: 'rectRot',
    });
    expect(at(config.options, 'scales', 'money', 'position')).toBe('left');
    expect(at(config.options, 'scales', 'days', 'position')).toBe('right');
    expect(at(config.options, 'scales', 'days', 'grid', 'drawOnChartArea')).toBe(false);
    expect(at(config.options, 'scales', 'days', 'title', 'text')).toBe('Days');
    expect(at(config.options, 'scales', 'money', 'title', 'display')).toBe(false);
  });

  it('uses the Okabe–Ito colours, and a pattern fill where asked', () => {
    const fill = vi.fn((color: string, pattern: string) => `${pattern}:${color}`);
    const config = buildConfig(flow, theme, format, fill);
    const [billed, received, days] = config.data.datasets;
    expect(billed!.backgroundColor).toBe(`solid:${okabeIto.blue}`);
    expect(received!.backgroundColor).toBe(`diagonal:${okabeIto.orange}`);
    expect(days!.borderColor).toBe(okabeIto.black);
  });

  it('swaps colours that vanish on a dark background', () => {
    const config = buildConfig(flow, { ...theme, dark: true }, format);
    expect(config.data.datasets[2]!.borderColor).toBe(colorOf('black', true));
    expect(colorOf('black', true)).not.toBe(okabeIto.black);
    expect(colorOf('orange', true)).toBe(okabeIto.orange);
  });

  it('follows the locale and writes ticks and tooltips with the formatters given', () => {
    const config = buildConfig(flow, theme, format);
    expect(config.options?.locale).toBe('de-DE');
    const tick = at(config.options, 'scales', 'money', 'ticks', 'callback') as (
      v: number,
    ) => string;
    expect(tick(1500)).toBe('€1500');
    const daysTick = at(config.options, 'scales', 'days', 'ticks', 'callback') as (
      v: number,
    ) => string;
    expect(daysTick(7)).toBe('7d');
    const label = at(config.options, 'plugins', 'tooltip', 'callbacks', 'label') as (
      item: object,
    ) => string;
    expect(label({ raw: 12.5, datasetIndex: 0, dataset: { label: 'Billed' } })).toBe(
      'Billed: €12.50',
    );
    expect(label({ raw: 30, datasetIndex: 2, dataset: { label: 'Days to pay' } })).toBe(
      'Days to pay: 30 days',
    );
    expect(label({ raw: null, datasetIndex: 2, dataset: { label: 'Days to pay' } })).toBe(
      'Days to pay: —',
    );
  });

  it('lists the series in the legend in the order given, though lines draw over bars', () => {
    const sort = at(
      buildConfig(flow, theme, format).options,
      'plugins',
      'legend',
      'labels',
      'sort',
    ) as (a: object, b: object) => number;
    const items = [{ datasetIndex: 2 }, { datasetIndex: 0 }, { datasetIndex: 1 }];
    expect(items.sort(sort).map((i) => i.datasetIndex)).toEqual([0, 1, 2]);
  });

  it('takes its text and grid colours from the theme read from the page', () => {
    const config = buildConfig(flow, theme, format);
    expect(at(config.options, 'scales', 'x', 'ticks', 'color')).toBe('#555555');
    expect(at(config.options, 'scales', 'money', 'grid', 'color')).toBe('#dddddd');
    expect(at(config.options, 'plugins', 'legend', 'labels', 'color')).toBe('#111111');
  });

  it('stacks horizontal bars with the value axis along the bottom', () => {
    const aging: ChartSpec = {
      labels: ['USD'],
      horizontal: true,
      stacked: true,
      series: [
        {
          label: 'Not yet due',
          values: [100],
          kind: 'bar',
          axis: 'money',
          color: 'bluishGreen',
          stack: 'owed',
        },
        {
          label: '1–30 days',
          values: [50],
          kind: 'bar',
          axis: 'money',
          color: 'yellow',
          stack: 'owed',
        },
      ],
    };
    const config = buildConfig(aging, theme, format);
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.datasets[0]).toMatchObject({ xAxisID: 'money', stack: 'owed' });
    expect(at(config.options, 'scales', 'y', 'type')).toBe('category');
    expect(at(config.options, 'scales', 'y', 'stacked')).toBe(true);
    expect(at(config.options, 'scales', 'money', 'axis')).toBe('x');
    expect(at(config.options, 'scales', 'money', 'position')).toBe('bottom');
    expect(at(config.options, 'scales', 'money', 'stacked')).toBe(true);
  });

  it('turns animation off for people who asked for less motion', () => {
    expect(buildConfig(flow, { ...theme, reducedMotion: true }, format).options?.animation).toBe(
      false,
    );
  });

  it('reports which bar was tapped', () => {
    const onselect = vi.fn();
    const config = buildConfig(flow, theme, format, undefined, onselect);
    const onClick = config.options?.onClick as (e: unknown, elements: object[]) => void;
    onClick({}, [{ datasetIndex: 1, index: 2 }]);
    onClick({}, []);
    expect(onselect).toHaveBeenCalledTimes(1);
    expect(onselect).toHaveBeenCalledWith(1, 2);
    expect(buildConfig(flow, theme, format).options?.onClick).toBeUndefined();
  });
});

describe('wrapLabel', () => {
  it('leaves a short name alone', () => {
    expect(wrapLabel('Bolt Garage')).toBe('Bolt Garage');
  });

  it('wraps a long name at a space onto two lines', () => {
    expect(wrapLabel('Eastgate Community Hall')).toEqual(['Eastgate', 'Community Hall']);
    expect(wrapLabel('Morgan & Price Solicitors')).toEqual(['Morgan & Price', 'Solicitors']);
  });

  it('cuts what does not fit in two lines short, with an ellipsis', () => {
    expect(wrapLabel('Hilltop Bed & Breakfast and Tearooms Ltd')).toEqual([
      'Hilltop Bed &',
      'Breakfast and T…',
    ]);
    expect(wrapLabel('Supercalifragilisticexpialidocious')).toEqual(['Supercalifragil…']);
  });

  it('wraps the names beside horizontal bars through the tick callback', () => {
    const spec: ChartSpec = {
      labels: ['Eastgate Community Hall'],
      horizontal: true,
      series: [{ label: 'Days', values: [3], kind: 'bar', axis: 'days', color: 'blue' }],
    };
    const tick = at(
      buildConfig(spec, theme, format).options,
      'scales',
      'y',
      'ticks',
      'callback',
    ) as (v: number) => unknown;
    expect(tick(0)).toEqual(['Eastgate', 'Community Hall']);
  });
});
