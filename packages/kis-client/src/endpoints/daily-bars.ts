import { KisUnknownSymbolError } from '../errors.js';
import { fieldReader, isWireRecord, type PriceChangeSign, type WireRecord } from '../wire.js';
import type { EndpointContext, StockMarketCode } from './context.js';
import { chartPages, collectPages, type ChartPeriod, type DateRange } from './date-paging.js';
import { readStockDay, type StockDay } from './stock-day.js';

const TR_ID = 'FHKST03010100';
const PATH = '/uapi/domestic-stock/v1/quotations/inquire-daily-itemchartprice';
const PAGE_SIZE = 100;

export interface DailyBarsOptions extends DateRange {
  /** D day, W week, M month, Y year. */
  period?: ChartPeriod;
  /** 수정주가 (adjusted for splits and other corporate actions) or 원주가. Default true. */
  adjusted?: boolean;
  market?: StockMarketCode;
}

/** One bar of 국내주식기간별시세. Prices are integer KRW. */
export interface DailyBar extends StockDay {
  /** KRW. */
  tradedValue: number;
  change: number | null;
  changeSign: PriceChangeSign | null;
  /** 분할비율 (base price / previous close) when a corporate action happened that day. */
  splitRatio: number | null;
  /** 락 구분 (00 none, 01 ex-rights, 02 ex-dividend, …). */
  exDateCode: string | null;
  /** 변경 여부 "Y": no trade that day, so the open is not real. */
  noTrade: boolean;
  /** 재평가사유 code, null when none. */
  revaluationReason: string | null;
}

function parseBar(record: WireRecord): DailyBar {
  const read = fieldReader(record, TR_ID);
  return {
    ...readStockDay(read),
    tradedValue: read.optNumber('acml_tr_pbmn') ?? 0,
    change: read.optNumber('prdy_vrss'),
    changeSign: read.optSign('prdy_vrss_sign'),
    splitRatio: read.optNumber('prtt_rate'),
    exDateCode: read.optText('flng_cls_code'),
    noTrade: read.flag('mod_yn'),
    revaluationReason: read.optText('revl_issu_reas'),
  };
}

/** Each page of bars (oldest-first within the page, newest page first), for page-wise upserts. */
export function dailyBarPages(
  context: EndpointContext,
  symbol: string,
  options: DailyBarsOptions,
): AsyncGenerator<DailyBar[], void, undefined> {
  return chartPages(
    context,
    {
      trId: TR_ID,
      path: PATH,
      pageSize: PAGE_SIZE,
      marketCode: options.market ?? 'J',
      code: symbol,
      // 0 = 수정주가 (adjusted), 1 = 원주가 [WB]; PYKIS sends the same.
      extraQuery: { FID_ORG_ADJ_PRC: options.adjusted === false ? '1' : '0' },
      parseRow: parseBar,
      onEmptyFirstPage(body) {
        const summary = isWireRecord(body.output1) ? body.output1 : {};
        if (summary.stck_prpr === '0') throw new KisUnknownSymbolError(TR_ID, symbol);
      },
    },
    options,
  );
}

/** Every bar in the range, oldest-first, each date once. */
export function dailyBars(
  context: EndpointContext,
  symbol: string,
  options: DailyBarsOptions,
): Promise<DailyBar[]> {
  return collectPages(dailyBarPages(context, symbol, options));
}
