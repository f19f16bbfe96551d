import { describe, expect, it } from 'vitest';
import {
  efficientFrontier,
  efficientRisk,
  hierarchicalRiskParity,
  maximizeSharpe,
  minimizeCvar,
  minimizeVolatility,
  riskParity,
  type PortfolioProblem,
} from '@capstone/quant';
import { annualisedMoments, dailyReturns, SECTOR_OF, THIRTY } from './krx-data.js';

/** Every number of a result, bit for bit: typed arrays become their raw bytes. */
function fingerprint(result: unknown): string {
  return JSON.stringify(result, (_key, value: unknown) =>
    value instanceof Float64Array
      ? Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')
      : value,
  );
}

function freshProblem(): PortfolioProblem {
  const { expectedReturns, covariance } = annualisedMoments(THIRTY);
  return {
    assetIds: [...THIRTY],
    expectedReturns,
    covariance,
    sectors: THIRTY.map((code) => SECTOR_OF[code]!),
    constraints: { defaultAssetBounds: { max: 0.2 }, sectorBounds: { IT: { max: 0.35 } } },
  };
}

describe('the same inputs give bit-identical outputs', () => {
  it.each([
    ['min-volatility', (p: PortfolioProblem) => minimizeVolatility(p)],
    ['max-sharpe', (p: PortfolioProblem) => maximizeSharpe(p, { riskFreeRate: 0.02 })],
    ['target-risk', (p: PortfolioProblem) => efficientRisk(p, { targetVolatility: 0.22 })],
    ['efficient-frontier', (p: PortfolioProblem) => efficientFrontier(p, { points: 20 })],
    [
      'max-sharpe with at most 5 names',
      (p: PortfolioProblem) => maximizeSharpe({ ...p, constraints: { maxAssets: 5 } }),
    ],
    ['risk-parity', (p: PortfolioProblem) => riskParity({ ...p, constraints: undefined })],
    [
      'hierarchical-risk-parity',
      (p: PortfolioProblem) => hierarchicalRiskParity({ ...p, constraints: undefined }),
    ],
  ])('%s', (_name, run) => {
    const first = fingerprint(run(freshProblem()));
    const second = fingerprint(run(freshProblem()));
    expect(second).toBe(first);
    expect(first).toContain('"status":"');
  });

  it('min-cvar with at most 4 names', async () => {
    const run = () =>
      minimizeCvar(
        {
          assetIds: THIRTY.slice(0, 12),
          scenarios: dailyReturns(THIRTY.slice(0, 12), '2020-01-01').returns,
          constraints: { maxAssets: 4 },
        },
        { confidence: 0.95 },
      );
    const first = fingerprint(await run());
    expect(fingerprint(await run())).toBe(first);
    expect(first).toContain('"status":"OPTIMAL"');
  });
});
