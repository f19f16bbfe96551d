import type { FieldReader } from '../wire.js';

/** What every row of a stock's daily TRs carries, under the same field names in each. */
export interface StockDay {
  /** Business date, YYYY-MM-DD. */
  date: string;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

export function readStockDay(read: FieldReader): StockDay {
  return {
    date: read.date('stck_bsop_date'),
    open: read.number('stck_oprc'),
    high: read.number('stck_hgpr'),
    low: read.number('stck_lwpr'),
    close: read.number('stck_clpr'),
    volume: read.number('acml_vol'),
  };
}
