import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THEME,
  drawdownDistributionOption,
  efficientFrontierOption,
  equityCurveOption,
  monteCarloFanOption,
  rebase,
  riskContributionOption,
  sparklineOption,
  stressImpactOption,
  terminalHistogramOption,
  valueHistoryOption,
  type ChartOption,
} from '../app/src/charts/options.js';

/** The option's series as a list (ECharts allows one object or an array). */
const seriesOf = (option: ChartOption) =>
  (Array.isArray(option.series) ? option.series : [option.series]) as Record<string, any>[];
const axis = (option: ChartOption, key: 'xAxis' | 'yAxis') =>
  (Array.isArray(option[key]) ? option[key][0] : option[key]) as Record<string, any>;
const tooltip = (option: ChartOption) => option.tooltip as { formatter: (p: unknown) => string };

const GREEN_UP = { ...DEFAULT_THEME, up: '#00aa00', down: '#aa0000', locale: 'en' as const };

describe('value history against the KOSPI', () => {
  const history = [
    { date: '2026-11-02', value: 9_000_000 },
    { date: '2026-11-03', value: 10_000_000 },
    { date: '2026-11-04', value: 11_000_000 },
    { date: '2026-11-05', value: 10_500_000 },
  ];
  const kospi = [
    { date: '2026-11-03', value: 2_500 },
    { date: '2026-11-04', value: 2_450 },
    { date: '2026-11-05', value: 2_550 },
  ];

  it('sets both lines to 100 on their first common day and drops what came before', () => {
    const rebased = rebase(history, kospi);
    expect(rebased.series.map((point) => point.index)).toEqual([100, 110, 105]);
    expect(rebased.benchmark.map((point) => point.index)).toEqual([100, 98, 102]);
    expect(rebased.series[0]!.date).toBe('2026-11-03');
  });

  it('draws the portfolio solid and the KOSPI dashed over the same trading days', () => {
    const option = valueHistoryOption({
      history,
      kospi,
      names: { portfolio: 'Growth', kospi: '코스피' },
      description: 'Growth vs KOSPI',
    });
    expect(axis(option, 'xAxis').data).toEqual(['2026-11-03', '2026-11-04', '2026-11-05']);
    const [portfolio, index] = seriesOf(option);
    expect(portfolio).toMatchObject({ type: 'line', name: 'Growth', data: [100, 110, 105] });
    expect(index).toMatchObject({ name: '코스피', data: [100, 98, 102] });
    expect(index!.lineStyle.type).toBe('dashed');
    expect(option.aria).toMatchObject({ enabled: true, label: { description: 'Growth vs KOSPI' } });
  });

  it('explains a day in the tooltip: rebased level, won for the portfolio, points for the index', () => {
    const option = valueHistoryOption({
      history,
      kospi,
      names: { portfolio: 'Growth', kospi: '코스피' },
      description: '',
    });
    expect(tooltip(option).formatter([{ dataIndex: 1 }])).toBe(
      '2026년 11월 4일<br>Growth: 110.0 (1,100만 원)<br>코스피: 98.0 (2,450.00)',
    );
  });

  it('is empty rather than wrong when the two series share no day', () => {
    const option = valueHistoryOption({
      history: [{ date: '2026-01-01', value: 1 }],
      kospi: [{ date: '2026-01-02', value: 1 }],
      names: { portfolio: 'p', kospi: 'k' },
      description: '',
    });
    expect(seriesOf(option).map((series) => series.data)).toEqual([[], []]);
  });

  it('serves the backtest equity curve the same way, against any benchmark', () => {
    const option = equityCurveOption(
      {
        equity: history,
        benchmark: kospi,
        names: { equity: 'Strategy', benchmark: 'KOSPI 200' },
        description: '',
      },
      GREEN_UP,
    );
    expect(seriesOf(option).map((series) => series.name)).toEqual(['Strategy', 'KOSPI 200']);
    expect(tooltip(option).formatter([{ dataIndex: 0 }])).toBe(
      'Nov 3, 2026<br>Strategy: 100.0 (₩10,000,000)<br>KOSPI 200: 100.0 (2,500.00)',
    );
  });
});

describe('sparkline', () => {
  it('takes the up colour when the line ends higher, the down colour when lower', () => {
    const rising = seriesOf(sparklineOption({ values: [1, 3, 2, 4], description: '' }))[0]!;
    const falling = seriesOf(
      sparklineOption({ values: [4, 3, 5, 2], description: '' }, GREEN_UP),
    )[0]!;
    expect(rising.lineStyle.color).toBe(DEFAULT_THEME.up);
    expect(falling.lineStyle.color).toBe('#aa0000');
    expect(axis(sparklineOption({ values: [], description: '' }), 'xAxis').show).toBe(false);
  });
});

describe('Monte Carlo fan chart', () => {
  const bands = {
    p5: [100, 90, 80],
    p25: [100, 97, 95],
    p50: [100, 101, 103],
    p75: [100, 105, 110],
    p95: [100, 112, 125],
  };
  const option = monteCarloFanOption({
    steps: ['D0', 'D1', 'D2'],
    bands,
    names: { outer: '5–95%', inner: '25–75%', median: '중앙값' },
    description: '',
  });

  it('stacks each band as its lower edge plus its width, with the median on top', () => {
    const [outerBase, outer, innerBase, inner, median] = seriesOf(option);
    expect(outerBase).toMatchObject({ stack: 'outer', data: [100, 90, 80] });
    expect(outer).toMatchObject({ stack: 'outer', data: [0, 22, 45] });
    expect(innerBase).toMatchObject({ stack: 'inner', data: [100, 97, 95] });
    expect(inner).toMatchObject({ stack: 'inner', data: [0, 8, 15] });
    expect(median).toMatchObject({ name: '중앙값', data: [100, 101, 103] });
    expect(outerBase!.lineStyle.opacity).toBe(0);
  });

  it('reads the real percentiles out in the tooltip, not the stacked widths', () => {
    expect(tooltip(option).formatter([{ dataIndex: 2 }])).toBe(
      'D2<br>95%: 125원<br>75%: 110원<br>중앙값: 103원<br>25%: 95원<br>5%: 80원',
    );
  });
});

describe('terminal return histogram', () => {
  const bins = [
    { from: -0.3, to: -0.2, count: 4 },
    { from: -0.2, to: -0.1, count: 16 },
    { from: -0.1, to: 0, count: 30 },
    { from: 0, to: 0.1, count: 35 },
    { from: 0.1, to: 0.2, count: 15 },
  ];
  const option = terminalHistogramOption(
    {
      bins,
      valueAtRisk: 0.1,
      conditionalValueAtRisk: 0.17,
      names: { valueAtRisk: 'VaR 95%', conditionalValueAtRisk: 'CVaR 95%', count: 'paths' },
      description: '',
    },
    GREEN_UP,
  );

  it('marks VaR and CVaR as losses, left of zero on the return axis', () => {
    const markLine = seriesOf(option)[0]!.markLine;
    expect(markLine.data).toMatchObject([
      { name: 'VaR 95%', xAxis: -0.1 },
      { name: 'CVaR 95%', xAxis: -0.17 },
    ]);
    expect(markLine.label.formatter({ name: 'VaR 95%', value: -0.1 })).toBe('VaR 95%: \u221210.0%');
  });

  it('keeps the two labels apart: each reads rightwards, CVaR’s a row above VaR’s', () => {
    const markLine = seriesOf(option)[0]!.markLine;
    expect(
      markLine.data.map((mark: { name: string; label: { align: string; distance: number } }) => [
        mark.name,
        mark.label.align,
        mark.label.distance,
      ]),
    ).toEqual([
      ['VaR 95%', 'left', 4],
      ['CVaR 95%', 'left', 20],
    ]);
    // Not rounded to ECharts' default 2 decimals: a 15.7 % VaR must not read −16.0 %.
    expect(markLine.precision).toBeGreaterThanOrEqual(4);
  });

  it('puts each bar at its bin’s middle and colours the tail beyond VaR', () => {
    const data = seriesOf(option)[0]!.data as { value: number[]; itemStyle: { color: string } }[];
    expect(data.map((bar) => bar.value[0]!.toFixed(2))).toEqual([
      '-0.25',
      '-0.15',
      '-0.05',
      '0.05',
      '0.15',
    ]);
    expect(data.map((bar) => bar.itemStyle.color === '#aa0000')).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(axis(option, 'xAxis')).toMatchObject({ min: -0.3, max: 0.2 });
  });
});

describe('drawdown distribution', () => {
  it('shows depths as whole percentages with the marks it is given', () => {
    const option = drawdownDistributionOption({
      bins: [
        { from: -0.5, to: -0.25, count: 3 },
        { from: -0.25, to: 0, count: 97 },
      ],
      marks: [{ name: 'median', value: -0.12 }],
      names: { count: 'paths' },
      description: '',
    });
    const axisLabel = axis(option, 'xAxis').axisLabel;
    expect(axisLabel.formatter(-0.25)).toBe('\u221225%');
    expect(seriesOf(option)[0]!.markLine.data).toEqual([{ name: 'median', xAxis: -0.12 }]);
    expect(tooltip(option).formatter({ dataIndex: 0 })).toBe('\u221250% ~ \u221225%<br>paths: 3');
  });
});

describe('efficient frontier', () => {
  it('draws the frontier by risk and marks the current and the proposed portfolio', () => {
    const option = efficientFrontierOption({
      frontier: [
        { risk: 0.3, return: 0.12 },
        { risk: 0.1, return: 0.04 },
        { risk: 0.2, return: 0.09 },
      ],
      current: { risk: 0.25, return: 0.06 },
      proposed: { risk: 0.2, return: 0.09 },
      names: {
        frontier: '효율적 투자선',
        current: '현재 포트폴리오',
        proposed: '제안',
        risk: '위험',
        return: '수익률',
      },
      description: '',
    });
    const [frontier, current, proposed] = seriesOf(option);
    expect(frontier!.data).toEqual([
      [0.1, 0.04],
      [0.2, 0.09],
      [0.3, 0.12],
    ]);
    expect(current).toMatchObject({
      type: 'scatter',
      name: '현재 포트폴리오',
      data: [[0.25, 0.06]],
    });
    expect(current!.label.formatter).toBe('현재 포트폴리오');
    expect(proposed).toMatchObject({ name: '제안', symbol: 'diamond' });
    expect(tooltip(option).formatter({ seriesName: '현재 포트폴리오', value: [0.25, 0.06] })).toBe(
      '현재 포트폴리오<br>위험: 25.0%<br>수익률: 6.0%',
    );
  });
});

describe('bars per holding', () => {
  it('sorts stress impacts with the worst loss at the bottom, coloured and arrowed by sign', () => {
    const option = stressImpactOption({
      impacts: [
        { label: '삼성전자', value: -3_000_000 },
        { label: 'KT&G', value: 200_000 },
        { label: 'SK하이닉스', value: -5_000_000 },
      ],
      description: '',
    });
    expect(axis(option, 'yAxis').data).toEqual(['SK하이닉스', '삼성전자', 'KT&G']);
    const bars = seriesOf(option)[0]!;
    expect(bars.data.map((bar: { itemStyle: { color: string } }) => bar.itemStyle.color)).toEqual([
      DEFAULT_THEME.down,
      DEFAULT_THEME.down,
      DEFAULT_THEME.up,
    ]);
    expect(bars.label.formatter({ value: -5_000_000 })).toBe('▼ \u2212500만 원');
    expect(bars.label.formatter({ value: 200_000 })).toBe('▲ +20만 원');
  });

  it('shows risk contributions as percentages, largest at the top', () => {
    const option = riskContributionOption(
      {
        contributions: [
          { label: 'A', value: 0.5 },
          { label: 'B', value: 0.2 },
          { label: 'C', value: 0.3 },
        ],
        description: '',
      },
      GREEN_UP,
    );
    expect(axis(option, 'yAxis').data).toEqual(['B', 'C', 'A']);
    expect(seriesOf(option)[0]!.label.formatter({ value: 0.5 })).toBe('50.0%');
  });
});
