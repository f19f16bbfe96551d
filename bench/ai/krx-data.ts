import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DailyBar, IndexBar, InstrumentBars } from '@capstone/forecasting';

/** The real KRX data beside the repository (never copied into it); see its SOURCES.md. */
export const KRX_DATA_DIR = fileURLToPath(new URL('../../../shared/data/krx/', import.meta.url));

export interface KrxData {
  readonly instruments: InstrumentBars[];
  readonly index: IndexBar[];
  readonly names: ReadonlyMap<string, string>;
  readonly corporateActions: readonly CorporateAction[];
}

/** A close-to-close move this far from the file's own `change` column is a corporate action. */
const ACTION_TOLERANCE = 0.02;

export interface CorporateAction {
  readonly symbol: string;
  readonly date: string;
  /** What earlier closes were multiplied by. */
  readonly factor: number;
}

/**
 * One stock's trading days (rows with open 0 are weekends, holidays, or halts with a carried
 * close). SOURCES.md says the closes are split-adjusted, but several 2020–2022 splits and stock
 * dividends are not (035720 drops from 558,000 to 120,500 on its 5:1 split of 2021-04-15) while
 * the `change` column has the true move; so wherever the two disagree, earlier closes are scaled
 * to agree with `change`. Volumes are left as they are (the file never adjusts them).
 */
function readStock(symbol: string, actions: CorporateAction[]): DailyBar[] {
  const rows = readFileSync(`${KRX_DATA_DIR}arclien_stock/${symbol}.csv`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(','))
    .filter(([, open]) => Number(open) !== 0)
    .map(([date, , , , close, volume, change]) => ({
      date: date!,
      close: Number(close),
      volume: Number(volume),
      change: Number(change),
    }));
  const factors = new Float64Array(rows.length).fill(1);
  for (let k = rows.length - 1; k > 0; k--) {
    const factor = rows[k]!.close / (rows[k - 1]!.close * (1 + rows[k]!.change));
    factors[k - 1] = factors[k]!;
    if (Math.abs(factor - 1) > ACTION_TOLERANCE) {
      factors[k - 1] = factors[k]! * factor;
      actions.push({ symbol, date: rows[k]!.date, factor });
    }
  }
  return rows.map((row, k) => ({
    date: row.date,
    close: row.close * factors[k]!,
    volume: row.volume,
  }));
}

/** KOSPI closes, oldest first; the file is newest first with one blank close (2012-07-16). */
function readKospi(): IndexBar[] {
  return readFileSync(`${KRX_DATA_DIR}index/kospi_close_credit_2010-2025_walnutbrown.csv`, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(','))
    .filter(([, close]) => close !== '')
    .map(([date, close]) => ({ date: date!, close: Number(close) }))
    .reverse();
}

/** Every stock in tickers.csv, and KOSPI closes up to the stocks' last day. */
export function readKrxData(): KrxData {
  const tickers = readFileSync(`${KRX_DATA_DIR}arclien_stock/tickers.csv`, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(','));
  const corporateActions: CorporateAction[] = [];
  const instruments = tickers.map(([symbol]) => ({
    symbol: symbol!,
    bars: readStock(symbol!, corporateActions),
  }));
  const last = instruments
    .map((instrument) => instrument.bars[instrument.bars.length - 1]!.date)
    .sort()
    .at(-1)!;
  return {
    instruments,
    index: readKospi().filter((bar) => bar.date <= last),
    names: new Map(tickers.map(([symbol, name]) => [symbol!, name!])),
    corporateActions,
  };
}
