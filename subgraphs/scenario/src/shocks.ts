import { z } from 'zod';

/** A move is a fraction: −1 (everything lost) to +10 (eleven times the value). */
const change = z
  .number({ error: 'must be a number' })
  .min(-1, 'must be at least -1 (a 100 % fall)')
  .max(10, 'must be at most 10 (a 1,000 % rise)');

/** One move applied to a portfolio: the whole market, one sector, one stock, or KRW per USD. */
export const shockSchema = z.discriminatedUnion('target', [
  z.object({ target: z.literal('MARKET'), change }),
  z.object({ target: z.literal('SECTOR'), sector: z.string().trim().min(1).max(100), change }),
  z.object({ target: z.literal('SYMBOL'), symbol: z.string().regex(/^[0-9A-Z]{6}$/), change }),
  z.object({ target: z.literal('FX'), currencyPair: z.literal('USDKRW'), change }),
]);
export const shocksSchema = z.array(shockSchema).min(1);

export type Shock = z.infer<typeof shockSchema>;
