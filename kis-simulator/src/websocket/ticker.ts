import { sessionAt } from '@capstone/krx-calendar';
import type { IntradayEngine, Quote, SessionClock } from '../intraday.js';
import { bookRecord, tradeRecord } from './frames.js';

interface TradeState {
  date: string;
  volume: number;
  price: number;
  lastWasBuy: boolean;
  closed: boolean;
}

/**
 * Turns the intraday path into trades. A trade is whatever volume the path added since the
 * symbol's previous tick, so ticks never double-count however many sessions watch the symbol;
 * an interval in which nothing traded sends nothing. On the KRX clock trades stop for the
 * closing auction and one closing trade follows 15:30.
 */
export class Ticker {
  private readonly trades = new Map<string, TradeState>();

  constructor(
    private readonly intraday: IntradayEngine,
    private readonly clock: SessionClock,
    private readonly tickIntervalMs: number,
    private readonly seed: number,
  ) {}

  /** H0STCNT0 records for the symbols that traded since the last round. */
  trade(symbols: Iterable<string>, now: Date): Map<string, string[]> {
    const records = new Map<string, string[]>();
    for (const symbol of symbols) {
      const quote = this.intraday.quote(symbol, now);
      if (!quote || (quote.phase !== 'trading' && quote.phase !== 'closed')) continue;
      const state = this.stateFor(symbol, quote, now);
      if (quote.phase === 'closed' && (state.closed || this.clock === 'continuous')) continue;
      const volume = quote.volume - state.volume;
      if (volume <= 0) continue;
      const buy = quote.price > state.price || (quote.price === state.price && state.lastWasBuy);
      records.set(
        symbol,
        tradeRecord(quote, { volume, buy, at: now, closing: quote.phase === 'closed' }, this.seed),
      );
      state.volume = quote.volume;
      state.price = quote.price;
      state.lastWasBuy = buy;
      state.closed = quote.phase === 'closed';
    }
    return records;
  }

  /** H0STASP0 records (the book is quoted through the auctions too, with expected prices). */
  book(symbols: Iterable<string>, now: Date): Map<string, string[]> {
    const records = new Map<string, string[]>();
    const phase = this.clock === 'krx' ? sessionAt(now).phase : 'regular';
    if (phase === 'closed' || phase === 'after-hours') return records;
    const auction =
      phase === 'pre-open' ? 'opening' : phase === 'closing-auction' ? 'closing' : 'none';
    for (const symbol of symbols) {
      const quote = this.intraday.quote(symbol, now);
      if (!quote || quote.phase === 'no-session') continue;
      const lastWasBuy = this.trades.get(symbol)?.lastWasBuy ?? true;
      records.set(symbol, bookRecord(quote, now, auction, lastWasBuy, this.seed));
    }
    return records;
  }

  private stateFor(symbol: string, quote: Quote, now: Date): TradeState {
    let state = this.trades.get(symbol);
    if (!state || state.date !== quote.date) {
      // A symbol first watched mid-session starts from one interval ago, not from the open.
      const before = this.intraday.quote(symbol, new Date(now.getTime() - this.tickIntervalMs));
      const sameDay = before && before.date === quote.date && before.phase !== 'before-open';
      state = {
        date: quote.date,
        volume: sameDay ? before.volume : 0,
        price: sameDay ? before.price : quote.basePrice,
        lastWasBuy: true,
        closed: false,
      };
      this.trades.set(symbol, state);
    }
    return state;
  }
}
