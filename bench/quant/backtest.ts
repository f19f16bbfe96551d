/**
 * Backtest: 10 years of trading days (2,520), 50 assets, monthly rebalancing to equal weights with
 * commission, dated sell tax and the tick grid, plus the performance metrics. Prices are synthetic
 * (deterministic GBM on the KRX tick grid): the real data covers 54 stocks for under 8 years.
 * Peer: numpy with the same rules, vectorised per rebalance (targets, sells, buys and the
 * equity between rebalances as one matrix product) — the usual pandas/numpy backtest shape.
 */
import { tradingDays } from '@capstone/krx-calendar';
import { runBacktest, type BacktestInput, type CostModel } from '@capstone/quant';
import {
  interleaved,
  ROUNDS,
  runPythonPeer,
  syntheticNormals,
  type PeerRun,
  type QuantBench,
} from './lib.js';

const ASSETS = 50;
const DAYS = 2520;

const tick = (price: number) =>
  price < 2000
    ? 1
    : price < 5000
      ? 5
      : price < 20000
        ? 10
        : price < 50000
          ? 50
          : price < 200000
            ? 100
            : price < 500000
              ? 500
              : 1000;

const COSTS: CostModel = {
  commission: (amount) => Math.floor(amount * 0.00015),
  sellTax: (amount, _market, date) =>
    Math.floor(amount * (date < '2019-05-30' ? 0.003 : date < '2021-01-01' ? 0.0025 : 0.0023)),
  tickSize: tick,
};

function syntheticCloses(dates: string[]): number[][] {
  const normal = syntheticNormals(42);
  return Array.from({ length: ASSETS }, (_, i) => {
    let price = 5_000 + 3_000 * i;
    const vol = 0.012 + 0.0004 * i;
    return dates.map(() => {
      price *= Math.exp(0.0002 - (vol * vol) / 2 + vol * normal());
      const t = tick(price);
      return Math.max(t, Math.round(price / t) * t);
    });
  });
}

export const bench: QuantBench = {
  name: 'backtest',
  description: `${DAYS} trading days × ${ASSETS} assets, monthly rebalancing with costs, metrics included`,
  async run() {
    const dates = tradingDays('2012-01-02', '2022-12-29').slice(0, DAYS);
    const closes = syntheticCloses(dates);
    const weights = new Array(ASSETS).fill(1 / ASSETS);
    const input: BacktestInput = {
      dates,
      symbols: closes.map((_, i) => `S${String(i).padStart(3, '0')}`),
      closes,
      initialCash: 1_000_000_000,
      strategy: { kind: 'target-weights', weights, rebalance: { every: 'monthly' } },
      costs: COSTS,
    };
    let final = 0;
    let trades = 0;
    // Untimed runs first: V8 compiles the engine on first use (numpy has no such step).
    const coldStart = process.hrtime.bigint();
    await runBacktest(input);
    const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;
    // A few more, so the optimising compiler has finished before CPU time is counted.
    for (let k = 0; k < 5; k++) await runBacktest(input);
    // Short runs: each turn runs four times on both sides.
    const inner = 4;
    const timing = await interleaved(
      ROUNDS,
      async () => {
        const result = await runBacktest(input);
        final = result.finalValue;
        trades = result.trades.length;
      },
      (rounds) =>
        runPythonPeer<PeerRun & { finalValue: number; trades: number }>(
          'backtest_peer.py',
          { dates, closes, weights, initialCash: input.initialCash },
          rounds,
        ),
      inner,
    );
    const peer = timing.peer.last;
    return {
      oursMs: timing.ours.bestMs,
      peerMs: timing.peer.bestMs,
      peer: 'numpy (vectorised per rebalance)',
      target: 1,
      notes: [
        `first (cold) run: ${coldMs.toFixed(0)} ms; then numpy and ours alternate (A B A B), ${ROUNDS} turns of ${inner} runs, best run of each`,
        `CPU time per run: ours ${timing.ours.cpuMs.toFixed(1)} ms, numpy ${timing.peer.cpuMs.toFixed(1)} ms (${(timing.peer.cpuMs / timing.ours.cpuMs).toFixed(2)}×)`,
        `final value ours ${final.toLocaleString('en')} KRW, numpy ${peer.finalValue.toLocaleString('en')} KRW (${final === peer.finalValue ? 'equal to the won' : 'DIFFERENT'}); trades ${trades} vs ${peer.trades}`,
      ],
    };
  },
};
