import type { Quote } from '../intraday.js';
import { compactDate, kstTime } from '../kst.js';
import { streamFor } from '../random.js';
import { tickSize } from '@capstone/krx-rules';
import { changeSign, fixed, int, percent, plainSign } from '../rest/format.js';

/**
 * Real-time data frames: `0|<TR_ID>|<count NNN>|<fields joined by ^>`, several records of one TR
 * simply concatenated (KIS_API.md §8.2). Market-data TRs are never encrypted (leading 0).
 */
export function dataFrame(trId: string, records: readonly string[][]): string {
  return `0|${trId}|${String(records.length).padStart(3, '0')}|${records.map((record) => record.join('^')).join('^')}`;
}

export const TRADE_FIELDS = 46;
export const BOOK_FIELDS = 59;

export interface Trade {
  volume: number;
  /** Buyer-initiated (lifted the offer) or seller-initiated. */
  buy: boolean;
  at: Date;
  /** The last trade of the day, from the closing auction. */
  closing: boolean;
}

/** Orders of a typical size, for the trade-count fields. */
const tradeSize = (quote: Quote) => Math.max(1, Math.round(quote.profile.avgVolume / 20_000));

/** Share of the day's volume bought at the offer: above 50% while the price is above its open. */
function buySide(quote: Quote): { buy: number; sell: number } {
  const reference = Math.max(1, quote.open * 0.01);
  const share = 0.5 + 0.08 * Math.tanh((quote.price - (quote.open || quote.price)) / reference);
  const buy = Math.round(quote.volume * share);
  return { buy, sell: quote.volume - buy };
}

interface Book {
  asks: number[];
  bids: number[];
  askSizes: number[];
  bidSizes: number[];
}

function book(quote: Quote, lastTradeWasBuy: boolean, at: Date, seed: number): Book {
  const { market } = quote.profile;
  const up = (price: number) => price + tickSize(price, { market, date: quote.date });
  const down = (price: number) =>
    price - tickSize(Math.max(1, price - 1), { market, date: quote.date });
  const bestAsk = lastTradeWasBuy ? quote.price : up(quote.price);
  const asks = [bestAsk];
  const bids = [down(bestAsk)];
  for (let level = 1; level < 10; level++) {
    asks.push(up(asks[level - 1] ?? bestAsk));
    bids.push(Math.max(0, down(bids[level - 1] ?? bestAsk)));
  }
  const rng = streamFor(seed, 'book', quote.profile.symbol, Math.floor(at.getTime() / 1000));
  const lot = Math.max(1, Math.round(quote.profile.avgVolume / 400));
  const size = () => Math.max(1, Math.round(lot * (0.3 + 1.4 * rng.next())));
  return {
    asks,
    bids,
    askSizes: asks.map(size),
    bidSizes: bids.map(size),
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** H0STCNT0, 국내주식 실시간체결가: the 46 fields in KIS's order. */
export function tradeRecord(quote: Quote, trade: Trade, seed: number): string[] {
  const { profile, price, basePrice, date } = quote;
  const previousVolume = quote.history.at(-1)?.volume ?? 0;
  const sides = buySide(quote);
  const size = tradeSize(quote);
  const sellCount = Math.ceil(sides.sell / size);
  const buyCount = Math.ceil(sides.buy / size);
  const levels = book(quote, trade.buy, trade.at, seed);
  const sameTimeYesterday = Math.round(previousVolume * quote.progress);
  const record = [
    profile.symbol,
    kstTime(trade.at),
    int(price),
    changeSign(price, basePrice, profile.market, date),
    int(price - basePrice),
    percent(price - basePrice, basePrice),
    fixed(quote.volume ? quote.value / quote.volume : price),
    int(quote.open),
    int(quote.high),
    int(quote.low),
    int(levels.asks[0] ?? price),
    int(levels.bids[0] ?? price),
    int(trade.volume),
    int(quote.volume),
    int(quote.value),
    int(sellCount),
    int(buyCount),
    int(buyCount - sellCount),
    fixed(sides.sell ? (sides.buy / sides.sell) * 100 : 0),
    int(sides.sell),
    int(sides.buy),
    trade.buy ? '1' : '5',
    percent(sides.buy, quote.volume),
    percent(quote.volume, previousVolume),
    quote.openTime,
    plainSign(price, quote.open),
    int(price - quote.open),
    quote.highTime,
    plainSign(price, quote.high),
    int(price - quote.high),
    quote.lowTime,
    plainSign(price, quote.low),
    int(price - quote.low),
    compactDate(date),
    trade.closing ? '21' : '20',
    'N',
    int(levels.askSizes[0] ?? 0),
    int(levels.bidSizes[0] ?? 0),
    int(sum(levels.askSizes)),
    int(sum(levels.bidSizes)),
    fixed((quote.volume / quote.shares) * 100),
    int(sameTimeYesterday),
    percent(quote.volume, sameTimeYesterday),
    '0',
    '',
    int(quote.open),
  ];
  if (record.length !== TRADE_FIELDS)
    throw new Error(`H0STCNT0 record has ${record.length} fields`);
  return record;
}

/** H0STASP0, 국내주식 실시간호가: the 59 fields in KIS's order. */
export function bookRecord(
  quote: Quote,
  at: Date,
  auction: 'none' | 'opening' | 'closing',
  lastTradeWasBuy: boolean,
  seed: number,
): string[] {
  const levels = book(quote, lastTradeWasBuy, at, seed);
  const expected = auction !== 'none';
  const expectedQty = Math.round(quote.profile.avgVolume * 0.02);
  const change = quote.price - quote.basePrice;
  const record = [
    quote.profile.symbol,
    kstTime(at),
    auction === 'opening' ? 'B' : auction === 'closing' ? 'A' : '0',
    ...levels.asks.map(int),
    ...levels.bids.map(int),
    ...levels.askSizes.map(int),
    ...levels.bidSizes.map(int),
    int(sum(levels.askSizes)),
    int(sum(levels.bidSizes)),
    '0',
    '0',
    expected ? int(quote.price) : '0',
    expected ? int(expectedQty) : '0',
    expected ? int(expectedQty) : '0',
    expected ? int(change) : '0',
    expected ? plainSign(quote.price, quote.basePrice) : '3',
    expected ? percent(change, quote.basePrice) : '0.00',
    int(quote.volume),
    '0',
    '0',
    '0',
    '0',
    '',
  ];
  if (record.length !== BOOK_FIELDS) throw new Error(`H0STASP0 record has ${record.length} fields`);
  return record;
}
