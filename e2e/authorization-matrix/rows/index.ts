import type { MatrixRow } from '../matrix.js';
import { accountRows } from './accounts.js';
import { aiRows } from './ai.js';
import { marketDataRows } from './market-data.js';
import { portfolioRows } from './portfolio.js';
import { scenarioRows } from './scenario.js';

/** Every row; each subgraph's fields have theirs in `rows/<subgraph>.ts`. */
export const ROWS: MatrixRow[] = [
  ...accountRows,
  ...portfolioRows,
  ...marketDataRows,
  ...scenarioRows,
  ...aiRows,
];
