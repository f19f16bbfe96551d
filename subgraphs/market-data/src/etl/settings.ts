import { servicePort, type Env } from '@capstone/config';
import { KIS_BASE_URLS, KIS_MASTER_FILES_URL, type KisEnv } from '@capstone/kis-client';
import { addDays, seoulDate } from '@capstone/krx-calendar';

/** Where market data comes from: KIS itself, or the simulator that stands in for it. */
export interface KisSource {
  kind: 'kis' | 'simulator';
  env: KisEnv;
  appKey: string;
  appSecret: string;
  restUrl: string;
  wsUrl: string;
  masterFilesUrl: string;
  /** Undefined: what KIS allows for `env`. */
  requestsPerSecond: number | undefined;
}

// The simulator accepts any 36-character app key with a 180-character secret as a real-
// environment key (KIS_API.md §2); these only say who is calling.
const SIMULATOR_APP_KEY = 'capstone-simulator-app-key'.padEnd(36, '0');
const SIMULATOR_APP_SECRET = 'capstone-simulator-app-secret'.padEnd(180, '0');

export function kisSource(config: Env): KisSource {
  if (config.KIS_APP_KEY && config.KIS_APP_SECRET) {
    const base = KIS_BASE_URLS[config.KIS_ENV];
    return {
      kind: 'kis',
      env: config.KIS_ENV,
      appKey: config.KIS_APP_KEY,
      appSecret: config.KIS_APP_SECRET,
      restUrl: config.KIS_REST_URL ?? base.restUrl,
      wsUrl: config.KIS_WS_URL ?? base.wsUrl,
      masterFilesUrl: config.KIS_MASTER_FILES_URL ?? KIS_MASTER_FILES_URL,
      requestsPerSecond: config.KIS_REQUESTS_PER_SECOND,
    };
  }
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  const restUrl = config.KIS_REST_URL ?? `http://${host}:${servicePort(config, 'kis-sim-rest')}`;
  return {
    kind: 'simulator',
    env: 'real',
    appKey: SIMULATOR_APP_KEY,
    appSecret: SIMULATOR_APP_SECRET,
    restUrl,
    wsUrl: config.KIS_WS_URL ?? `ws://${host}:${servicePort(config, 'kis-sim-ws')}`,
    masterFilesUrl: config.KIS_MASTER_FILES_URL ?? `${restUrl.replace(/\/$/, '')}/common/master`,
    requestsPerSecond: config.KIS_REQUESTS_PER_SECOND,
  };
}

/** Whether KIS credentials are configured (otherwise the platform reads the simulator). */
export const hasKisCredentials = (config: Pick<Env, 'KIS_APP_KEY' | 'KIS_APP_SECRET'>) =>
  Boolean(config.KIS_APP_KEY && config.KIS_APP_SECRET);

/** The indices whose daily bars are collected (KIS_API.md §4.5). */
export const TRACKED_INDICES = [
  { code: '0001', name: 'KOSPI' },
  { code: '1001', name: 'KOSDAQ' },
  { code: '2001', name: 'KOSPI 200' },
] as const;
export type TrackedIndexCode = (typeof TRACKED_INDICES)[number]['code'];

export const isTrackedIndex = (code: string): code is TrackedIndexCode =>
  TRACKED_INDICES.some((index) => index.code === code);

/** The first day of the history the worker keeps: the same date `years` ago, in Seoul. */
export function historyStart(years: number, now: Date): string {
  const today = seoulDate(now);
  const sameDay = `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
  // 29 February has no same day in most years.
  return sameDay.endsWith('-02-29') ? addDays(sameDay.replace(/29$/, '28'), 1) : sameDay;
}

/** Whether the live stream runs only in KRX hours (KIS) or always (the simulator's own session). */
export function liveQuotesMode(config: Env): 'always' | 'market-hours' | 'off' {
  if (config.ETL_LIVE_QUOTES !== 'auto') return config.ETL_LIVE_QUOTES;
  return hasKisCredentials(config) ? 'market-hours' : 'always';
}
