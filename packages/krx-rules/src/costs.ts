import { isTradingDay, nextTradingDay } from '@capstone/krx-calendar';
import { KrxRuleInputError } from './errors.js';
import {
  checkDate,
  checkMarket,
  checkSecurityType,
  checkSide,
  type Market,
  type SecurityType,
  type Side,
} from './inputs.js';
import { applyRate, checkAmount, parseRate, type DecimalRate } from './money.js';
import {
  EXCHANGE_TRADED_PRODUCT_EXEMPTION,
  isTaxedSecurity,
  sellTaxRule,
  type SellTaxRule,
} from './sell-taxes.js';
import { settlementDate } from './settlement.js';
import { tickSize } from './tick-size.js';

/** A typical online brokerage rate; a per-portfolio setting overrides it. */
export const DEFAULT_COMMISSION_RATE = '0.00015';

export interface CommissionOptions {
  /** Brokerage commission as a decimal fraction of the amount, '0.00015' = 0.015% (default). */
  commissionRate?: string | number;
  /**
   * Commission is cut to whole won by default (원 미만 절사), the same as the taxes. Brokers differ:
   * some cut below 10 won; pass 10 for those.
   */
  commissionUnit?: 1 | 10;
}

export interface TradeInput extends CommissionOptions {
  side: Side;
  /** The trade's value in won (price × quantity): a safe integer, a bigint or a string of digits. */
  amountWon: number | bigint | string;
  market: Market;
  securityType?: SecurityType;
  /** The trading day of the execution, 'YYYY-MM-DD'. */
  tradeDate: string;
}

export interface TradeCostMethod {
  side: Side;
  amountWon: string;
  market: Market;
  securityType: SecurityType;
  tradeDate: string;
  /** T+2; the taxes follow this date, the day of the transfer (양도). */
  settlementDate: string;
  commission: { rate: string; truncatedTo: 1 | 10 };
  tax: {
    /** Why the tax is what it is: the rate table, a buy (never taxed) or an exempt product. */
    basis: 'sell-tax-table' | 'buy-untaxed' | 'exempt-product';
    ruleId: string | null;
    ruleFrom: string | null;
    ruleUntil: string | null;
    source: string | null;
    verified: boolean | null;
    /** Each tax is cut to whole won separately (원 미만 절사). */
    truncatedTo: 1;
  };
  /** Every rule that took part, for the ledger's record of how. */
  ruleIds: string[];
}

export interface TradeCosts {
  commission: number;
  securitiesTransactionTax: number;
  ruralSpecialTax: number;
  /** securitiesTransactionTax + ruralSpecialTax. */
  tax: number;
  /** Decimal fractions of the amount. */
  rates: { commission: string; securitiesTransactionTax: string; ruralSpecialTax: string };
  method: TradeCostMethod;
}

function commissionRate(options: CommissionOptions): DecimalRate {
  return parseRate(options.commissionRate ?? DEFAULT_COMMISSION_RATE, 'commissionRate');
}

function commissionUnit(options: CommissionOptions): 1 | 10 {
  const unit = options.commissionUnit ?? 1;
  if (unit !== 1 && unit !== 10) {
    throw new KrxRuleInputError(
      'commissionUnit',
      unit,
      '1 또는 10이어야 합니다',
      'expected 1 or 10',
    );
  }
  return unit;
}

/**
 * The costs of one trade: brokerage commission on both sides, and on a sell of shares the
 * securities transaction tax and (KOSPI) the rural special tax at the rates of its settlement date.
 * All amounts are whole won, computed exactly and cut, never rounded up.
 */
export function tradeCosts(input: TradeInput): TradeCosts {
  const side = checkSide(input.side);
  const amount = checkAmount(input.amountWon, 'amountWon');
  const market = checkMarket(input.market);
  const securityType = checkSecurityType(input.securityType);
  const tradeDate = checkDate(input.tradeDate, 'tradeDate');
  const rate = commissionRate(input);
  const unit = commissionUnit(input);
  const settles = settlementDate(tradeDate);

  let rule: SellTaxRule | null = null;
  let basis: TradeCostMethod['tax']['basis'] = 'buy-untaxed';
  if (side === 'sell') {
    if (isTaxedSecurity(securityType)) {
      rule = sellTaxRule(market, settles);
      basis = 'sell-tax-table';
    } else {
      basis = 'exempt-product';
    }
  }
  const stt = parseRate(rule?.securitiesTransactionTax ?? '0', 'securitiesTransactionTax');
  const rst = parseRate(rule?.ruralSpecialTax ?? '0', 'ruralSpecialTax');
  const securitiesTransactionTax = applyRate(amount, stt);
  const ruralSpecialTax = applyRate(amount, rst);
  const exemption = basis === 'exempt-product' ? EXCHANGE_TRADED_PRODUCT_EXEMPTION : null;
  const taxRule = rule ?? exemption;

  return {
    commission: applyRate(amount, rate, BigInt(unit)),
    securitiesTransactionTax,
    ruralSpecialTax,
    tax: securitiesTransactionTax + ruralSpecialTax,
    rates: { commission: rate.text, securitiesTransactionTax: stt.text, ruralSpecialTax: rst.text },
    method: {
      side,
      amountWon: amount.toString(),
      market,
      securityType,
      tradeDate,
      settlementDate: settles,
      commission: { rate: rate.text, truncatedTo: unit },
      tax: {
        basis,
        ruleId: taxRule?.id ?? null,
        ruleFrom: taxRule?.from ?? null,
        ruleUntil: taxRule?.until ?? null,
        source: taxRule?.source ?? null,
        verified: taxRule?.verified ?? null,
        truncatedTo: 1,
      },
      ruleIds: [
        'commission.rate-parameter',
        'settlement.t-plus-2',
        ...(taxRule ? [taxRule.id] : []),
      ],
    },
  };
}

/** The cost model `@capstone/quant`'s backtests take. */
export interface CostModel {
  commission(amountWon: number, side: Side, date: string): number;
  sellTax(amountWon: number, market: Market, date: string): number;
  tickSize(price: number, market: Market, date: string): number;
}

function wholeWon(amountWon: number): number {
  if (typeof amountWon !== 'number' || !Number.isFinite(amountWon)) {
    throw new KrxRuleInputError(
      'amountWon',
      amountWon,
      '유한한 숫자가 아닙니다',
      'not a finite number',
    );
  }
  // A backtest sizes positions by weight, so its amounts carry fractions of a won; the cut is the
  // same one the taxes make.
  return Math.floor(amountWon);
}

// A backtest may step on days the market was closed; an order then would fill on the next
// trading day, so the taxes follow that day's settlement.
function tradingDayOnOrAfter(date: string): string {
  const checked = checkDate(date, 'date');
  return isTradingDay(checked) ? checked : nextTradingDay(checked);
}

/**
 * KRX costs as `@capstone/quant`'s injected cost model: `commission` at `commissionRate` on both
 * sides, `sellTax` = securities transaction tax + rural special tax of shares (ETFs aside: the
 * model has no security type), `tickSize` the stock tick table. Fractions of a won in amounts are
 * cut before the rates apply.
 */
export function krxCostModel(options: CommissionOptions = {}): CostModel {
  const rate = commissionRate(options);
  const unit = BigInt(commissionUnit(options));
  return {
    commission(amountWon, side, date) {
      checkSide(side);
      checkDate(date, 'date');
      return applyRate(checkAmount(wholeWon(amountWon), 'amountWon'), rate, unit);
    },
    sellTax(amountWon, market, date) {
      return tradeCosts({
        side: 'sell',
        amountWon: wholeWon(amountWon),
        market,
        tradeDate: tradingDayOnOrAfter(date),
        commissionRate: '0',
      }).tax;
    },
    tickSize(price, market, date) {
      return tickSize(price, { market, date });
    },
  };
}
