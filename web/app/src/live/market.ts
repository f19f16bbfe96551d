import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { seoulDay, toNumber } from '../format/format.js';
import { MarketIndicesDocument } from '@capstone/operations/web/graphql';

export interface IndexSummary {
  points: { date: string; close: number }[];
  close: number | null;
  date: string | null;
  change: number | null;
  changeRate: number | null;
}

/**
 * An index from its daily bars: the last close and its move from the close before. The API
 * has no intraday index quotes, so this is always "at the last close", and says so.
 */
export function summarizeIndex(bars: readonly { date: string; close: string }[]): IndexSummary {
  const points = bars
    .map((bar) => ({ date: bar.date, close: toNumber(bar.close) }))
    .filter((point) => Number.isFinite(point.close));
  const last = points[points.length - 1];
  const previous = points[points.length - 2];
  const change = last && previous ? last.close - previous.close : null;
  return {
    points,
    close: last?.close ?? null,
    date: last?.date ?? null,
    change,
    changeRate: change !== null && previous && previous.close ? change / previous.close : null,
  };
}

/** KOSPI and KOSDAQ over the last `days` calendar days. */
export function useMarketIndices(days = 92) {
  const query = useQuery({
    query: MarketIndicesDocument,
    variables: { from: seoulDay(new Date(), days), to: seoulDay() },
  });
  const indices = computed(() => {
    const data = query.data.value;
    if (!data) return null;
    return [
      { key: 'kospi' as const, summary: summarizeIndex(data.kospi ?? []) },
      { key: 'kosdaq' as const, summary: summarizeIndex(data.kosdaq ?? []) },
    ];
  });
  return { query, indices };
}
