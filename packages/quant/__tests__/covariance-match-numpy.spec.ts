import { beforeAll, describe, expect, it } from 'vitest';
import {
  alignedReturns,
  alignOnKrxCalendar,
  correlationFromCovariance,
  ewmaCovariance,
  ledoitWolfCovariance,
  sampleCovariance,
} from '@capstone/quant';
import { loadStock, numpyReference, TEN_STOCKS } from './krx-data.js';

const FROM = '2016-01-01';
const TO = '2021-12-31';

/** Every entry within 1e-12 of numpy's, relative to that entry. */
function expectMatrixClose(label: string, ours: Float64Array[], theirs: number[][]) {
  expect(ours.length).toBe(theirs.length);
  let worst = 0;
  ours.forEach((row, i) =>
    row.forEach((value, j) => {
      const expected = theirs[i]![j]!;
      worst = Math.max(worst, Math.abs(value - expected) / Math.abs(expected));
    }),
  );
  expect(worst, `${label}: worst relative gap ${worst}`).toBeLessThanOrEqual(1e-12);
}

describe('covariance estimators on 10 KRX stocks (daily simple returns, 2016–2021) against numpy', () => {
  let ref: any;
  let returns: Float64Array[];
  beforeAll(async () => {
    ref = (
      await numpyReference('krx_reference.py', {
        portfolio: TEN_STOCKS,
        from: FROM,
        to: TO,
        riskFreeRate: 0,
        lambda: 0.94,
      })
    ).covariance;
    const aligned = alignOnKrxCalendar(
      TEN_STOCKS.map((code) => loadStock(code, FROM, TO)),
      { from: FROM, to: TO },
    );
    returns = alignedReturns(aligned, 'simple').returns;
  }, 60_000);

  it('sample covariance (ddof 1) matches numpy.cov within 1e-12 relative', () => {
    expectMatrixClose('sample', sampleCovariance(returns), ref.sample);
  });

  it('EWMA covariance (RiskMetrics λ = 0.94, zero mean, normalised weights) matches within 1e-12 relative', () => {
    expectMatrixClose('ewma', ewmaCovariance(returns, { lambda: 0.94 }), ref.ewma);
  });

  it('Ledoit–Wolf towards constant correlation matches the 2004 JPM formulas within 1e-12 relative', () => {
    const shrunk = ledoitWolfCovariance(returns, { target: 'constant-correlation' });
    expect(
      Math.abs(shrunk.shrinkage - ref.ledoitWolfConstantCorrelation.shrinkage),
    ).toBeLessThanOrEqual(1e-12 * ref.ledoitWolfConstantCorrelation.shrinkage);
    expectMatrixClose(
      'LW constant correlation',
      shrunk.covariance,
      ref.ledoitWolfConstantCorrelation.covariance,
    );
  });

  it('Ledoit–Wolf towards the scaled identity matches the 2004 JMVA formulas within 1e-12 relative', () => {
    const shrunk = ledoitWolfCovariance(returns, { target: 'scaled-identity' });
    expect(Math.abs(shrunk.shrinkage - ref.ledoitWolfIdentity.shrinkage)).toBeLessThanOrEqual(
      1e-12 * ref.ledoitWolfIdentity.shrinkage,
    );
    expect(shrunk.shrinkage).toBeGreaterThan(0);
    expectMatrixClose('LW identity', shrunk.covariance, ref.ledoitWolfIdentity.covariance);
  });

  it('correlation matches numpy.corrcoef within 1e-12 relative, with an exact unit diagonal', () => {
    const corr = correlationFromCovariance(sampleCovariance(returns));
    corr.forEach((row, i) => expect(row[i]).toBe(1));
    expectMatrixClose('correlation', corr, ref.correlation);
  });
});
