import { ForecastingInputError } from './errors.js';
import type { FeatureInput } from './features/compute.js';
import { FEATURE_HASH, FEATURE_NAMES, MINIMUM_HISTORY } from './features/definitions.js';
import { featuresAsOf, type FeatureRowAsOf, type MissingReason } from './features/panel.js';
import { INPUT_NAME, METADATA_KEYS } from './onnx/export.js';
import type { OnnxModelInfo } from './onnx/inspect.js';

/** What the served model declares (from readOnnxModel's metadata, or the registry record). */
export interface ServingModel {
  readonly featureHash: string;
  readonly minimumHistory: number;
}

export interface SkippedInstrument {
  readonly symbol: string;
  readonly reason: MissingReason;
  readonly reasonKo: string;
  readonly reasonEn: string;
  readonly missingFeatures: readonly string[];
}

/**
 * One ONNX Runtime input for many instruments: `new ort.Tensor('float32', batch.data,
 * batch.dims)` fed as `{ [batch.inputName]: tensor }`. Output row i belongs to symbols[i].
 */
export interface ServingBatch {
  readonly inputName: string;
  readonly data: Float32Array;
  readonly dims: readonly [number, number];
  readonly symbols: readonly string[];
  readonly asOf: string;
  /** Instruments left out, and why: a forecast is never made from too little data. */
  readonly skipped: readonly SkippedInstrument[];
}

const REASONS: Record<MissingReason | 'short-for-model', { ko: string; en: string }> = {
  'no-bar-on-date': { ko: '기준일의 시세가 없습니다', en: 'no bar on the as-of date' },
  'insufficient-history': { ko: '과거 시세가 부족합니다', en: 'too little history' },
  'missing-features': { ko: '계산하지 못한 특성이 있습니다', en: 'some features are missing' },
  'short-for-model': {
    ko: '모델이 요구하는 과거 시세보다 짧습니다',
    en: "shorter than the model's minimum history",
  },
};

/** Packs complete feature rows into a float32 [N, F] batch; the rest are listed as skipped. */
export function batchFromRows(
  rows: readonly FeatureRowAsOf[],
  asOf: string,
  model: ServingModel = { featureHash: FEATURE_HASH, minimumHistory: MINIMUM_HISTORY },
): ServingBatch {
  if (model.featureHash !== FEATURE_HASH) {
    throw new ForecastingInputError(
      'model.featureHash',
      `모델의 특성 해시(${model.featureHash})가 이 라이브러리의 특성(${FEATURE_HASH})과 다릅니다`,
      `the model's feature hash (${model.featureHash}) differs from this library's features (${FEATURE_HASH})`,
    );
  }
  const width = FEATURE_NAMES.length;
  const used = rows.filter((row) => row.complete && row.history >= model.minimumHistory);
  const data = new Float32Array(used.length * width);
  used.forEach((row, i) => data.set(row.values, i * width));
  const skipped = rows
    .filter((row) => !used.includes(row))
    .map((row) => {
      const reason = row.missingReason ?? 'insufficient-history';
      const text = REASONS[row.missingReason ?? 'short-for-model'];
      return {
        symbol: row.symbol,
        reason,
        reasonKo: text.ko,
        reasonEn: text.en,
        missingFeatures: row.missingFeatures,
      };
    });
  return {
    inputName: INPUT_NAME,
    data,
    dims: [used.length, width],
    symbols: used.map((row) => row.symbol),
    asOf,
    skipped,
  };
}

/** The serving requirements an exported model carries in its metadata (see readOnnxModel). */
export function servingModelOf(info: OnnxModelInfo): ServingModel {
  const featureHash = info.metadata[METADATA_KEYS.featureHash];
  const minimumHistory = Number(info.metadata[METADATA_KEYS.minimumHistory]);
  if (!featureHash || !Number.isInteger(minimumHistory) || minimumHistory < 1) {
    throw new ForecastingInputError(
      'model.metadata',
      `모델 메타데이터에 ${METADATA_KEYS.featureHash}와 ${METADATA_KEYS.minimumHistory}가 있어야 합니다`,
      `the model's metadata must carry ${METADATA_KEYS.featureHash} and ${METADATA_KEYS.minimumHistory}`,
    );
  }
  return { featureHash, minimumHistory };
}

/** Features as of `asOf` for every instrument, packed for one batched ONNX Runtime run. */
export function buildServingBatch(
  input: FeatureInput & { readonly asOf: string; readonly model?: ServingModel },
): ServingBatch {
  return batchFromRows(featuresAsOf(input), input.asOf, input.model);
}
