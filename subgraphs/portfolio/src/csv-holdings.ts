import { parse } from 'csv-parse/sync';
import type { LocalizedMessage } from '@capstone/errors';
import { Decimal, isKrxSymbol } from '@capstone/server-kit';

export interface CsvHolding {
  line: number;
  symbol: string;
  quantity: Decimal;
  averageCost: Decimal;
}

export interface CsvRowError {
  line: number;
  /** Korean, as the platform speaks first; `messages` has both languages. */
  message: string;
  messages: LocalizedMessage;
}

const rowError = (line: number, messages: LocalizedMessage): CsvRowError => ({
  line,
  message: messages.ko,
  messages,
});

const joined = (problems: LocalizedMessage[]): LocalizedMessage => ({
  ko: problems.map((problem) => problem.ko).join('; '),
  en: problems.map((problem) => problem.en).join('; '),
});

const HEADER = /^\s*(symbol|code|종목코드)\s*$/i;
/** Whole shares, and an average cost in won (brokers show it with decimals), within the columns. */
const NUMBER = /^\d{1,15}$/;
const MONEY = /^\d{1,15}(\.\d{1,4})?$/;
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
      errors: [
        rowError(line, {
          ko: `CSV 형식이 아닙니다: ${(error as Error).message}`,
          en: `Not valid CSV: ${(error as Error).message}`,
        }),
      ],
    };
  }
  const holdings: CsvHolding[] = [];
  const errors: CsvRowError[] = [];
  const seen = new Map<string, number>();
  records.forEach(({ record, info }, index) => {
    const line = info.lines;
    if (index === 0 && HEADER.test(record[0] ?? '')) return;
    if (record.length !== 3) {
      errors.push(
        rowError(line, {
          ko: `열이 3개(종목코드, 수량, 평균단가)여야 하는데 ${record.length}개입니다`,
          en: `Expected 3 columns (symbol, quantity, average cost), found ${record.length}`,
        }),
      );
      return;
    }
    const [rawSymbol, rawQuantity, rawCost] = record as [string, string, string];
    const symbol = rawSymbol.toUpperCase();
    const problems: LocalizedMessage[] = [];
    if (!isKrxSymbol(symbol)) {
      problems.push({
        ko: `"${rawSymbol}"은(는) KRX 종목코드가 아닙니다`,
        en: `"${rawSymbol}" is not a KRX code`,
      });
    }
    if (!NUMBER.test(rawQuantity) || Number(rawQuantity) === 0) {
      problems.push({
        ko: `수량 "${rawQuantity}"은(는) 1주 이상의 정수가 아닙니다`,
        en: `quantity "${rawQuantity}" is not a whole number of shares, 1 or more`,
      });
    }
    if (!MONEY.test(rawCost) || Number(rawCost) === 0) {
      problems.push({
        ko: `평균단가 "${rawCost}"은(는) 0보다 큰 금액이 아닙니다`,
        en: `average cost "${rawCost}" is not a positive amount`,
      });
    }
    if (seen.has(symbol)) {
      problems.push({
        ko: `${symbol}은(는) 이미 ${seen.get(symbol)}번째 줄에 있습니다`,
        en: `${symbol} appears already on line ${seen.get(symbol)}`,
      });
    }
    if (problems.length) {
      errors.push(rowError(line, joined(problems)));
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
      errors: [
        rowError(1, {
          ko: `한 번에 ${MAX_CSV_ROWS}줄까지 가져올 수 있습니다`,
          en: `At most ${MAX_CSV_ROWS} rows per import`,
        }),
      ],
    };
  }
  if (holdings.length === 0 && errors.length === 0) {
    errors.push(rowError(1, { ko: '파일에 행이 없습니다', en: 'The file has no rows' }));
  }
  return { holdings, errors };
}
