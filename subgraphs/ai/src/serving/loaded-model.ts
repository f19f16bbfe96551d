import {
  INPUT_NAME,
  OUTPUT_NAMES,
  servingModelOf,
  validateModelArtifact,
  type ArtifactProblem,
  type ServingBatch,
  type ServingModel,
} from '@capstone/forecasting';
import * as ort from 'onnxruntime-node';
import type { ArtifactStore } from '../artifacts/store.js';
import type { ModelVersion } from '../generated/prisma/client.js';
import { forecastKindOf } from '../registry/registry.js';

/** A version whose ONNX session is open and checked against the registry. */
export interface LoadedModel {
  readonly version: ModelVersion;
  readonly servingModel: ServingModel;
  /** One batched run: output row i belongs to batch.symbols[i]. */
  run(batch: ServingBatch): Promise<Float32Array>;
  release(): Promise<void>;
}

/** Why a version's artifact was not loaded; the version that served before keeps serving. */
export class ArtifactRefusedError extends Error {
  override name = 'ArtifactRefusedError';
  constructor(
    readonly version: ModelVersion,
    readonly problems: readonly Pick<ArtifactProblem, 'code' | 'messageKo' | 'messageEn'>[],
  ) {
    super(
      `${version.name} v${version.version}: artifact refused — ${problems.map((p) => p.messageEn).join('; ')}`,
    );
  }
}

/**
 * Fetches a version's artifact and opens it, refusing a file whose checksum, input names and
 * shapes, outputs or feature metadata differ from what the registry and this library expect.
 */
export async function loadModel(store: ArtifactStore, version: ModelVersion): Promise<LoadedModel> {
  const kind = forecastKindOf(version.kind);
  let bytes: Uint8Array;
  try {
    bytes = await store.get(version.artifactUri);
  } catch (error) {
    throw new ArtifactRefusedError(version, [
      {
        code: 'unparseable',
        messageKo: `아티팩트를 읽지 못했습니다: ${(error as Error).message}`,
        messageEn: `the artifact could not be read: ${(error as Error).message}`,
      },
    ]);
  }
  const check = validateModelArtifact(bytes, {
    sha256: version.artifactSha256,
    kind,
    modelVersion: version.version,
  });
  if (!check.ok || !check.model) throw new ArtifactRefusedError(version, check.problems);
  const output = OUTPUT_NAMES[kind];
  const session = await ort.InferenceSession.create(bytes);
  if (
    session.inputNames.length !== 1 ||
    session.inputNames[0] !== INPUT_NAME ||
    !session.outputNames.includes(output)
  ) {
    await session.release();
    throw new ArtifactRefusedError(version, [
      {
        code: 'input-mismatch',
        messageKo: `ONNX Runtime이 본 입력/출력이 다릅니다: ${session.inputNames.join(',')} → ${session.outputNames.join(',')}`,
        messageEn: `ONNX Runtime sees other inputs/outputs: ${session.inputNames.join(',')} → ${session.outputNames.join(',')}`,
      },
    ]);
  }
  return {
    version,
    servingModel: servingModelOf(check.model),
    async run(batch) {
      if (batch.dims[0] === 0) return new Float32Array(0);
      const result = await session.run({
        [batch.inputName]: new ort.Tensor('float32', batch.data, [...batch.dims]),
      });
      return result[output]!.data as Float32Array;
    },
    release: () => session.release(),
  };
}
