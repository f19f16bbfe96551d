import { KisParseError } from '../errors.js';
import { clockFromCompact, fieldReader, type PriceChangeSign } from '../wire.js';

export const TRADE_TR_ID = 'H0STCNT0';
export const TRADE_WIDTH = 46;

/** The 46 fields of H0STCNT0 in wire order (§8.2). */
export const TRADE_FIELDS = [
  'MKSC_SHRN_ISCD',
  'STCK_CNTG_HOUR',
  'STCK_PRPR',
  'PRDY_VRSS_SIGN',
  'PRDY_VRSS',
  'PRDY_CTRT',
  'WGHN_AVRG_STCK_PRC',
  'STCK_OPRC',
  'STCK_HGPR',
  'STCK_LWPR',
  'ASKP1',
  'BIDP1',
  'CNTG_VOL',
  'ACML_VOL',
  'ACML_TR_PBMN',
  'SELN_CNTG_CSNU',
  'SHNU_CNTG_CSNU',
  'NTBY_CNTG_CSNU',
  'CTTR',
  'SELN_CNTG_SMTN',
  'SHNU_CNTG_SMTN',
  'CCLD_DVSN',
  'SHNU_RATE',
  'PRDY_VOL_VRSS_ACML_VOL_RATE',
  'OPRC_HOUR',
  'OPRC_VRSS_PRPR_SIGN',
  'OPRC_VRSS_PRPR',
  'HGPR_HOUR',
  'HGPR_VRSS_PRPR_SIGN',
  'HGPR_VRSS_PRPR',
  'LWPR_HOUR',
  'LWPR_VRSS_PRPR_SIGN',
  'LWPR_VRSS_PRPR',
  'BSOP_DATE',
  'NEW_MKOP_CLS_CODE',
  'TRHT_YN',
  'ASKP_RSQN1',
  'BIDP_RSQN1',
  'TOTAL_ASKP_RSQN',
  'TOTAL_BIDP_RSQN',
  'VOL_TNRT',
  'PRDY_SMNS_HOUR_ACML_VOL',
  'PRDY_SMNS_HOUR_ACML_VOL_RATE',
  'HOUR_CLS_CODE',
  'MRKT_TRTM_CLS_CODE',
  'VI_STND_PRC',
] as const;

/** 체결구분: 1 buy-initiated (+), 3 pre-market, 5 sell-initiated (−). */
export type TradeSide = 'buy' | 'pre-market' | 'sell';
const SIDES: Record<string, TradeSide> = { '1': 'buy', '3': 'pre-market', '5': 'sell' };

/**
 * One trade print of 국내주식 실시간체결가 (H0STCNT0), every field of the layout. Prices are
 * integer KRW; rates and ratios are percentages; times are "HH:MM:SS" in Korean time.
 */
export interface RealtimeTrade {
  symbol: string;
  time: string;
  price: number;
  changeSign: PriceChangeSign;
  change: number;
  changeRate: number;
  vwap: number;
  open: number;
  high: number;
  low: number;
  askPrice1: number;
  bidPrice1: number;
  /** Shares in this trade. */
  volume: number;
  accumulatedVolume: number;
  /** KRW. */
  accumulatedValue: number;
  sellTradeCount: number;
  buyTradeCount: number;
  netBuyTradeCount: number;
  /** 체결강도: buy volume / sell volume × 100. */
  tradeStrength: number;
  sellVolumeTotal: number;
  buyVolumeTotal: number;
  side: TradeSide | null;
  buyRatio: number;
  volumeRateVsPreviousDay: number;
  openTime: string | null;
  priceVsOpenSign: PriceChangeSign | null;
  priceVsOpen: number;
  highTime: string | null;
  priceVsHighSign: PriceChangeSign | null;
  priceVsHigh: number;
  lowTime: string | null;
  priceVsLowSign: PriceChangeSign | null;
  priceVsLow: number;
  /** YYYY-MM-DD. */
  businessDate: string;
  /** 신 장운영 구분 코드, 2 chars (session, then trade type). */
  marketOperationCode: string;
  halted: boolean;
  askQuantity1: number;
  bidQuantity1: number;
  totalAskQuantity: number;
  totalBidQuantity: number;
  turnoverRate: number;
  previousDaySameTimeVolume: number;
  previousDaySameTimeVolumeRate: number;
  /** 시간 구분: 0 regular, A/B/C/D expected-price phases. */
  hourClassCode: string;
  /** 임의종료구분, often blank. */
  randomEndCode: string;
  /** 정적 VI 발동 기준가, null when blank. */
  viStandardPrice: number | null;
}

export function parseTrade(fields: readonly string[]): RealtimeTrade {
  const record: Record<string, string> = {};
  TRADE_FIELDS.forEach((name, index) => {
    record[name] = fields[index] ?? '';
  });
  const read = fieldReader(record, TRADE_TR_ID);
  const clock = (field: string) => {
    const value = read.optText(field);
    return value === null ? null : clockFromCompact(value);
  };
  const time = clock('STCK_CNTG_HOUR');
  if (time === null) {
    throw new KisParseError(TRADE_TR_ID, 'STCK_CNTG_HOUR', record.STCK_CNTG_HOUR, 'HHMMSS');
  }
  return {
    symbol: read.text('MKSC_SHRN_ISCD'),
    time,
    price: read.number('STCK_PRPR'),
    changeSign: read.sign('PRDY_VRSS_SIGN'),
    change: read.number('PRDY_VRSS'),
    changeRate: read.number('PRDY_CTRT'),
    vwap: read.number('WGHN_AVRG_STCK_PRC'),
    open: read.number('STCK_OPRC'),
    high: read.number('STCK_HGPR'),
    low: read.number('STCK_LWPR'),
    askPrice1: read.number('ASKP1'),
    bidPrice1: read.number('BIDP1'),
    volume: read.number('CNTG_VOL'),
    accumulatedVolume: read.number('ACML_VOL'),
    accumulatedValue: read.number('ACML_TR_PBMN'),
    sellTradeCount: read.optNumber('SELN_CNTG_CSNU') ?? 0,
    buyTradeCount: read.optNumber('SHNU_CNTG_CSNU') ?? 0,
    netBuyTradeCount: read.optNumber('NTBY_CNTG_CSNU') ?? 0,
    tradeStrength: read.optNumber('CTTR') ?? 0,
    sellVolumeTotal: read.optNumber('SELN_CNTG_SMTN') ?? 0,
    buyVolumeTotal: read.optNumber('SHNU_CNTG_SMTN') ?? 0,
    side: SIDES[record.CCLD_DVSN?.trim() ?? ''] ?? null,
    buyRatio: read.optNumber('SHNU_RATE') ?? 0,
    volumeRateVsPreviousDay: read.optNumber('PRDY_VOL_VRSS_ACML_VOL_RATE') ?? 0,
    openTime: clock('OPRC_HOUR'),
    priceVsOpenSign: read.optSign('OPRC_VRSS_PRPR_SIGN'),
    priceVsOpen: read.optNumber('OPRC_VRSS_PRPR') ?? 0,
    highTime: clock('HGPR_HOUR'),
    priceVsHighSign: read.optSign('HGPR_VRSS_PRPR_SIGN'),
    priceVsHigh: read.optNumber('HGPR_VRSS_PRPR') ?? 0,
    lowTime: clock('LWPR_HOUR'),
    priceVsLowSign: read.optSign('LWPR_VRSS_PRPR_SIGN'),
    priceVsLow: read.optNumber('LWPR_VRSS_PRPR') ?? 0,
    businessDate: read.date('BSOP_DATE'),
    marketOperationCode: record.NEW_MKOP_CLS_CODE ?? '',
    halted: read.flag('TRHT_YN'),
    askQuantity1: read.optNumber('ASKP_RSQN1') ?? 0,
    bidQuantity1: read.optNumber('BIDP_RSQN1') ?? 0,
    totalAskQuantity: read.optNumber('TOTAL_ASKP_RSQN') ?? 0,
    totalBidQuantity: read.optNumber('TOTAL_BIDP_RSQN') ?? 0,
    turnoverRate: read.optNumber('VOL_TNRT') ?? 0,
    previousDaySameTimeVolume: read.optNumber('PRDY_SMNS_HOUR_ACML_VOL') ?? 0,
    previousDaySameTimeVolumeRate: read.optNumber('PRDY_SMNS_HOUR_ACML_VOL_RATE') ?? 0,
    hourClassCode: record.HOUR_CLS_CODE ?? '',
    randomEndCode: record.MRKT_TRTM_CLS_CODE ?? '',
    viStandardPrice: read.optNumber('VI_STND_PRC'),
  };
}
