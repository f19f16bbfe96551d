import { KisParseError } from '../errors.js';
import { fieldReader, isWireRecord, type PriceChangeSign, type WireRecord } from '../wire.js';
import type { EndpointContext, StockMarketCode } from './context.js';
import { byDate } from './date-paging.js';

const TR_ID = 'FHKST01010400';
const PATH = '/uapi/domestic-stock/v1/quotations/inquire-daily-price';

/** One row of 주식현재가 일자별 (the latest 30 days, weeks or months). Prices are integer KRW. */
export interface DailyPrice {
  date: string;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  change: number | null;
  changeSign: PriceChangeSign | null;
  /** Percent. */
  changeRate: number | null;
  foreignOwnershipRate: number | null;
  foreignNetBuyQuantity: number | null;
  exDateCode: string | null;
  /** 누적 분할 비율. */
  accumulatedSplitRatio: number | null;
}

function parseRow(record: WireRecord): DailyPrice {
  const read = fieldReader(record, TR_ID);
  return {
    date: read.date('stck_bsop_date'),
    open: read.number('stck_oprc'),
    high: read.number('stck_hgpr'),
    low: read.number('stck_lwpr'),
    close: read.number('stck_clpr'),
    volume: read.number('acml_vol'),
    change: read.optNumber('prdy_vrss'),
    changeSign: read.optSign('prdy_vrss_sign'),
    changeRate: read.optNumber('prdy_ctrt'),
    foreignOwnershipRate: read.optNumber('hts_frgn_ehrt'),
    foreignNetBuyQuantity: read.optNumber('frgn_ntby_qty'),
    exDateCode: read.optText('flng_cls_code'),
    accumulatedSplitRatio: read.optNumber('acml_prtt_rate'),
  };
}

/** Oldest-first. */
export async function recentDailyPrices(
  context: EndpointContext,
  symbol: string,
  options: { period?: 'D' | 'W' | 'M'; adjusted?: boolean; market?: StockMarketCode } = {},
): Promise<DailyPrice[]> {
  const { body } = await context.get({
    trId: TR_ID,
    path: PATH,
    query: {
      FID_COND_MRKT_DIV_CODE: options.market ?? 'J',
      FID_INPUT_ISCD: symbol,
      FID_PERIOD_DIV_CODE: options.period ?? 'D',
      // For this TR the workbook says 1 = 수정주가 반영 (adjusted), the opposite of the chart TR;
      // the Postman collection disagrees (§4.2). The workbook is the newer official source.
      FID_ORG_ADJ_PRC: options.adjusted === false ? '0' : '1',
    },
  });
  if (!Array.isArray(body.output)) throw new KisParseError(TR_ID, 'output', undefined, 'an array');
  return body.output
    .filter((item): item is WireRecord => isWireRecord(item) && Object.keys(item).length > 0)
    .map(parseRow)
    .sort(byDate);
}
