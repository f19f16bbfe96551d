import { beforeAll, describe, expect, it } from 'vitest';
import {
  alignOnKrxCalendar,
  performanceMetrics,
  portfolioCurve,
  type PerformanceMetrics,
} from '@capstone/quant';
import { loadKospi, loadStock, numpyReference, TEN_STOCKS } from './krx-data.js';

const FROM = '2016-01-01';
const TO = '2021-12-31';
const RISK_FREE = 0.02;

/**
 * Tolerance per metric. Relative 1e-9 wherever the value is far from zero; absolute 1e-9 for
 * figures that can sit near zero (alpha, skewness, drawdown points) where a relative bound would
 * measure noise.
 */
const TOLERANCE: Record<string, 'relative' | 'absolute'> = {
  totalReturn: 'relative',
  cagr: 'relative',
  volatility: 'relative',
  sharpe: 'relative',
  sortino: 'relative',
  calmar: 'relative',
  skewness: 'absolute',
  excessKurtosis: 'relative',
  years: 'relative',
};

function expectClose(
  label: string,
  actual: number,
  expected: number,
  mode: 'relative' | 'absolute',
) {
  const bound = mode === 'relative' ? 1e-9 * Math.abs(expected) : 1e-9;
  expect(
    Math.abs(actual - expected),
    `${label}: ${actual} vs numpy ${expected} (${mode} 1e-9)`,
  ).toBeLessThanOrEqual(bound);
}

function compare(ours: PerformanceMetrics, ref: any) {
  expect(ours.observations).toBe(ref.observations);
  for (const [key, mode] of Object.entries(TOLERANCE))
    expectClose(key, (ours as any)[key], ref[key], mode);
  expectClose('maxDrawdown.depth', ours.maxDrawdown.depth, ref.maxDrawdown.depth, 'relative');
  expect({
    peak: ours.maxDrawdown.peakDate,
    trough: ours.maxDrawdown.troughDate,
    recovery: ours.maxDrawdown.recoveryDate,
  }).toEqual({
    peak: ref.maxDrawdown.peakDate,
    trough: ref.maxDrawdown.troughDate,
    recovery: ref.maxDrawdown.recoveryDate,
  });
  expect(ours.drawdown.values.length).toBe(ref.drawdown.length);
  ours.drawdown.values.forEach((v, t) =>
    expectClose(`drawdown[${t}]`, v, ref.drawdown[t], 'absolute'),
  );
  ours.valueAtRisk.forEach((level, k) => {
    const expected = ref.valueAtRisk[k];
    expect(level.confidence).toBe(expected.confidence);
    for (const method of ['historical', 'gaussian', 'cornishFisher'] as const) {
      expectClose(
        `${method} VaR ${level.confidence}`,
        level[method].var,
        expected[method].var,
        'relative',
      );
      expectClose(
        `${method} CVaR ${level.confidence}`,
        level[method].cvar,
        expected[method].cvar,
        'relative',
      );
    }
  });
  const rel = ours.relative!;
  expect(rel.observations).toBe(ref.relative.observations);
  expectClose('beta', rel.beta, ref.relative.beta, 'relative');
  expectClose('alpha', rel.alpha, ref.relative.alpha, 'absolute');
  expectClose('correlation', rel.correlation, ref.relative.correlation, 'relative');
  expectClose('trackingError', rel.trackingError, ref.relative.trackingError, 'relative');
  expectClose('informationRatio', rel.informationRatio, ref.relative.informationRatio, 'relative');
  expect(rel.excludedDates.filter((d) => d.missingFrom === 'benchmark').map((d) => d.date)).toEqual(
    ref.relative.excludedDates,
  );
}

describe('performance metrics on real KRX data, 2016–2021, against numpy/scipy', () => {
  let ref: any;
  const kospi = loadKospi(FROM, TO);
  beforeAll(async () => {
    ref = await numpyReference('krx_reference.py', {
      single: '005930',
      portfolio: TEN_STOCKS,
      from: FROM,
      to: TO,
      riskFreeRate: RISK_FREE,
      lambda: 0.94,
    });
  }, 60_000);

  it('005930 (삼성전자): every metric within 1e-9, its halts held at zero return and named', () => {
    const aligned = alignOnKrxCalendar([loadStock('005930', FROM, TO)], { from: FROM, to: TO });
    expect(aligned.dates).toEqual(ref.single.dates);
    expect(aligned.report.issues).toEqual([
      expect.objectContaining({
        symbol: '005930',
        kind: 'halt',
        policy: 'zero-return',
        dates: ['2018-04-30', '2018-05-02', '2018-05-03'],
      }),
    ]);
    const metrics = performanceMetrics(
      { dates: aligned.dates, values: aligned.closes[0]! },
      { riskFreeRate: RISK_FREE, benchmark: kospi },
    );
    compare(metrics, ref.single);
    // The 12 KOSPI gaps inside 2016–2021 are named, not skipped silently.
    expect(metrics.relative!.excludedDates).toHaveLength(12);
  });

  it('an equal-weight 10-stock portfolio rebalanced daily: every metric within 1e-9', () => {
    const aligned = alignOnKrxCalendar(
      TEN_STOCKS.map((code) => loadStock(code, FROM, TO)),
      { from: FROM, to: TO },
    );
    expect(aligned.dates).toEqual(ref.portfolioDates);
    const curve = portfolioCurve(aligned.dates, aligned.closes, new Array(10).fill(0.1), 'daily');
    compare(
      performanceMetrics(curve, { riskFreeRate: RISK_FREE, benchmark: kospi }),
      ref.portfolioDaily,
    );
  });

  it('the same portfolio bought and held (weights drift): every metric within 1e-9', () => {
    const aligned = alignOnKrxCalendar(
      TEN_STOCKS.map((code) => loadStock(code, FROM, TO)),
      { from: FROM, to: TO },
    );
    const curve = portfolioCurve(
      aligned.dates,
      aligned.closes,
      new Array(10).fill(0.1),
      'buy-and-hold',
    );
    compare(
      performanceMetrics(curve, { riskFreeRate: RISK_FREE, benchmark: kospi }),
      ref.portfolioBuyAndHold,
    );
  });
});
