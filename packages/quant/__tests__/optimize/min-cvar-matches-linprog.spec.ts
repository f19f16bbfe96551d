import { describe, expect, it } from 'vitest';
import { minimizeCvar, type PortfolioConstraints } from '@capstone/quant';
import { dailyReturns, SECTOR_OF, TEN } from './krx-data.js';
import { runReference } from './python.js';

interface Case {
  readonly label: string;
  readonly codes: readonly string[];
  readonly from?: string;
  readonly confidence: number;
  readonly bounds?: [number | null, number | null];
  readonly sectorBounds?: Readonly<Record<string, [number | null, number | null]>>;
  readonly targetReturn?: number;
  readonly maxAssets?: number;
}

const CASES: readonly Case[] = [
  { label: '10 stocks, long-only, β = 0.95', codes: TEN, confidence: 0.95 },
  {
    label: '10 stocks, asset and sector bounds, mean return ≥ 0.08%/day, β = 0.99',
    codes: TEN,
    confidence: 0.99,
    bounds: [0.02, 0.3],
    sectorBounds: { IT: [0.2, 0.4], 자동차: [null, 0.25] },
    targetReturn: 0.0008,
  },
  {
    label: '8 stocks, at most 3 names (exact MIP) against all 56 subsets, β = 0.95',
    codes: TEN.slice(0, 8),
    from: '2019-01-01',
    confidence: 0.95,
    maxAssets: 3,
  },
];

describe('minimum CVaR (HiGHS) against scipy linprog on real daily returns', () => {
  it.each(CASES)('$label: constraints hold and CVaR is within 1e-6 of linprog', async (c) => {
    const { returns, n } = dailyReturns(c.codes, c.from);
    const sectors = c.codes.map((code) => SECTOR_OF[code]!);
    const [min, max] = c.bounds ?? [null, null];
    const constraints: PortfolioConstraints = {
      ...(c.bounds ? { defaultAssetBounds: { min: min!, max: max! } } : {}),
      sectorBounds: Object.fromEntries(
        Object.entries(c.sectorBounds ?? {}).map(([label, [lo, hi]]) => [
          label,
          { ...(lo === null ? {} : { min: lo }), ...(hi === null ? {} : { max: hi }) },
        ]),
      ),
      ...(c.maxAssets ? { maxAssets: c.maxAssets } : {}),
    };
    const result = await minimizeCvar(
      { assetIds: c.codes, scenarios: returns, sectors, constraints },
      { confidence: c.confidence, ...(c.targetReturn ? { targetReturn: c.targetReturn } : {}) },
    );
    expect(result.status, JSON.stringify(result.reason)).toBe('OPTIMAL');
    expect(result.solver.name).toBe('highs');
    const [reference] = runReference('min_cvar', {
      cases: [
        {
          scenarios: returns,
          n,
          confidence: c.confidence,
          lower: c.codes.map(() => min ?? 0),
          upper: c.codes.map(() => max),
          sectors,
          sectorBounds: c.sectorBounds ?? {},
          targetReturn: c.targetReturn ?? null,
          maxAssets: c.maxAssets ?? null,
          weights: result.weights,
        },
      ],
    }).cases;
    expect(reference.violation).toBeLessThanOrEqual(1e-8);
    expect(Math.abs(reference.ours - reference.cvar)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(result.objectiveValue! - reference.ours)).toBeLessThanOrEqual(1e-12);
    expect(result.tailRisk!.conditionalValueAtRisk).toBe(result.objectiveValue);
    if (c.maxAssets) {
      expect(reference.held).toBeLessThanOrEqual(c.maxAssets);
      expect(reference.subsets).toBe(56);
      expect(result.constraints.support['max-assets']).toBe('exact');
    }
  });
});
