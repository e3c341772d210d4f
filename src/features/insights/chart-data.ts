/**
 * Each dashboard and scorecard chart as the screen shows it: the series to draw, the table behind
 * it and a summary in words, all from the domain's figures. Text goes through the catalogue and
 * money through the locale, so this re-runs when either changes.
 */
import { formatDays, toMajor } from '../../charts/format';
import { formatMonth } from '../../i18n/format';
import type { PaletteColor, PatternName } from '../../charts/palette';
import type { ChartSpec, TableSpec } from '../../charts/spec';
import {
  flowTotals,
  type AgingSnapshot,
  type GoodwillSummary,
  type JobLateness,
  type MonthFlow,
  type SlowPayer,
} from '../../domain/insights';
import type { AgingBucket } from '../../domain/metrics';
import type { PayerWindow } from '../../domain/metrics/payer/window';
import type { Currency, Totals } from '../../domain/money';
import { i18n, t } from '../../i18n/i18n.svelte';

export interface ChartData {
  spec: ChartSpec;
  table: TableSpec;
  summary: string;
}

/** Fresher debts in calmer colours; every age has a pattern of its own as well. */
export const bucketLooks: Record<AgingBucket, { color: PaletteColor; pattern: PatternName }> = {
  current: { color: 'bluishGreen', pattern: 'solid' },
  d1_30: { color: 'yellow', pattern: 'diagonal' },
  d31_60: { color: 'orange', pattern: 'cross' },
  d61_90: { color: 'vermillion', pattern: 'dots' },
  d90_plus: { color: 'reddishPurple', pattern: 'zigzag' },
};

export function agingChart(aging: AgingSnapshot, fallback: Currency): ChartData {
  const currencies = aging.currencies.length ? aging.currencies : [fallback];
  const many = currencies.length > 1;
  const date = i18n.day(aging.asOf);
  const spec: ChartSpec = {
    labels: many ? currencies : [t('insights.aging.bar')],
    horizontal: true,
    stacked: true,
    series: aging.buckets.map((b) => ({
      label: t(`home.bucket.${b.bucket}`),
      values: currencies.map((c) => toMajor(b.amount[c] ?? 0, c)),
      kind: 'bar',
      axis: 'money',
      stack: 'owed',
      ...bucketLooks[b.bucket],
    })),
  };
  const table: TableSpec = {
    caption: t('insights.aging.caption', { date }),
    columns: [
      { label: t('home.bucketHeader') },
      { label: t('home.amountHeader'), numeric: true },
      { label: t('insights.aging.disputedHeader'), numeric: true },
      { label: t('insights.aging.clientsHeader'), numeric: true },
    ],
    rows: aging.buckets.map((b) => ({
      header: t(`home.bucket.${b.bucket}`),
      cells: [
        i18n.totals(b.amount, fallback),
        i18n.totals(b.inDispute, fallback),
        String(b.clients.length),
      ],
    })),
  };
  let summary: string;
  if (aging.currencies.length === 0) {
    summary = t('insights.aging.summaryNothing', { date });
  } else {
    summary = t('insights.aging.summary', {
      date,
      owed: i18n.totals(aging.owed, fallback),
      overdue: i18n.totals(aging.overdue, fallback),
    });
    const old = aging.buckets.find((b) => b.bucket === 'd90_plus')!.amount;
    if (Object.values(old).some((v) => v > 0)) {
      summary += ` ${t('insights.aging.summaryOld', { amount: i18n.totals(old, fallback) })}`;
    }
    if (hasAny(aging.inDispute)) {
      const amount = i18n.totals(aging.inDispute, fallback);
      summary += ` ${t('insights.aging.summaryDisputed', { amount })}`;
    }
  }
  return { spec, table, summary };
}

export function flowChart(flow: readonly MonthFlow[], currency: Currency): ChartData {
  const locale = i18n.locale;
  const spec: ChartSpec = {
    labels: flow.map((m) => formatMonth(m.month, locale, 'short')),
    series: [
      {
        label: t('insights.flow.billed'),
        values: flow.map((m) => toMajor(m.billed, currency)),
        kind: 'bar',
        axis: 'money',
        color: 'blue',
      },
      {
        label: t('insights.flow.received'),
        values: flow.map((m) => toMajor(m.received, currency)),
        kind: 'bar',
        axis: 'money',
        color: 'orange',
        pattern: 'diagonal',
      },
      {
        label: t('insights.flow.daysToPay'),
        values: flow.map((m) => (m.averageDaysToPay === null ? null : round1(m.averageDaysToPay))),
        kind: 'line',
        axis: 'days',
        color: 'black',
        dashed: true,
        point: 'rectRot',
      },
    ],
  };
  const table: TableSpec = {
    caption: t('insights.flow.caption', { currency }),
    columns: [
      { label: t('insights.flow.month') },
      { label: t('insights.flow.billed'), numeric: true },
      { label: t('insights.flow.received'), numeric: true },
      { label: t('insights.flow.daysToPay'), numeric: true },
      { label: t('insights.flow.settled'), numeric: true },
    ],
    rows: flow.map((m) => ({
      header: formatMonth(m.month, locale, 'long'),
      cells: [
        i18n.money(m.billed, currency),
        i18n.money(m.received, currency),
        m.averageDaysToPay === null ? t('common.none') : formatDays(m.averageDaysToPay),
        String(m.settledCount),
      ],
    })),
  };
  const totals = flowTotals(flow);
  let summary: string;
  if (totals.billed === 0 && totals.received === 0) {
    summary = t('insights.flow.summaryNone');
  } else {
    summary = t('insights.flow.summary', {
      billed: i18n.money(totals.billed, currency),
      received: i18n.money(totals.received, currency),
    });
    if (totals.averageDaysToPay !== null && totals.slowestMonth !== null) {
      summary += ` ${t('insights.flow.summaryDays', {
        days: formatDays(totals.averageDaysToPay),
        month: formatMonth(totals.slowestMonth, locale, 'long'),
      })}`;
    }
  }
  return { spec, table, summary };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function trendWord(row: SlowPayer): string {
  return t(`insights.slowest.trend.${row.trend}`);
}

/** "in the last 12 months" or "over the last 6 invoices": the window a payer was read over. */
export function windowWords(window: PayerWindow): string {
  return window.kind === 'months'
    ? t('insights.payer.window.months')
    : t('insights.payer.window.invoices', { count: window.count });
}

export function slowestChart(rows: readonly SlowPayer[]): ChartData {
  const spec: ChartSpec = {
    labels: rows.map((r) => r.name),
    horizontal: true,
    series: [
      {
        label: t('insights.slowest.typical'),
        values: rows.map((r) => round1(r.typicalDaysBeyondGrace)),
        kind: 'bar',
        axis: 'days',
        color: 'skyBlue',
      },
      {
        label: t('insights.slowest.worst'),
        values: rows.map((r) => r.worstDaysBeyondGrace),
        kind: 'bar',
        axis: 'days',
        color: 'vermillion',
        pattern: 'diagonal',
      },
    ],
  };
  const table: TableSpec = {
    caption: t('insights.slowest.caption'),
    columns: [
      { label: t('insights.slowest.client') },
      { label: t('insights.slowest.typical'), numeric: true },
      { label: t('insights.slowest.worst'), numeric: true },
      { label: t('insights.slowest.late'), numeric: true },
      { label: t('insights.slowest.window') },
      { label: t('insights.slowest.trendHeader') },
    ],
    rows: rows.map((r) => ({
      header: r.name,
      href: `#/people/${r.clientId}`,
      cells: [
        formatDays(r.typicalDaysBeyondGrace),
        t('common.days', { count: r.worstDaysBeyondGrace }),
        t('insights.slowest.lateCell', { late: r.late, count: r.counted }),
        windowWords(r.window),
        trendWord(r),
      ],
    })),
  };
  const first = rows[0];
  const summary = first
    ? t('insights.slowest.summary', {
        name: first.name,
        late: first.late,
        count: first.counted,
        window: windowWords(first.window),
        days: formatDays(first.typicalDaysBeyondGrace),
        trend: trendWord(first),
      })
    : t('insights.slowest.empty');
  return { spec, table, summary };
}

/** How many clients the goodwill chart draws; the table lists them all. */
export const GOODWILL_CHART_CLIENTS = 6;

export function goodwillChart(
  summary: GoodwillSummary,
  currency: Currency,
  deletedName: string,
): ChartData {
  const name = (n: string) => n || deletedName;
  const drawn = summary.clients.slice(0, GOODWILL_CHART_CLIENTS);
  const spec: ChartSpec = {
    labels: drawn.map((c) => name(c.name)),
    horizontal: true,
    series: [
      {
        label: t('insights.goodwill.given'),
        values: drawn.map((c) => toMajor(c.cost[currency] ?? 0, currency)),
        kind: 'bar',
        axis: 'money',
        color: 'vermillion',
        pattern: 'cross',
      },
      {
        label: t('insights.goodwill.after'),
        values: drawn.map((c) => toMajor(c.revenueAfter[currency] ?? 0, currency)),
        kind: 'bar',
        axis: 'money',
        color: 'bluishGreen',
      },
    ],
  };
  const table: TableSpec = {
    caption: t('insights.goodwill.caption'),
    columns: [
      { label: t('insights.goodwill.client') },
      { label: t('insights.goodwill.given'), numeric: true },
      { label: t('insights.goodwill.how') },
      { label: t('insights.goodwill.firstOn') },
      { label: t('insights.goodwill.after'), numeric: true },
      { label: t('insights.goodwill.jobsAfter'), numeric: true },
      { label: t('insights.goodwill.badDebt'), numeric: true },
    ],
    rows: summary.clients.map((c) => ({
      header: name(c.name),
      ...(c.name ? { href: `#/people/${c.clientId}` } : {}),
      cells: [
        i18n.totals(c.cost, currency),
        [...new Set(c.events.map((e) => t(`insights.goodwill.kind.${e.kind}`)))].join(', '),
        i18n.day(c.firstOn),
        i18n.totals(c.revenueAfter, currency),
        String(c.jobsAfter),
        i18n.totals(c.badDebt, currency),
      ],
    })),
  };
  let text =
    summary.clients.length === 0
      ? t('insights.goodwill.empty')
      : t('insights.goodwill.summary', {
          cost: i18n.totals(summary.cost, currency),
          clients: t('insights.goodwill.clients', { count: summary.clients.length }),
          after: i18n.totals(summary.revenueAfter, currency),
          kept: summary.keptCount,
        });
  // Bad debt is never goodwill, but an owner reading what goodwill cost should see it beside.
  if (hasAny(summary.badDebt)) {
    const amount = i18n.totals(summary.badDebt, currency);
    text += ` ${t('insights.goodwill.summaryBadDebt', { amount })}`;
  }
  return { spec, table, summary: text };
}

/**
 * Each bill's days late as the payer model reads them (to the day the money was sent); those
 * beyond the owner's grace days are drawn apart from those within it, which are not late.
 */
export function historyChart(history: readonly JobLateness[], graceDays: number): ChartData {
  const paid = (late: boolean) =>
    history.map((h) => (h.settled && h.late === late ? h.daysLate : null));
  const spec: ChartSpec = {
    labels: history.map((h) => i18n.day(h.dueOn, 'short')),
    stacked: true,
    series: [
      {
        label: t('insights.history.withinGrace'),
        values: paid(false),
        kind: 'bar',
        axis: 'days',
        color: 'bluishGreen',
        stack: 'days',
      },
      {
        label: t('insights.history.paidLate'),
        values: paid(true),
        kind: 'bar',
        axis: 'days',
        color: 'orange',
        pattern: 'cross',
        stack: 'days',
      },
      {
        label: t('insights.history.owing'),
        values: history.map((h) => (h.settled ? null : h.daysLate)),
        kind: 'bar',
        axis: 'days',
        color: 'vermillion',
        pattern: 'diagonal',
        stack: 'days',
      },
    ],
  };
  const table: TableSpec = {
    caption: t('insights.history.caption'),
    columns: [
      { label: t('insights.history.job') },
      { label: t('insights.history.due') },
      { label: t('insights.history.daysLate'), numeric: true },
      { label: t('insights.history.beyondGrace'), numeric: true },
      { label: t('insights.history.paidOn') },
    ],
    rows: history.map((h) => ({
      header: h.title,
      cells: [
        i18n.day(h.dueOn),
        String(h.daysLate),
        String(h.daysBeyondGrace),
        h.paidOn === null ? t('insights.history.notPaid') : i18n.day(h.paidOn),
      ],
    })),
  };
  const settled = history.filter((h) => h.settled);
  const late = settled.filter((h) => h.late).length;
  let summary =
    history.length === 0
      ? t('insights.history.empty')
      : t('insights.history.summary', {
          count: history.length,
          onTime: settled.length - late,
          late,
          owing: history.length - settled.length,
          grace: t('common.days', { count: graceDays }),
        });
  const worst = Math.max(0, ...history.map((h) => h.daysLate));
  if (worst > 0)
    summary += ` ${t('insights.history.summaryWorst', { days: t('common.days', { count: worst }) })}`;
  return { spec, table, summary };
}

export function hasAny(totals: Totals): boolean {
  return Object.values(totals).some((v) => v !== 0);
}
