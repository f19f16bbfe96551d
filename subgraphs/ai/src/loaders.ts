import { requestLoader } from '@capstone/server-kit';
import type { AiContext } from './context.js';
import { Prisma, type Forecast } from './generated/prisma/client.js';

interface ForecastKey {
  symbol: string;
  horizonDays: number;
}

/**
 * The newest forecast of a ready model for each symbol, per horizon: one query for all the
 * instruments of a list (a portfolio's holdings) that ask the same horizon.
 */
export const newestForecastOf = requestLoader(
  async (keys: readonly ForecastKey[], { prisma }: AiContext) => {
    const found = new Map<string, Forecast>();
    for (const horizonDays of new Set(keys.map((key) => key.horizonDays))) {
      const symbols = keys
        .filter((key) => key.horizonDays === horizonDays)
        .map((key) => key.symbol);
      const rows = await prisma.$queryRaw<Forecast[]>`
        SELECT id, symbol, modelVersionId, asOf, horizonDays, expectedReturn, volatility, createdAt
        FROM (
          SELECT f.*, ROW_NUMBER() OVER (
            PARTITION BY f.symbol ORDER BY f.asOf DESC, f.createdAt DESC) AS newest
          FROM Forecast f JOIN ModelVersion m ON m.id = f.modelVersionId
          WHERE m.status = 'READY' AND f.horizonDays = ${horizonDays}
            AND f.symbol IN (${Prisma.join(symbols)})
        ) ranked
        WHERE newest = 1`;
      for (const row of rows) found.set(forecastKey(row), row);
    }
    return keys.map((key) => found.get(forecastKey(key)) ?? null);
  },
  (key) => forecastKey(key),
);

const forecastKey = ({ symbol, horizonDays }: ForecastKey) => `${symbol}:${horizonDays}`;
