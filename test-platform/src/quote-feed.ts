import { Redis } from 'ioredis';
import type { Env } from '@capstone/config';
import { quoteTopic, type QuoteEvent } from '@capstone/market-data';

export interface QuoteFeed {
  /**
   * Publishes a quote on the instrument's Redis channel, exactly as the market-data live
   * stream does, so that subscription tests need no KIS stream to tick. Unset fields get
   * plausible values.
   */
  publish: (quote: Pick<QuoteEvent, 'symbol'> & Partial<QuoteEvent>) => Promise<void>;
  /** How many subscribers (market-data processes) listen to the instrument's channel now. */
  subscribers: (symbol: string) => Promise<number>;
  close: () => void;
}

/** The platform's quote channels in Redis; connects on first use. */
export function quoteFeed(config: Env): QuoteFeed {
  let redis: Redis | undefined;
  const connection = () => (redis ??= new Redis(config.REDIS_URL));
  return {
    publish: async (quote) => {
      const event: QuoteEvent = {
        price: '56500',
        change: '0',
        changeRate: '0',
        volume: '1000',
        tradedAt: new Date().toISOString(),
        ...quote,
      };
      await connection().publish(quoteTopic(config, event.symbol), JSON.stringify(event));
    },
    subscribers: async (symbol) => {
      const [, count] = (await connection().pubsub('NUMSUB', quoteTopic(config, symbol))) as [
        string,
        number,
      ];
      return Number(count);
    },
    close: () => redis?.disconnect(),
  };
}
