import type { AiContext } from '../context.js';
import { storedFeatureRows } from '../serving/feature-store.js';
import { forecastFromRows } from '../serving/forecasts.js';
import { riskScore, type RiskScore } from './risk-score.js';

interface PortfolioValuation {
  portfolio: {
    valuation: {
      asOf: string | null;
      cash: string;
      holdings: { symbol: string; marketValue: string | null }[];
    };
  } | null;
}

/** Calendar days of bars fetched: enough for a year of trading days and a margin for holidays. */
const HISTORY_CALENDAR_DAYS = 400;

const daysBefore = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * A portfolio's risk score. Its holdings and their values come through the gateway as the
 * caller (the portfolio subgraph decides whether they may see it); prices and KOSPI closes as
 * the ai service; each holding's volatility from the served forecasts.
 */
export async function portfolioRiskScore(
  context: AiContext,
  portfolioId: string,
): Promise<RiskScore | null> {
  const data = await context.gateway.query<PortfolioValuation>(
    context.identity,
    'query AiRiskHoldings($id: ID!) { portfolio(id: $id) { valuation { asOf cash holdings { symbol marketValue } } } }',
    { id: portfolioId },
  );
  const valuation = data.portfolio?.valuation;
  if (!valuation) return null;
  const held = valuation.holdings.filter((holding) => Number(holding.marketValue ?? 0) > 0);
  const symbols = held.map((holding) => holding.symbol);
  const to = valuation.asOf ?? new Date().toISOString().slice(0, 10);
  const from = daysBefore(to, HISTORY_CALENDAR_DAYS);
  const [histories, kospi, rows] = await Promise.all([
    symbols.length ? context.market.history(symbols, from, to) : Promise.resolve([]),
    symbols.length ? context.market.kospi(from, to) : Promise.resolve([]),
    storedFeatureRows(context.prisma, symbols),
  ]);
  const forecasts = await context.models.withSnapshot((snapshot) =>
    forecastFromRows(symbols, rows, snapshot),
  );
  const bars = new Map(histories.map((history) => [history.symbol, history.bars]));
  return riskScore({
    cash: Number(valuation.cash),
    kospi,
    positions: held.map((holding) => ({
      symbol: holding.symbol,
      value: Number(holding.marketValue),
      bars: bars.get(holding.symbol) ?? [],
      forecastVolatility: forecasts.get(holding.symbol)?.forecast?.volatility.value ?? null,
    })),
  });
}
