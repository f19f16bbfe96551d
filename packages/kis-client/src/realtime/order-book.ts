import { KisParseError } from '../errors.js';
import { clockFromCompact, fieldReader, type PriceChangeSign } from '../wire.js';

export const ORDER_BOOK_TR_ID = 'H0STASP0';
export const ORDER_BOOK_WIDTH = 59;

const levels = (prefix: string) => Array.from({ length: 10 }, (_, i) => `${prefix}${i + 1}`);

/** The 59 fields of H0STASP0 in wire order (§8.2). */
export const ORDER_BOOK_FIELDS = [
  'MKSC_SHRN_ISCD',
  'BSOP_HOUR',
  'HOUR_CLS_CODE',
  ...levels('ASKP'),
  ...levels('BIDP'),
  ...levels('ASKP_RSQN'),
  ...levels('BIDP_RSQN'),
  'TOTAL_ASKP_RSQN',
  'TOTAL_BIDP_RSQN',
  'OVTM_TOTAL_ASKP_RSQN',
  'OVTM_TOTAL_BIDP_RSQN',
  'ANTC_CNPR',
  'ANTC_CNQN',
  'ANTC_VOL',
  'ANTC_CNTG_VRSS',
  'ANTC_CNTG_VRSS_SIGN',
  'ANTC_CNTG_PRDY_CTRT',
  'ACML_VOL',
  'TOTAL_ASKP_RSQN_ICDC',
  'TOTAL_BIDP_RSQN_ICDC',
  'OVTM_TOTAL_ASKP_ICDC',
  'OVTM_TOTAL_BIDP_ICDC',
  'STCK_DEAL_CLS_CODE',
] as const;

export interface OrderBookLevel {
  price: number;
  quantity: number;
}

/** 국내주식 실시간호가 (H0STASP0). Level 0 of `asks`/`bids` is the best price. */
export interface RealtimeOrderBook {
  symbol: string;
  /** "HH:MM:SS", Korean time. */
  time: string;
  hourClassCode: string;
  asks: OrderBookLevel[];
  bids: OrderBookLevel[];
  totalAskQuantity: number;
  totalBidQuantity: number;
  afterHoursTotalAskQuantity: number;
  afterHoursTotalBidQuantity: number;
  /** Expected (call-auction) price and quantities; zero outside auctions. */
  expected: {
    price: number;
    quantity: number;
    volume: number;
    change: number;
    changeSign: PriceChangeSign | null;
    changeRate: number;
  };
  accumulatedVolume: number;
  totalAskQuantityChange: number;
  totalBidQuantityChange: number;
  afterHoursTotalAskQuantityChange: number;
  afterHoursTotalBidQuantityChange: number;
}

export function parseOrderBook(fields: readonly string[]): RealtimeOrderBook {
  const record: Record<string, string> = {};
  ORDER_BOOK_FIELDS.forEach((name, index) => {
    record[name] = fields[index] ?? '';
  });
  const read = fieldReader(record, ORDER_BOOK_TR_ID);
  const orZero = (field: string) => read.optNumber(field) ?? 0;
  const time = clockFromCompact(record.BSOP_HOUR ?? '');
  if (time === null) {
    throw new KisParseError(ORDER_BOOK_TR_ID, 'BSOP_HOUR', record.BSOP_HOUR, 'HHMMSS');
  }
  const side = (price: string, quantity: string) =>
    Array.from({ length: 10 }, (_, i) => ({
      price: orZero(`${price}${i + 1}`),
      quantity: orZero(`${quantity}${i + 1}`),
    }));
  return {
    symbol: read.text('MKSC_SHRN_ISCD'),
    time,
    hourClassCode: record.HOUR_CLS_CODE ?? '',
    asks: side('ASKP', 'ASKP_RSQN'),
    bids: side('BIDP', 'BIDP_RSQN'),
    totalAskQuantity: orZero('TOTAL_ASKP_RSQN'),
    totalBidQuantity: orZero('TOTAL_BIDP_RSQN'),
    afterHoursTotalAskQuantity: orZero('OVTM_TOTAL_ASKP_RSQN'),
    afterHoursTotalBidQuantity: orZero('OVTM_TOTAL_BIDP_RSQN'),
    expected: {
      price: orZero('ANTC_CNPR'),
      quantity: orZero('ANTC_CNQN'),
      volume: orZero('ANTC_VOL'),
      change: orZero('ANTC_CNTG_VRSS'),
      changeSign: read.optSign('ANTC_CNTG_VRSS_SIGN'),
      changeRate: orZero('ANTC_CNTG_PRDY_CTRT'),
    },
    accumulatedVolume: orZero('ACML_VOL'),
    totalAskQuantityChange: orZero('TOTAL_ASKP_RSQN_ICDC'),
    totalBidQuantityChange: orZero('TOTAL_BIDP_RSQN_ICDC'),
    afterHoursTotalAskQuantityChange: orZero('OVTM_TOTAL_ASKP_ICDC'),
    afterHoursTotalBidQuantityChange: orZero('OVTM_TOTAL_BIDP_ICDC'),
  };
}
