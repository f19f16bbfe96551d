import {
  FEATURE_HASH,
  FEATURE_NAMES,
  type FeatureRowAsOf,
  type MissingReason,
} from '@capstone/forecasting';
import type { PrismaClient } from '../prisma.js';

/** A feature row as stored: the library's row plus the day it was computed for. */
export interface StoredFeatureRow extends FeatureRowAsOf {
  readonly asOf: string;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Replaces each instrument's stored row with its row as of `asOf` (NaN stored as null). */
export async function saveFeatureRows(
  prisma: PrismaClient,
  rows: readonly FeatureRowAsOf[],
  asOf: string,
): Promise<void> {
  const date = new Date(`${asOf}T00:00:00Z`);
  await prisma.$transaction(
    rows.map((row) => {
      const data = {
        asOf: date,
        featureValues: Array.from(row.values, (value) => (Number.isFinite(value) ? value : null)),
        history: row.history,
        complete: row.complete,
        missingReason: row.missingReason,
      };
      return prisma.featureSnapshot.upsert({
        where: { symbol_featureHash: { symbol: row.symbol, featureHash: FEATURE_HASH } },
        create: { symbol: row.symbol, featureHash: FEATURE_HASH, ...data },
        update: data,
      });
    }),
  );
}

/** The stored rows of these symbols under this library's features: one query for all of them. */
export async function storedFeatureRows(
  prisma: PrismaClient,
  symbols: readonly string[],
): Promise<Map<string, StoredFeatureRow>> {
  const rows = await prisma.featureSnapshot.findMany({
    where: { featureHash: FEATURE_HASH, symbol: { in: [...symbols] } },
  });
  return new Map(
    rows.map((row) => {
      const values = Float64Array.from(row.featureValues as (number | null)[], (value) =>
        value === null ? NaN : value,
      );
      const asOf = isoDay(row.asOf);
      return [
        row.symbol,
        {
          symbol: row.symbol,
          asOf,
          date: row.complete ? asOf : null,
          values,
          complete: row.complete,
          missingReason: row.missingReason as MissingReason | null,
          missingFeatures: FEATURE_NAMES.filter((_, f) => !Number.isFinite(values[f]!)),
          history: row.history,
        },
      ];
    }),
  );
}
