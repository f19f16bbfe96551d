export { validateBars, type DailyBar, type IndexBar, type InstrumentBars } from './bars.js';
export { ForecastingInputError } from './errors.js';
export {
  FEATURE_DEFINITIONS_VERSION,
  FEATURE_HASH,
  FEATURE_NAMES,
  FEATURES,
  MINIMUM_HISTORY,
  MINIMUM_INDEX_HISTORY,
  TRADING_DAYS_PER_YEAR,
  type FeatureDefinition,
} from './features/definitions.js';
export {
  type FeatureInput,
  type FeaturePanel,
  type InstrumentFeatures,
} from './features/compute.js';
export {
  buildFeaturePanel,
  featuresAsOf,
  type FeatureRowAsOf,
  type MissingReason,
} from './features/panel.js';
export {
  buildTrainingSet,
  FORECAST_KINDS,
  HORIZON_DAYS,
  TARGET_DEFINITIONS,
  type ForecastKind,
  type TrainingSet,
} from './dataset.js';
export {
  DEFAULT_WALK_FORWARD,
  planWalkForward,
  type Split,
  type WalkForwardOptions,
  type WalkForwardPlan,
  type Window,
} from './walk-forward.js';
export {
  auc,
  brier,
  directionMetrics,
  logLoss,
  qlike,
  rmse,
  volatilityMetrics,
  type DirectionMetrics,
  type Metrics,
  type VolatilityMetrics,
} from './metrics.js';
export {
  OUTPUT_NAMES,
  predict,
  type GbtModel,
  type HyperParameters,
  type LinearModel,
  type MlpModel,
  type ModelFamily,
  type Preprocessing,
  type TrainedModel,
  type Tree,
} from './models/model.js';
export {
  BASELINE_NAMES,
  decidePromotion,
  type BaselineResult,
  type Comparison,
  type PromotionDecision,
} from './promotion.js';
export {
  DEFAULT_CANDIDATES,
  LIBRARY_VERSION,
  trainForecaster,
  type CandidateReport,
  type CandidateSpec,
  type ModelRecord,
  type TrainingProgress,
  type TrainingResult,
  type TrainOptions,
} from './train.js';
export { sha256Hex } from './sha256.js';
export { exportOnnx, INPUT_NAME, METADATA_KEYS, type ExportOptions } from './onnx/export.js';
export {
  readOnnxModel,
  validateModelArtifact,
  type ArtifactExpectation,
  type ArtifactProblem,
  type ArtifactProblemCode,
  type ArtifactValidation,
  type OnnxModelInfo,
  type TensorInfo,
} from './onnx/inspect.js';
export {
  batchFromRows,
  buildServingBatch,
  servingModelOf,
  type ServingBatch,
  type ServingModel,
  type SkippedInstrument,
} from './serving.js';
