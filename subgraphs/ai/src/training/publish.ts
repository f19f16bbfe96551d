import { featuresAsOf, type IndexBar, type InstrumentBars } from '@capstone/forecasting';
import type { Logger } from '@capstone/observability';
import type { ArtifactStore } from '../artifacts/store.js';
import type { AiEventMap, AiEventName, ForecastPublishedEvent } from '../events.js';
import type { PrismaClient } from '../prisma.js';
import { MODEL_KINDS } from '../registry/registry.js';
import { saveFeatureRows } from '../serving/feature-store.js';
import { forecastFromRows, type ForecastPart } from '../serving/forecasts.js';
import { ModelServer } from '../serving/model-server.js';

export interface PublishDeps {
  prisma: PrismaClient;
  store: ArtifactStore;
  logger: Logger;
  emit: <Name extends AiEventName>(name: Name, payload: AiEventMap[Name]) => void;
}

/**
 * Refreshes every instrument's feature row as of the newest trading day and publishes their
 * forecasts with what the registry promotes, loaded and checked exactly as a serving process
 * loads it, in one batched run per kind. Fires forecastPublished when a promoted model made them.
 */
export async function publishForecasts(
  deps: PublishDeps,
  input: { instruments: readonly InstrumentBars[]; index: readonly IndexBar[] },
): Promise<ForecastPublishedEvent | null> {
  const instruments = input.instruments.filter((instrument) => instrument.bars.length > 0);
  if (instruments.length === 0) return null;
  const asOf = instruments
    .map((instrument) => instrument.bars.at(-1)!.date)
    .reduce((a, b) => (a > b ? a : b));
  const rows = featuresAsOf({ instruments, index: input.index, asOf });
  await saveFeatureRows(deps.prisma, rows, asOf);

  const server = new ModelServer(deps.prisma, deps.store, deps.logger);
  let outcomes;
  try {
    await server.refresh();
    outcomes = await server.withSnapshot((snapshot) =>
      forecastFromRows(
        rows.map((row) => row.symbol),
        new Map(rows.map((row) => [row.symbol, { ...row, asOf }])),
        snapshot,
      ),
    );
  } finally {
    await server.close();
  }
  const parts: ForecastPart[] = [];
  for (const outcome of outcomes.values()) {
    if (outcome.forecast) parts.push(outcome.forecast.volatility, outcome.forecast.probabilityUp);
  }
  if (parts.length === 0) return null;
  const publishedAt = new Date();
  const date = new Date(`${asOf}T00:00:00Z`);
  const symbols = [...outcomes].flatMap(([symbol, outcome]) => (outcome.forecast ? [symbol] : []));
  await deps.prisma.forecast.createMany({
    data: symbols.flatMap((symbol) => {
      const forecast = outcomes.get(symbol)!.forecast!;
      return [forecast.volatility, forecast.probabilityUp].map((part) => ({
        symbol,
        kind: MODEL_KINDS[part.kind],
        asOf: date,
        horizonDays: forecast.horizonDays,
        value: part.value,
        baseline: part.baseline,
        source: part.source,
        modelVersionId: part.version.id,
        publishedAt,
      }));
    }),
    skipDuplicates: true,
  });
  const first = outcomes.get(symbols[0]!)!.forecast!;
  const event: ForecastPublishedEvent = {
    asOf,
    publishedAt: publishedAt.toISOString(),
    volatilityVersionId: first.volatility.version.id,
    directionVersionId: first.probabilityUp.version.id,
    count: symbols.length,
  };
  if (parts.some((part) => part.source === 'MODEL')) deps.emit('forecastPublished', event);
  return event;
}
