export type KisEnv = 'real' | 'mock';

/** Base URLs of §1: real (실전투자) and mock (모의투자) have separate hosts, keys and tokens. */
export const KIS_BASE_URLS: Record<KisEnv, { restUrl: string; wsUrl: string }> = {
  real: {
    restUrl: 'https://openapi.koreainvestment.com:9443',
    wsUrl: 'ws://ops.koreainvestment.com:21000',
  },
  mock: {
    restUrl: 'https://openapivts.koreainvestment.com:29443',
    wsUrl: 'ws://ops.koreainvestment.com:31000',
  },
};

/** Requests per second per app key (§5). */
export const KIS_DEFAULT_RATE: Record<KisEnv, number> = { real: 20, mock: 2 };
