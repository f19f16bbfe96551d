/**
 * Checks the forms run before anything is sent, returning message keys (validation.*) by
 * field. They mirror the services' own rules so most mistakes are caught while typing; the
 * services still decide, and their refusals are shown too.
 *
 * Amounts stay strings end to end (the API takes Decimal strings): no float ever rounds them.
 */

export type FieldErrors<Field extends string> = Partial<
  Record<Field, { key: string; values?: Record<string, unknown> }>
>;

const KRX_CODE = /^[0-9A-Z]{6}$/;
/** Quantities: up to 6 decimal places (the ledger's precision). */
const QUANTITY = /^\d{1,18}(\.\d{1,6})?$/;
/** Money: up to 4 decimal places. */
const MONEY = /^\d{1,16}(\.\d{1,4})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "1,000,000 " -> "1000000": people type grouping commas. */
export const normalizeNumber = (value: string) => value.replace(/[,\s]/g, '');
export const normalizeSymbol = (value: string) => value.trim().toUpperCase();

export const isKrxCode = (value: string) => KRX_CODE.test(normalizeSymbol(value));

export function isPositive(value: string, pattern: RegExp = MONEY): boolean {
  const text = normalizeNumber(value);
  return pattern.test(text) && Number(text) > 0;
}

export const isPositiveQuantity = (value: string) => isPositive(value, QUANTITY);

export function isNonNegativeMoney(value: string): boolean {
  return MONEY.test(normalizeNumber(value));
}

// ── Accounts ──────────────────────────────────────────────────────────────────────────────

export function validateLogIn(form: { email: string; password: string }) {
  const errors: FieldErrors<'email' | 'password'> = {};
  if (!EMAIL.test(form.email.trim())) errors.email = { key: 'validation.email' };
  if (!form.password) errors.password = { key: 'validation.passwordRequired' };
  return errors;
}

export function validateSignUp(form: { email: string; password: string }) {
  return { ...validateEmail(form.email), ...validateNewPassword(form.password) };
}

export function validateEmail(email: string): FieldErrors<'email'> {
  return EMAIL.test(email.trim()) ? {} : { email: { key: 'validation.email' } };
}

export function validateNewPassword(password: string): FieldErrors<'password'> {
  return password.length < 10 ? { password: { key: 'validation.passwordLength' } } : {};
}

export const isTotpCode = (value: string) => /^\d{6}$/.test(value.replace(/\s/g, ''));

// ── Trades ────────────────────────────────────────────────────────────────────────────────

export type TradeType = 'BUY' | 'SELL' | 'DEPOSIT' | 'WITHDRAW' | 'DIVIDEND';

export interface TradeForm {
  type: TradeType;
  symbol: string;
  quantity: string;
  price: string;
  amount: string;
  fee: string;
  tax: string;
  /** From a datetime-local input, in the person's own clock; empty means now. */
  occurredAt: string;
  note: string;
}

export type TradeField = keyof TradeForm;

export const emptyTradeForm = (): TradeForm => ({
  type: 'BUY',
  symbol: '',
  quantity: '',
  price: '',
  amount: '',
  fee: '',
  tax: '',
  occurredAt: '',
  note: '',
});

/** Which fields a kind of ledger line needs (RecordTradeInput's rules). */
export function tradeFields(type: TradeType): {
  symbol: boolean;
  shares: boolean;
  amount: boolean;
} {
  return {
    symbol: type !== 'DEPOSIT' && type !== 'WITHDRAW',
    shares: type === 'BUY' || type === 'SELL',
    amount: type === 'DEPOSIT' || type === 'WITHDRAW' || type === 'DIVIDEND',
  };
}

export function validateTrade(form: TradeForm, now: Date = new Date()): FieldErrors<TradeField> {
  const errors: FieldErrors<TradeField> = {};
  const needs = tradeFields(form.type);
  if (needs.symbol && !isKrxCode(form.symbol)) errors.symbol = { key: 'validation.symbol' };
  if (needs.shares) {
    if (!isPositiveQuantity(form.quantity)) errors.quantity = { key: 'validation.positive' };
    if (!isPositive(form.price)) errors.price = { key: 'validation.positive' };
  }
  if (needs.amount && !isPositive(form.amount)) errors.amount = { key: 'validation.positive' };
  if (form.fee && !isNonNegativeMoney(form.fee)) errors.fee = { key: 'validation.nonNegative' };
  if (form.tax && !isNonNegativeMoney(form.tax)) errors.tax = { key: 'validation.nonNegative' };
  if (form.occurredAt) {
    const when = new Date(form.occurredAt);
    if (Number.isNaN(when.getTime()) || when.getTime() > now.getTime()) {
      errors.occurredAt = { key: 'validation.future' };
    }
  }
  if (form.note.length > 200) errors.note = { key: 'validation.noteLength' };
  return errors;
}

/** The RecordTradeInput for a valid form: only the fields its kind takes. */
export function tradeInput(portfolioId: string, form: TradeForm, idempotencyKey: string) {
  const needs = tradeFields(form.type);
  const optional = (value: string) => (value ? normalizeNumber(value) : undefined);
  return {
    portfolioId,
    type: form.type,
    symbol: needs.symbol ? normalizeSymbol(form.symbol) : undefined,
    quantity: needs.shares ? normalizeNumber(form.quantity) : undefined,
    price: needs.shares ? normalizeNumber(form.price) : undefined,
    amount: needs.amount ? normalizeNumber(form.amount) : undefined,
    fee: optional(form.fee),
    tax: optional(form.tax),
    occurredAt: form.occurredAt ? new Date(form.occurredAt).toISOString() : undefined,
    note: form.note.trim() || undefined,
    idempotencyKey,
  };
}

// ── New portfolio ─────────────────────────────────────────────────────────────────────────

export interface InitialHolding {
  symbol: string;
  by: 'weight' | 'quantity';
  /** A percentage (25 for 25 %) or a number of shares. */
  value: string;
}

export interface CreatePortfolioForm {
  name: string;
  cash: string;
  holdings: InitialHolding[];
}

export type CreateErrors = FieldErrors<'name' | 'cash' | 'holdings'> & {
  rows?: FieldErrors<'symbol' | 'value'>[];
};

/** A row left wholly empty is not a mistake, just unused. */
const isBlank = (holding: InitialHolding) => !holding.symbol.trim() && !holding.value.trim();

export function validateCreatePortfolio(form: CreatePortfolioForm): CreateErrors {
  const errors: CreateErrors = {};
  const name = form.name.trim();
  if (name.length < 1 || name.length > 100) errors.name = { key: 'validation.nameLength' };
  if (!isNonNegativeMoney(form.cash) || normalizeNumber(form.cash) === '') {
    errors.cash = { key: 'validation.nonNegative' };
  }
  const seen = new Set<string>();
  let weights = 0;
  const rows = form.holdings.map((holding) => {
    const row: FieldErrors<'symbol' | 'value'> = {};
    if (isBlank(holding)) return row;
    const symbol = normalizeSymbol(holding.symbol);
    if (!KRX_CODE.test(symbol)) row.symbol = { key: 'validation.symbol' };
    else if (seen.has(symbol)) row.symbol = { key: 'validation.duplicateSymbol' };
    seen.add(symbol);
    if (holding.by === 'weight') {
      const percent = Number(normalizeNumber(holding.value));
      if (!isPositive(holding.value) || percent > 100) row.value = { key: 'validation.weight' };
      else weights += percent;
    } else if (!isPositiveQuantity(holding.value)) {
      row.value = { key: 'validation.positive' };
    }
    return row;
  });
  if (rows.some((row) => Object.keys(row).length > 0)) errors.rows = rows;
  // Compare in hundredths of a percent so 33.33 + 33.33 + 33.34 is exactly 100.
  if (Math.round(weights * 100) > 100_00) {
    errors.holdings = { key: 'validation.weightsTotal', values: { total: `${weights}%` } };
  }
  return errors;
}

/** Percent "25" -> weight "0.25", as an exact decimal string (no float arithmetic). */
export function percentToFraction(percent: string): string {
  const [whole = '0', fraction = ''] = normalizeNumber(percent).split('.');
  const digits = `${whole.padStart(3, '0')}${fraction}`;
  const result = `${digits.slice(0, -2 - fraction.length) || '0'}.${digits.slice(-2 - fraction.length)}`;
  return result.replace(/^0+(?=\d)/, '').replace(/\.?0+$/, '') || '0';
}

export function createPortfolioInput(form: CreatePortfolioForm, idempotencyKey: string) {
  return {
    name: form.name.trim(),
    cash: normalizeNumber(form.cash),
    holdings: form.holdings
      .filter((holding) => !isBlank(holding))
      .map((holding) => ({
        symbol: normalizeSymbol(holding.symbol),
        ...(holding.by === 'weight'
          ? { weight: percentToFraction(holding.value) }
          : { quantity: normalizeNumber(holding.value) }),
      })),
    idempotencyKey,
  };
}

// ── CSV import ────────────────────────────────────────────────────────────────────────────

export interface CsvRowProblem {
  line: number;
  problems: { key: string; values?: Record<string, unknown> }[];
}

const CSV_HEADER = /^\s*(symbol|code|종목코드)\s*$/i;

/**
 * The import's rules, checked in the browser so each bad line is named in the person's
 * language before anything is sent: three columns, a KRX code, a positive quantity and cost,
 * each code once. (The service checks again and imports nothing unless every row is good.)
 */
export function checkHoldingsCsv(text: string): { rows: number; problems: CsvRowProblem[] } {
  const problems: CsvRowProblem[] = [];
  const seen = new Map<string, number>();
  let rows = 0;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    const cells = raw.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    if (rows === 0 && problems.length === 0 && CSV_HEADER.test(cells[0] ?? '')) return;
    rows++;
    if (cells.length !== 3) {
      problems.push({ line, problems: [{ key: 'csv.columns', values: { count: cells.length } }] });
      return;
    }
    const [rawSymbol, quantity, cost] = cells as [string, string, string];
    const symbol = rawSymbol.toUpperCase();
    const found: CsvRowProblem['problems'] = [];
    if (!KRX_CODE.test(symbol)) found.push({ key: 'csv.badSymbol', values: { value: rawSymbol } });
    if (!QUANTITY.test(quantity) || Number(quantity) === 0) {
      found.push({ key: 'csv.badQuantity', values: { value: quantity } });
    }
    if (!MONEY.test(cost) || Number(cost) === 0) {
      found.push({ key: 'csv.badCost', values: { value: cost } });
    }
    if (seen.has(symbol)) {
      found.push({ key: 'csv.duplicate', values: { symbol, line: seen.get(symbol) } });
    }
    if (found.length) problems.push({ line, problems: found });
    else seen.set(symbol, line);
  });
  return { rows, problems };
}
