import { KisParseError } from '../errors.js';
import { fieldReader, nonEmptyRecords, type PriceChangeSign, type WireRecord } from '../wire.js';
import type { EndpointContext, StockMarketCode } from './context.js';
import { byDate } from './date-paging.js';
import { readStockDay, type StockDay } from './stock-day.js';

const TR_ID = 'FHKST01010400';
const PATH = '/uapi/domestic-stock/v1/quotations/inquire-daily-price';

/** One row of 주식현재가 일자별 (the latest 30 days, weeks or months). Prices are integer KRW. */
export interface DailyPrice extends StockDay {
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
    ...readStockDay(read),
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
  return nonEmptyRecords(body.output).map(parseRow).sort(byDate);
}
