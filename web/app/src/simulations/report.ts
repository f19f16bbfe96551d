/**
 * A run as CSV: its facts (kind, seed, inputs hash, engine) then its result as rows, one section
 * per table, so a spreadsheet opens it as it is. Numbers stay raw (no 만/억) so they compute.
 */
import type { Report } from './types.js';

type Cell = string | number | boolean | null | undefined;

const escape = (cell: Cell) => {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(escape).join(',')).join('\r\n') + '\r\n';
}

/** The normalised inputs (canonical JSON) as key/value rows, nested keys joined by dots. */
export function flattenInputs(inputs: string): [string, string][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(inputs);
  } catch {
    return [['inputs', inputs]];
  }
  const rows: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null)) {
      value.forEach((item, index) => walk(item, `${path}[${index}]`));
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
    } else {
      rows.push([path, Array.isArray(value) ? value.join(' ') : String(value)]);
    }
  };
  walk(parsed, '');
  return rows;
}

export function reportCsv(run: Report): string {
  const rows: Cell[][] = [
    ['run', run.id],
    ['kind', run.kind],
    ['status', run.status],
    ['seed', run.seed],
    ['inputHash', run.inputHash],
    ['engineVersion', run.engineVersion],
    ['asOf', run.asOf],
    ['queuedAt', run.queuedAt],
    ['finishedAt', run.finishedAt],
    [],
    ['input', 'value'],
    ...flattenInputs(run.inputs),
    [],
  ];
  const result = run.result;
  switch (result?.__typename) {
    case 'MonteCarloResult':
      rows.push(
        [
          'confidence',
          'valueAtRisk',
          'conditionalValueAtRisk',
          'valueAtRiskAmount',
          'conditionalValueAtRiskAmount',
        ],
        ...result.terminalReturn.valueAtRisk.map((tail) => [
          tail.confidence,
          tail.valueAtRisk,
          tail.conditionalValueAtRisk,
          tail.valueAtRiskAmount,
          tail.conditionalValueAtRiskAmount,
        ]),
        [],
        ['probabilityOfLoss', result.terminalReturn.probabilityOfLoss],
        ['meanMaxDrawdown', result.maxDrawdown.mean],
        [],
        ['step', 'p5', 'p25', 'p50', 'p75', 'p95'],
        ...result.bands.map((band) => [band.step, band.p5, band.p25, band.p50, band.p75, band.p95]),
      );
      break;
    case 'BacktestResult':
      rows.push(
        ['metric', 'value'],
        ...Object.entries(result.metrics)
          .filter(([key]) => key !== '__typename')
          .map(([key, value]) => [key, value as Cell]),
        ['costs.total', result.costs.total],
        [],
        ['date', 'value', 'benchmark', 'drawdown'],
        ...result.equity.map((point) => [point.date, point.value, point.benchmark, point.drawdown]),
        [],
        ['date', 'symbol', 'side', 'quantity', 'price', 'amount', 'commission', 'tax'],
        ...result.trades.map((trade) => [
          trade.date,
          trade.symbol,
          trade.side,
          trade.quantity,
          trade.price,
          trade.amount,
          trade.commission,
          trade.tax,
        ]),
      );
      break;
    case 'OptimizationResult':
      rows.push(
        ['symbol', 'currentWeight', 'weight'],
        ...(result.weights ?? []).map((weight) => [
          weight.symbol,
          weight.currentWeight,
          weight.weight,
        ]),
        [],
        ['targetReturn', 'expectedReturn', 'volatility', 'sharpe'],
        ...result.frontier.map((point) => [
          point.targetReturn,
          point.expectedReturn,
          point.volatility,
          point.sharpe,
        ]),
      );
      break;
    case 'StressTestResult':
      rows.push(
        ['symbol', 'sector', 'valueBefore', 'valueAfter', 'change', 'changePct'],
        ...result.holdings.map((holding) => [
          holding.symbol,
          holding.sector,
          holding.valueBefore,
          holding.valueAfter,
          holding.change,
          holding.changePct,
        ]),
        [
          'TOTAL',
          '',
          result.total.valueBefore,
          result.total.valueAfter,
          result.total.change,
          result.total.changePct,
        ],
      );
      break;
    default:
      break;
  }
  return toCsv(rows);
}
