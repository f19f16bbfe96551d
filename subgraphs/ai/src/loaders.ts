import { inKeyOrder, requestLoader } from '@capstone/server-kit';
import type { AiContext } from './context.js';
import type { ModelVersion } from './generated/prisma/client.js';
import { storedFeatureRows } from './serving/feature-store.js';
import { forecastFromRows, type ForecastOutcome } from './serving/forecasts.js';

/**
 * Every instrument of one request (a portfolio's holdings, a watchlist) is forecast together:
 * one query for their feature rows, then one ONNX Runtime run per kind for all of them, with
 * the sessions serving when the batch starts.
 */
export const forecastOf = requestLoader(
  async (symbols: readonly string[], context: AiContext): Promise<ForecastOutcome[]> => {
    const rows = await storedFeatureRows(context.prisma, symbols);
    const outcomes = await context.models.withSnapshot((snapshot) =>
      forecastFromRows(symbols, rows, snapshot),
    );
    return symbols.map((symbol) => outcomes.get(symbol)!);
  },
);

export const modelVersionById = requestLoader(
  async (ids: readonly string[], { prisma }: AiContext) =>
    inKeyOrder(
      ids,
      await prisma.modelVersion.findMany({ where: { id: { in: [...ids] } } }),
      (row: ModelVersion) => row.id,
    ),
);
