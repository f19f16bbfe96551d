import { KisParseError } from '../errors.js';
import { compactFromIso, dayBefore, nonEmptyRecords, type WireRecord } from '../wire.js';
import type { EndpointContext, KisGet } from './context.js';

export interface DateRange {
  /** First date wanted, YYYY-MM-DD. */
  from: string;
  /** Last date wanted, YYYY-MM-DD. */
  to: string;
}

export type ChartPeriod = 'D' | 'W' | 'M' | 'Y';

/** A period-chart TR: the stock chart and the index chart take the same query and page alike. */
export interface ChartTr<Row extends { date: string }> {
  trId: string;
  path: string;
  /** Rows KIS returns at most per call: a shorter page is the last one. */
  pageSize: number;
  /** FID_COND_MRKT_DIV_CODE. */
  marketCode: string;
  /** FID_INPUT_ISCD. */
  code: string;
  /** Parameters only this TR takes. */
  extraQuery?: Record<string, string>;
  parseRow(record: WireRecord): Row;
  /** Called with the first answer when it has no rows, to tell "unknown code" from "no data". */
  onEmptyFirstPage?(body: WireRecord): void;
}

/**
 * The chart TRs have no `tr_cont` paging (§4.3): each call returns the newest `pageSize` rows
 * up to FID_INPUT_DATE_2, so the next call ends the day before the oldest row returned. Stops
 * when a page reaches `from`, comes back short, or would not move backwards. Yields each page
 * oldest-first without rows already yielded.
 */
export async function* chartPages<Row extends { date: string }>(
  context: EndpointContext,
  tr: ChartTr<Row>,
  range: DateRange & { period?: ChartPeriod },
): AsyncGenerator<Row[], void, undefined> {
  const period = range.period ?? 'D';
  // W/M/Y bars are dated by KIS's own rule, so only daily bars can be held to the range.
  const clipToRange = period === 'D';
  const from = compactFromIso(range.from);
  let end = range.to;
  const seen = new Set<string>();
  for (let first = true; ; first = false) {
    const request: KisGet = {
      trId: tr.trId,
      path: tr.path,
      query: {
        FID_COND_MRKT_DIV_CODE: tr.marketCode,
        FID_INPUT_ISCD: tr.code,
        FID_INPUT_DATE_1: from,
        FID_INPUT_DATE_2: compactFromIso(end),
        FID_PERIOD_DIV_CODE: period,
        ...tr.extraQuery,
      },
    };
    const { body } = await context.get(request);
    const raw = body.output2 ?? [];
    if (!Array.isArray(raw)) throw new KisParseError(tr.trId, 'output2', undefined, 'an array');
    const rows = nonEmptyRecords(raw).map((record) => tr.parseRow(record));
    if (first && rows.length === 0 && tr.onEmptyFirstPage) tr.onEmptyFirstPage(body);

    const page = rows
      .filter((row) => !seen.has(row.date))
      .filter((row) => !clipToRange || (row.date >= range.from && row.date <= range.to))
      .sort(byDate);
    for (const row of page) seen.add(row.date);
    if (page.length > 0) yield page;

    if (rows.length === 0 || raw.length < tr.pageSize) return;
    const oldest = rows.reduce((min, row) => (row.date < min ? row.date : min), rows[0]!.date);
    if (oldest <= range.from) return;
    const next = dayBefore(oldest);
    if (next >= end) return;
    end = next;
  }
}

/** All pages, oldest-first. */
export async function collectPages<Row extends { date: string }>(
  pages: AsyncIterable<Row[]>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const page of pages) rows.push(...page);
  return rows.sort(byDate);
}

export const byDate = (a: { date: string }, b: { date: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
