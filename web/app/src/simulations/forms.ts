/**
 * The simulation and scenario forms: what a person types (strings), what is wrong with it (keys
 * of `validation.*`) and the variables sent to the catalogue's operations. The limits are the
 * scenario service's own (subgraphs/scenario/src/simulation/inputs.ts, src/shocks.ts), checked
 * here first so the message arrives before the round trip.
 */
import {
  isKrxCode,
  normalizeNumber,
  normalizeSymbol,
  type FieldErrors,
} from '../forms/validation.js';

const INTEGER = /^\d+$/;
const SIGNED_NUMBER = /^-?\d+(\.\d+)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const integerIn = (value: string, min: number, max: number) => {
  const text = normalizeNumber(value);
  return INTEGER.test(text) && Number(text) >= min && Number(text) <= max;
};

// ── Monte Carlo ────────────────────────────────────────────────────────────────────────────

export interface MonteCarloForm {
  horizonDays: string;
  paths: string;
  /** A percentage, e.g. "95". */
  confidence: string;
  model: 'GBM' | 'BOOTSTRAP';
  /** A regular contribution in won (negative: a withdrawal); empty for none. */
  contribution: string;
  contributionEveryDays: string;
  /** Empty: the service derives it from the inputs, so the same inputs give the same numbers. */
  seed: string;
}

export type MonteCarloField = keyof MonteCarloForm;

export const emptyMonteCarloForm = (): MonteCarloForm => ({
  horizonDays: '252',
  paths: '10000',
  confidence: '95',
  model: 'GBM',
  contribution: '',
  contributionEveryDays: '21',
  seed: '',
});

export const SEED_MAX = 2_147_483_647;

function checkSeed(seed: string): boolean {
  return seed.trim() === '' || integerIn(seed, 0, SEED_MAX);
}

export function validateMonteCarlo(form: MonteCarloForm): FieldErrors<MonteCarloField> {
  const errors: FieldErrors<MonteCarloField> = {};
  if (!integerIn(form.horizonDays, 1, 2520))
    errors.horizonDays = { key: 'validation.integerRange', values: { min: 1, max: '2,520' } };
  if (!integerIn(form.paths, 100, 200_000))
    errors.paths = { key: 'validation.integerRange', values: { min: 100, max: '200,000' } };
  const confidence = Number(normalizeNumber(form.confidence));
  if (!SIGNED_NUMBER.test(normalizeNumber(form.confidence)) || confidence < 50 || confidence > 99.9)
    errors.confidence = { key: 'validation.confidence' };
  if (form.contribution.trim() !== '') {
    if (
      !SIGNED_NUMBER.test(normalizeNumber(form.contribution)) ||
      Number(normalizeNumber(form.contribution)) === 0
    )
      errors.contribution = { key: 'validation.contribution' };
    if (!integerIn(form.contributionEveryDays, 1, 2520))
      errors.contributionEveryDays = {
        key: 'validation.integerRange',
        values: { min: 1, max: '2,520' },
      };
  }
  if (!checkSeed(form.seed)) errors.seed = { key: 'validation.seed' };
  return errors;
}

export function monteCarloVariables(
  portfolioId: string,
  form: MonteCarloForm,
  idempotencyKey: string,
) {
  const contribution = normalizeNumber(form.contribution);
  return {
    portfolioId,
    horizonDays: Number(normalizeNumber(form.horizonDays)),
    paths: Number(normalizeNumber(form.paths)),
    confidences: [Number((Number(normalizeNumber(form.confidence)) / 100).toFixed(4))],
    model: form.model,
    cashFlow: contribution
      ? { amount: contribution, everyDays: Number(normalizeNumber(form.contributionEveryDays)) }
      : undefined,
    seed: form.seed.trim() ? Number(normalizeNumber(form.seed)) : undefined,
    idempotencyKey,
  };
}

// ── Backtest ───────────────────────────────────────────────────────────────────────────────

export interface BacktestForm {
  from: string;
  to: string;
  initialCash: string;
  rebalance: 'NONE' | 'MONTHLY' | 'QUARTERLY' | 'YEARLY';
  seed: string;
}

export type BacktestField = keyof BacktestForm;

export function validateBacktest(form: BacktestForm, today: string): FieldErrors<BacktestField> {
  const errors: FieldErrors<BacktestField> = {};
  if (form.from && !DAY.test(form.from)) errors.from = { key: 'validation.day' };
  if (form.to && !DAY.test(form.to)) errors.to = { key: 'validation.day' };
  if (!errors.to && form.to > today) errors.to = { key: 'validation.futureDay' };
  if (!errors.from && !errors.to && form.from && form.to && form.from >= form.to)
    errors.from = { key: 'validation.fromBeforeTo' };
  const cash = normalizeNumber(form.initialCash);
  if (cash !== '' && !(/^\d+(\.\d+)?$/.test(cash) && Number(cash) > 0))
    errors.initialCash = { key: 'validation.positive' };
  if (!checkSeed(form.seed)) errors.seed = { key: 'validation.seed' };
  return errors;
}

export function backtestVariables(portfolioId: string, form: BacktestForm, idempotencyKey: string) {
  const cash = normalizeNumber(form.initialCash);
  return {
    portfolioId,
    from: form.from || undefined,
    to: form.to || undefined,
    initialCash: cash || undefined,
    rebalance: form.rebalance,
    seed: form.seed.trim() ? Number(normalizeNumber(form.seed)) : undefined,
    idempotencyKey,
  };
}

// ── Optimiser ──────────────────────────────────────────────────────────────────────────────

export const OBJECTIVES = [
  'MAX_SHARPE',
  'MIN_VOLATILITY',
  'TARGET_RETURN',
  'TARGET_RISK',
  'RISK_PARITY',
  'HIERARCHICAL_RISK_PARITY',
  'MIN_CVAR',
] as const;
export type Objective = (typeof OBJECTIVES)[number];

export interface OptimiseForm {
  objective: Objective;
  /** A yearly percentage, for TARGET_RETURN / TARGET_RISK. */
  target: string;
  /** The largest weight of one stock, a percentage; empty for none. */
  maxWeight: string;
  seed: string;
}

export type OptimiseField = keyof OptimiseForm;

export const needsTarget = (objective: Objective) =>
  objective === 'TARGET_RETURN' || objective === 'TARGET_RISK';

export function validateOptimise(form: OptimiseForm): FieldErrors<OptimiseField> {
  const errors: FieldErrors<OptimiseField> = {};
  if (needsTarget(form.objective)) {
    const target = normalizeNumber(form.target);
    const min = form.objective === 'TARGET_RISK' ? 0 : -100;
    if (!SIGNED_NUMBER.test(target) || Number(target) <= min || Number(target) > 200)
      errors.target = { key: 'validation.targetPercent' };
  }
  const max = normalizeNumber(form.maxWeight);
  if (max !== '' && !(/^\d+(\.\d+)?$/.test(max) && Number(max) > 0 && Number(max) <= 100))
    errors.maxWeight = { key: 'validation.weight' };
  if (!checkSeed(form.seed)) errors.seed = { key: 'validation.seed' };
  return errors;
}

export function optimiseVariables(portfolioId: string, form: OptimiseForm, idempotencyKey: string) {
  const target = needsTarget(form.objective)
    ? Number(normalizeNumber(form.target)) / 100
    : undefined;
  const max = normalizeNumber(form.maxWeight);
  return {
    portfolioId,
    objective: form.objective,
    targetReturn: form.objective === 'TARGET_RETURN' ? target : undefined,
    targetVolatility: form.objective === 'TARGET_RISK' ? target : undefined,
    constraints: max ? { maxWeight: Number(max) / 100 } : undefined,
    seed: form.seed.trim() ? Number(normalizeNumber(form.seed)) : undefined,
    idempotencyKey,
  };
}

/** Four decimals: what `createPortfolio` takes for a weight, and what the table shows as x.x %. */
const WEIGHT_UNITS = 10_000;

/**
 * The optimiser's weights as `createPortfolio` holdings. Rounding each weight on its own can add
 * up to more than 1 (three weights of 0.33335 round to 1.0002), which the ledger rightly refuses;
 * largest-remainder rounding keeps the total at the optimiser's own. Weights the table shows as
 * 0.0 % are left out: they would buy no share.
 */
export function suggestedHoldings(weights: readonly { symbol: string; weight: number }[]) {
  const kept = weights.filter((w) => Number.isFinite(w.weight) && w.weight >= 0.0005);
  const exact = kept.map((w) => w.weight * WEIGHT_UNITS);
  const units = exact.map(Math.floor);
  const total = Math.min(WEIGHT_UNITS, Math.round(exact.reduce((sum, x) => sum + x, 0)));
  const byRemainder = exact
    .map((x, i) => ({ i, remainder: x - units[i]! }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let missing = total - units.reduce((sum, x) => sum + x, 0);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    units[i]! += 1;
    missing -= 1;
  }
  return kept
    .map((w, i) => ({ symbol: w.symbol, weight: (units[i]! / WEIGHT_UNITS).toFixed(4) }))
    .filter((holding) => Number(holding.weight) > 0);
}

// ── Scenario shocks ────────────────────────────────────────────────────────────────────────

export type ShockTarget = 'MARKET' | 'SECTOR' | 'SYMBOL' | 'FX';

export interface ShockRow {
  target: ShockTarget;
  /** A sector code (SECTOR), a KRX code (SYMBOL); unused otherwise. */
  subject: string;
  /** A percentage, e.g. "-30". */
  change: string;
}

export interface ShockInput {
  target: ShockTarget;
  sector?: string;
  symbol?: string;
  currencyPair?: string;
  change: number;
}

export const emptyShock = (target: ShockTarget = 'MARKET'): ShockRow => ({
  target,
  subject: '',
  change: '',
});

export interface ScenarioErrors {
  name?: { key: string; values?: Record<string, unknown> };
  shocks?: { key: string; values?: Record<string, unknown> };
  /** Per row, by index. */
  rows: Record<number, { subject?: { key: string }; change?: { key: string } }>;
}

/** The rules of shocks.ts: −100 % to +1,000 %, a sector by code, a stock by KRX code. */
export function validateShocks(rows: readonly ShockRow[], sectorCodes: ReadonlySet<string>) {
  const errors: ScenarioErrors['rows'] = {};
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const error: { subject?: { key: string }; change?: { key: string } } = {};
    const change = normalizeNumber(row.change);
    if (!SIGNED_NUMBER.test(change) || Number(change) < -100 || Number(change) > 1000)
      error.change = { key: 'validation.shockChange' };
    if (row.target === 'SECTOR' && !sectorCodes.has(row.subject))
      error.subject = { key: 'validation.sector' };
    if (row.target === 'SYMBOL' && !isKrxCode(row.subject))
      error.subject = { key: 'validation.symbol' };
    const key = `${row.target}:${row.target === 'SYMBOL' ? normalizeSymbol(row.subject) : row.subject}`;
    if (!error.subject && seen.has(key)) error.subject = { key: 'validation.duplicateShock' };
    seen.add(key);
    if (error.subject || error.change) errors[index] = error;
  });
  return errors;
}

export function validateScenario(
  form: { name: string; shocks: readonly ShockRow[] },
  sectorCodes: ReadonlySet<string>,
  { named }: { named: boolean },
): ScenarioErrors {
  const errors: ScenarioErrors = { rows: validateShocks(form.shocks, sectorCodes) };
  if (named && (form.name.trim().length < 1 || form.name.trim().length > 100))
    errors.name = { key: 'validation.nameLength' };
  if (form.shocks.length === 0) errors.shocks = { key: 'validation.noShocks' };
  else if (form.shocks.length > 50) errors.shocks = { key: 'validation.tooManyShocks' };
  return errors;
}

export const scenarioHasErrors = (errors: ScenarioErrors) =>
  Boolean(errors.name || errors.shocks || Object.keys(errors.rows).length);

export function shockInput(row: ShockRow): ShockInput {
  const change = Number((Number(normalizeNumber(row.change)) / 100).toFixed(6));
  switch (row.target) {
    case 'SECTOR':
      return { target: 'SECTOR', sector: row.subject, change };
    case 'SYMBOL':
      return { target: 'SYMBOL', symbol: normalizeSymbol(row.subject), change };
    case 'FX':
      return { target: 'FX', currencyPair: 'USDKRW', change };
    default:
      return { target: 'MARKET', change };
  }
}

/** A stored shock (a template's or a saved scenario's) back into an editable row. */
export function shockRow(shock: {
  target: ShockTarget;
  sector?: string | null;
  symbol?: string | null;
  change: number;
}): ShockRow {
  return {
    target: shock.target,
    subject: shock.sector ?? shock.symbol ?? '',
    change: String(Number((shock.change * 100).toFixed(4))),
  };
}
