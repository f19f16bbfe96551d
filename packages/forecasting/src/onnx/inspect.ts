import { assertKind, FORECAST_KINDS, type ForecastKind } from '../dataset.js';
import { ForecastingInputError } from '../errors.js';
import { FEATURE_HASH, FEATURE_NAMES } from '../features/definitions.js';
import { OUTPUT_NAMES } from '../models/model.js';
import { sha256Hex } from '../sha256.js';
import {
  decodeModel,
  ELEMENT_TYPE,
  IR_VERSION,
  ML_DOMAIN,
  ML_OPSET,
  OPSET,
  type ModelProto,
  type ValueInfoProto,
} from './codec.js';
import { INPUT_NAME, METADATA_KEYS } from './export.js';

export interface TensorInfo {
  readonly name: string;
  /** ONNX element type number (1 = float32). */
  readonly elementType: number | null;
  /** A number per fixed dimension, its name for a symbolic one, null if unknown. */
  readonly shape: readonly (number | string | null)[] | null;
}

/** What a server needs to know about an ONNX model file. */
export interface OnnxModelInfo {
  readonly irVersion: number | null;
  readonly opsets: readonly { readonly domain: string; readonly version: number }[];
  readonly producer: string | null;
  readonly modelVersion: number | null;
  readonly inputs: readonly TensorInfo[];
  readonly outputs: readonly TensorInfo[];
  readonly operators: readonly string[];
  readonly metadata: Readonly<Record<string, string>>;
}

function tensorInfo(value: ValueInfoProto): TensorInfo {
  const tensor = value.type?.tensor_type;
  return {
    name: value.name ?? '',
    elementType: tensor?.elem_type ?? null,
    shape:
      tensor?.shape?.dim?.map((dim) =>
        dim.dim_value !== undefined ? dim.dim_value : (dim.dim_param ?? null),
      ) ?? null,
  };
}

/** Parses ONNX bytes; throws ForecastingInputError on bytes that are not a ModelProto. */
export function readOnnxModel(bytes: Uint8Array): OnnxModelInfo {
  if (!(bytes instanceof Uint8Array)) {
    throw new ForecastingInputError('bytes', 'Uint8Array여야 합니다', 'must be a Uint8Array');
  }
  let model: ModelProto;
  try {
    model = decodeModel(bytes);
  } catch (error) {
    throw new ForecastingInputError(
      'bytes',
      `ONNX ModelProto로 읽을 수 없습니다: ${(error as Error).message}`,
      `cannot be read as an ONNX ModelProto: ${(error as Error).message}`,
    );
  }
  return {
    irVersion: model.ir_version ?? null,
    opsets: (model.opset_import ?? []).map((opset) => ({
      domain: opset.domain ?? '',
      version: opset.version ?? 0,
    })),
    producer: model.producer_name ?? null,
    modelVersion: model.model_version ?? null,
    inputs: (model.graph?.input ?? []).map(tensorInfo),
    outputs: (model.graph?.output ?? []).map(tensorInfo),
    operators: [...new Set((model.graph?.node ?? []).map((node) => node.op_type))],
    metadata: Object.fromEntries(
      (model.metadata_props ?? []).map((entry) => [entry.key ?? '', entry.value ?? '']),
    ),
  };
}

export type ArtifactProblemCode =
  | 'sha256-mismatch'
  | 'unparseable'
  | 'unsupported-version'
  | 'input-mismatch'
  | 'output-mismatch'
  | 'metadata-mismatch';

export interface ArtifactProblem {
  readonly code: ArtifactProblemCode;
  readonly messageKo: string;
  readonly messageEn: string;
}

/** What the server expects of a model file before it swaps it in. */
export interface ArtifactExpectation {
  /** The registry's sha256 of the file (lowercase hex). */
  readonly sha256: string;
  /** Default: this library's FEATURE_NAMES, the columns the server will compute. */
  readonly featureNames?: readonly string[];
  /** Default: this library's FEATURE_HASH. */
  readonly featureHash?: string;
  readonly kind?: ForecastKind;
  readonly modelVersion?: number;
}

export interface ArtifactValidation {
  /** No problems: safe to load. */
  readonly ok: boolean;
  readonly sha256: string;
  readonly problems: readonly ArtifactProblem[];
  /** Null when the bytes are not a ModelProto. */
  readonly model: OnnxModelInfo | null;
}

const SUPPORTED_OPSETS: Record<string, number> = { '': OPSET, [ML_DOMAIN]: ML_OPSET };

const sameShape = (shape: TensorInfo['shape'], columns: number) =>
  shape !== null &&
  shape.length === 2 &&
  (typeof shape[0] === 'string' || shape[0] === null) &&
  shape[1] === columns;

/**
 * Checks a model file against what the registry says it is: its sha256, that it parses, its
 * IR and opset versions, its one input ("features", float32 [N, F]) and output (float32 [N, 1],
 * named for its kind), and its metadata (feature names, feature hash, kind, version). Reports
 * every mismatch instead of stopping at the first.
 */
export function validateModelArtifact(
  bytes: Uint8Array,
  expected: ArtifactExpectation,
): ArtifactValidation {
  if (typeof expected?.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(expected.sha256)) {
    throw new ForecastingInputError(
      'expected.sha256',
      '소문자 16진수 64자여야 합니다',
      'must be 64 lowercase hex digits',
    );
  }
  if (expected.kind !== undefined) assertKind(expected.kind, 'expected.kind');
  if (!(bytes instanceof Uint8Array)) {
    throw new ForecastingInputError('bytes', 'Uint8Array여야 합니다', 'must be a Uint8Array');
  }
  const problems: ArtifactProblem[] = [];
  const problem = (code: ArtifactProblemCode, messageKo: string, messageEn: string) =>
    problems.push({ code, messageKo, messageEn });
  const sha256 = sha256Hex(bytes);
  if (sha256 !== expected.sha256) {
    problem(
      'sha256-mismatch',
      `파일의 sha256(${sha256})이 등록된 값(${expected.sha256})과 다릅니다`,
      `the file's sha256 (${sha256}) differs from the registered one (${expected.sha256})`,
    );
  }
  let model: OnnxModelInfo;
  try {
    model = readOnnxModel(bytes);
  } catch (error) {
    const { messageKo, messageEn } = error as ForecastingInputError;
    problem('unparseable', messageKo, messageEn);
    return { ok: false, sha256, problems, model: null };
  }

  if (model.irVersion === null || model.irVersion > IR_VERSION) {
    problem(
      'unsupported-version',
      `IR 버전 ${String(model.irVersion)}은 지원하지 않습니다 (최대 ${IR_VERSION})`,
      `IR version ${String(model.irVersion)} is not supported (at most ${IR_VERSION})`,
    );
  }
  for (const opset of model.opsets) {
    const limit = SUPPORTED_OPSETS[opset.domain];
    if (limit === undefined || opset.version > limit) {
      problem(
        'unsupported-version',
        `연산자 집합 ${opset.domain || 'ai.onnx'} ${opset.version}은 지원하지 않습니다`,
        `opset ${opset.domain || 'ai.onnx'} ${opset.version} is not supported`,
      );
    }
  }

  const featureNames = expected.featureNames ?? FEATURE_NAMES;
  const input = model.inputs[0];
  if (
    model.inputs.length !== 1 ||
    input?.name !== INPUT_NAME ||
    input.elementType !== ELEMENT_TYPE.FLOAT ||
    !sameShape(input.shape, featureNames.length)
  ) {
    problem(
      'input-mismatch',
      `입력은 float32 [N, ${featureNames.length}]인 "${INPUT_NAME}" 하나여야 합니다: ${JSON.stringify(model.inputs)}`,
      `the one input must be "${INPUT_NAME}", float32 [N, ${featureNames.length}]: ${JSON.stringify(model.inputs)}`,
    );
  }

  const metadata = model.metadata;
  const metadataKind = metadata[METADATA_KEYS.kind];
  const kind =
    expected.kind ??
    (FORECAST_KINDS.includes(metadataKind as ForecastKind) ? (metadataKind as ForecastKind) : null);
  const output = model.outputs[0];
  const outputName = kind ? OUTPUT_NAMES[kind] : null;
  if (
    model.outputs.length !== 1 ||
    outputName === null ||
    output?.name !== outputName ||
    output.elementType !== ELEMENT_TYPE.FLOAT ||
    !sameShape(output.shape, 1)
  ) {
    problem(
      'output-mismatch',
      `출력은 float32 [N, 1]인 "${String(outputName)}" 하나여야 합니다: ${JSON.stringify(model.outputs)}`,
      `the one output must be "${String(outputName)}", float32 [N, 1]: ${JSON.stringify(model.outputs)}`,
    );
  }

  const checks: [string, string | undefined, string][] = [
    [
      METADATA_KEYS.featureNames,
      metadata[METADATA_KEYS.featureNames],
      JSON.stringify(featureNames),
    ],
    [
      METADATA_KEYS.featureHash,
      metadata[METADATA_KEYS.featureHash],
      expected.featureHash ?? FEATURE_HASH,
    ],
  ];
  if (expected.kind !== undefined) checks.push([METADATA_KEYS.kind, metadataKind, expected.kind]);
  if (expected.modelVersion !== undefined) {
    checks.push([
      METADATA_KEYS.version,
      metadata[METADATA_KEYS.version],
      String(expected.modelVersion),
    ]);
  }
  for (const [key, actual, wanted] of checks) {
    if (actual !== wanted) {
      problem(
        'metadata-mismatch',
        `메타데이터 ${key}가 ${JSON.stringify(actual)}이며 ${JSON.stringify(wanted)}이어야 합니다`,
        `metadata ${key} is ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`,
      );
    }
  }
  return { ok: problems.length === 0, sha256, problems, model };
}
