import { afterAll, describe, expect, it } from 'vitest';
import {
  gbmFromAnnual,
  monteCarloVar,
  MonteCarloPool,
  normalQuantile,
  QuantAbortError,
  QuantInputError,
  runMonteCarlo,
  type MonteCarloInput,
} from '@capstone/quant';
import { numpyReference } from './krx-data.js';

/** One pool for the tests that do not vary the thread count (starting workers takes a while). */
const shared = new MonteCarloPool({ threads: 2 });
afterAll(() => shared.close());

const ASSETS = 5;
const covariance = Array.from({ length: ASSETS }, (_, i) =>
  Array.from({ length: ASSETS }, (_, j) => (i === j ? 0.04 + 0.01 * i : 0.012)),
);
const gbm = gbmFromAnnual({ expectedReturn: [0.05, 0.06, 0.07, 0.08, 0.09], covariance });
const base: MonteCarloInput = {
  model: gbm,
  weights: [0.3, 0.25, 0.2, 0.15, 0.1],
  initialValue: 100_000_000,
  steps: 60,
  paths: 600,
  seed: 20240607,
  cashFlow: { amount: 1_000_000, every: 20 },
  goal: 110_000_000,
  rebalanceEvery: 20,
};

describe('Monte Carlo: reproducible for a seed whatever the thread count', () => {
  it('gives bit-identical results with 1, 2 and 4 threads (GBM)', async () => {
    const runs = [];
    for (const threads of [1, 2, 4])
      runs.push(JSON.stringify(await runMonteCarlo(base, { threads })));
    expect(runs[1]).toBe(runs[0]);
    expect(runs[2]).toBe(runs[0]);
  });

  it('gives bit-identical results with 1 and 3 threads (stationary block bootstrap)', async () => {
    const history = Array.from({ length: ASSETS }, (_, i) =>
      Array.from({ length: 300 }, (_, t) => Math.sin(t * (i + 1)) * 0.02),
    );
    const input: MonteCarloInput = {
      ...base,
      model: { kind: 'bootstrap', returns: history, block: 'stationary', blockLength: 5 },
    };
    const one = JSON.stringify(await runMonteCarlo(input, { threads: 1 }));
    expect(JSON.stringify(await runMonteCarlo(input, { threads: 3 }))).toBe(one);
  });

  it('a different seed gives a different projection', async () => {
    const a = await runMonteCarlo(base, { pool: shared });
    const b = await runMonteCarlo({ ...base, seed: base.seed + 1 }, { pool: shared });
    expect(b.terminalValue.mean).not.toBe(a.terminalValue.mean);
  });
});

describe('Monte Carlo: VaR and CVaR of a one-asset GBM against the closed form', () => {
  it('are within three standard errors (asymptotic formula) at 95% and 99%', async () => {
    const sigma = 0.25;
    const mu = 0.08;
    const paths = 40_000;
    const steps = 126;
    const input: MonteCarloInput = {
      model: gbmFromAnnual({ expectedReturn: [mu], covariance: [[sigma * sigma]] }),
      weights: [1],
      initialValue: 1_000_000,
      steps,
      paths,
      seed: 99,
      confidences: [0.95, 0.99],
    };
    const result = await runMonteCarlo(input, { pool: shared });
    const exact = await numpyReference<{ levels: any[] }>('gbm_closed_form.py', {
      drift: (mu - (sigma * sigma) / 2) / 252,
      variance: (sigma * sigma) / 252,
      steps,
      paths,
      confidences: [0.95, 0.99],
    });
    result.terminalReturn.valueAtRisk.forEach((level, k) => {
      const ref = exact.levels[k];
      const report = `${level.confidence}: VaR ${level.var} vs ${ref.var} (SE ${ref.varStandardError}), CVaR ${level.cvar} vs ${ref.cvar} (SE ${ref.cvarStandardError})`;
      expect(Math.abs(level.var - ref.var), report).toBeLessThanOrEqual(3 * ref.varStandardError);
      expect(Math.abs(level.cvar - ref.cvar), report).toBeLessThanOrEqual(
        3 * ref.cvarStandardError,
      );
      // The batch-means errors the result reports agree with the asymptotic ones (20 batches: ±50%).
      expect(level.varStandardError! / ref.varStandardError).toBeGreaterThan(0.5);
      expect(level.varStandardError! / ref.varStandardError).toBeLessThan(2);
      expect(level.cvarStandardError! / ref.cvarStandardError).toBeGreaterThan(0.5);
      expect(level.cvarStandardError! / ref.cvarStandardError).toBeLessThan(2);
    });
  });
});

describe('Monte Carlo VaR of a return history', () => {
  it('matches the lognormal closed form of the fitted one-day GBM within three standard errors', async () => {
    // A deterministic, roughly symmetric history of daily returns.
    const history = Array.from(
      { length: 500 },
      (_, t) => 0.0004 + 0.018 * Math.sin(t * 1.7) * Math.cos(t * 0.3),
    );
    const logs = history.map(Math.log1p);
    const m = logs.reduce((a, b) => a + b, 0) / logs.length;
    const s = Math.sqrt(logs.reduce((a, b) => a + (b - m) ** 2, 0) / (logs.length - 1));
    const paths = 40_000;
    const levels = await monteCarloVar(
      { returns: [history], weights: [1], horizon: 1, paths, seed: 3 },
      { pool: shared },
    );
    for (const level of levels) {
      const alpha = 1 - level.confidence;
      const z = normalQuantile(alpha);
      const q = Math.expm1(m + s * z);
      const density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) / (s * (1 + q));
      const se = Math.sqrt((alpha * (1 - alpha)) / paths) / density;
      expect(
        Math.abs(level.var + q),
        `${level.confidence}: ${level.var} vs ${-q} (SE ${se})`,
      ).toBeLessThanOrEqual(3 * se);
    }
  });
});

describe('Monte Carlo: cash flows, goals and outputs', () => {
  const flat: MonteCarloInput = {
    model: { kind: 'bootstrap', returns: [[0.001, 0.001, 0.001]], block: 'fixed', blockLength: 2 },
    weights: [1],
    initialValue: 10_000_000,
    steps: 100,
    paths: 50,
    seed: 1,
  };

  it('compounds a constant bootstrap return exactly, with a degenerate terminal distribution', async () => {
    const result = await runMonteCarlo(flat, { pool: shared });
    const expected = 10_000_000 * 1.001 ** 100;
    expect(result.terminalValue.mean).toBeCloseTo(expected, 4);
    for (const band of result.bands.values) expect(band[100]).toBeCloseTo(expected, 4);
    expect(result.bands.values[0]).toHaveLength(101);
    expect(result.terminalReturn.probabilityOfLoss).toBe(0);
    expect(result.maxDrawdown.percentiles.every((p) => p.value === 0)).toBe(true);
    expect(result.terminalValue.histogram.counts.reduce((a, b) => a + b, 0)).toBe(50);
  });

  it('nets contributions out of the terminal return and counts goal hits', async () => {
    const zero = { ...flat, model: { ...flat.model, returns: [[0, 0, 0]] } } as MonteCarloInput;
    const result = await runMonteCarlo(
      { ...zero, cashFlow: { amount: 500_000, every: 10 }, goal: 14_000_000 },
      { pool: shared },
    );
    expect(result.scheduledCashFlow).toBe(5_000_000);
    expect(result.terminalValue.mean).toBe(15_000_000);
    expect(result.terminalReturn.mean).toBe(0);
    expect(result.goal).toEqual({
      value: 14_000_000,
      probabilityAtEnd: 1,
      probabilityEverReached: 1,
    });
  });

  it('empties a portfolio whose withdrawals exceed it, and stops there', async () => {
    const zero = { ...flat, model: { ...flat.model, returns: [[0, 0, 0]] } } as MonteCarloInput;
    const result = await runMonteCarlo(
      { ...zero, cashFlow: { amount: -3_000_000, every: 10 } },
      { pool: shared },
    );
    expect(result.terminalValue.mean).toBe(0);
    expect(result.bands.values[2]![30]).toBe(1_000_000);
    expect(result.bands.values[2]![40]).toBe(0);
  });
});

describe('Monte Carlo: progress and cancellation', () => {
  it('reports increasing progress up to 1', async () => {
    const seen: number[] = [];
    await runMonteCarlo(base, { pool: shared, onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('stops a large run on abort, long before it would finish, and the pool runs the next job', async () => {
    const pool = new MonteCarloPool({ threads: 2 });
    try {
      const controller = new AbortController();
      let fractionAtAbort = 0;
      let lastFraction = 0;
      const big = { ...base, paths: 100_000, steps: 252, cashFlow: undefined, goal: undefined };
      const run = runMonteCarlo(big, {
        pool,
        signal: controller.signal,
        onProgress: (f) => {
          lastFraction = f;
          if (!controller.signal.aborted && f > 0.001) {
            fractionAtAbort = f;
            controller.abort(new Error('user cancelled'));
          }
        },
      });
      await expect(run).rejects.toBeInstanceOf(QuantAbortError);
      expect(fractionAtAbort).toBeGreaterThan(0);
      // Only the chunks already under way finished after the abort.
      expect(lastFraction).toBeLessThan(0.05);
      const next = await runMonteCarlo({ ...base, paths: 100 }, { pool });
      expect(next.paths).toBe(100);
    } finally {
      await pool.close();
    }
  });

  it('refuses to start when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runMonteCarlo(base, { threads: 1, signal: controller.signal }),
    ).rejects.toBeInstanceOf(QuantAbortError);
  });
});

describe('Monte Carlo: bad input gets a typed error naming the field', () => {
  const cases: [string, Partial<MonteCarloInput>][] = [
    ['paths', { paths: -5 }],
    ['steps', { steps: 0 }],
    ['weights', { weights: [0.5, 0.5, 0.5, 0.2, 0.1] }],
    ['weights[2]', { weights: [0.3, 0.25, NaN, 0.15, 0.1] }],
    ['initialValue', { initialValue: 0 }],
    ['seed', { seed: 1.5 }],
    ['model.drift', { model: { ...gbm, drift: [0.001, 0.001] } }],
    ['cashFlow.every', { cashFlow: { amount: 1, every: 0 } }],
  ];
  for (const [field, patch] of cases) {
    it(`names ${field}`, async () => {
      const error = await runMonteCarlo({ ...base, ...patch } as MonteCarloInput, {
        threads: 1,
      }).catch((e) => e);
      expect(error).toBeInstanceOf(QuantInputError);
      expect(error.field).toBe(field);
    });
  }
});
