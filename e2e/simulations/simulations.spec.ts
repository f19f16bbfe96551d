import { beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS } from '@capstone/config';
import { usePlatform, type SignedInUser } from '@capstone/test-platform';
import {
  GROWTH,
  finished,
  followRun,
  insertDemoHistory,
  portfolioId,
  queue,
} from './simulation-fixtures.js';

/**
 * Simulations through the gateway as the demo user, on real prices (2015 … 2022-09-19): runs are
 * queued by the scenario subgraph on BullMQ and computed by the simulation worker, and their
 * progress comes back over graphql-ws.
 */
const platform = usePlatform({
  seed: true,
  services: [...SUBGRAPHS, 'gateway', 'simulation-worker'],
  env: { SIMULATION_WORKER_MODE: 'process' },
});

let demo: SignedInUser;
let growth: string;
beforeAll(async () => {
  await insertDemoHistory(platform);
  demo = await platform.demo();
  growth = await portfolioId(demo, 'Growth');
});

const STRESS_RESULT = `result { ... on StressTestResult {
  asOf method fallbackReason { ko en }
  scenario { id source nameKo periodStart periodEnd shocks { target change } }
  total { valueBefore valueAfter change changePct }
  holdings { symbol sector valueBefore valueAfter changePct
    betas { factor beta windowFrom windowTo observations fallbackReasonEn }
    contributions { target beta changePct } }
  replay { worstDay { date return } maxDrawdown recoveryDays recovered totalReturn }
  worstDay { date return } recoveryDays
} }`;

interface StressView {
  result: {
    asOf: string;
    method: string;
    fallbackReason: { ko: string; en: string } | null;
    scenario: { id: string; periodStart: string };
    total: { valueBefore: string; valueAfter: string; changePct: number };
    holdings: {
      symbol: string;
      changePct: number;
      betas: {
        factor: string;
        beta: number;
        windowFrom: string;
        windowTo: string;
        observations: number;
      }[];
      contributions: { target: string; beta: number; changePct: number }[];
    }[];
    replay: { worstDay: { date: string; return: number }; maxDrawdown: number } | null;
    worstDay: { date: string; return: number } | null;
  };
}

describe('a stress test', () => {
  it('applies gfc-2008 to Growth through each holding’s KOSPI beta, since the data starts in 2015', async () => {
    const run = await queue(demo, 'runStressTest', 'StressTestInput', {
      portfolioId: growth,
      templateId: 'gfc-2008',
    });
    expect(run).toMatchObject({ kind: 'STRESS_TEST', status: 'QUEUED', asOf: '2022-09-19' });
    const done = await finished<StressView>(demo, run.id, STRESS_RESULT);
    expect(done.status, JSON.stringify(done.error)).toBe('SUCCEEDED');
    const result = done.result;
    expect(result.method).toBe('FACTOR_SHOCK');
    expect(result.fallbackReason!.en).toMatch(/does not cover 2007-10-31/);
    expect(result.holdings.map((h) => h.symbol).sort()).toEqual([...GROWTH].sort());
    for (const holding of result.holdings) {
      const market = holding.betas.find((b) => b.factor === 'MARKET')!;
      expect(market.observations).toBe(252);
      expect(market.windowTo).toBe('2022-09-19');
      // Each holding moves by its beta times the −54.5 % market shock, plus any sector shock.
      expect(holding.contributions[0]).toMatchObject({ target: 'MARKET', beta: market.beta });
      expect(holding.contributions[0]!.changePct).toBeCloseTo(market.beta * -0.545, 12);
    }
    expect(result.total.changePct).toBeLessThan(-0.3);
    expect(Number(result.total.valueAfter)).toBeLessThan(Number(result.total.valueBefore));
    expect(result.worstDay).toBeNull();
  });

  it('replays the COVID crash day by day, since the data covers 2020', async () => {
    const run = await queue(demo, 'runStressTest', 'StressTestInput', {
      portfolioId: growth,
      templateId: 'covid-crash-2020',
    });
    const { status, result } = await finished<StressView>(demo, run.id, STRESS_RESULT);
    expect(status).toBe('SUCCEEDED');
    expect(result.method).toBe('REPLAY');
    expect(result.replay!.maxDrawdown).toBeLessThan(-0.2);
    expect(result.worstDay!.date >= '2020-01-22' && result.worstDay!.date <= '2020-03-19').toBe(
      true,
    );
    expect(result.worstDay!.return).toBeLessThan(-0.05);
  });
});

const MONTE_CARLO_RESULT = `result { ... on MonteCarloResult {
  paths horizonDays seed initialValue
  bands { step p5 p50 p95 }
  terminalValue { mean median histogram { from to count } }
  terminalReturn { mean probabilityOfLoss valueAtRisk { confidence valueAtRisk conditionalValueAtRisk valueAtRiskAmount } }
  maxDrawdown { mean }
  method { model generator }
  data { from to observations }
} }`;

interface MonteCarloView {
  inputHash: string;
  seed: number;
  result: {
    paths: number;
    horizonDays: number;
    bands: { step: number; p5: string; p50: string; p95: string }[];
    terminalValue: { histogram: { count: number }[] };
    terminalReturn: {
      valueAtRisk: { confidence: number; valueAtRisk: number; conditionalValueAtRisk: number }[];
    };
    data: { observations: number };
  };
}

describe('a Monte Carlo run', () => {
  it('sends its progress over graphql-ws, ending SUCCEEDED, and stores a typed result', async () => {
    const run = await queue(demo, 'runMonteCarlo', 'MonteCarloInput', {
      portfolioId: growth,
      paths: 20_000,
      horizonDays: 252,
    });
    const events = await followRun(demo, run.id);
    expect(events.at(-1)).toMatchObject({ status: 'SUCCEEDED', fraction: 1 });
    expect(events.length).toBeGreaterThan(1);
    const fractions = events.map((e) => e.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    const { result } = await finished<MonteCarloView>(demo, run.id, MONTE_CARLO_RESULT);
    expect(result.paths).toBe(20_000);
    expect(result.bands).toHaveLength(253);
    expect(result.data.observations).toBe(756);
    expect(result.terminalValue.histogram.reduce((s, b) => s + b.count, 0)).toBe(20_000);
    const [var95, var99] = result.terminalReturn.valueAtRisk;
    expect(var95!.confidence).toBe(0.95);
    expect(var99!.valueAtRisk).toBeGreaterThan(var95!.valueAtRisk);
    expect(var95!.conditionalValueAtRisk).toBeGreaterThan(var95!.valueAtRisk);
    const last = result.bands.at(-1)!;
    expect(Number(last.p5)).toBeLessThan(Number(last.p50));
    expect(Number(last.p50)).toBeLessThan(Number(last.p95));
  });

  it('gives identical numbers for the same inputs, with the seed derived from their hash', async () => {
    const input = { portfolioId: growth, paths: 2_000, horizonDays: 60, model: 'BOOTSTRAP' };
    const first = await queue(demo, 'runMonteCarlo', 'MonteCarloInput', input);
    // The same request in another order of fields, the defaults spelled out.
    const second = await queue(demo, 'runMonteCarlo', 'MonteCarloInput', {
      horizonDays: 60,
      model: 'BOOTSTRAP',
      blockLength: 10,
      lookbackDays: 756,
      paths: 2_000,
      portfolioId: growth,
    });
    expect(second.id).not.toBe(first.id);
    expect(second.inputHash).toBe(first.inputHash);
    expect(second.seed).toBe(first.seed);
    expect(first.seed).toBe(parseInt(first.inputHash.slice(0, 8), 16) & 0x7fffffff);
    const a = await finished<MonteCarloView>(demo, first.id, MONTE_CARLO_RESULT);
    const b = await finished<MonteCarloView>(demo, second.id, MONTE_CARLO_RESULT);
    expect(b.result).toEqual(a.result);
    const reseeded = await queue(demo, 'runMonteCarlo', 'MonteCarloInput', { ...input, seed: 7 });
    const c = await finished<MonteCarloView>(demo, reseeded.id, MONTE_CARLO_RESULT);
    expect(c.inputHash).toBe(first.inputHash);
    expect(c.result.bands).not.toEqual(a.result.bands);
  });

  it('ends CANCELLED when cancelled while it runs', async () => {
    const run = await queue(demo, 'runMonteCarlo', 'MonteCarloInput', {
      portfolioId: growth,
      paths: 200_000,
      horizonDays: 30,
    });
    const subscription = demo.subscribe<{ simulationProgress: { status: string; stage: string } }>(
      'subscription($id: ID!) { simulationProgress(runId: $id) { status stage fraction } }',
      { id: run.id },
    );
    try {
      for (;;) {
        const event = (await subscription.next()).data!.simulationProgress;
        if (event.status === 'RUNNING' && event.stage === 'computing') break;
      }
      const answer = await demo.ask<{ cancelSimulation: { status: string; finishedAt: string } }>(
        'mutation($id: ID!) { cancelSimulation(runId: $id) { status finishedAt } }',
        { id: run.id },
      );
      // cancelSimulation waits up to SIMULATION_CANCEL_WAIT_MS (1 s) for the worker to stop.
      expect(answer.data?.cancelSimulation.status, JSON.stringify(answer)).toBe('CANCELLED');
      let last = (await subscription.next()).data!.simulationProgress;
      while (last.status === 'RUNNING') last = (await subscription.next()).data!.simulationProgress;
      expect(last.status).toBe('CANCELLED');
    } finally {
      await subscription.close();
    }
  });
});

describe('a backtest', () => {
  it('trades Growth’s weights monthly with KRX costs against the KOSPI', async () => {
    const run = await queue(demo, 'runBacktest', 'BacktestInput', {
      portfolioId: growth,
      from: '2020-01-02',
      to: '2022-09-19',
      rebalance: 'MONTHLY',
    });
    const done = await finished<{
      result: {
        from: string;
        to: string;
        equity: { date: string; value: string; benchmark: string | null }[];
        trades: { side: string; tax: string; commission: string }[];
        costs: { commission: string; tax: string; commissionRate: string };
        metrics: { cagr: number; maxDrawdown: number; beta: number | null };
      };
    }>(
      demo,
      run.id,
      `result { ... on BacktestResult { from to equity { date value benchmark } trades { side tax commission }
        costs { commission tax commissionRate } metrics { cagr maxDrawdown beta } } }`,
    );
    expect(done.status, JSON.stringify(done.error)).toBe('SUCCEEDED');
    const { result } = done;
    expect(result.from).toBe('2020-01-02');
    expect(result.to).toBe('2022-09-19');
    expect(Number(result.equity[0]!.value)).toBeLessThanOrEqual(100_000_000);
    expect(result.equity.filter((p) => p.benchmark !== null).length).toBeGreaterThan(600);
    const sells = result.trades.filter((t) => t.side === 'SELL');
    expect(sells.length).toBeGreaterThan(0);
    expect(sells.every((t) => Number(t.tax) > 0)).toBe(true);
    expect(result.trades.filter((t) => t.side === 'BUY').every((t) => t.tax === '0')).toBe(true);
    expect(result.costs.commissionRate).toBe('0.00015');
    expect(Number(result.costs.commission)).toBeGreaterThan(0);
    expect(result.metrics.beta).not.toBeNull();
  });
});

describe('an optimisation', () => {
  it('finds the max-Sharpe weights with the frontier and the current portfolio marked', async () => {
    const run = await queue(demo, 'optimizePortfolio', 'OptimizationInput', {
      portfolioId: growth,
      objective: 'MAX_SHARPE',
      constraints: { maxWeight: 0.4 },
    });
    const done = await finished<{
      result: {
        status: string;
        converged: boolean;
        weights: { symbol: string; weight: number; currentWeight: number }[];
        frontier: { volatility: number | null; expectedReturn: number | null }[];
        current: { volatility: number; expectedReturn: number };
        portfolio: { sharpe: number };
        solver: { name: string; iterations: number | null };
      };
    }>(
      demo,
      run.id,
      `result { ... on OptimizationResult { status converged weights { symbol weight currentWeight }
        frontier { volatility expectedReturn } current { volatility expectedReturn } portfolio { sharpe }
        solver { name iterations } } }`,
    );
    expect(done.status, JSON.stringify(done.error)).toBe('SUCCEEDED');
    const { result } = done;
    expect(result.status).toBe('OPTIMAL');
    expect(result.converged).toBe(true);
    expect(result.weights.reduce((s, w) => s + w.weight, 0)).toBeCloseTo(1, 6);
    expect(result.weights.every((w) => w.weight <= 0.4 + 1e-6)).toBe(true);
    expect(result.weights.reduce((s, w) => s + w.currentWeight, 0)).toBeCloseTo(1, 9);
    expect(result.frontier.length).toBe(20);
    expect(result.current.volatility).toBeGreaterThan(0);
  });

  it('says when no portfolio can reach the target, and returns no weights', async () => {
    const run = await queue(demo, 'optimizePortfolio', 'OptimizationInput', {
      portfolioId: growth,
      objective: 'TARGET_RETURN',
      // 500 % a year: above every stock's expected return.
      targetReturn: 5,
    });
    const done = await finished<{
      result: { status: string; converged: boolean; weights: null; reason: { en: string } };
    }>(
      demo,
      run.id,
      'result { ... on OptimizationResult { status converged weights { symbol } reason { en } } }',
    );
    expect(done.status, JSON.stringify(done.error)).toBe('SUCCEEDED');
    expect(done.result).toMatchObject({ status: 'INFEASIBLE', converged: false, weights: null });
    expect(done.result.reason.en).toBeTruthy();
  });

  it('refuses weight bounds that cannot add up to 100 % before queuing anything', async () => {
    const answer = await demo.ask(
      'mutation($input: OptimizationInput!) { optimizePortfolio(input: $input) { id } }',
      {
        input: {
          portfolioId: growth,
          objective: 'MIN_VOLATILITY',
          constraints: { maxWeight: 0.1 },
        },
      },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.constraints.maxWeight',
    });
  });
});

describe('bad input', () => {
  it('names every bad field and writes nothing', async () => {
    const before = await demo.ask<{ simulations: { runs: { id: string }[] } }>(
      '{ simulations(first: 100) { runs { id } } }',
    );
    const answer = await demo.ask(
      'mutation($input: MonteCarloInput!) { runMonteCarlo(input: $input) { id } }',
      { input: { portfolioId: growth, paths: 5, horizonDays: 99_999, confidences: [1.5] } },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.horizonDays',
    });
    const fields = (answer.errors![0]!.extensions!.issues as { argument: string }[]).map(
      (issue) => issue.argument,
    );
    expect(fields.sort()).toEqual(['input.confidences[0]', 'input.horizonDays', 'input.paths']);
    const after = await demo.ask<{ simulations: { runs: { id: string }[] } }>(
      '{ simulations(first: 100) { runs { id } } }',
    );
    expect(after.data!.simulations.runs).toEqual(before.data!.simulations.runs);
  });

  it('refuses a run too large for the limit, naming paths', async () => {
    const answer = await demo.ask(
      'mutation($input: MonteCarloInput!) { runMonteCarlo(input: $input) { id } }',
      { input: { portfolioId: growth, paths: 200_000, horizonDays: 2_520 } },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.paths',
    });
  });

  it('refuses a run beyond the runs a user may have queued or running at once', async () => {
    const big = { portfolioId: growth, paths: 200_000, horizonDays: 30 };
    const runs = [];
    for (let k = 0; k < 3; k++)
      runs.push(await queue(demo, 'runMonteCarlo', 'MonteCarloInput', big));
    const answer = await demo.ask(
      'mutation($input: MonteCarloInput!) { runMonteCarlo(input: $input) { id } }',
      { input: big },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 3 });
    expect(answer.errors![0]!.message).toMatch(/최대\(3개\)/);
    for (const run of runs) {
      await demo.ask('mutation($id: ID!) { cancelSimulation(runId: $id) { status } }', {
        id: run.id,
      });
    }
  });

  it('returns the first run for a repeated idempotency key', async () => {
    const send = () =>
      demo.ask<{ runStressTest: { id: string } }>(
        'mutation($input: StressTestInput!) { runStressTest(input: $input, idempotencyKey: "stress-1") { id } }',
        { input: { portfolioId: growth, templateId: 'hypothetical-market-20' } },
      );
    const first = await send();
    const again = await send();
    expect(again.data!.runStressTest.id).toBe(first.data!.runStressTest.id);
    await followRun(demo, first.data!.runStressTest.id);
  });
});

describe('listing runs', () => {
  it('pages through your runs with a cursor, newest first, and on the portfolio', async () => {
    const page = await demo.ask<{
      simulations: { runs: { id: string }[]; nextCursor: string | null; hasMore: boolean };
    }>('{ simulations(first: 2) { runs { id } nextCursor hasMore } }');
    expect(page.data!.simulations.runs).toHaveLength(2);
    expect(page.data!.simulations.hasMore).toBe(true);
    const next = await demo.ask<{ simulations: { runs: { id: string }[] } }>(
      'query($after: String) { simulations(first: 2, after: $after) { runs { id } } }',
      { after: page.data!.simulations.nextCursor },
    );
    const ids = [...page.data!.simulations.runs, ...next.data!.simulations.runs].map((r) => r.id);
    expect(new Set(ids).size).toBe(4);
    const viaPortfolio = await demo.ask<{
      portfolio: { simulations: { runs: { id: string }[] } };
    }>('query($id: ID!) { portfolio(id: $id) { simulations(first: 2) { runs { id } } } }', {
      id: growth,
    });
    expect(viaPortfolio.data!.portfolio.simulations.runs.map((r) => r.id)).toEqual(
      page.data!.simulations.runs.map((r) => r.id),
    );
  });
});
