import {
  INPUT_NAME,
  buildFeaturePanel,
  buildTrainingSet,
  exportOnnx,
  planWalkForward,
  predict,
  sha256Hex,
  trainForecaster,
  type ForecastKind,
  type TrainedModel,
  type TrainingSet,
} from '@capstone/forecasting';
import { artifactKey } from '../artifacts/store.js';
import type { ModelVersion, TrainingPlan } from '../generated/prisma/client.js';
import type { MarketData } from '../market/market-data.js';
import { nextVersion, promote, registerVersion } from '../registry/registry.js';
import { loadModel } from '../serving/loaded-model.js';
import { planSettings } from './plans.js';
import { publishForecasts, type PublishDeps } from './publish.js';

export interface RetrainDeps extends PublishDeps {
  market: MarketData;
  trainingYears: number;
}

export interface RetrainOptions {
  plan: TrainingPlan;
  runId: string | null;
  signal?: AbortSignal;
  /** Progress from 0 to 1, with what is being done. */
  report?: (progress: number, stage: string) => void;
  seed?: number;
}

export interface KindOutcome {
  kind: ForecastKind;
  version: ModelVersion;
  promoted: boolean;
}

export interface RetrainOutcome {
  kinds: KindOutcome[];
  asOf: string | null;
  forecasts: number;
}

/** The market data is not there yet, or not enough of it: no model is trained from too little. */
export class TrainingDataError extends Error {
  override name = 'TrainingDataError';
  constructor(
    readonly messageKo: string,
    messageEn: string,
  ) {
    super(messageEn);
  }
}

const VERIFY_ROWS = 256;

const shiftYears = (iso: string, years: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
};

/**
 * The ONNX file as the store gives it back, loaded as a serving process loads it, must answer
 * what the library's model predicts on the hold-out rows; otherwise it is not promoted.
 */
async function verifyServedOutputs(
  version: ModelVersion,
  deps: RetrainDeps,
  model: TrainedModel,
  set: TrainingSet,
  rows: Int32Array,
): Promise<void> {
  const loaded = await loadModel(deps.store, version);
  try {
    const width = set.featureNames.length;
    const sample = rows.subarray(0, VERIFY_ROWS);
    const data = new Float32Array(sample.length * width);
    sample.forEach((row, i) =>
      data.set(set.features.subarray(row * width, (row + 1) * width), i * width),
    );
    const served = await loaded.run({
      inputName: INPUT_NAME,
      data,
      dims: [sample.length, width],
      symbols: [],
      asOf: '',
      skipped: [],
    });
    const expected = predict(model, Float64Array.from(data), sample.length);
    expected.forEach((value, i) => {
      const got = served[i]!;
      if (!(Math.abs(got - value) <= 1e-6 * Math.max(1, Math.abs(value)))) {
        throw new Error(
          `${version.name} v${version.version}: ONNX Runtime answers ${got} where the model predicts ${value} (row ${i})`,
        );
      }
    });
  } finally {
    await loaded.release();
  }
}

/**
 * Trains both kinds on the tracked instruments' daily bars (read through the gateway), stores
 * each artifact, registers each version with its hold-out numbers against the baselines,
 * promotes the ones the rule lets through, then publishes forecasts for every instrument.
 */
export async function retrain(deps: RetrainDeps, options: RetrainOptions): Promise<RetrainOutcome> {
  const report = options.report ?? (() => {});
  const settings = planSettings(options.plan, deps.trainingYears);
  report(0.01, 'reading market data');
  const symbols = await deps.market.universe();
  if (symbols.length === 0) {
    throw new TrainingDataError(
      '추적 중인 종목이 없어 학습할 수 없습니다',
      'No instruments are tracked yet, so there is nothing to learn from',
    );
  }
  const to = await deps.market.newestBarDate(symbols);
  if (!to) {
    throw new TrainingDataError(
      '아직 수집된 일봉이 없어 학습할 수 없습니다',
      'No daily bars have been collected yet, so there is nothing to learn from',
    );
  }
  const from = shiftYears(to, -settings.years);
  const instruments = (await deps.market.history(symbols, from, to)).filter(
    (instrument) => instrument.bars.length > 0,
  );
  options.signal?.throwIfAborted();
  const index = await deps.market.kospi(from, to);
  if (index.length === 0) {
    throw new TrainingDataError(
      `${from}–${to} 기간의 코스피 종가가 없어 학습할 수 없습니다`,
      `No KOSPI closes between ${from} and ${to}, so the market features cannot be computed`,
    );
  }
  report(0.1, 'computing features');
  const panel = buildFeaturePanel({ instruments, index });
  const kinds: KindOutcome[] = [];
  const spans: [ForecastKind, number, number][] = [
    ['volatility', 0.1, 0.55],
    ['direction', 0.55, 0.9],
  ];
  for (const [kind, low, high] of spans) {
    const set = buildTrainingSet(panel, kind);
    let plan;
    try {
      plan = planWalkForward(set, settings.validation);
    } catch (error) {
      throw new TrainingDataError(
        `${kind} 모델을 학습하기에 데이터가 부족합니다 (${instruments.length}종목, ${from}–${to})`,
        `Too little data to train the ${kind} model (${instruments.length} instruments, ${from} to ${to}): ${(error as Error).message}`,
      );
    }
    const { model, record } = await trainForecaster({
      set,
      candidates: settings.candidates[kind],
      validation: settings.validation,
      seed: options.seed ?? 1,
      signal: options.signal,
      onProgress: (progress) =>
        report(
          low + ((high - low) * progress.completedFits) / progress.totalFits,
          `${kind}: ${progress.stage} ${progress.candidate}${progress.fold ? ` fold ${progress.fold}` : ''}`,
        ),
    });
    const version = await nextVersion(deps.prisma, record.name);
    const bytes = exportOnnx(model, {
      modelVersion: version,
      modelName: record.name,
      metadata: { training_run_id: options.runId ?? '' },
    });
    const sha256 = sha256Hex(bytes);
    const artifactUri = await deps.store.put(artifactKey(record.name, version, sha256), bytes);
    let positives = 0;
    for (const row of plan.holdOut.train) positives += set.target[row]!;
    const row = await registerVersion(deps.prisma, {
      record,
      version,
      artifactUri,
      artifactSha256: sha256,
      artifactBytes: bytes.length,
      baseRate: kind === 'direction' ? positives / plan.holdOut.train.length : null,
      trainingRunId: options.runId,
    });
    await verifyServedOutputs(row, deps, model, set, plan.holdOut.test);
    if (record.promotion.promote) {
      const promoted = await promote(deps.prisma, row.id);
      deps.emit('modelPromoted', { kind: promoted.kind, versionId: promoted.id });
      kinds.push({ kind, version: promoted, promoted: true });
    } else {
      kinds.push({ kind, version: row, promoted: false });
    }
    options.signal?.throwIfAborted();
  }
  report(0.92, 'publishing forecasts');
  const publication = await publishForecasts(deps, { instruments, index });
  report(1, 'done');
  return { kinds, asOf: publication?.asOf ?? null, forecasts: publication?.count ?? 0 };
}
