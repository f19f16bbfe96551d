import type { ForecastKind, ModelRecord } from '@capstone/forecasting';
import type { PrismaClient } from '../prisma.js';
import type { ModelVersion } from '../generated/prisma/client.js';
import { ModelKind } from '../generated/prisma/enums.js';

export const MODEL_KINDS: Record<ForecastKind, ModelKind> = {
  volatility: ModelKind.VOLATILITY,
  direction: ModelKind.DIRECTION,
};

export const forecastKindOf = (kind: ModelKind): ForecastKind =>
  kind === ModelKind.VOLATILITY ? 'volatility' : 'direction';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The next version number of a registry name. */
export async function nextVersion(prisma: PrismaClient, name: string): Promise<number> {
  const newest = await prisma.modelVersion.aggregate({ where: { name }, _max: { version: true } });
  return (newest._max.version ?? 0) + 1;
}

export interface NewVersion {
  record: ModelRecord;
  version: number;
  artifactUri: string;
  artifactSha256: string;
  artifactBytes: number;
  /** Direction models: the training share of rises. */
  baseRate: number | null;
  trainingRunId: string | null;
}

/** Registers a trained version as a candidate; only `promote` makes it serve. */
export function registerVersion(prisma: PrismaClient, input: NewVersion): Promise<ModelVersion> {
  const { record } = input;
  return prisma.modelVersion.create({
    data: {
      name: record.name,
      kind: MODEL_KINDS[record.kind],
      version: input.version,
      algorithm: record.algorithm,
      family: record.family,
      hyperParameters: record.hyperParameters as object,
      seed: record.seed,
      trainingFrom: day(record.trainingWindow.from),
      trainingTo: day(record.trainingWindow.to),
      trainingRows: record.trainingWindow.rows,
      holdOutFrom: day(record.holdOutWindow.from),
      holdOutTo: day(record.holdOutWindow.to),
      holdOutRows: record.holdOutWindow.rows,
      instruments: record.trainingWindow.instruments,
      featureHash: record.features.hash,
      featureVersion: record.features.definitionsVersion,
      minimumHistory: record.minimumHistory,
      metrics: JSON.parse(
        JSON.stringify({
          holdOut: record.holdOut,
          comparisons: record.promotion.comparisons,
          candidates: record.candidates,
          validation: record.validation,
          target: record.target,
          horizonDays: record.horizonDays,
          libraryVersion: record.libraryVersion,
        }),
      ) as object,
      beatsBaselines: record.promotion.promote,
      reasonKo: record.promotion.reasonKo,
      reasonEn: record.promotion.reasonEn,
      baseRate: input.baseRate,
      artifactUri: input.artifactUri,
      artifactSha256: input.artifactSha256,
      artifactBytes: input.artifactBytes,
      trainingRunId: input.trainingRunId,
    },
  });
}

/**
 * Makes a version the one that serves its kind, in one transaction: the pointer row of the kind
 * (its primary key is the kind, so there is never a second), the new version PROMOTED and the
 * one it replaces RETIRED. Readers see the old state or the new one, nothing in between.
 */
export async function promote(prisma: PrismaClient, versionId: string): Promise<ModelVersion> {
  return prisma.$transaction(async (tx) => {
    const version = await tx.modelVersion.findUniqueOrThrow({ where: { id: versionId } });
    const now = new Date();
    const current = await tx.servingModel.findUnique({ where: { kind: version.kind } });
    if (current?.modelVersionId === version.id) return version;
    if (current) {
      await tx.modelVersion.update({
        where: { id: current.modelVersionId },
        data: { status: 'RETIRED', retiredAt: now },
      });
    }
    await tx.servingModel.upsert({
      where: { kind: version.kind },
      create: { kind: version.kind, modelVersionId: version.id, promotedAt: now },
      update: { modelVersionId: version.id, promotedAt: now },
    });
    return tx.modelVersion.update({
      where: { id: version.id },
      data: { status: 'PROMOTED', promotedAt: now, retiredAt: null },
    });
  });
}

/** The promoted version of each kind that has one. */
export async function promotedVersions(
  prisma: PrismaClient,
): Promise<Map<ModelKind, ModelVersion>> {
  const rows = await prisma.servingModel.findMany({ include: { modelVersion: true } });
  return new Map(rows.map((row) => [row.kind, row.modelVersion]));
}

/**
 * What serves a kind if its promoted version cannot be loaded: the versions promoted before it,
 * newest first.
 */
export function previouslyPromoted(
  prisma: PrismaClient,
  kind: ModelKind,
  limit = 3,
): Promise<ModelVersion[]> {
  return prisma.modelVersion.findMany({
    where: { kind, status: 'RETIRED', promotedAt: { not: null } },
    orderBy: { promotedAt: 'desc' },
    take: limit,
  });
}

/** The newest version of a kind, promoted or not: it explains why the baseline serves. */
export function newestVersion(prisma: PrismaClient, kind: ModelKind): Promise<ModelVersion | null> {
  return prisma.modelVersion.findFirst({ where: { kind }, orderBy: { createdAt: 'desc' } });
}
