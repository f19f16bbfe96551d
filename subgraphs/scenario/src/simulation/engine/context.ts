import type { Identity } from '@capstone/auth';
import { alignOnKrxCalendar, type AlignedPrices, type MonteCarloPool } from '@capstone/quant';
import type { GatewayClient } from '@capstone/server-kit';
import { closeHistories, kospiCloses, type HoldingSnapshot } from '../gateway-data.js';

/** A failure the run reports against one of its inputs: the data does not allow what was asked. */
export class RunInputError extends Error {
  override name = 'RunInputError';
  constructor(
    readonly code: 'INSUFFICIENT_DATA' | 'BAD_INPUT',
    readonly field: string | null,
    readonly messageKo: string,
    readonly messageEn: string,
  ) {
    super(`${field ?? 'input'}: ${messageEn}`);
  }
}

export interface Progress {
  (fraction: number, stage: string, message?: string | null): void;
}

/** What an engine run may use: the data (through the gateway, as the run's user) and its controls. */
export interface EngineContext {
  gateway: GatewayClient;
  identity: Identity;
  signal: AbortSignal;
  progress: Progress;
  monteCarloPool: MonteCarloPool;
}

export const won = (value: number) => String(Math.round(value) || 0);

/** Throws the signal's abort when it fired (between stages, where the engine does not look). */
export function checkAbort(signal: AbortSignal): void {
  if (signal.aborted) throw Object.assign(new Error('cancelled'), { name: 'AbortError' });
}

/** Closes of `symbols` on KRX trading days from `from` to `to`, aligned; a symbol without any is an error. */
export async function loadAligned(
  context: EngineContext,
  symbols: readonly string[],
  from: string,
  to: string,
  field = 'input.portfolioId',
): Promise<AlignedPrices> {
  const histories = await closeHistories(context.gateway, context.identity, symbols, from, to);
  checkAbort(context.signal);
  const empty = histories.filter((h) => h.dates.length < 2).map((h) => h.symbol);
  if (empty.length > 0) {
    throw new RunInputError(
      'INSUFFICIENT_DATA',
      field,
      `${from} ~ ${to} 기간의 가격 이력이 없는 종목: ${empty.join(', ')}`,
      `no price history from ${from} to ${to} for ${empty.join(', ')}`,
    );
  }
  return alignOnKrxCalendar(
    histories.map((h) => ({ symbol: h.symbol, dates: h.dates, closes: h.closes })),
    { from, to },
  );
}

export async function loadKospi(context: EngineContext, from: string, to: string) {
  const curve = await kospiCloses(context.gateway, context.identity, from, to);
  checkAbort(context.signal);
  if (curve.dates.length < 2) {
    throw new RunInputError(
      'INSUFFICIENT_DATA',
      'input.asOf',
      `${from} ~ ${to} 기간의 KOSPI 지수 이력이 없습니다`,
      `no KOSPI history from ${from} to ${to}`,
    );
  }
  return curve;
}

/** The last `observations` + 1 rows of an aligned block (the look-back window). */
export function lastRows(aligned: AlignedPrices, observations: number): AlignedPrices {
  const start = Math.max(0, aligned.dates.length - (observations + 1));
  return {
    ...aligned,
    dates: aligned.dates.slice(start),
    closes: aligned.closes.map((column) => column.slice(start)),
  };
}

/** Each holding's share of the value at the last aligned close. */
export function valueWeights(
  holdings: readonly HoldingSnapshot[],
  aligned: AlignedPrices,
): { symbol: string; price: number; value: number; weight: number }[] {
  const values = holdings.map((holding) => {
    const column = aligned.closes[aligned.symbols.indexOf(holding.symbol)]!;
    const price = column[column.length - 1]!;
    return { symbol: holding.symbol, price, value: Number(holding.quantity) * price };
  });
  const total = values.reduce((sum, v) => sum + v.value, 0);
  return values.map((v) => ({ ...v, weight: total > 0 ? v.value / total : 0 }));
}

export const alignmentNotes = (aligned: AlignedPrices) => ({
  from: aligned.dates[0] ?? null,
  to: aligned.dates.at(-1) ?? null,
  observations: Math.max(0, aligned.dates.length - 1),
  issues: aligned.report.issues.map((issue) => ({
    symbol: issue.symbol,
    kind: issue.kind,
    days: issue.dates.length,
    messageKo: issue.messageKo,
    messageEn: issue.messageEn,
  })),
});
