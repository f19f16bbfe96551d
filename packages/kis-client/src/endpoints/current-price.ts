import { KisParseError, KisUnknownSymbolError } from '../errors.js';
import { fieldReader, isWireRecord, type PriceChangeSign } from '../wire.js';
import type { EndpointContext, StockMarketCode } from './context.js';

const TR_ID = 'FHKST01010100';
const PATH = '/uapi/domestic-stock/v1/quotations/inquire-price';

/** 시장경고코드: 00 none, 01 caution, 02 warning, 03 risk. */
export type MarketWarning = 'none' | 'caution' | 'warning' | 'risk';
const WARNINGS: Record<string, MarketWarning> = {
  '00': 'none',
  '01': 'caution',
  '02': 'warning',
  '03': 'risk',
};

/**
 * 주식현재가 시세. Prices are integer KRW, rates are percentages with 2 decimals (1.5 = 1.5 %);
 * fields KIS may leave blank are `null`.
 */
export interface CurrentPrice {
  symbol: string;
  price: number;
  /** Versus the previous close, signed. */
  change: number;
  changeSign: PriceChangeSign;
  /** Percent. */
  changeRate: number;
  open: number;
  high: number;
  low: number;
  /** Shares traded today. */
  volume: number;
  /** KRW traded today. */
  tradedValue: number;
  upperLimit: number;
  lowerLimit: number;
  /** 기준가: the previous close, adjusted for corporate actions. */
  previousClose: number;
  /** Volume-weighted average price today. */
  vwap: number | null;
  /** KRW, from `hts_avls` which KIS gives in 억원 (100 million KRW). */
  marketCap: number | null;
  /** 억원, as KIS sends it. */
  marketCapEok: number | null;
  listedShares: number | null;
  per: number | null;
  pbr: number | null;
  eps: number | null;
  bps: number | null;
  /** 업종 한글명, e.g. "전기·전자". */
  sector: string | null;
  /** 대표 시장, e.g. "KOSPI200". */
  representativeMarket: string | null;
  /** 종목 상태 구분 (51 administrative … 58 halted, 59 overheated). */
  statusCode: string | null;
  marketWarning: MarketWarning | null;
  /** 임시 정지. */
  halted: boolean;
  /** 호가 단위, KRW. */
  tickSize: number | null;
  parValue: number | null;
  /** Percent of the foreign ownership limit used. */
  foreignOwnershipRate: number | null;
  foreignNetBuyQuantity: number | null;
  /** Percent of listed shares traded today. */
  turnoverRate: number | null;
  high52w: number | null;
  high52wDate: string | null;
  low52w: number | null;
  low52wDate: string | null;
  shortSellable: boolean;
  creditEligible: boolean;
  /** VI 적용 구분 code as sent ("N" when none). */
  viCode: string | null;
}

export async function currentPrice(
  context: EndpointContext,
  symbol: string,
  options: { market?: StockMarketCode } = {},
): Promise<CurrentPrice> {
  const { body } = await context.get({
    trId: TR_ID,
    path: PATH,
    query: { FID_COND_MRKT_DIV_CODE: options.market ?? 'J', FID_INPUT_ISCD: symbol },
  });
  if (!isWireRecord(body.output)) throw new KisParseError(TR_ID, 'output', undefined, 'an object');
  const read = fieldReader(body.output, TR_ID);
  const price = read.number('stck_prpr');
  // KIS answers an unknown code with rt_cd "0" and a zero price (PYKIS relies on the same).
  if (price === 0) throw new KisUnknownSymbolError(TR_ID, symbol);
  const marketCapEok = read.optNumber('hts_avls');
  const warning = read.optText('mrkt_warn_cls_code');
  return {
    symbol: read.optText('stck_shrn_iscd') ?? symbol,
    price,
    change: read.number('prdy_vrss'),
    changeSign: read.sign('prdy_vrss_sign'),
    changeRate: read.number('prdy_ctrt'),
    open: read.number('stck_oprc'),
    high: read.number('stck_hgpr'),
    low: read.number('stck_lwpr'),
    volume: read.number('acml_vol'),
    tradedValue: read.number('acml_tr_pbmn'),
    upperLimit: read.number('stck_mxpr'),
    lowerLimit: read.number('stck_llam'),
    previousClose: read.number('stck_sdpr'),
    vwap: read.optNumber('wghn_avrg_stck_prc'),
    marketCap: marketCapEok === null ? null : marketCapEok * 100_000_000,
    marketCapEok,
    listedShares: read.optNumber('lstn_stcn'),
    per: read.optNumber('per'),
    pbr: read.optNumber('pbr'),
    eps: read.optNumber('eps'),
    bps: read.optNumber('bps'),
    sector: read.optText('bstp_kor_isnm'),
    representativeMarket: read.optText('rprs_mrkt_kor_name'),
    statusCode: read.optText('iscd_stat_cls_code'),
    marketWarning: warning === null ? null : (WARNINGS[warning] ?? null),
    halted: read.flag('temp_stop_yn'),
    tickSize: read.optNumber('aspr_unit'),
    parValue: read.optNumber('stck_fcam'),
    foreignOwnershipRate: read.optNumber('hts_frgn_ehrt'),
    foreignNetBuyQuantity: read.optNumber('frgn_ntby_qty'),
    turnoverRate: read.optNumber('vol_tnrt'),
    high52w: read.optNumber('w52_hgpr'),
    high52wDate: read.optDate('w52_hgpr_date'),
    low52w: read.optNumber('w52_lwpr'),
    low52wDate: read.optDate('w52_lwpr_date'),
    shortSellable: read.flag('ssts_yn'),
    creditEligible: read.flag('crdt_able_yn'),
    viCode: read.optText('vi_cls_code'),
  };
}
