import {
  KIS_DEFAULT_RATE,
  KisUnknownSymbolError,
  createKisRealtime,
  type CurrentPrice,
  type KisClient,
  type KisRealtime,
  type RealtimeTrade,
} from '@capstone/kis-client';
import type { Logger } from '@capstone/observability';
import { Decimal } from '@capstone/server-kit';
import type { QuoteEvent } from '../quote-stream.js';
import { upsertQuotes, type QuoteRow } from '../storage/ingest.js';
import type { Pool } from '../storage/pool.js';
import { RunRecorder } from '../runs/recorder.js';
import { createRun, type EtlTriggerName } from '../runs/run-records.js';
import type { KisSource } from '../settings.js';

const TRADE_TR = 'H0STCNT0';
/**
 * KIS registers at most 41 real-time subscriptions per app key (KIS_API.md §5); one is kept
 * free so that a reconnect that races a late unsubscribe is never refused.
 */
export const STREAM_LIMIT = 40;

export interface LiveQuotesOptions {
  pool: Pool;
  kis: KisClient;
  source: KisSource;
  logger: Logger;
  publish: (quote: QuoteEvent) => unknown;
  /** How often the tracked instruments are read again. Default 15 s. */
  refreshMs?: number;
  /** How often the latest quotes are written to the Quote table. Default 1 s. */
  flushMs?: number;
  now?: () => Date;
}

/** A KIS quote as the platform publishes it: decimal strings, rate as a fraction, UTC time. */
function quoteEvent(
  kis: Pick<CurrentPrice, 'symbol' | 'price' | 'change' | 'changeRate' | 'volume'>,
  tradedAt: Date,
): QuoteEvent {
  return {
    symbol: kis.symbol,
    price: String(kis.price),
    change: String(kis.change),
    changeRate: new Decimal(String(kis.changeRate)).div(100).toFixed(),
    volume: String(kis.volume),
    tradedAt: tradedAt.toISOString(),
  };
}

export function quoteFromTrade(trade: RealtimeTrade): QuoteEvent {
  return quoteEvent(
    { ...trade, volume: trade.accumulatedVolume },
    new Date(`${trade.businessDate}T${trade.time}+09:00`),
  );
}

export function quoteFromCurrentPrice(price: CurrentPrice, at: Date): QuoteEvent {
  return quoteEvent(price, at);
}

/**
 * The live quote stream. The 40 largest tracked instruments are streamed over KIS's WebSocket
 * (H0STCNT0 trade prints, within the per-key registration limit); the rest are polled with
 * current-price calls, round-robin, at a quarter of the REST allowance so that the batch jobs
 * keep the rest. Every quote is published to subscribers at once and written to the Quote table
 * (the latest per instrument, once a second). One session is one LIVE_QUOTES run.
 */
export class LiveQuotes {
  private realtime: KisRealtime | null = null;
  private recorder: RunRecorder | null = null;
  private readonly streamed = new Set<string>();
  private polled: string[] = [];
  private pollCursor = 0;
  private readonly unknown = new Set<string>();
  private readonly pending = new Map<string, QuoteRow>();
  private readonly lastPolled = new Map<string, string>();
  private timers: NodeJS.Timeout[] = [];
  private polling: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private stopping = false;
  /** Quotes published this session, by where they came from. */
  readonly counts = { stream: 0, poll: 0 };

  constructor(private readonly options: LiveQuotesOptions) {}

  get running(): boolean {
    return this.realtime !== null;
  }

  async start(trigger: EtlTriggerName): Promise<void> {
    if (this.realtime) return;
    const { pool, kis, logger } = this.options;
    this.stopping = false;
    this.counts.stream = 0;
    this.counts.poll = 0;
    const id = await createRun(pool, 'LIVE_QUOTES', trigger, {}, 'RUNNING');
    this.recorder = new RunRecorder(pool, {
      id,
      job: 'LIVE_QUOTES',
      trigger,
      status: 'RUNNING',
      params: {},
    });
    this.recorder.keepAlive();
    const realtime = createKisRealtime({ client: kis, logger: logger.child({ component: 'kis' }) });
    realtime.on('trade', (trade) => this.accept(quoteFromTrade(trade), 'STREAM'));
    realtime.on('error', (error) => logger.warn({ err: error }, 'etl: live stream error'));
    this.realtime = realtime;
    this.timers.push(
      setInterval(
        () => void this.refresh().catch(this.warn('refresh')),
        this.options.refreshMs ?? 15_000,
      ),
      setInterval(() => void this.flush().catch(this.warn('flush')), this.options.flushMs ?? 1_000),
    );
    // Polling is scheduled first: should this refresh fail, the stream still runs and the
    // refresh timer tries again.
    this.schedulePoll();
    await this.refresh();
    logger.info(
      { runId: id, streamed: this.streamed.size, polled: this.polled.length },
      'etl: live quotes started',
    );
  }

  async stop(message = 'Stopped'): Promise<void> {
    if (!this.realtime) return;
    this.stopping = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    if (this.polling) clearTimeout(this.polling);
    this.polling = null;
    const realtime = this.realtime;
    this.realtime = null;
    await realtime.close().catch(this.warn('close'));
    this.streamed.clear();
    await this.flush().catch(this.warn('flush'));
    await this.recorder
      ?.finish({
        status: 'SUCCEEDED',
        message: `${message}: ${this.counts.stream} streamed and ${this.counts.poll} polled quotes`,
      })
      .catch(this.warn('finish'));
    this.recorder = null;
    this.options.logger.info(this.counts, 'etl: live quotes stopped');
  }

  /** Follows the tracked instruments still listed: streams the largest, polls the others. */
  async refresh(): Promise<void> {
    const realtime = this.realtime;
    if (!realtime) return;
    const [rows] = await this.options.pool.query(
      'SELECT symbol FROM Instrument WHERE tracked = true AND delistedOn IS NULL ORDER BY marketCap IS NULL, marketCap DESC, symbol',
    );
    const tracked = (rows as { symbol: string }[])
      .map((row) => row.symbol)
      .filter((symbol) => !this.unknown.has(symbol));
    const wanted = new Set(tracked.slice(0, STREAM_LIMIT));
    for (const symbol of [...this.streamed]) {
      if (wanted.has(symbol)) continue;
      this.streamed.delete(symbol);
      await realtime.unsubscribe(TRADE_TR, symbol).catch(this.warn('unsubscribe'));
    }
    const subscribing: Promise<void>[] = [];
    for (const symbol of wanted) {
      if (this.streamed.has(symbol)) continue;
      this.streamed.add(symbol);
      subscribing.push(
        realtime.subscribe(TRADE_TR, symbol).catch((error: unknown) => {
          // Not streamed after all (refused, or no reply): polling covers it.
          this.streamed.delete(symbol);
          this.options.logger.warn(
            { err: error, symbol },
            'etl: could not stream; polling instead',
          );
        }),
      );
    }
    await Promise.all(subscribing);
    this.polled = tracked.filter((symbol) => !this.streamed.has(symbol));
    if (this.recorder && (await this.recorder.checkpoint())) {
      void this.stop('Cancelled on request');
    }
  }

  private schedulePoll() {
    if (this.stopping || !this.realtime) return;
    const perSecond =
      (this.options.source.requestsPerSecond ?? KIS_DEFAULT_RATE[this.options.source.env]) / 4;
    this.polling = setTimeout(
      () => {
        void this.pollNext()
          .catch(this.warn('poll'))
          .finally(() => this.schedulePoll());
      },
      Math.max(50, Math.round(1000 / perSecond)),
    );
  }

  private async pollNext(): Promise<void> {
    if (this.polled.length === 0) return;
    const symbol = this.polled[this.pollCursor++ % this.polled.length]!;
    try {
      const quote = quoteFromCurrentPrice(
        await this.options.kis.currentPrice(symbol),
        (this.options.now ?? (() => new Date()))(),
      );
      const seen = `${quote.price}|${quote.volume}`;
      if (this.lastPolled.get(symbol) === seen) return;
      this.lastPolled.set(symbol, seen);
      this.accept(quote, 'POLL');
    } catch (error) {
      if (error instanceof KisUnknownSymbolError) {
        this.unknown.add(symbol);
        this.polled = this.polled.filter((other) => other !== symbol);
      }
      throw error;
    }
  }

  private accept(quote: QuoteEvent, source: QuoteRow['source']) {
    if (this.stopping) return;
    if (source === 'STREAM') this.counts.stream++;
    else this.counts.poll++;
    void Promise.resolve(this.options.publish(quote)).catch(this.warn('publish'));
    this.pending.set(quote.symbol, {
      symbol: quote.symbol,
      price: quote.price,
      change: quote.change,
      changeRate: quote.changeRate,
      volume: quote.volume,
      tradedAt: new Date(quote.tradedAt),
      source,
    });
  }

  /** Writes the latest quote of each instrument that traded since the last flush. */
  flush(): Promise<void> {
    // Chained so two flushes never write at once; a failed one does not block the next.
    this.flushing = this.flushing
      .catch(() => {})
      .then(async () => {
        if (this.pending.size === 0) return;
        const rows = [...this.pending.values()];
        this.pending.clear();
        let stats;
        try {
          stats = await upsertQuotes(this.options.pool, rows);
        } catch (error) {
          // Kept for the next flush, unless a newer quote of the same instrument came meanwhile.
          for (const row of rows) {
            if (!this.pending.has(row.symbol)) this.pending.set(row.symbol, row);
          }
          throw error;
        }
        this.recorder?.addRows(stats.rows, stats.changed);
      });
    return this.flushing;
  }

  private warn(action: string) {
    return (error: unknown) =>
      this.options.logger.warn({ err: error }, `etl: live quotes ${action} failed`);
  }
}
