import { aggregate, type Period, type Row } from '../periods.js';
import {
  dateParam,
  instrumentCode,
  newestFirst,
  ok,
  period,
  type Checked,
  type Query,
} from './endpoint.js';
import type { Reply } from './http.js';

export interface ChartRequest {
  code: string;
  /** YYYY-MM-DD, from FID_INPUT_DATE_1. */
  from: string;
  /** YYYY-MM-DD, from FID_INPUT_DATE_2. */
  to: string;
  period: Period;
}

/** The query the stock chart (§4.3) and the index chart (§4.5a) both take. */
export function chartRequest(query: Query, divisions: readonly string[]): Checked<ChartRequest> {
  const code = instrumentCode(query, divisions);
  if ('error' in code) return code;
  const from = dateParam(query, 'FID_INPUT_DATE_1');
  if ('error' in from) return from;
  const to = dateParam(query, 'FID_INPUT_DATE_2');
  if ('error' in to) return to;
  const periodCode = period(query, ['D', 'W', 'M', 'Y']);
  if ('error' in periodCode) return periodCode;
  return {
    value: { code: code.value, from: from.value, to: to.value, period: periodCode.value },
  };
}

/**
 * The rows one chart call answers: daily rows aggregated to the period, the newest `limit` of
 * those inside the range, newest first, each with the row before it. Clients page back by
 * calling again with DATE_2 = the oldest date returned minus one day.
 */
export function chartRows(
  daily: readonly Row[],
  request: ChartRequest,
  limit: number,
): Array<{ row: Row; previous: Row | undefined }> {
  return newestFirst(aggregate(daily, request.period))
    .filter(({ row }) => row.date >= request.from && row.date <= request.to)
    .slice(0, limit);
}

/**
 * A range with no rows answers `[{}]`, the empty element KIS puts in output2 (clients are
 * expected to drop empty objects).
 */
export const chartReply = (output1: Record<string, string>, output2: readonly object[]): Reply =>
  ok({ output1, output2: output2.length > 0 ? output2 : [{}] });
