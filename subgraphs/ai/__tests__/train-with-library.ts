import {
  buildFeaturePanel,
  buildTrainingSet,
  exportOnnx,
  sha256Hex,
  trainForecaster,
  type CandidateSpec,
  type ForecastKind,
  type IndexBar,
  type InstrumentBars,
  type TrainedModel,
} from '@capstone/forecasting';
import { artifactKey, type ArtifactStore } from '../src/artifacts/store.js';
import type { ModelVersion } from '../src/generated/prisma/client.js';
import type { PrismaClient } from '../src/prisma.js';
import { nextVersion, promote, registerVersion } from '../src/registry/registry.js';
import { planSettings } from '../src/training/plans.js';

/**
 * Trains one kind with the library itself, stores and registers it as the service does, and
 * promotes it whatever the rule says: for tests that need a given model to serve.
 */
export async function trainAndPromote(input: {
  prisma: PrismaClient;
  store: ArtifactStore;
  instruments: readonly InstrumentBars[];
  index: readonly IndexBar[];
  kind: ForecastKind;
  candidate: CandidateSpec;
}): Promise<{ model: TrainedModel; version: ModelVersion }> {
  const set = buildTrainingSet(
    buildFeaturePanel({ instruments: input.instruments, index: input.index }),
    input.kind,
  );
  const { model, record } = await trainForecaster({
    set,
    candidates: [input.candidate],
    validation: planSettings('QUICK', 3).validation,
  });
  const version = await nextVersion(input.prisma, record.name);
  const bytes = exportOnnx(model, { modelVersion: version, modelName: record.name });
  const sha256 = sha256Hex(bytes);
  const row = await registerVersion(input.prisma, {
    record,
    version,
    artifactUri: await input.store.put(artifactKey(record.name, version, sha256), bytes),
    artifactSha256: sha256,
    artifactBytes: bytes.length,
    baseRate: input.kind === 'direction' ? 0.5 : null,
    trainingRunId: null,
  });
  return { model, version: await promote(input.prisma, row.id) };
}
