import { z } from 'zod';

/** One move applied to a portfolio: the whole market, one sector, or the KRW per USD rate. */
export const shockSchema = z.discriminatedUnion('target', [
  z.object({ target: z.literal('MARKET'), change: z.number().min(-1).max(10) }),
  z.object({
    target: z.literal('SECTOR'),
    sector: z.string().min(1).max(100),
    change: z.number().min(-1).max(10),
  }),
  z.object({
    target: z.literal('FX'),
    currencyPair: z.literal('USDKRW'),
    change: z.number().min(-1).max(10),
  }),
]);
export const shocksSchema = z.array(shockSchema).min(1);

export type Shock = z.infer<typeof shockSchema>;
