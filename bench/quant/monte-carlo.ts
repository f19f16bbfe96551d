/**
 * Monte Carlo: 10,000 paths × 252 steps × 30 assets, correlated GBM fitted to 30 real KRX stocks
 * (daily log returns 2016–2021), buy and hold, with the fan-chart bands, terminal histogram,
 * VaR/CVaR at 95/99% and the max-drawdown distribution. Peer: numpy, vectorised in chunks of
 * 1,000 paths (PCG64 normals, BLAS matmul, cumsum, exp), computing the same outputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  alignedReturns,
  alignOnKrxCalendar,
  gbmFromHistory,
  MonteCarloPool,
  runMonteCarlo,
  type MonteCarloInput,
  type PriceSeries,
} from '@capstone/quant';
import {
  dataDir,
  interleaved,
  ROUNDS,
  runPythonPeer,
  type PeerRun,
  type QuantBench,
} from './lib.js';

const ASSETS = 30;
const PATHS = Number(process.env.BENCH_MC_PATHS ?? 10_000);
const STEPS = 252;

function loadCloses(code: string): PriceSeries {
  const dates: string[] = [];
  const closes: number[] = [];
  const haltDates: string[] = [];
  for (const line of readFileSync(`${dataDir}arclien_stock/${code}.csv`, 'utf8').split('\n')) {
    const [date, open, , , close] = line.split(',');
    if (!date || date < '2016-01-01' || date > '2021-12-31' || !close || Number(close) === 0)
      continue;
    if (Number(open) === 0) haltDates.push(date);
    else {
      dates.push(date);
      closes.push(Number(close));
    }
  }
  return { symbol: code, dates, closes, haltDates };
}

export const bench: QuantBench = {
  name: 'monte-carlo',
  description: `correlated GBM, ${PATHS.toLocaleString('en')} paths × ${STEPS} steps × ${ASSETS} assets, bands + VaR/CVaR + drawdowns`,
  async run() {
    const codes = readdirSync(`${dataDir}arclien_stock`)
      .filter((f) => /^\d{6}\.csv$/.test(f))
      .map((f) => f.slice(0, 6))
      .sort()
      .filter((code) => loadCloses(code).dates[0]! <= '2016-01-04')
      .slice(0, ASSETS);
    const aligned = alignOnKrxCalendar(codes.map(loadCloses), {
      from: '2016-01-01',
      to: '2021-12-31',
    });
    const model = gbmFromHistory(alignedReturns(aligned, 'log').returns);
    const input: MonteCarloInput = {
      model,
      weights: new Array(ASSETS).fill(1 / ASSETS),
      initialValue: 100_000_000,
      steps: STEPS,
      paths: PATHS,
      seed: 2024,
    };
    const pool = new MonteCarloPool();
    try {
      const coldStart = process.hrtime.bigint();
      await runMonteCarlo({ ...input, paths: 64 }, { pool });
      const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;
      let result: Awaited<ReturnType<typeof runMonteCarlo>> | undefined;
      const peerInputs = {
        drift: Array.from(model.drift),
        covariance: model.covariance.map((row) => Array.from(row)),
        weights: input.weights,
        initialValue: input.initialValue,
        steps: STEPS,
        paths: PATHS,
        seed: input.seed,
      };
      const timing = await interleaved(
        ROUNDS,
        async () => (result = await runMonteCarlo(input, { pool })),
        (inner) =>
          runPythonPeer<PeerRun & { var95: number; cvar95: number }>(
            'monte_carlo_peer.py',
            peerInputs,
            inner,
          ),
      );
      const peer = timing.peer.last;
      const ours = result!.terminalReturn.valueAtRisk[0]!;
      return {
        oursMs: timing.ours.bestMs,
        peerMs: timing.peer.bestMs,
        peer: 'numpy (chunked, vectorised)',
        target: 2,
        notes: [
          `threads: ${pool.threads}; first run on a fresh pool (worker start-up): ${coldMs.toFixed(0)} ms`,
          `rounds alternate numpy and ours (A B A B), best of ${ROUNDS} each`,
          `CPU time per run (all threads): ours ${timing.ours.cpuMs.toFixed(0)} ms, numpy ${timing.peer.cpuMs.toFixed(0)} ms (${(timing.peer.cpuMs / timing.ours.cpuMs).toFixed(2)}×)`,
          `VaR95 ours ${ours.var.toFixed(4)} ± ${ours.varStandardError?.toFixed(4)}, numpy ${peer.var95.toFixed(4)}; CVaR95 ours ${ours.cvar.toFixed(4)}, numpy ${peer.cvar95.toFixed(4)} (different random streams)`,
        ],
      };
    } finally {
      await pool.close();
    }
  },
};
