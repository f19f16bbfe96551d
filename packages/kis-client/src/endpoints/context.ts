import type { KisEnv } from '../environments.js';
import type { KisEnvelope } from '../transport.js';

/** One GET of a quotation TR. */
export interface KisGet {
  trId: string;
  path: string;
  query: Record<string, string>;
  /** Request header `tr_cont`: blank for the first page, `N` for the next (§2). */
  trCont?: '' | 'N';
}

/** What an endpoint needs from the client: the environment and the request pipeline. */
export interface EndpointContext {
  env: KisEnv;
  get(request: KisGet): Promise<KisEnvelope>;
}

/** Market division: KRX, Nextrade or both combined (§4). */
export type StockMarketCode = 'J' | 'NX' | 'UN';
