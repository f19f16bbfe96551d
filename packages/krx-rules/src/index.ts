/**
 * @capstone/krx-rules — KRX trading rules, each dated and sourced: tick sizes, daily price limits,
 * sell-side taxes, brokerage commission, dividend withholding and T+2 settlement; and the sector
 * taxonomy (KRX's industry classes). Pure TypeScript, no I/O and no Node-only API (the web app
 * uses it too). See README.md.
 */
export {
  DEFAULT_COMMISSION_RATE,
  krxCostModel,
  tradeCosts,
  type CommissionOptions,
  type CostModel,
  type TradeCostMethod,
  type TradeCosts,
  type TradeInput,
} from './costs.js';
export {
  DIVIDEND_WITHHOLDING_RULE,
  dividendWithholding,
  type DividendWithholding,
} from './dividends.js';
export { KrxRuleInputError } from './errors.js';
export {
  MARKETS,
  SECURITY_TYPES,
  type Market,
  type MarketContext,
  type SecurityType,
  type Side,
} from './inputs.js';
export { parseRate, type DecimalRate } from './money.js';
export { formatWon, wholeWon, type WonFormatOptions, type WonLanguage } from './won-format.js';
export {
  isWithinPriceLimits,
  PRICE_LIMIT_RULES,
  priceLimits,
  type PriceLimitRule,
  type PriceLimits,
} from './price-limits.js';
export { inForce, type DatedRule } from './rules.js';
export {
  EXCHANGE_TRADED_PRODUCT_EXEMPTION,
  SELL_TAX_RULES,
  sellTaxRule,
  type SellTaxRule,
} from './sell-taxes.js';
export {
  findKrxSector,
  KRX_SECTORS,
  krxSector,
  krxSectorOf,
  SEMICONDUCTOR_SECTOR_CODE,
  sectorIncludes,
  type IndustryCodes,
  type KrxSector,
} from './sectors.js';
export { SETTLEMENT_RULE, settlementDate } from './settlement.js';
export {
  isOnTickGrid,
  roundToTick,
  TICK_RULES,
  tickRule,
  tickSize,
  type Rounding,
  type TickBand,
  type TickRule,
} from './tick-size.js';
