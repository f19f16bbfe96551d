import { dayNumber } from '@capstone/krx-calendar';
import { KrxRuleInputError } from './errors.js';

export const MARKETS = ['KOSPI', 'KOSDAQ', 'KONEX'] as const;
export type Market = (typeof MARKETS)[number];

/** 'stock' covers shares and depositary receipts (주권); the others are exchange-traded products. */
export const SECURITY_TYPES = ['stock', 'ETF', 'ETN', 'ELW'] as const;
export type SecurityType = (typeof SECURITY_TYPES)[number];

export type Side = 'buy' | 'sell';

/** Where and when a rule is asked about. `securityType` defaults to 'stock'. */
export interface MarketContext {
  market: Market;
  securityType?: SecurityType;
  /** The trading day, 'YYYY-MM-DD' in Seoul. */
  date: string;
}

export function checkDate(value: unknown, field: string): string {
  if (typeof value === 'string') {
    try {
      dayNumber(value);
      return value;
    } catch {
      // reported below with the field's name
    }
  }
  throw new KrxRuleInputError(
    field,
    value,
    'YYYY-MM-DD 형식의 날짜가 아닙니다',
    'not a YYYY-MM-DD date',
  );
}

export function checkMarket(value: unknown, field = 'market'): Market {
  if ((MARKETS as readonly unknown[]).includes(value)) return value as Market;
  throw new KrxRuleInputError(
    field,
    value,
    `알 수 없는 시장입니다(${MARKETS.join(', ')})`,
    `unknown market (expected ${MARKETS.join(', ')})`,
  );
}

export function checkSecurityType(value: unknown, field = 'securityType'): SecurityType {
  if (value === undefined) return 'stock';
  if ((SECURITY_TYPES as readonly unknown[]).includes(value)) return value as SecurityType;
  throw new KrxRuleInputError(
    field,
    value,
    `알 수 없는 증권 종류입니다(${SECURITY_TYPES.join(', ')})`,
    `unknown security type (expected ${SECURITY_TYPES.join(', ')})`,
  );
}

export function checkSide(value: unknown, field = 'side'): Side {
  if (value === 'buy' || value === 'sell') return value;
  throw new KrxRuleInputError(
    field,
    value,
    "'buy' 또는 'sell'이어야 합니다",
    "expected 'buy' or 'sell'",
  );
}

export interface CheckedContext {
  market: Market;
  securityType: SecurityType;
  date: string;
}

export function checkContext(context: MarketContext, field = 'context'): CheckedContext {
  if (typeof context !== 'object' || context === null) {
    throw new KrxRuleInputError(
      field,
      context,
      '시장·날짜 정보가 없습니다',
      'expected { market, date }',
    );
  }
  return {
    market: checkMarket(context.market, `${field}.market`),
    securityType: checkSecurityType(context.securityType, `${field}.securityType`),
    date: checkDate(context.date, `${field}.date`),
  };
}

/** A price in won: finite and greater than zero (fractions allowed, e.g. a model's fair value). */
export function checkPrice(value: unknown, field = 'price'): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new KrxRuleInputError(field, value, '숫자가 아닙니다', 'not a number');
  }
  if (!Number.isFinite(value)) {
    throw new KrxRuleInputError(field, value, '유한한 값이어야 합니다', 'must be finite');
  }
  if (value <= 0) {
    throw new KrxRuleInputError(field, value, '0보다 커야 합니다', 'must be greater than zero');
  }
  return value;
}

/** A whole-won price (a base price or a quoted price). */
export function checkWholePrice(value: unknown, field = 'price'): number {
  const price = checkPrice(value, field);
  if (!Number.isSafeInteger(price)) {
    throw new KrxRuleInputError(field, value, '원 단위 정수여야 합니다', 'must be whole won');
  }
  return price;
}
