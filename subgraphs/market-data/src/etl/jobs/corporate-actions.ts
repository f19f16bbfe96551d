import { nextTradingDay } from '@capstone/krx-calendar';
import type { DailyBarRow } from '../storage/ingest.js';
import type { Pool } from '../storage/pool.js';
import type { JobContext } from './context.js';

export type CorporateActionKind = 'SPLIT' | 'REVERSE_SPLIT' | 'CAPITAL_CHANGE';
export type CorporateActionSource = 'BAR_FLAGS' | 'MASTER_FILE' | 'ADJUSTMENT_CHANGE';

/** A split or capital change found in KIS's data, before it is recorded. */
export interface DetectedAction {
  symbol: string;
  /** YYYY-MM-DD: the first trading day at the new price basis. */
  effectiveOn: string;
  kind: CorporateActionKind;
  /** Shares after per share before, as a decimal string; null for a capital change. */
  shareFactor: string | null;
  /** KIS's prtt_rate, as a decimal string. */
  priceRatio: string | null;
  reasonCode: string | null;
  source: CorporateActionSource;
}

// 락구분 codes of ex-rights days (권리락, alone or with a dividend): KIS adjusts the history for
// the rights. Ex-dividend days alone (02, 03, 05) are not adjusted for and change nothing.
const EX_RIGHTS = new Set(['01', '04', '06', '07']);

/**
 * A share factor as the split ratio it stands for: KIS rounds prtt_rate to two decimals (a 3:1
 * split reads 0.33), so a factor within 3% of a whole number (or of its reciprocal) is that number.
 */
export function shareFactorOf(factor: number): string {
  const whole = (value: number) => {
    const rounded = Math.round(value);
    return rounded >= 1 && Math.abs(value - rounded) <= 0.03 * value ? rounded : null;
  };
  if (factor >= 1) return String(whole(factor) ?? Number(factor.toFixed(8)));
  const inverse = whole(1 / factor);
  return String(Number((inverse ? 1 / inverse : factor).toFixed(8)));
}

/**
 * What KIS's flags on one bar say: a re-basing price ratio alone (prtt_rate, base price ÷ previous
 * close) is a split (below 1) or a reverse split (above 1); with a re-valuation reason or on an
 * ex-rights day it is a capital change. Null for an ordinary day or a dividend.
 */
export function actionFromBar(row: DailyBarRow): DetectedAction | null {
  const ratio = row.splitRatio === null ? null : Number(row.splitRatio);
  const exRights = row.exDateCode !== null && EX_RIGHTS.has(row.exDateCode);
  if (!ratio && !row.revaluationReason && !exRights) return null;
  const base = {
    symbol: row.symbol,
    effectiveOn: row.date,
    priceRatio: row.splitRatio,
    source: 'BAR_FLAGS' as const,
  };
  if (ratio && !row.revaluationReason && !exRights) {
    return {
      ...base,
      kind: ratio < 1 ? 'SPLIT' : 'REVERSE_SPLIT',
      shareFactor: shareFactorOf(1 / ratio),
      reasonCode: null,
    };
  }
  return {
    ...base,
    kind: 'CAPITAL_CHANGE',
    shareFactor: null,
    reasonCode: row.revaluationReason ?? row.exDateCode,
  };
}

/** Relative change of the adjusted-to-raw ratio below which two fetches of a day agree. */
const DRIFT_TOLERANCE = 0.005;

/**
 * The corporate actions one page of fetched bars shows: KIS's flags on each bar, and a re-basing
 * of days already stored — their adjusted close moved against their raw close, which never
 * changes (comparing the ratio, not the price, keeps a day collected during its session from
 * looking re-based). A re-basing that flags on the page, or an action already recorded after the
 * last stored day, explain is no action of its own; otherwise it is dated on the next trading day
 * after the stored ones, and named a split when its factor is a whole number.
 */
export async function actionsInPage(
  pool: Pool,
  symbol: string,
  rows: readonly DailyBarRow[],
): Promise<DetectedAction[]> {
  const flagged = rows.flatMap((row) => actionFromBar(row) ?? []);
  if (rows.length === 0) return flagged;
  const dates = rows.map((row) => row.date).sort();
  const [stored] = await pool.query(
    'SELECT date, close, rawClose FROM DailyBar WHERE symbol = ? AND date BETWEEN ? AND ? ORDER BY date',
    [symbol, dates[0], dates.at(-1)],
  );
  const storedRows = stored as { date: string; close: string; rawClose: string }[];
  const lastStored = storedRows.at(-1)?.date;
  if (!lastStored) return flagged;
  const fetched = new Map(rows.map((row) => [row.date, row]));
  const drift = storedRows
    .map((old) => {
      const now = fetched.get(old.date);
      return now
        ? Number(old.close) / Number(old.rawClose) / (Number(now.close) / Number(now.rawClose))
        : 1;
    })
    .find((factor) => Number.isFinite(factor) && Math.abs(factor - 1) > DRIFT_TOLERANCE);
  if (drift === undefined || flagged.some((action) => action.effectiveOn > lastStored)) {
    return flagged;
  }
  const [known] = await pool.query(
    'SELECT 1 FROM CorporateAction WHERE symbol = ? AND effectiveOn > ? LIMIT 1',
    [symbol, lastStored],
  );
  if ((known as unknown[]).length > 0) return flagged;
  const shares = shareFactorOf(drift);
  const whole = Number(shares) >= 2 && Number.isInteger(Number(shares));
  return [
    ...flagged,
    {
      symbol,
      effectiveOn: nextTradingDay(lastStored),
      kind: whole ? 'SPLIT' : 'CAPITAL_CHANGE',
      shareFactor: whole ? shares : null,
      priceRatio: null,
      reasonCode: null,
      source: 'ADJUSTMENT_CHANGE',
    },
  ];
}

/**
 * Records actions once each (an action KIS shows by several signs, on the same day and of the same
 * kind, is one row: the first source stays, missing figures are filled in). `historyCurrent`: the
 * stored history already has the new price basis (the action predates every bar stored before, so
 * the bars around it came in one fetch), and nothing needs collecting again. Returns the ids of
 * the rows that are new.
 */
export async function recordCorporateActions(
  context: Pick<JobContext, 'pool' | 'recorder' | 'logger'>,
  actions: readonly DetectedAction[],
  options: { historyCurrent?: boolean } = {},
): Promise<number[]> {
  const created: number[] = [];
  for (const action of actions) {
    const now = new Date();
    const runId = context.recorder.run.id;
    const [result] = await context.pool.query(
      `INSERT INTO CorporateAction (symbol, effectiveOn, kind, shareFactor, priceRatio, reasonCode,
         source, detectedAt, detectedByRunId, historyRecollectedAt, recollectRunId, recollectedBars)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE shareFactor = COALESCE(shareFactor, VALUES(shareFactor)),
         priceRatio = COALESCE(priceRatio, VALUES(priceRatio)),
         reasonCode = COALESCE(reasonCode, VALUES(reasonCode))`,
      [
        action.symbol,
        action.effectiveOn,
        action.kind,
        action.shareFactor,
        action.priceRatio,
        action.reasonCode,
        action.source,
        now,
        runId,
        ...(options.historyCurrent ? [now, runId, 0] : [null, null, null]),
      ],
    );
    const { affectedRows, insertId } = result as { affectedRows: number; insertId: number };
    if (affectedRows === 1) {
      created.push(insertId);
      context.logger.warn({ action }, 'etl: corporate action found');
    }
  }
  return created;
}

/**
 * Records what a collection found. An action dated after the first bar stored before the
 * collection leaves the bars before it on the old price basis (recorded as awaiting a new
 * collection of the history); one older than every stored bar came in the same fetch as the bars
 * around it, so the history already has its basis.
 */
export async function recordFoundActions(
  context: Pick<JobContext, 'pool' | 'recorder' | 'logger'>,
  actions: readonly DetectedAction[],
  storedFirst: string | null,
): Promise<void> {
  const stale = actions.filter(
    (action) => storedFirst !== null && storedFirst < action.effectiveOn,
  );
  await recordCorporateActions(context, stale);
  await recordCorporateActions(
    context,
    actions.filter((action) => !stale.includes(action)),
    { historyCurrent: true },
  );
}

/** Instruments with an action whose re-basing the stored history does not have yet. */
export async function awaitingRecollection(pool: Pool): Promise<Map<string, number[]>> {
  const [rows] = await pool.query(
    'SELECT id, symbol FROM CorporateAction WHERE historyRecollectedAt IS NULL ORDER BY id',
  );
  const bySymbol = new Map<string, number[]>();
  for (const { id, symbol } of rows as { id: number; symbol: string }[]) {
    bySymbol.set(symbol, [...(bySymbol.get(symbol) ?? []), id]);
  }
  return bySymbol;
}

/** Notes that the instrument's history was collected again after these actions, by this run. */
export async function markRecollected(
  context: Pick<JobContext, 'pool' | 'recorder'>,
  symbol: string,
  bars: number,
): Promise<void> {
  await context.pool.query(
    `UPDATE CorporateAction SET historyRecollectedAt = ?, recollectRunId = ?, recollectedBars = ?
       WHERE symbol = ? AND historyRecollectedAt IS NULL`,
    [new Date(), context.recorder.run.id, bars, symbol],
  );
}
