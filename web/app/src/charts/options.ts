/**
 * ECharts options for every chart of the dashboard, built by pure functions from plain data:
 * the pages pass numbers and words, these decide how they look. The simulation charts
 * (fan chart, histograms, frontier, stress and risk bars) are ready for the simulation pages.
 *
 * Colours come in through the theme (red or green for "up" is a setting), and every value
 * shown in a tooltip or label goes through the same formatters as the rest of the page.
 */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import {
  ARROWS,
  directionOf,
  formatDay,
  formatKrw,
  formatNumber,
  formatPercent,
  type Direction,
  type Locale,
} from '../format/format.js';

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>;

export interface ChartTheme {
  locale: Locale;
  up: string;
  down: string;
  flat: string;
  accent: string;
  benchmark: string;
  text: string;
  muted: string;
  grid: string;
  font: string;
}

/** The dashboard's colours, Korean style (red up); the page reads the live ones from CSS. */
export const DEFAULT_THEME: ChartTheme = {
  locale: 'ko',
  up: '#d1242f',
  down: '#1b5fd1',
  flat: '#5b6472',
  accent: '#1b64da',
  benchmark: '#8c95a3',
  text: '#191f28',
  muted: '#5b6472',
  grid: '#e6e9ee',
  font: 'Pretendard Variable, sans-serif',
};

const colorOf = (theme: ChartTheme, direction: Direction) =>
  direction === 'up' ? theme.up : direction === 'down' ? theme.down : theme.flat;

function base(theme: ChartTheme, description: string): ChartOption {
  return {
    animation: false,
    // ECharts writes this into the chart's aria-label, for screen readers.
    aria: { enabled: true, label: { description } },
    textStyle: { fontFamily: theme.font, color: theme.text },
  };
}

const axisCommon = (theme: ChartTheme) => ({
  axisLine: { lineStyle: { color: theme.grid } },
  axisLabel: { color: theme.muted },
  splitLine: { lineStyle: { color: theme.grid } },
});

// ── Lines against a benchmark ──────────────────────────────────────────────────────────────

export interface DatedValue {
  date: string;
  value: number;
}

export interface RebasedPoint {
  date: string;
  /** 100 on the first common day. */
  index: number;
  value: number;
}

/**
 * Both series from their first common day on, each set to 100 there, so a portfolio worth
 * millions and an index at 2,500 points can share one axis.
 */
export function rebase(
  series: readonly DatedValue[],
  benchmark: readonly DatedValue[],
): { series: RebasedPoint[]; benchmark: RebasedPoint[] } {
  const benchmarkDays = new Set(benchmark.filter((point) => point.value > 0).map((p) => p.date));
  const start = series.find((point) => point.value > 0 && benchmarkDays.has(point.date))?.date;
  if (!start) return { series: [], benchmark: [] };
  const from = (points: readonly DatedValue[]) => {
    const kept = points.filter((point) => point.date >= start);
    const first = kept.find((point) => point.date === start)!.value;
    return kept.map((point) => ({ ...point, index: (point.value * 100) / first }));
  };
  return { series: from(series), benchmark: from(benchmark) };
}

export interface ComparisonInput {
  series: readonly DatedValue[];
  benchmark: readonly DatedValue[];
  names: { series: string; benchmark: string };
  /** How raw values read in the tooltip: won for a portfolio, points for an index. */
  kinds: { series: 'krw' | 'points'; benchmark: 'krw' | 'points' };
  description: string;
}

function comparisonOption(input: ComparisonInput, theme: ChartTheme): ChartOption {
  const { series, benchmark } = rebase(input.series, input.benchmark);
  const days = [...new Set([...series, ...benchmark].map((point) => point.date))].sort();
  const byDay = (points: RebasedPoint[]) => {
    const map = new Map(points.map((point) => [point.date, point]));
    return days.map((day) => map.get(day) ?? null);
  };
  const raw = (value: number, kind: 'krw' | 'points') =>
    kind === 'krw'
      ? formatKrw(value, theme.locale, { compact: true })
      : formatNumber(value, theme.locale, { digits: 2, minimumDigits: 2 });
  const rows = [
    { name: input.names.series, points: byDay(series), kind: input.kinds.series },
    { name: input.names.benchmark, points: byDay(benchmark), kind: input.kinds.benchmark },
  ];
  return {
    ...base(theme, input.description),
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    legend: { top: 0, textStyle: { color: theme.text } },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const index = list[0]?.dataIndex ?? 0;
        const lines = rows
          .map((row) => {
            const point = row.points[index];
            if (!point) return null;
            return `${row.name}: ${formatNumber(point.index, theme.locale, { digits: 1, minimumDigits: 1 })} (${raw(point.value, row.kind)})`;
          })
          .filter((line) => line !== null);
        return [formatDay(days[index], theme.locale), ...lines].join('<br>');
      },
    },
    xAxis: {
      type: 'category',
      data: days,
      boundaryGap: false,
      ...axisCommon(theme),
      axisLabel: { color: theme.muted, formatter: (day: string) => day.slice(5) },
    },
    yAxis: { type: 'value', scale: true, ...axisCommon(theme) },
    series: [
      {
        type: 'line',
        name: input.names.series,
        data: rows[0]!.points.map((point) => point?.index ?? null),
        showSymbol: false,
        connectNulls: true,
        lineStyle: { width: 2.5, color: theme.accent },
        itemStyle: { color: theme.accent },
      },
      {
        type: 'line',
        name: input.names.benchmark,
        data: rows[1]!.points.map((point) => point?.index ?? null),
        showSymbol: false,
        connectNulls: true,
        lineStyle: { width: 1.5, type: 'dashed', color: theme.benchmark },
        itemStyle: { color: theme.benchmark },
      },
    ],
  };
}

/** The portfolio's value history against the KOSPI, both rebased to 100. */
export function valueHistoryOption(
  input: {
    history: readonly DatedValue[];
    kospi: readonly DatedValue[];
    names: { portfolio: string; kospi: string };
    description: string;
  },
  theme: ChartTheme = DEFAULT_THEME,
): ChartOption {
  return comparisonOption(
    {
      series: input.history,
      benchmark: input.kospi,
      names: { series: input.names.portfolio, benchmark: input.names.kospi },
      kinds: { series: 'krw', benchmark: 'points' },
      description: input.description,
    },
    theme,
  );
}

/** A backtest's equity curve against its benchmark, both rebased to 100. */
export function equityCurveOption(
  input: {
    equity: readonly DatedValue[];
    benchmark: readonly DatedValue[];
    names: { equity: string; benchmark: string };
    benchmarkKind?: 'krw' | 'points';
    description: string;
  },
  theme: ChartTheme = DEFAULT_THEME,
): ChartOption {
  return comparisonOption(
    {
      series: input.equity,
      benchmark: input.benchmark,
      names: { series: input.names.equity, benchmark: input.names.benchmark },
      kinds: { series: 'krw', benchmark: input.benchmarkKind ?? 'points' },
      description: input.description,
    },
    theme,
  );
}

/** A small line with no axes: where a price went lately, coloured by the move overall. */
export function sparklineOption(
  input: { values: readonly number[]; description: string },
  theme: ChartTheme = DEFAULT_THEME,
): ChartOption {
  const first = input.values[0];
  const last = input.values[input.values.length - 1];
  const color = colorOf(
    theme,
    first === undefined || last === undefined ? 'flat' : directionOf(last - first),
  );
  return {
    ...base(theme, input.description),
    grid: { left: 0, right: 0, top: 2, bottom: 2 },
    xAxis: { type: 'category', show: false, boundaryGap: false },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      {
        type: 'line',
        data: [...input.values],
        showSymbol: false,
        silent: true,
        lineStyle: { width: 1.5, color },
        areaStyle: { color, opacity: 0.12 },
      },
    ],
  };
}

// ── Monte Carlo ────────────────────────────────────────────────────────────────────────────

export interface PercentileBands {
  p5: readonly number[];
  p25: readonly number[];
  p50: readonly number[];
  p75: readonly number[];
  p95: readonly number[];
}

/**
 * The fan chart of simulated portfolio values: the 5–95 % band, the 25–75 % band inside it
 * and the median. Bands are stacked areas (lower edge, then the width on top).
 */
export function monteCarloFanOption(
  input: {
    steps: readonly string[];
    bands: PercentileBands;
    names: { outer: string; inner: string; median: string };
    description: string;
  },
  theme: ChartTheme = DEFAULT_THEME,
): ChartOption {
  const { p5, p25, p50, p75, p95 } = input.bands;
  const width = (upper: readonly number[], lower: readonly number[]) =>
    upper.map((value, index) => value - (lower[index] ?? value));
  const edge = (stack: string): LineSeriesOption => ({
    type: 'line',
    stack,
    showSymbol: false,
    silent: true,
    lineStyle: { opacity: 0 },
    tooltip: { show: false },
  });
  const krw = (value: number | undefined) => formatKrw(value, theme.locale, { compact: true });
  return {
    ...base(theme, input.description),
    grid: { left: 72, right: 16, top: 40, bottom: 32 },
    legend: { top: 0, data: [input.names.outer, input.names.inner, input.names.median] },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
        return [
          input.steps[index],
          `95%: ${krw(p95[index])}`,
          `75%: ${krw(p75[index])}`,
          `${input.names.median}: ${krw(p50[index])}`,
          `25%: ${krw(p25[index])}`,
          `5%: ${krw(p5[index])}`,
        ].join('<br>');
      },
    },
    xAxis: { type: 'category', data: [...input.steps], boundaryGap: false, ...axisCommon(theme) },
    yAxis: {
      type: 'value',
      scale: true,
      ...axisCommon(theme),
      axisLabel: { color: theme.muted, formatter: (value: number) => krw(value) },
    },
    series: [
      { ...edge('outer'), name: `${input.names.outer}-base`, data: [...p5] },
      {
        ...edge('outer'),
        name: input.names.outer,
        data: width(p95, p5),
        areaStyle: { color: theme.accent, opacity: 0.12 },
        itemStyle: { color: theme.accent, opacity: 0.3 },
      },
      { ...edge('inner'), name: `${input.names.inner}-base`, data: [...p25] },
      {
        ...edge('inner'),
        name: input.names.inner,
        data: width(p75, p25),
        areaStyle: { color: theme.accent, opacity: 0.25 },
        itemStyle: { color: theme.accent, opacity: 0.5 },
      },
      {
        type: 'line',
        name: input.names.median,
        data: [...p50],
        showSymbol: false,
        lineStyle: { width: 2.5, color: theme.accent },
        itemStyle: { color: theme.accent },
      },
    ],
  };
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

export interface HistogramMark {
  name: string;
  value: number;
}

/** The height of one row of mark labels above a histogram, in pixels. */
const LABEL_ROW = 16;

/**
 * Bars over a value axis (bins may be uneven), with vertical marks such as VaR and CVaR.
 * Bins that end at or below `tailBelow` take the "down" colour: the losses the marks measure.
 */
function histogramOption(
  input: {
    bins: readonly HistogramBin[];
    marks: readonly HistogramMark[];
    tailBelow?: number;
    format: (value: number) => string;
    countName: string;
    description: string;
  },
  theme: ChartTheme,
): ChartOption {
  const inTail = (bin: HistogramBin) => input.tailBelow !== undefined && bin.to <= input.tailBelow;
  const widest = Math.max(0, ...input.bins.map((bin) => bin.to - bin.from));
  return {
    ...base(theme, input.description),
    // A row above the plot for each mark's label.
    grid: { left: 56, right: 24, top: 16 + LABEL_ROW * input.marks.length, bottom: 40 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const bin = input.bins[(Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0];
        return bin
          ? `${input.format(bin.from)} ~ ${input.format(bin.to)}<br>${input.countName}: ${formatNumber(bin.count, theme.locale)}`
          : '';
      },
    },
    xAxis: {
      type: 'value',
      scale: true,
      min: Math.min(...input.bins.map((bin) => bin.from)),
      max: Math.max(...input.bins.map((bin) => bin.to)),
      ...axisCommon(theme),
      // The axis ends at the widest bin's edge, often just past a round tick: drop the label
      // that would print over its neighbour.
      axisLabel: {
        color: theme.muted,
        formatter: (value: number) => input.format(value),
        hideOverlap: true,
      },
    },
    // The axis name runs up the side, out of the way of the marks' labels above the plot.
    yAxis: {
      type: 'value',
      name: input.countName,
      nameLocation: 'middle',
      nameGap: 40,
      ...axisCommon(theme),
    },
    series: [
      {
        type: 'bar',
        data: input.bins.map((bin) => ({
          value: [(bin.from + bin.to) / 2, bin.count],
          itemStyle: { color: inTail(bin) ? theme.down : theme.benchmark },
        })),
        barWidth: widest > 0 ? '90%' : undefined,
        barCategoryGap: '5%',
        markLine: {
          symbol: 'none',
          silent: true,
          // ECharts rounds a mark's value to 2 decimals by default: a 15.7 % VaR would read −16.0 %.
          precision: 6,
          lineStyle: { color: theme.text, type: 'dashed', width: 1.5 },
          label: {
            formatter: (params: { name?: string; value?: unknown }) =>
              `${params.name}: ${input.format(Number(params.value))}`,
            color: theme.text,
          },
          // Two marks close together (VaR and CVaR often are) would print their labels on top of
          // each other: each label reads rightwards from its line, the leftmost on the top row.
          data: input.marks.map((mark) => ({
            name: mark.name,
            xAxis: mark.value,
            ...(input.marks.length > 1 && {
              label: {
                align: 'left' as const,
                distance:
                  4 + LABEL_ROW * input.marks.filter((other) => other.value > mark.value).length,
              },
            }),
          })),
        },
      },
    ],
  };
}

/**
 * The distribution of simulated returns at the horizon, with VaR and CVaR marked where they
 * sit on the return axis (losses are negative returns: a 12 % VaR is marked at −12 %).
 */
export function terminalHistogramOption(
  input: {
    bins: readonly HistogramBin[];
    valueAtRisk: number;
    conditionalValueAtRisk: number;
    names: { valueAtRisk: string; conditionalValueAtRisk: string; count: string };
    description: string;
  },
  theme: ChartTheme = DEFAULT_THEME,
): ChartOption {
  return histogramOption(
    {
      bins: input.bins,
      marks: [
        { name: input.names.valueAtRisk, value: -input.valueAtRisk },
        { name: input.names.conditionalValueAtRisk, value: -input.conditionalValueAtRisk },
      ],
      tailBelow: -input.valueAtRisk,
      format: (value) => formatPercent(value, theme.locale, { signed: true, digits: 1 }),
      countName: input.names.count,
      description: input.description,
    },
    theme,
  );
}

/** How deep the simulated paths fell from their peaks (0 to −100 %), with optional marks. */
export function drawdownDistributionOption(
  input: {
    bins: readonly HistogramBin[];
    marks?: readonly HistogramMark[];
    names: { count: string };
    description: string;
  },
  theme: ChartTheme = DEFAULT_THEME,
): ChartOption {
  return histogramOption(
    {
      bins: input.bins,
      marks: input.marks ?? [],
      format: (value) => formatPercent(value, theme.locale, { digits: 0 }),
      countName: input.names.count,
      description: input.description,
    },
    theme,
  );
}

// ── Optimisation ───────────────────────────────────────────────────────────────────────────

export interface RiskReturn {
  /** Annualised volatility, as a fraction. */
  risk: number;
  /** Annualised expected return, as a fraction. */
  return: number;
}

/** The efficient frontier with the current portfolio (and the proposed one) marked on it. */
export function efficientFrontierOption(
  input: {
    frontier: readonly RiskReturn[];
    current: RiskReturn;
    proposed?: RiskReturn;
    names: { frontier: string; current: string; proposed: string; risk: string; return: string };
    description: string;
  },
  theme: ChartTheme = DEFAULT_THEME,
): ChartOption {
  const percent = (value: number) => formatPercent(value, theme.locale, { digits: 1 });
  const point = (
    name: string,
    at: RiskReturn,
    color: string,
    symbol: string,
  ): ScatterSeriesOption => ({
    type: 'scatter',
    name,
    data: [[at.risk, at.return]],
    symbol,
    symbolSize: 14,
    itemStyle: { color, borderColor: '#fff', borderWidth: 2 },
    label: {
      show: true,
      position: 'right',
      formatter: name,
      color: theme.text,
      fontWeight: 'bold',
    },
    z: 3,
  });
  const frontier = [...input.frontier].sort((a, b) => a.risk - b.risk);
  return {
    ...base(theme, input.description),
    grid: { left: 56, right: 32, top: 40, bottom: 48 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const [risk, ret] = (item?.value as [number, number] | undefined) ?? [0, 0];
        return `${item?.seriesName}<br>${input.names.risk}: ${percent(risk)}<br>${input.names.return}: ${percent(ret)}`;
      },
    },
    xAxis: {
      type: 'value',
      name: input.names.risk,
      nameLocation: 'middle',
      nameGap: 28,
      scale: true,
      ...axisCommon(theme),
      axisLabel: { color: theme.muted, formatter: percent },
    },
    yAxis: {
      type: 'value',
      name: input.names.return,
      scale: true,
      ...axisCommon(theme),
      axisLabel: { color: theme.muted, formatter: percent },
    },
    series: [
      {
        type: 'line',
        name: input.names.frontier,
        data: frontier.map((at) => [at.risk, at.return]),
        showSymbol: false,
        smooth: true,
        lineStyle: { width: 2.5, color: theme.accent },
        itemStyle: { color: theme.accent },
      },
      point(input.names.current, input.current, theme.up, 'circle'),
      ...(input.proposed
        ? [point(input.names.proposed, input.proposed, theme.accent, 'diamond')]
        : []),
    ],
  };
}

// ── Bars per holding ───────────────────────────────────────────────────────────────────────

export interface LabelledValue {
  label: string;
  value: number;
}

function horizontalBarsOption(
  input: {
    items: readonly LabelledValue[];
    format: (value: number) => string;
    color: (value: number) => string;
    description: string;
  },
  theme: ChartTheme,
): ChartOption {
  // Largest at the top: ECharts draws a category y axis from the bottom up.
  const items = [...input.items].sort((a, b) => a.value - b.value);
  return {
    ...base(theme, input.description),
    grid: { left: 8, right: 96, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (value) => input.format(Number(value)) },
    xAxis: { type: 'value', ...axisCommon(theme), axisLabel: { show: false } },
    yAxis: {
      type: 'category',
      data: items.map((item) => item.label),
      ...axisCommon(theme),
      axisLabel: { color: theme.text },
    },
    series: [
      {
        type: 'bar',
        data: items.map((item) => ({
          value: item.value,
          itemStyle: { color: input.color(item.value) },
        })),
        barMaxWidth: 22,
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          formatter: (params: { value?: unknown }) => input.format(Number(params.value)),
        },
      },
    ],
  };
}

/** What a stress scenario does to each holding, in won: gains up-coloured, losses down. */
export function stressImpactOption(
  input: { impacts: readonly LabelledValue[]; description: string },
  theme: ChartTheme = DEFAULT_THEME,
): ChartOption {
  return horizontalBarsOption(
    {
      items: input.impacts,
      format: (value) =>
        `${ARROWS[directionOf(value)]} ${formatKrw(value, theme.locale, { signed: true, compact: true })}`,
      color: (value) => colorOf(theme, directionOf(value)),
      description: input.description,
    },
    theme,
  );
}

/** Each holding's share of the portfolio's risk score, largest first. */
export function riskContributionOption(
  input: { contributions: readonly LabelledValue[]; description: string },
  theme: ChartTheme = DEFAULT_THEME,
): ChartOption {
  return horizontalBarsOption(
    {
      items: input.contributions,
      format: (value) => formatPercent(value, theme.locale, { digits: 1 }),
      color: () => theme.accent,
      description: input.description,
    },
    theme,
  );
}
