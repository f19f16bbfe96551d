/**
 * The AI service's models on real KRX data (54 stocks, 2015–2022; see ../shared/data/krx):
 * training time, walk-forward hold-out quality of every candidate beside the baselines
 * (trailing 20-day volatility, GARCH(1,1) fitted by maximum likelihood in bench/ai/garch.py, and
 * the base rate), onnx.checker on every exported file, and inference throughput of each model
 * batched through onnxruntime-node against the same model in plain TypeScript, in the same run.
 * Prints Markdown.
 *
 *   npm run bench:ai
 *   BENCH_SECONDS=2 npm run bench:ai        # time per inference measurement (default 1)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ort from 'onnxruntime-node';
import {
  buildFeaturePanel,
  buildTrainingSet,
  decidePromotion,
  DEFAULT_WALK_FORWARD,
  exportOnnx,
  FEATURE_NAMES,
  FORECAST_KINDS,
  planWalkForward,
  predict,
  trainForecaster,
  volatilityMetrics,
  type BaselineResult,
  type ForecastKind,
  type Metrics,
  type TrainedModel,
  type TrainingResult,
  type TrainingSet,
} from '@capstone/forecasting';
import { readKrxData } from './krx-data.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 1);
const BATCHES = [54, 2_500, 20_000];
const WIDTH = FEATURE_NAMES.length;
const now = () => performance.now();
const fixed = (value: number, digits = 4) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const table = (header: string[], rows: (string | number)[][]) =>
  [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');

const lscpuModel = (() => {
  try {
    return /Model name:\s*(.+)/.exec(execFileSync('lscpu', { encoding: 'utf8' }))?.[1] ?? '';
  } catch {
    return cpus()[0]?.model ?? '';
  }
})();
console.log(`# AI models benchmark\n`);
console.log(
  `${new Date().toISOString()} · Node ${process.version} · ${lscpuModel} × ${cpus().length} · onnxruntime-node ${ort.env.versions.common} · load average at start ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);

// ---- data and features -----------------------------------------------------------------
let start = now();
const data = readKrxData();
const readMs = now() - start;
start = now();
const panel = buildFeaturePanel(data);
const featuresMs = now() - start;
const bars = data.instruments.reduce((n, instrument) => n + instrument.bars.length, 0);
console.log(`## Data\n`);
console.log(
  `${data.instruments.length} stocks, ${bars.toLocaleString('en')} daily bars ${data.instruments[0]!.bars[0]!.date} … ${data.instruments[0]!.bars.at(-1)!.date}, ${data.index.length} KOSPI closes. Read in ${fixed(readMs, 0)} ms; all features of all days in ${fixed(featuresMs, 0)} ms.`,
);
console.log(
  `Closes back-adjusted where the file's own \`change\` column disagrees with the close-to-close move (${data.corporateActions.length} events): ${data.corporateActions.map((a) => `${a.symbol} ${a.date} ×${fixed(a.factor, 3)}`).join(', ')}.\n`,
);

// ---- training ---------------------------------------------------------------------------
interface Trained {
  set: TrainingSet;
  result: TrainingResult;
  /** Validation of every candidate plus the hold-out refit of the selected one: a server's run. */
  selection: Timing;
  /** The same plus every other candidate's hold-out refit. */
  total: Timing;
}

/** Wall and CPU milliseconds: wall time overstates the work when the machine is shared. */
interface Timing {
  wall: number;
  cpu: number;
}

async function train(kind: ForecastKind): Promise<Trained> {
  const set = buildTrainingSet(panel, kind);
  const cpuStart = process.cpuUsage();
  const wallStart = now();
  const elapsed = (): Timing => {
    const cpu = process.cpuUsage(cpuStart);
    return { wall: now() - wallStart, cpu: (cpu.user + cpu.system) / 1000 };
  };
  const stamps: { candidate: string; stage: string; at: Timing }[] = [];
  const result = await trainForecaster({
    set,
    seed: 1,
    holdOutForAllCandidates: true,
    onProgress: (event) => stamps.push({ ...event, at: elapsed() }),
  });
  const total = elapsed();
  const validationEnd = stamps.filter((s) => s.stage === 'validation').at(-1)!.at;
  const holdOut = stamps.filter((s) => s.stage === 'hold-out');
  const selected = holdOut.findIndex((s) => s.candidate === result.record.algorithm);
  const before = selected === 0 ? validationEnd : holdOut[selected - 1]!.at;
  const after = holdOut[selected]!.at;
  return {
    set,
    result,
    selection: {
      wall: validationEnd.wall + after.wall - before.wall,
      cpu: validationEnd.cpu + after.cpu - before.cpu,
    },
    total,
  };
}

const trained = {} as Record<ForecastKind, Trained>;
for (const kind of FORECAST_KINDS) trained[kind] = await train(kind);

const seconds = (timing: Timing) =>
  `${fixed(timing.wall / 1000, 1)} wall, ${fixed(timing.cpu / 1000, 1)} CPU`;
console.log(`## Training (${data.instruments.length} stocks × 8 years, walk-forward)\n`);
console.log(
  table(
    [
      'kind',
      'rows',
      'candidates',
      'train: validate all + refit chosen (s)',
      'with every candidate on the hold-out (s)',
    ],
    FORECAST_KINDS.map((kind) => {
      const { set, result, selection, total } = trained[kind];
      return [
        kind,
        set.rows.toLocaleString('en'),
        result.record.candidates.map((c) => c.id).join(', '),
        seconds(selection),
        seconds(total),
      ];
    }),
  ),
);
const record = trained.volatility.result.record;
console.log(
  `\nWindows: ${DEFAULT_WALK_FORWARD.folds} expanding validation folds, embargo ${record.validation.embargoDays} trading days after each training row's 20-day target; training ${record.trainingWindow.from} … ${record.trainingWindow.to} (${record.trainingWindow.rows.toLocaleString('en')} rows), hold-out ${record.holdOutWindow.from} … ${record.holdOutWindow.to} (${record.holdOutWindow.rows.toLocaleString('en')} rows).\n`,
);

// ---- GARCH(1,1) on the same hold-out rows -------------------------------------------------
const volatilitySet = trained.volatility.set;
const holdOutRows = planWalkForward(volatilitySet, DEFAULT_WALK_FORWARD).holdOut.test;
const garchRun = spawnSync('python3', [fileURLToPath(new URL('garch.py', import.meta.url))], {
  input: JSON.stringify({
    trainBefore: record.holdOutWindow.from,
    series: data.instruments.map((instrument) => ({
      symbol: instrument.symbol,
      dates: instrument.bars.slice(1).map((bar) => bar.date),
      returns: instrument.bars
        .slice(1)
        .map((bar, k) => Math.log(bar.close / instrument.bars[k]!.close)),
    })),
    requests: Array.from(holdOutRows, (r) => ({
      symbol: volatilitySet.symbols[volatilitySet.instrumentIndex[r]!]!,
      date: volatilitySet.dates[volatilitySet.dateIndex[r]!]!,
    })),
  }),
  encoding: 'utf8',
  maxBuffer: 512 * 1024 * 1024,
});
if (garchRun.status !== 0) throw new Error(`garch.py failed: ${garchRun.stderr}`);
const garch = JSON.parse(garchRun.stdout) as {
  forecasts: number[];
  parameters: Record<string, { persistence: number; converged: boolean }>;
};
const garchBaseline: BaselineResult = {
  id: 'garch-1-1',
  nameKo: 'GARCH(1,1)',
  nameEn: 'GARCH(1,1)',
  metrics: volatilityMetrics(
    Float64Array.from(holdOutRows, (r) => volatilitySet.target[r]!),
    garch.forecasts,
  ),
};
const persistence = Object.values(garch.parameters)
  .map((p) => p.persistence)
  .sort((a, b) => a - b);

// ---- quality tables ---------------------------------------------------------------------
const metric = (metrics: Metrics | null, key: string) =>
  metrics ? fixed((metrics as unknown as Record<string, number>)[key]!) : '—';

function qualityTable(kind: ForecastKind, keys: string[], baselines: BaselineResult[]): string {
  const { record } = trained[kind].result;
  const rows = record.candidates.map((candidate) => [
    `${candidate.id} (${candidate.algorithm})${candidate.selected ? ' **selected**' : ''}`,
    ...keys.map((key) => metric(candidate.validation, key)),
    ...keys.map((key) => metric(candidate.holdOut, key)),
  ]);
  for (const baseline of baselines) {
    const validation =
      record.validation.baselines.find((b) => b.id === baseline.id)?.metrics ?? null;
    rows.push([
      `baseline: ${baseline.nameEn}`,
      ...keys.map((key) => metric(validation, key)),
      ...keys.map((key) => metric(baseline.metrics, key)),
    ]);
  }
  return table(
    ['model', ...keys.map((k) => `validation ${k}`), ...keys.map((k) => `hold-out ${k}`)],
    rows,
  );
}

console.log(
  `## Volatility of the next 20 trading days (annualised; QLIKE on variance, lower is better)\n`,
);
console.log(
  qualityTable(
    'volatility',
    ['qlike', 'rmse'],
    [...trained.volatility.result.record.holdOut.baselines, garchBaseline],
  ),
);
console.log(
  `\nGARCH(1,1): zero-mean Gaussian, fitted per stock on its returns before ${record.holdOutWindow.from}; α+β median ${fixed(persistence[Math.floor(persistence.length / 2)]!, 3)} (range ${fixed(persistence[0]!, 3)}–${fixed(persistence.at(-1)!, 3)}), ${Object.values(garch.parameters).filter((p) => p.converged).length}/${persistence.length} fits converged.\n`,
);
console.log(`## Direction: probability that the next 20 trading days' return is positive\n`);
console.log(
  qualityTable(
    'direction',
    ['auc', 'brier', 'logLoss'],
    [...trained.direction.result.record.holdOut.baselines],
  ),
);

console.log(`\n## Promotion (pure rule on the hold-out)\n`);
const promotions = [
  ['volatility', trained.volatility.result.record.promotion],
  [
    'volatility, GARCH(1,1) as an extra baseline',
    decidePromotion({
      kind: 'volatility',
      model: trained.volatility.result.record.holdOut.model as never,
      baselines: [...trained.volatility.result.record.holdOut.baselines, garchBaseline],
    }),
  ],
  ['direction', trained.direction.result.record.promotion],
] as const;
console.log(
  table(
    ['model', 'selected', 'promote', 'reason (ko)', 'reason (en)'],
    promotions.map(([label, decision]) => [
      label,
      trained[label.startsWith('volatility') ? 'volatility' : 'direction'].result.record.algorithm,
      decision.promote ? 'yes' : 'no',
      decision.reasonKo,
      decision.reasonEn,
    ]),
  ),
);

// ---- ONNX: checker and inference ---------------------------------------------------------
const models: { kind: ForecastKind; model: TrainedModel; bytes: Uint8Array }[] = [];
for (const kind of FORECAST_KINDS) {
  for (const model of trained[kind].result.candidateModels.values()) {
    models.push({ kind, model, bytes: exportOnnx(model, { modelVersion: 1 }) });
  }
}
const directory = mkdtempSync(join(tmpdir(), 'bench-ai-'));
const paths = models.map(({ kind, model, bytes }) => {
  const path = join(directory, `${kind}-${model.algorithm}.onnx`);
  writeFileSync(path, bytes);
  return path;
});
const checker = spawnSync(
  '/usr/bin/python3',
  [
    '-c',
    'import sys, onnx\nfor p in sys.argv[1:]:\n    try:\n        onnx.checker.check_model(onnx.load(p), full_check=True); print("ok")\n    except Exception as e:\n        print("FAIL", str(e).replace("\\n", " ")[:200])',
    ...paths,
  ],
  { encoding: 'utf8' },
);
const verdicts =
  checker.status === 0
    ? checker.stdout.trim().split('\n')
    : paths.map(() => `not run: ${checker.stderr.trim().split('\n').at(-1)}`);
rmSync(directory, { recursive: true, force: true });

console.log(`\n## ONNX files (IR 8, opset 17, ai.onnx.ml 3 for trees)\n`);
console.log(
  table(
    ['model', 'bytes', 'onnx.checker full_check (ONNX 1.12)'],
    models.map(({ kind, model, bytes }, i) => [
      `${kind}/${model.algorithm} (${model.family})`,
      bytes.length.toLocaleString('en'),
      verdicts[i] ?? '—',
    ]),
  ),
);

/** Forecasts per second of `run` on batches of `size`, over about SECONDS seconds. */
async function throughput(size: number, run: () => unknown): Promise<number> {
  for (let i = 0; i < 3; i++) await run();
  let calls = 0;
  const begin = now();
  while (now() - begin < SECONDS * 1000) {
    await run();
    calls++;
  }
  return (calls * size) / ((now() - begin) / 1000);
}

const holdOutFeatures = Float64Array.from(
  Array.from(holdOutRows, (r) =>
    Array.from(volatilitySet.features.subarray(r * WIDTH, (r + 1) * WIDTH)),
  ).flat(),
);
const inferenceRows: (string | number)[][] = [];
const servingRows: (string | number)[][] = [];
/** A request's holdings: what the ai service's per-request loader batches into one run. */
const HOLDINGS = 50;
for (const { kind, model, bytes } of models) {
  // One thread each: the TypeScript model runs on one core, and the machine is shared.
  const session = await ort.InferenceSession.create(bytes, {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
  });
  for (const size of BATCHES) {
    const batch = new Float64Array(size * WIDTH);
    for (let k = 0; k < batch.length; k++) batch[k] = holdOutFeatures[k % holdOutFeatures.length]!;
    const input = Float32Array.from(batch);
    const tensor = new ort.Tensor('float32', input, [size, WIDTH]);
    const onnx = await throughput(size, () => session.run({ features: tensor }));
    const typescript = await throughput(size, () => predict(model, input, size));
    inferenceRows.push([
      `${kind}/${model.algorithm}`,
      size.toLocaleString('en'),
      Math.round(onnx).toLocaleString('en'),
      Math.round(typescript).toLocaleString('en'),
      `${fixed(onnx / typescript, 2)}×`,
    ]);
  }
  const holdings = Float32Array.from(holdOutFeatures.subarray(0, HOLDINGS * WIDTH));
  const batched = await throughput(HOLDINGS, () =>
    session.run({ features: new ort.Tensor('float32', holdings, [HOLDINGS, WIDTH]) }),
  );
  const oneByOne = await throughput(HOLDINGS, async () => {
    for (let i = 0; i < HOLDINGS; i++) {
      const row = holdings.subarray(i * WIDTH, (i + 1) * WIDTH);
      await session.run({ features: new ort.Tensor('float32', row, [1, WIDTH]) });
    }
  });
  servingRows.push([
    `${kind}/${model.algorithm}`,
    Math.round(batched).toLocaleString('en'),
    Math.round(oneByOne).toLocaleString('en'),
    `${fixed(batched / oneByOne, 2)}×`,
  ]);
  await session.release();
}
console.log(
  `\n## Inference: forecasts per second, one batched call (onnxruntime-node, 1 thread) vs plain TypeScript\n`,
);
console.log(
  table(['model', 'batch rows', 'onnxruntime-node', 'TypeScript', 'ratio'], inferenceRows),
);
console.log(
  `\n## Serving a ${HOLDINGS}-holding request: one batched run (the ai service) vs one run per holding\n`,
);
console.log(
  table(['model', 'forecasts/s batched', 'forecasts/s one run each', 'ratio'], servingRows),
);
