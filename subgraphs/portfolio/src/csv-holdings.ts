import { parse } from 'csv-parse/sync';
import { Decimal, isKrxSymbol } from '@capstone/server-kit';

export interface CsvHolding {
  line: number;
  symbol: string;
  quantity: Decimal;
  averageCost: Decimal;
}

export interface CsvRowError {
  line: number;
  message: string;
}

const HEADER = /^\s*(symbol|code|종목코드)\s*$/i;
const NUMBER = /^\d{1,18}(\.\d{1,6})?$/;
const MONEY = /^\d{1,16}(\.\d{1,4})?$/;
export const MAX_CSV_ROWS = 1_000;

/**
 * Reads holdings as `symbol,quantity,average cost` rows (a header row is allowed). Every bad
 * row is reported with its line number; the caller imports nothing unless there are none.
 */
export function parseHoldingsCsv(text: string): { holdings: CsvHolding[]; errors: CsvRowError[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      holdings: [],
      errors: [{ line, message: `Not valid CSV: ${(error as Error).message}` }],
    };
  }
  const holdings: CsvHolding[] = [];
  const errors: CsvRowError[] = [];
  const seen = new Map<string, number>();
  records.forEach(({ record, info }, index) => {
    const line = info.lines;
    if (index === 0 && HEADER.test(record[0] ?? '')) return;
    if (record.length !== 3) {
      errors.push({
        line,
        message: `Expected 3 columns (symbol, quantity, average cost), found ${record.length}`,
      });
      return;
    }
    const [rawSymbol, rawQuantity, rawCost] = record as [string, string, string];
    const symbol = rawSymbol.toUpperCase();
    const problems: string[] = [];
    if (!isKrxSymbol(symbol)) problems.push(`"${rawSymbol}" is not a KRX code`);
    if (!NUMBER.test(rawQuantity) || Number(rawQuantity) === 0)
      problems.push(`quantity "${rawQuantity}" is not a positive number`);
    if (!MONEY.test(rawCost) || Number(rawCost) === 0)
      problems.push(`average cost "${rawCost}" is not a positive amount`);
    if (seen.has(symbol)) problems.push(`${symbol} appears already on line ${seen.get(symbol)}`);
    if (problems.length) {
      errors.push({ line, message: problems.join('; ') });
      return;
    }
    seen.set(symbol, line);
    holdings.push({
      line,
      symbol,
      quantity: new Decimal(rawQuantity),
      averageCost: new Decimal(rawCost),
    });
  });
  if (holdings.length + errors.length > MAX_CSV_ROWS) {
    return {
      holdings: [],
      errors: [{ line: 1, message: `At most ${MAX_CSV_ROWS} rows per import` }],
    };
  }
  if (holdings.length === 0 && errors.length === 0)
    errors.push({ line: 1, message: 'The file has no rows' });
  return { holdings, errors };
}
