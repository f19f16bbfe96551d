import type { DailyBar, IndexBar, IndexChartCode } from '@capstone/kis-client';
import type { SimulatedSplit } from './corporate-actions.js';

export type { SimulatedSplit } from './corporate-actions.js';

export type Market = 'KOSPI' | 'KOSDAQ';
export type IndexCode = IndexChartCode;
export type Environment = 'real' | 'mock';
export type FaultKind =
  'server-error' | 'rate-limit' | 'token-expired' | 'token-invalid' | 'drop-socket';

export interface KisSimulatorOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 = a free port (the standalone bin uses 4090). */
  restPort?: number;
  /** Default 0 (bin: 4091). */
  wsPort?: number;
  /** Replay: a directory of daily-bar CSVs in the arclien_stock format (<code>.csv); otherwise synthetic. */
  dataDir?: string;
  /** Restrict the universe (replay or synthetic). */
  symbols?: string[];
  /** Synthetic determinism; default fixed. */
  seed?: number;
  /** Synthetic history start 'YYYY-MM-DD', default 2015-01-02; history ends at the last trading day before "today" (Asia/Seoul). */
  historyFrom?: string;
  /**
   * Synthetic mode: closes a stock's path must pass through, e.g. the prices a demo portfolio
   * was bought at. The path is bridged to each pinned close (its day-to-day moves keep their
   * randomness, correlation and crashes) and runs free after it.
   */
  pinnedCloses?: Readonly<Record<string, { date: string; close: number }>>;
  /**
   * Splits to play out (raw prices fall by the ratio, the adjusted history is re-based, prtt_rate
   * and the master file's par-value flag say so). Default: the real splits of the universe's
   * stocks (Samsung Electronics 2018 50:1, NAVER 2018 5:1, Kakao 2021 5:1, EcoPro 2024 5:1).
   */
  splits?: readonly SimulatedSplit[];
  /**
   * Days KIS's holiday API (CTCA0903R) answers closed although the KRX calendar's hand-kept table
   * has them open: a temporary holiday declared after the table was written. Only the holiday
   * API knows them.
   */
  closedDays?: readonly string[];
  /** 'continuous' (default): the WebSocket ticks at any hour; 'krx': only in KRX regular hours. */
  sessionClock?: 'continuous' | 'krx';
  /** Default 1000 per subscribed symbol. */
  tickIntervalMs?: number;
  /** PINGPONG interval, default 100_000. */
  pingIntervalMs?: number;
  /** Requests per second per appkey, default { real: 20, mock: 2 }. */
  rateLimits?: { real: number; mock: number };
  /** When omitted, any appkey (36 chars) / appsecret (180 chars) pair is accepted as 'real'. */
  accounts?: Array<{ appKey: string; appSecret: string; env: Environment }>;
  /** Injectable clock for tests. */
  now?: () => Date;
}

export type InstrumentKind = 'COMMON_STOCK' | 'PREFERRED_STOCK' | 'ETF';

export interface SimulatedInstrument {
  symbol: string;
  isin: string;
  nameKo: string;
  nameEn: string;
  market: Market;
  kind: InstrumentKind;
  /** Its KRX industry class in @capstone/krx-rules' taxonomy; null when the master gives none. */
  sectorCode: string | null;
}

/**
 * A daily bar, integers in KRW and shares: the part of the client's `DailyBar` the simulator
 * models, so that what it serves and what the client parses compare field by field.
 */
export type SimulatedBar = Pick<DailyBar, 'date' | 'open' | 'high' | 'low' | 'close' | 'volume'>;

/**
 * An index bar in KIS units (levels with 2 decimals, volume in thousand shares): the client's
 * `IndexBar`, with the traded value under this package's own name.
 */
export interface SimulatedIndexBar extends Omit<IndexBar, 'tradedValue'> {
  /** Million KRW: the client's `tradedValue`. */
  value: number;
}

export interface FaultSpec {
  kind: FaultKind;
  /** Fire at most this many times (default: once when neither everyNth nor probability is given, else unlimited). */
  times?: number;
  /** Fire on every Nth matching request. */
  everyNth?: number;
  /** Fire with this probability (seeded, so runs repeat). */
  probability?: number;
  /** Only requests whose path contains this string (WebSocket: the connection's path). */
  path?: string;
}

export interface FaultController {
  // Every injected fault must look exactly like KIS's own (same status, body, msg_cd).
  inject(fault: FaultSpec): void;
  clear(): void;
}

export interface SimulatorStats {
  tokenIssues: number;
  requests: number;
  rateLimited: number;
  faultsInjected: Record<string, number>;
}

export interface KisSimulator {
  /** e.g. http://127.0.0.1:4090 */
  restUrl: string;
  /** e.g. ws://127.0.0.1:4091 */
  wsUrl: string;
  /** `${masterFilesUrl}/kospi_code.mst.zip` etc.: the same /common/master/<name>.zip paths as KIS's download host. */
  masterFilesUrl: string;
  universe: SimulatedInstrument[];
  /** The truth the simulator serves, oldest first: raw prices, as traded. */
  dailyBars(symbol: string): SimulatedBar[];
  /** The same days as KIS's adjusted prices (수정주가) would show them today. */
  adjustedDailyBars(symbol: string): SimulatedBar[];
  /**
   * Splits a stock from a day whose prices do not exist yet (after today, and after the days the
   * synthetic history has drawn): `ratio` shares for each one (0.1 for a 1:10 merger).
   */
  addSplit(split: SimulatedSplit): void;
  /** Delists a stock from `date` on (a day after today): the master files leave it out. */
  delist(symbol: string, date: string): void;
  indexBars(code: IndexCode): SimulatedIndexBar[];
  faults: FaultController;
  stats(): SimulatorStats;
  close(): Promise<void>;
}
