import { fieldReader, type WireRecord } from '../wire.js';
import type { EndpointContext } from './context.js';
import { chartPages, collectPages, type ChartPeriod, type DateRange } from './date-paging.js';

const TR_ID = 'FHKUP03500100';
const PATH = '/uapi/domestic-stock/v1/quotations/inquire-daily-indexchartprice';
const PAGE_SIZE = 50;

/** 0001 KOSPI composite, 1001 KOSDAQ, 2001 KOSPI 200 (§4.5). */
export type IndexChartCode = '0001' | '1001' | '2001';

export interface IndexBarsOptions extends DateRange {
  period?: ChartPeriod;
}

/**
 * One bar of 국내주식업종기간별시세. Index points are numbers parsed from KIS's 2-decimal strings:
 * every such value is the double nearest to it, so `value.toFixed(2)` gives KIS's text back
 * exactly (use that when storing into a DECIMAL column).
 */
export interface IndexBar {
  date: string;
  open: number;
  high: number;
  low: number;
  close: number;
  /** As KIS sends it; magnitudes suggest thousands of shares (§4.5, inferred). */
  volume: number;
  /** As KIS sends it; magnitudes suggest millions of KRW (§4.5, inferred). */
  tradedValue: number;
}

function parseIndexBar(record: WireRecord): IndexBar {
  const read = fieldReader(record, TR_ID);
  return {
    date: read.date('stck_bsop_date'),
    open: read.number('bstp_nmix_oprc'),
    high: read.number('bstp_nmix_hgpr'),
    low: read.number('bstp_nmix_lwpr'),
    close: read.number('bstp_nmix_prpr'),
    volume: read.optNumber('acml_vol') ?? 0,
    tradedValue: read.optNumber('acml_tr_pbmn') ?? 0,
  };
}

export function indexBarPages(
  context: EndpointContext,
  code: IndexChartCode,
  options: IndexBarsOptions,
): AsyncGenerator<IndexBar[], void, undefined> {
  return chartPages(
    context,
    {
      trId: TR_ID,
      path: PATH,
      pageSize: PAGE_SIZE,
      marketCode: 'U',
      code,
      parseRow: parseIndexBar,
    },
    options,
  );
}

export function indexBars(
  context: EndpointContext,
  code: IndexChartCode,
  options: IndexBarsOptions,
): Promise<IndexBar[]> {
  return collectPages(indexBarPages(context, code, options));
}
